#pragma once

#include <QList>
#include <QPointer>
#include <QWidget>

class PlainLabel;
class QSplitter;
class QTableView;
class QTimer;
class SessionTab;
class SocketListModel;
class SocketOptionsEditor;

namespace netcore_qt {
class SessionHandle;
}

// The Sockets dock: the current tab's sockets (listener, accepted connections, client, UDP) with,
// live, the picture of the seeds' non-blocking lesson: what select() would say of each socket now
// (readable, writable, in error) and how many bytes wait to be read or to leave. Selecting a
// socket opens its options below.
//
// It refreshes only while visible: every 200 ms while the tab has sockets, and after each batch of
// the tab's events; hidden (or with no sockets) it costs nothing.
class SocketsPanel : public QWidget {
    Q_OBJECT
public:
    static constexpr int kRefreshMs = 200;

    explicit SocketsPanel(QWidget* parent = nullptr);
    ~SocketsPanel() override;

    // Follows `tab` (nullptr: none). Its sessions are its SessionHandle children.
    void setTab(SessionTab* tab);
    [[nodiscard]] SessionTab* tab() const { return m_tab; }
    // Asks every session of the tab for its sockets and their readiness now.
    void refresh();
    // Whether the periodic refresh runs (visible, and the tab has sockets).
    [[nodiscard]] bool isPolling() const;

    [[nodiscard]] SocketListModel* model() const { return m_model; }
    [[nodiscard]] QTableView* view() const { return m_view; }
    [[nodiscard]] SocketOptionsEditor* optionsEditor() const { return m_editor; }
    // Wide enough for the addresses, the select() columns and the options' notes side by side.
    [[nodiscard]] QSize sizeHint() const override;

protected:
    void showEvent(QShowEvent* event) override;
    void hideEvent(QHideEvent* event) override;

private:
    void currentRowChanged();
    void scheduleRefresh();
    void updatePolling();

    QPointer<SessionTab> m_tab;
    QList<QPointer<netcore_qt::SessionHandle>> m_handles;
    QList<QMetaObject::Connection> m_connections;
    SocketListModel* m_model = nullptr;
    QTableView* m_view = nullptr;
    PlainLabel* m_header = nullptr;
    SocketOptionsEditor* m_editor = nullptr;
    QTimer* m_poll = nullptr;
    QTimer* m_batch = nullptr; ///< coalesces the refreshes event batches ask for
};
