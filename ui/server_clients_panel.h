#pragma once

#include "netcore/session_event.h"

#include <QList>
#include <QWidget>

class ConnectionsModel;
class QAction;
class QLabel;
class QMenu;
class QPushButton;
class QTableView;
class SessionActivity;

// A server's clients: the connections table (peer, since, bytes in/out, state) and what can be done
// to the selected ones: Send (the composer's bytes), Shutdown write (half-close: FIN, keep reading),
// Close, Abort (RST), plus Send to all. The same actions are on the buttons, the context menu and
// keyboard shortcuts; they act on every selected open connection. The panel only asks: the tab
// owns the session and carries the requests out.
class ServerClientsPanel : public QWidget {
    Q_OBJECT

public:
    explicit ServerClientsPanel(QWidget* parent = nullptr);
    ~ServerClientsPanel() override;

    // Follows a session: accepted connections become rows, traffic updates their counters,
    // shutdowns and closes their state.
    void follow(SessionActivity* activity);

    [[nodiscard]] ConnectionsModel* model() const { return m_model; }
    [[nodiscard]] QTableView* view() const { return m_view; }

    // Selected connections that are still open, in row order.
    [[nodiscard]] QList<netcore::ConnectionId> selectedOpenConnections() const;
    // Every connection still open.
    [[nodiscard]] QList<netcore::ConnectionId> openConnections() const;
    // Selects the row of `connection` only (tests, and "go to client" from elsewhere).
    void selectConnection(netcore::ConnectionId connection);
    // Marks every open row Closed: the session is gone and its last events may never come.
    void markAllClosed();
    void clear();

signals:
    void sendRequested(const QList<netcore::ConnectionId>& connections);
    void sendToAllRequested();
    void shutdownWriteRequested(const QList<netcore::ConnectionId>& connections);
    void closeRequested(const QList<netcore::ConnectionId>& connections);
    void abortRequested(const QList<netcore::ConnectionId>& connections);
    // The selection or the set of open connections changed (the composer's target line follows it).
    void targetsChanged();

private:
    QAction* addAction(const QString& text, const QString& objectName, const QString& toolTip);
    void connectActions();
    void addTraffic(netcore::ConnectionId connection, quint64 bytesIn, quint64 bytesOut);
    void closed(netcore::ConnectionId connection, netcore::CloseReason reason);
    void updateActions();
    void showMenu(const QPoint& position);

    ConnectionsModel* m_model = nullptr;
    QTableView* m_view = nullptr;
    QLabel* m_summary = nullptr;
    QMenu* m_menu = nullptr;
    QAction* m_send = nullptr;
    QAction* m_shutdownWrite = nullptr;
    QAction* m_close = nullptr;
    QAction* m_abort = nullptr;
    QAction* m_sendToAll = nullptr;
    QAction* m_clearClosed = nullptr;
    QList<QPushButton*> m_buttons;
};
