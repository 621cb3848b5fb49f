#pragma once

#include "ui/session_tab.h"

#include "netcore/address.h"
#include "netcore/connection_info.h"
#include "netcore/session_event.h"

#include <QList>
#include <QString>

#include <optional>
#include <vector>

class ErrorPanel;
class InlineErrorLabel;
class QLabel;
class QTabWidget;
class ReplyModeEditor;
class SendComposer;
class ServerClientsPanel;
class ServerFileSends;
class ServerSettingsBar;
class SessionActivity;
class TrafficView;

namespace netcore_qt {
class TcpServerHandle;
}

// A TCP server: where to listen (endpoint, backlog, SO_REUSEADDR), how to answer (reply mode, applied
// live), who is connected (clients list with per-client Send / Shutdown write / Close / Abort), what
// to send (composer: to the selected clients, or to all when none is selected), and what happened
// (traffic view and error panel, the last error inline, the state in one line).
//
// The session runs on netcore's I/O thread; this tab only issues commands and shows the events that
// SessionActivity turns into rows. When the spec says autoStart, the constructor ends with start():
// the tab is complete by then, and whoever created it reads the outcome (title(), stats(),
// listeningAddress()) right away, without waiting for the event loop.
class TcpServerTab : public SessionTab {
    Q_OBJECT

public:
    TcpServerTab(const TabSpec& spec, netcore_qt::SessionHub& hub, QWidget* parent = nullptr);
    ~TcpServerTab() override;

    [[nodiscard]] TabSpec spec() const override;
    [[nodiscard]] TabStats stats() const override;
    void start() override;
    void stop() override;

    [[nodiscard]] bool isListening() const { return m_listening.has_value(); }
    // The bound address (the real port when the spec asked for port 0); nullopt when not listening.
    [[nodiscard]] std::optional<netcore::Address> listeningAddress() const { return m_listening; }
    // "Listening on 127.0.0.1:8080" (and a warning when others can connect), "Stopped", or why it is
    // not listening.
    [[nodiscard]] QString statusText() const;
    // Asks the I/O thread for the open connections and waits for the answer (after every command
    // issued before it, e.g. a reply change, has been carried out).
    [[nodiscard]] std::vector<netcore::ConnectionInfo> connectionsSnapshot() const;

    [[nodiscard]] ServerSettingsBar* settingsBar() const { return m_settings; }
    [[nodiscard]] ReplyModeEditor* replyEditor() const { return m_reply; }
    [[nodiscard]] ServerClientsPanel* clientsPanel() const { return m_clients; }
    [[nodiscard]] SendComposer* composer() const { return m_composer; }
    [[nodiscard]] TrafficView* trafficView() const { return m_traffic; }
    [[nodiscard]] ErrorPanel* errorPanel() const { return m_errors; }
    [[nodiscard]] InlineErrorLabel* inlineError() const { return m_inlineError; }
    [[nodiscard]] QTabWidget* logTabs() const { return m_logTabs; }

private:
    QWidget* createStatusRow();
    QWidget* createComposerPane();
    void connectParts();
    void applyReply();
    void sendToTargets(const QByteArray& bytes);
    void sendFile(const QString& path);
    void sendToClients(const QList<netcore::ConnectionId>& connections);
    void sendToAll();
    [[nodiscard]] QList<netcore::ConnectionId> targets() const;
    void updateTargets();
    void updateState();
    void updateErrorTabTitle(qint64 total);
    void connectionClosed(netcore::ConnectionId connection);
    [[nodiscard]] QString peerOf(netcore::ConnectionId connection) const;
    void refreshTitle();

    TabSpec m_spec; ///< name and autoStart as given; the rest follows the editors
    netcore_qt::TcpServerHandle* m_server = nullptr;
    SessionActivity* m_activity = nullptr;
    ServerFileSends* m_fileSends = nullptr;

    ServerSettingsBar* m_settings = nullptr;
    ReplyModeEditor* m_reply = nullptr;
    QLabel* m_status = nullptr;
    QLabel* m_statusIcon = nullptr;
    InlineErrorLabel* m_inlineError = nullptr;
    ServerClientsPanel* m_clients = nullptr;
    SendComposer* m_composer = nullptr;
    QLabel* m_targets = nullptr;
    QTabWidget* m_logTabs = nullptr;
    TrafficView* m_traffic = nullptr;
    ErrorPanel* m_errors = nullptr;

    std::optional<netcore::Address> m_listening;
    QString m_failure; ///< why the last start() failed; empty after a success or stop()
};
