#pragma once

#include "netcore_qt/session_handle.h"

#include "netcore/address.h"
#include "netcore/connection_info.h"
#include "netcore/net_error.h"
#include "netcore/responder.h"

#include <QByteArray>

#include <expected>
#include <memory>
#include <vector>

namespace netcore {
class TcpListenerSession;
}

namespace netcore_qt {

/// A TCP server tab's session: a listener on netcore's I/O thread with its connections. Events
/// (Listening, Accepted, Data, Sent, Error, Closed, CallTraced) arrive through eventsArrived().
class TcpServerHandle : public SessionHandle {
    Q_OBJECT
public:
    struct Settings {
        netcore::Address bind = netcore::Address::loopback(netcore::Family::IPv4, 8080);
        int backlog = 128;
        bool reuseAddress = true;
        std::shared_ptr<netcore::Responder> responder; ///< nullptr: the server stays silent
    };

    explicit TcpServerHandle(SessionHub& hub, QObject* parent = nullptr);
    ~TcpServerHandle() override;

    /// Opens, binds and listens (a restart replaces the previous listener). The error (EADDRINUSE,
    /// EACCES, ...) is returned and also arrives as an Error event.
    [[nodiscard]] std::expected<netcore::Address, netcore::NetError> start(const Settings& settings);
    /// Closes every connection and the listener.
    void stop();
    [[nodiscard]] bool isRunning() const { return m_session != nullptr; }

    void setResponder(std::shared_ptr<netcore::Responder> responder);
    void send(netcore::ConnectionId connection, const QByteArray& bytes);
    void sendToAll(const QByteArray& bytes);
    void shutdownWrite(netcore::ConnectionId connection);
    void close(netcore::ConnectionId connection);
    /// SO_LINGER 0 and close: the client sees ECONNRESET.
    void abort(netcore::ConnectionId connection);
    /// Snapshot of the open connections (asks the I/O thread; for tests and tooltips).
    [[nodiscard]] std::vector<netcore::ConnectionInfo> connections() const;
    /// "A peer that never reads": stop reading the connections (kept across restarts).
    void setReadingPaused(bool paused);
    [[nodiscard]] bool readingPaused() const { return m_readingPaused; }
    [[nodiscard]] netcore::SocketInspector* inspector() const override;

private:
    std::unique_ptr<netcore::TcpListenerSession> m_session;
    std::shared_ptr<netcore::Responder> m_responder;
    bool m_readingPaused = false;
};

} // namespace netcore_qt
