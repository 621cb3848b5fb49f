#pragma once

#include "ui/session_tab.h"

#include "netcore/blocking_mode.h"
#include "netcore/resolve.h"
#include "netcore/session_event.h"

#include <QByteArray>
#include <QString>

#include <optional>
#include <span>

class BlockingBadge;
class ChunkedFileSender;
class ClientSettingsBar;
class ErrorPanel;
class InlineErrorLabel;
class QLabel;
class QPushButton;
class QTabWidget;
class ResolvedAddressesView;
class SendComposer;
class SessionActivity;
class TrafficView;

namespace netcore_qt {
class TcpClientHandle;
}

// A TCP client: host (a name is looked up, and every getaddrinfo result is listed with the one that
// answered), port, connect timeout and blocking mode; Connect / Disconnect / Reconnect; a composer
// whose bytes (or file) go to the server; Shutdown write, Close, Abort; the traffic, the errors, and
// the blocking badge ("blocked in recv() for 3.2 s", Cancel).
//
// The mode defaults to non-blocking: the tab then shows whatever the server sends, whenever it sends
// it, which is what a tool left open all day should do. Blocking and timeout modes behave like the
// seeds' client: each send is followed by one recv() that waits for the answer (Receive waits for one
// more), and the badge shows the wait live. TabSpec has no mode, so a tab opened from --open or a
// workspace starts non-blocking.
class TcpClientTab : public SessionTab {
    Q_OBJECT

public:
    enum class State { Idle, Resolving, Connecting, Connected, Closed, Failed };

    TcpClientTab(const TabSpec& spec, netcore_qt::SessionHub& hub, QWidget* parent = nullptr);
    ~TcpClientTab() override;

    [[nodiscard]] TabSpec spec() const override;
    [[nodiscard]] TabStats stats() const override;
    // Connects with what the editor shows (resolving a name first).
    void start() override;
    // Disconnect: ends a lookup, a connect in progress, a blocked call, or the connection.
    void stop() override;
    [[nodiscard]] QString title() const override;

    void reconnect();
    // The composer's Send calls this; while not connected the attempt is an error row (as send() on
    // an unconnected socket would be).
    void sendBytes(const QByteArray& bytes);
    // Sends a file in ChunkedFileSender's window (64 KiB chunks, never the whole file in memory).
    void sendFile(const QString& path);
    // Blocking and timeout modes: one more recv().
    void receiveOnce();
    void shutdownWrite();
    void closeConnection();
    void abortConnection();

    // The mode of the next connection; blocking <-> timeout also applies to the open one at once.
    void setMode(netcore::BlockingMode mode);
    // What the mode controls say (the next connection's mode).
    [[nodiscard]] netcore::BlockingMode mode() const;

    [[nodiscard]] State state() const { return m_state; }
    // "Connected 127.0.0.1:50412 → 127.0.0.1:8080", "Reset by peer", ...
    [[nodiscard]] QString stateText() const;

    [[nodiscard]] netcore_qt::TcpClientHandle& handle() const { return *m_handle; }
    [[nodiscard]] ClientSettingsBar* settingsBar() const { return m_settings; }
    [[nodiscard]] SendComposer* composer() const { return m_composer; }
    [[nodiscard]] TrafficView* trafficView() const { return m_traffic; }
    [[nodiscard]] ErrorPanel* errorPanel() const { return m_errors; }
    [[nodiscard]] InlineErrorLabel* inlineError() const { return m_inlineError; }
    [[nodiscard]] BlockingBadge* badge() const { return m_badge; }
    [[nodiscard]] ResolvedAddressesView* resolvedView() const { return m_resolved; }

signals:
    void stateChanged(TcpClientTab::State state);

private:
    void buildUi();
    void connectSignals();
    void onEvents(std::span<const netcore::SessionEvent> events);
    void onResolved(const netcore::ResolveResult& result, qint64 milliseconds);
    void onResolveFailed(const netcore::NetError& error);
    void onConnected(const netcore::Address& peer, const netcore::Address& local);
    void onClosed(netcore::CloseReason reason);
    void onModeControlsChanged();
    void setState(State state, const QString& text);
    void updateActions();
    void sendAutoText();
    [[nodiscard]] bool blockingModeActive() const;

    TabSpec m_spec;
    netcore_qt::TcpClientHandle* m_handle = nullptr;
    SessionActivity* m_activity = nullptr;
    ChunkedFileSender* m_fileSender = nullptr;

    ClientSettingsBar* m_settings = nullptr;
    QLabel* m_stateLabel = nullptr;
    BlockingBadge* m_badge = nullptr;
    QPushButton* m_receiveButton = nullptr;
    ResolvedAddressesView* m_resolved = nullptr;
    InlineErrorLabel* m_inlineError = nullptr;
    SendComposer* m_composer = nullptr;
    QPushButton* m_shutdownButton = nullptr;
    QPushButton* m_closeButton = nullptr;
    QPushButton* m_abortButton = nullptr;
    QTabWidget* m_views = nullptr;
    TrafficView* m_traffic = nullptr;
    ErrorPanel* m_errors = nullptr;

    State m_state = State::Idle;
    QString m_stateText;
    QString m_connectedText; // "Connected a → b", which half-close notes extend
    // The mode of the session now running (the controls may already say another for the next one).
    netcore::BlockingMode m_activeMode = netcore::BlockingMode::nonBlocking();
    QString m_lastConnectError; // why the last address failed, for "Could not connect: ..."
    bool m_writeShut = false;
    bool m_everStarted = false;
    quint64 m_ackedTx = 0; // txBytes already passed to the file sender's window
};
