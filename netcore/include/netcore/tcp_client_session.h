#pragma once

#include "netcore/address.h"
#include "netcore/connection_info.h"
#include "netcore/event_queue.h"
#include "netcore/io_loop.h"
#include "netcore/net_error.h"
#include "netcore/session_event.h"
#include "netcore/socket.h"
#include "netcore/socket_inspection.h"

#include <chrono>
#include <cstddef>
#include <memory>
#include <optional>
#include <vector>

namespace netcore {

class SessionContext;
class SocketRegistry;
class ReceiveBuffer;
class StreamConnection;

/// A TCP client on an IoLoop: a non-blocking connect (to one address, or to each resolved address
/// in turn until one answers), then Data / Sent / PeerShutdown / Error / Closed events like a
/// listener's connection. Each connect() gets a new ConnectionId.
///
/// Every method may be called from any thread; the work runs on the loop. The IoLoop must outlive
/// the session. The destructor closes and waits for that on the loop.
class TcpClientSession final : public SocketInspector {
public:
    struct Config {
        std::optional<Address> bind; ///< local address to bind before connecting (same family only)
        std::chrono::milliseconds connectTimeout{10000}; ///< per address tried
        bool closeOnPeerEof = true;
        std::size_t receiveBufferSize = 65536;
        /// Makes the blocks received data lands in (null: heap blocks); see PayloadStorage.
        PayloadStorageFactory payloadStorage;
        bool tracing = true;
    };

    TcpClientSession(IoLoop& loop, std::shared_ptr<EventQueue> queue, Config config);
    ~TcpClientSession() override;
    TcpClientSession(const TcpClientSession&) = delete;
    TcpClientSession& operator=(const TcpClientSession&) = delete;

    [[nodiscard]] SessionId id() const noexcept;

    /// Connects to each address in order until one answers: an Error event for each that fails
    /// (ErrorCode::Timeout when connectTimeout passes), then Connected with the address used in
    /// `peer`, or Closed(ConnectFailed) when none answered.
    void connect(std::vector<Address> targets);
    void connect(const Address& target) { connect(std::vector<Address>{target}); }

    /// Queued and sent as the socket takes it; Sent events report each send() and what is left.
    void send(Payload bytes);
    void shutdownWrite();
    /// Closes the connection, or abandons a connect in progress (Closed: LocalClose).
    void close();
    /// SO_LINGER {on, 0 s} and close: the peer gets a reset.
    void abort();

    /// Turns CallTraced events on or off (a benchmark measures without them). Waits until the
    /// loop has switched, so the calls after it are traced (or not).
    void setTracing(bool on);
    /// The connection's counters (nullopt when not connected), read on the loop (waits for it).
    [[nodiscard]] std::optional<ConnectionInfo> connection() const;
    /// Bytes accepted by send() that the OS has not taken yet: grows while the peer does not read.
    [[nodiscard]] std::size_t queuedBytes() const;

    // SocketInspector: the connecting or connected socket.
    [[nodiscard]] std::vector<SocketSnapshot> sockets(bool withReadiness) override;
    [[nodiscard]] std::expected<OptionValue, NetError> getOption(SocketId socket,
                                                                 SocketOption option) override;
    [[nodiscard]] std::expected<OptionValue, NetError> setOption(SocketId socket, SocketOption option,
                                                                 const OptionValue& value) override;
    [[nodiscard]] std::expected<SocketReadiness, NetError> probe(SocketId socket) override;

private:
    void tryNext();
    void onConnectReady();
    void attemptFailed(NetError error);
    void connected();
    void endAttempt();
    void closeOnLoop(bool abortive);
    void onConnectionClosed();
    [[nodiscard]] SocketRegistry registry(); ///< loop thread

    Config m_config;
    std::unique_ptr<SessionContext> m_context;
    std::unique_ptr<ReceiveBuffer> m_received;
    ConnectionId m_nextConnection = 1;
    // The connect in progress.
    ConnectionId m_attemptId = 0;
    std::vector<Address> m_targets;
    std::size_t m_nextTarget = 0;
    Address m_attemptAddress;
    Socket m_attempt;
    NativeHandle m_attemptHandle = kInvalidHandle;
    TimerId m_timer = 0;
    // The connection once established.
    std::unique_ptr<StreamConnection> m_connection;
    std::unique_ptr<StreamConnection> m_closed; ///< closed from its own callback: destroyed next turn
};

} // namespace netcore
