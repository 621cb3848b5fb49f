#pragma once
// One connected TCP socket on an IoLoop, shared by TcpListenerSession (accepted connections) and
// TcpClientSession: reads into Data events, sends through an output queue (a partial send keeps
// the rest queued and waits for writability), half-close, close and abort.

#include "netcore/connection_info.h"
#include "netcore/socket.h"
#include "receive_buffer.h"

#include <cstddef>
#include <deque>
#include <functional>
#include <span>
#include <vector>

namespace netcore {

class SessionContext;

/// Loop thread only.
class StreamConnection {
public:
    struct Options {
        bool closeOnPeerEof = true; ///< false: report PeerShutdown and keep the sending side open
        int maxReadsPerWake = 16;   ///< recv() calls per readiness before other handles get a turn
        /// Start without watching for readable data (see setReadingPaused).
        bool readingPaused = false;
        /// Told of each received chunk after its Data event (a server's Responder answers here).
        std::function<void(ConnectionId, std::span<const std::byte>)> onData;
    };
    /// Told (on the loop thread) after the connection closed and posted its Closed event. The
    /// owner must not destroy the connection from inside this call: post the removal instead.
    using ClosedCallback = std::function<void(ConnectionId)>;

    /// `received` is the session's receive buffer, shared by its connections.
    StreamConnection(SessionContext& context, ConnectionId id, Socket socket, Address peer, Options options,
                     ReceiveBuffer& received, ClosedCallback onClosed);
    /// Unwatches and closes silently (no event): the owner reports the session's end itself.
    ~StreamConnection();
    StreamConnection(const StreamConnection&) = delete;
    StreamConnection& operator=(const StreamConnection&) = delete;

    /// Switches the socket to non-blocking and starts watching it.
    [[nodiscard]] std::expected<void, NetError> start();

    void send(Payload bytes);
    /// shutdown(SHUT_WR) once the output queue is empty.
    void shutdownWrite();
    void close(CloseReason reason = CloseReason::LocalClose);
    /// SO_LINGER {on, 0 s} then close: the peer sees a reset.
    void abort();
    void setTracer(std::shared_ptr<Tracer> tracer) { m_socket.setTracer(std::move(tracer)); }
    /// Paused: the socket is no longer watched for readable data, so what the peer sends waits in
    /// the OS's receive buffer (and then the peer's send buffer): "a peer that never reads".
    /// Resuming watches again; the level-triggered poller then delivers everything that waited.
    void setReadingPaused(bool paused);

    /// The socket itself, for the sockets view and the options editor (loop thread).
    [[nodiscard]] Socket& socket() noexcept { return m_socket; }

    [[nodiscard]] ConnectionId id() const noexcept { return m_info.id; }
    [[nodiscard]] bool isClosed() const noexcept { return !m_socket.isOpen(); }
    [[nodiscard]] const ConnectionInfo& info() const noexcept { return m_info; }
    [[nodiscard]] std::size_t queuedBytes() const noexcept { return m_info.queuedBytes; }

private:
    void onReady(int readiness);
    void readSome();
    void onPeerEof();
    void flushOutput();
    void shutdownNow();
    void fail(NetError error);
    void updateInterest();

    SessionContext& m_context;
    Socket m_socket;
    NativeHandle m_handle = kInvalidHandle; ///< as watched (the socket forgets it when it closes)
    Options m_options;
    ReceiveBuffer& m_received;
    ClosedCallback m_onClosed;
    ConnectionInfo m_info;
    std::deque<Payload> m_output;
    std::size_t m_outputOffset = 0; ///< bytes of m_output.front() already sent
    bool m_shutdownPending = false;
    int m_interest = 0;
};

} // namespace netcore
