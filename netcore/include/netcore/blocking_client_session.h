#pragma once

#include "netcore/blocking_mode.h"
#include "netcore/blocking_worker.h"
#include "netcore/event_queue.h"
#include "netcore/session_event.h"
#include "netcore/socket_inspection.h"

#include <atomic>
#include <chrono>
#include <cstddef>
#include <cstdint>
#include <expected>
#include <memory>
#include <mutex>
#include <optional>
#include <vector>

namespace netcore {

/// A TCP client whose socket is in blocking or timeout mode, as the seeds' clients are: connect()
/// waits for the handshake, and after each send the client waits in recv() for the answer. The
/// calls run on a BlockingWorker thread, so they block that thread, never the IoLoop or the GUI;
/// each one that may wait is announced with CallStarted (for "blocked in recv() for 3.2 s") and
/// recorded with CallTraced, and cancel() ends the wait with ErrorCode::Cancelled.
///
/// Reports Connected, Data, Sent, PeerShutdown, Error, Closed, CallStarted and CallTraced to its
/// EventQueue, like TcpClientSession. Every method may be called from any thread.
class BlockingClientSession final : public SocketInspector {
public:
    struct Config {
        BlockingMode mode = BlockingMode::blocking(); ///< blocking or timeout(t)
        std::size_t receiveBufferSize = 65536;        ///< bytes per recv()
        bool receiveAfterSend = true; ///< like the seed's client: send, then wait for the answer
        /// Blocking mode: how long connect() may wait per address (the OS alone waits minutes for
        /// an unanswered SYN). Zero: as long as the OS does. Timeout mode uses its own timeout.
        std::chrono::milliseconds connectTimeout{0};
        bool tracing = true;
    };

    [[nodiscard]] static std::expected<std::unique_ptr<BlockingClientSession>, NetError>
    create(std::shared_ptr<EventQueue> queue, Config config);
    ~BlockingClientSession() override;
    BlockingClientSession(const BlockingClientSession&) = delete;
    BlockingClientSession& operator=(const BlockingClientSession&) = delete;

    [[nodiscard]] SessionId id() const noexcept { return m_id; }

    /// Tries each address in order (a new socket each), until one connects.
    void connect(std::vector<Address> targets);
    /// sendall(), then (receiveAfterSend) one recv().
    void send(Payload bytes);
    /// One recv(): waits for data, EOF, the timeout or a cancel.
    void receive();
    void shutdownWrite();
    void close();
    /// SO_LINGER {on, 0 s} and close: the peer gets a reset.
    void abort();
    /// Applies to the calls from the next one on (an ongoing wait keeps its mode).
    void setMode(BlockingMode mode);
    /// Ends the current wait (Cancelled); queued calls still run.
    void cancel() noexcept;
    /// The call running now and since when; nullopt when idle.
    [[nodiscard]] std::optional<BlockingWorker::Busy> busy() const;

    // SocketInspector: the client's socket. These run on the calling thread under the socket
    // lock, even while the worker is blocked in recv() on it: getsockopt, setsockopt and poll are
    // thread-safe system calls, and the lock keeps the socket from being closed or replaced meanwhile.
    [[nodiscard]] std::vector<SocketSnapshot> sockets(bool withReadiness) override;
    [[nodiscard]] std::expected<OptionValue, NetError> getOption(SocketId socket,
                                                                 SocketOption option) override;
    [[nodiscard]] std::expected<OptionValue, NetError> setOption(SocketId socket, SocketOption option,
                                                                 const OptionValue& value) override;
    [[nodiscard]] std::expected<SocketReadiness, NetError> probe(SocketId socket) override;

private:
    BlockingClientSession(std::shared_ptr<EventQueue> queue, Config config,
                          std::unique_ptr<BlockingWorker> worker);
    class Tracing;

    [[nodiscard]] SessionEvent event(SessionEventKind kind) const;
    void publish(SessionEvent event) const;
    void emitError(NetError error) const;
    void emitClosed(CloseReason reason);
    void announce(const char* call, std::string arguments) const;
    void receiveOnce(Socket& socket);
    void prepare(Socket& socket);
    /// Any thread: runs `use` on a registry of the current socket, under the socket lock.
    template <typename Use>
    auto withRegistry(Use&& use);
    /// Worker thread: runs `change` (which closes, replaces or reconfigures the socket) under the
    /// socket lock, and remembers the worker's socket for the inspection calls.
    template <typename Change>
    auto guarded(Socket& socket, Change&& change) {
        std::lock_guard lock(m_socketMutex);
        m_socket = &socket;
        return change();
    }

    SessionId m_id;
    std::shared_ptr<EventQueue> m_queue;
    Config m_config;
    std::shared_ptr<Tracing> m_tracer;
    std::atomic<ConnectionId> m_connection{0}; ///< the open connection (0 = none), worker thread writes
    /// Bumped by close()/abort(): a connect job still trying addresses gives up at the next one.
    std::atomic<std::uint64_t> m_generation{0};
    ConnectionId m_nextConnection = 1;        ///< worker thread only
    mutable std::mutex m_socketMutex;         ///< held while the worker changes what m_socket is
    Socket* m_socket = nullptr;               ///< the worker's socket, once a job has run
    std::unique_ptr<BlockingWorker> m_worker; ///< last: joined first on destruction
};

} // namespace netcore
