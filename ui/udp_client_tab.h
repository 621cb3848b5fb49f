#pragma once

#include "ui/session_tab.h"

#include "netcore/address.h"
#include "netcore/net_error.h"
#include "netcore/session_event.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>
#include <span>

class ChunkedFileSender;
class ErrorPanel;
class InlineErrorLabel;
class QLabel;
class QTabWidget;
class SendComposer;
class SessionActivity;
class TrafficView;
class UdpClientNotes;
class UdpClientSettingsBar;
class UdpTargetResolver;

namespace netcore_qt {
class UdpHandle;
}

// A UDP client: a target host:port; a socket sending with sendto() (unconnected) or connect() +
// send() (connected); SO_BROADCAST; the receive buffer for replies; the TCP client's composer
// (text, escapes, hex, encodings, repeat) and files sent as one datagram per chunk.
//
// What the tab makes visible is where datagrams differ from streams: a connected socket hears the
// ICMP "port unreachable" of an earlier datagram (ECONNREFUSED), an unconnected one does not; a
// broadcast without SO_BROADCAST is refused (EACCES); a datagram above 65507 bytes cannot be sent
// (EMSGSIZE); and a reply may come from another address than the one asked, which is flagged.
class UdpClientTab : public SessionTab {
    Q_OBJECT

public:
    enum class State { Idle, Resolving, Open, Closed, Failed };

    UdpClientTab(const TabSpec& spec, netcore_qt::SessionHub& hub, QWidget* parent = nullptr);
    ~UdpClientTab() override;

    [[nodiscard]] TabSpec spec() const override;
    [[nodiscard]] TabStats stats() const override;
    // Resolves the target, then opens the socket (bind, and connect in connected mode).
    void start() override;
    // Closes the socket.
    void stop() override;
    [[nodiscard]] QString title() const override;

    // One datagram to the target (sendto) or the connected peer (send). Resolves the target first
    // when it changed to a name; while the socket is closed the attempt is an error row.
    void sendBytes(const QByteArray& bytes);
    // Each chunk of the file (the datagram size of the settings bar) is one datagram.
    void sendFile(const QString& path);
    // Switching mode opens a new socket: a connected UDP socket cannot be disconnected portably.
    void setConnectedMode(bool connected);
    [[nodiscard]] bool isConnectedMode() const;
    // SO_BROADCAST, applied at once to an open socket.
    void setBroadcast(bool on);

    [[nodiscard]] State state() const { return m_state; }
    [[nodiscard]] QString stateText() const { return m_stateText; }
    // The bound address while open, else an invalid Address.
    [[nodiscard]] netcore::Address localAddress() const { return m_local; }
    // The resolved target the socket sends to (invalid before the first resolution).
    [[nodiscard]] netcore::Address targetAddress() const { return m_target; }
    // Replies whose source differed from the target, and the note for the last of them.
    [[nodiscard]] quint64 foreignReplyCount() const;
    [[nodiscard]] QString lastForeignReplyText() const;
    // The explanation shown for the last UDP-specific error (EACCES broadcast, EMSGSIZE, ...).
    [[nodiscard]] QString adviceText() const;
    // The line beside the mode switch: what this OS reports in the chosen mode.
    [[nodiscard]] QString modeExplanation() const;

    [[nodiscard]] netcore_qt::UdpHandle& handle() const { return *m_handle; }
    [[nodiscard]] UdpClientSettingsBar* settingsBar() const { return m_settings; }
    [[nodiscard]] SendComposer* composer() const { return m_composer; }
    [[nodiscard]] TrafficView* trafficView() const { return m_traffic; }
    [[nodiscard]] ErrorPanel* errorPanel() const { return m_errors; }
    [[nodiscard]] InlineErrorLabel* inlineError() const { return m_inlineError; }
    [[nodiscard]] UdpClientNotes* notes() const { return m_notes; }

signals:
    void stateChanged(UdpClientTab::State state);

private:
    void buildUi();
    void connectSignals();
    void onEvents(std::span<const netcore::SessionEvent> events);
    void onTargetResolved(const netcore::Address& target, const QStringList& all, qint64 ms);
    void onTargetFailed(const netcore::NetError& error);
    void openSocket();
    void sendNow(const QByteArray& bytes);
    void flushPending();
    void onBroadcastChanged(bool on);
    [[nodiscard]] QString openText() const;
    void setState(State state, const QString& text);
    void updateActions();
    void sendAutoText();
    [[nodiscard]] bool isOpen() const { return m_state == State::Open; }
    [[nodiscard]] std::size_t maxDatagram() const;

    TabSpec m_spec;
    netcore_qt::UdpHandle* m_handle = nullptr;
    SessionActivity* m_activity = nullptr;
    UdpTargetResolver* m_resolver = nullptr;
    ChunkedFileSender* m_fileSender = nullptr;

    UdpClientSettingsBar* m_settings = nullptr;
    QLabel* m_stateLabel = nullptr;
    InlineErrorLabel* m_inlineError = nullptr;
    UdpClientNotes* m_notes = nullptr;
    SendComposer* m_composer = nullptr;
    QTabWidget* m_views = nullptr;
    TrafficView* m_traffic = nullptr;
    ErrorPanel* m_errors = nullptr;

    State m_state = State::Idle;
    QString m_stateText;
    netcore::Address m_local;
    netcore::Address m_target;
    bool m_openedConnected = false;  // the open socket is connected (send(), not sendto())
    bool m_openAfterResolve = false; // start() is waiting for the lookup
    QList<QByteArray> m_pending;     // datagrams waiting for a lookup of the target
    bool m_everStarted = false;
};
