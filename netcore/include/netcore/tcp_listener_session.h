#pragma once

#include "netcore/address.h"
#include "netcore/connection_info.h"
#include "netcore/event_queue.h"
#include "netcore/io_loop.h"
#include "netcore/net_error.h"
#include "netcore/responder.h"
#include "netcore/session_event.h"
#include "netcore/socket.h"
#include "netcore/socket_inspection.h"

#include <cstddef>
#include <expected>
#include <map>
#include <memory>
#include <optional>
#include <vector>

namespace netcore {

class SessionContext;
class SocketRegistry;
class ReceiveBuffer;
class StreamConnection;

/// A TCP server on an IoLoop: a non-blocking listening socket and the connections it accepts.
/// Reports Listening, Accepted, Data, Sent, PeerShutdown, Error, Closed and (while tracing is on)
/// one CallTraced per socket call to its EventQueue.
///
/// Every method may be called from any thread; the work runs on the loop. The IoLoop must outlive
/// the session. The destructor stops the session and waits for that on the loop.
class TcpListenerSession final : public SocketInspector {
public:
    struct Config {
        Address bind = Address::loopback(Family::IPv4);
        int backlog = 128;
        /// SO_REUSEADDR, so a restarted server can bind while old connections sit in TIME_WAIT.
        /// Not applied on Windows, where it would let another program bind the same port.
        bool reuseAddress = true;
        bool closeOnPeerEof = true;            ///< false: a peer's FIN is PeerShutdown; we may still send
        std::size_t receiveBufferSize = 65536; ///< bytes per recv()
        /// Makes the blocks received data lands in (null: heap blocks); see PayloadStorage.
        PayloadStorageFactory payloadStorage;
        bool tracing = true;
        /// Answers received data on the I/O thread (echo, upper-case, fixed reply, ...); none = silent.
        std::shared_ptr<Responder> responder;
    };

    TcpListenerSession(IoLoop& loop, std::shared_ptr<EventQueue> queue, Config config);
    ~TcpListenerSession() override;
    TcpListenerSession(const TcpListenerSession&) = delete;
    TcpListenerSession& operator=(const TcpListenerSession&) = delete;

    [[nodiscard]] SessionId id() const noexcept;

    /// socket, SO_REUSEADDR, bind, listen; then accepts on the loop. Waits for the result, which is
    /// also posted (Listening with the bound address, or Error). Returns the bound address.
    [[nodiscard]] std::expected<Address, NetError> start();
    /// Closes every connection (Closed: LocalClose) and the listener (Closed, connection 0).
    void stop();

    void send(ConnectionId connection, Payload bytes);
    void sendToAll(Payload bytes);
    void shutdownWrite(ConnectionId connection);
    void close(ConnectionId connection);
    /// SO_LINGER {on, 0 s} and close: the peer gets a reset.
    void abort(ConnectionId connection);

    /// Turns CallTraced events on or off (a benchmark measures without them). Waits until the
    /// loop has switched, so the calls after it are traced (or not).
    void setTracing(bool on);
    /// Replaces how the server answers (nullptr: it stays silent). Waits until the loop has
    /// switched, so data that arrives after the call meets the new responder.
    void setResponder(std::shared_ptr<Responder> responder);
    /// The open connections and their counters, read on the loop (waits for it).
    [[nodiscard]] std::vector<ConnectionInfo> connections() const;

    /// "A peer that never reads": paused, no connection is watched for readable data, so what
    /// clients send waits in the receive buffers (then in the clients' send buffers). Resuming
    /// delivers everything that waited. Connections accepted meanwhile start paused. Waits for
    /// the loop.
    void setReadingPaused(bool paused);
    [[nodiscard]] bool readingPaused() const;

    // SocketInspector: the listener and every accepted connection.
    [[nodiscard]] std::vector<SocketSnapshot> sockets(bool withReadiness) override;
    [[nodiscard]] std::expected<OptionValue, NetError> getOption(SocketId socket,
                                                                 SocketOption option) override;
    [[nodiscard]] std::expected<OptionValue, NetError> setOption(SocketId socket, SocketOption option,
                                                                 const OptionValue& value) override;
    [[nodiscard]] std::expected<SocketReadiness, NetError> probe(SocketId socket) override;

private:
    void onListenerReady(int readiness);
    void acceptSome();
    void pauseAccepting();
    void stopOnLoop();
    void onConnectionClosed(ConnectionId connection);
    StreamConnection* find(ConnectionId connection);
    /// Loop thread: the open sockets, for the SocketInspector calls.
    [[nodiscard]] SocketRegistry registry();
    /// The responder's view of this session's connections (loop thread).
    class Replies;
    friend class Replies;

    Config m_config;
    std::unique_ptr<Replies> m_replies;
    std::unique_ptr<SessionContext> m_context;
    Socket m_listener;
    NativeHandle m_watched = kInvalidHandle;
    TimerId m_resumeTimer = 0;
    ConnectionId m_nextConnection = 1;
    bool m_readingPaused = false;
    /// accept() keeps failing (EMFILE, ENOBUFS): reported once, retried after a pause, until it works.
    bool m_acceptStalled = false;
    std::unique_ptr<ReceiveBuffer> m_received;
    std::map<ConnectionId, std::unique_ptr<StreamConnection>> m_connections;
    /// Closed connections wait here until the session's next turn: they close from inside their
    /// own callbacks, where they cannot be destroyed yet.
    std::vector<std::unique_ptr<StreamConnection>> m_closed;
};

} // namespace netcore
