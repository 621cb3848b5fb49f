#include "stream_connection.h"

#include "session_context.h"

#include <utility>

namespace netcore {

StreamConnection::StreamConnection(SessionContext& context, ConnectionId id, Socket socket, Address peer,
                                   Options options, ReceiveBuffer& received, ClosedCallback onClosed)
    : m_context(context), m_socket(std::move(socket)), m_options(options), m_received(received),
      m_onClosed(std::move(onClosed)) {
    m_info.id = id;
    m_info.peer = peer;
    m_info.openedAt = TraceClock::now();
}

StreamConnection::~StreamConnection() {
    if (m_handle != kInvalidHandle) m_context.loop().unwatch(m_handle);
    m_socket.setTracer(nullptr); // the session is going away: no more events from this socket
}

std::expected<void, NetError> StreamConnection::start() {
    if (auto mode = m_socket.setBlocking(false); !mode) return mode;
    if (auto local = m_socket.localAddress()) m_info.local = *local;
    if (m_options.readingPaused) {
        m_interest = 0; // not watched until reading resumes (updateInterest watches it then)
        return {};
    }
    m_handle = m_socket.nativeHandle();
    m_interest = Readable;
    auto watched =
        m_context.loop().watch(m_handle, m_interest, [this](int readiness) { onReady(readiness); });
    if (!watched) m_handle = kInvalidHandle;
    return watched;
}

void StreamConnection::onReady(int readiness) {
    SessionContext::EmitBatch batch(m_context);
    if ((readiness & Writable) && !m_output.empty()) flushOutput();
    if (isClosed()) return;
    if (!m_info.peerShutdown) {
        // While paused only an error is read (it ends the connection); data and a FIN wait.
        const int wanted = m_options.readingPaused ? Failed : (Readable | Failed);
        if (readiness & wanted) readSome();
        return;
    }
    // Reading is over. A hang-up alone repeats the peer's FIN (WSAPoll reports POLLHUP for a
    // half-close); an error means the connection is gone: SO_ERROR says which error.
    if (readiness & Failed) {
        auto pending = m_socket.getOption(SocketOption::Error);
        const int native = pending ? std::get<int>(*pending) : 0;
        if (native != 0) {
            fail(NetError::fromNative(native, "SO_ERROR", {}));
        } else {
            close(CloseReason::PeerEof);
        }
    }
}

void StreamConnection::readSome() {
    for (int i = 0; i < m_options.maxReadsPerWake; ++i) {
        auto received = m_socket.recv(m_received.space());
        if (!received) {
            if (received.error().code != ErrorCode::WouldBlock) fail(received.error());
            return;
        }
        if (*received == 0) {
            onPeerEof();
            return;
        }
        const std::size_t count = *received;
        auto event = m_context.event(SessionEventKind::Data, m_info.id);
        event.peer = m_info.peer;
        event.bytes = m_received.take(count);
        event.byteCount = count;
        const Payload bytes = event.bytes;
        m_context.emit(std::move(event));
        m_info.bytesIn += count;
        if (m_options.onData) {
            m_options.onData(m_info.id, bytes);
            if (isClosed()) return; // the answer failed and closed the connection
        }
        // A short read emptied the socket's buffer: the next recv() would only say EWOULDBLOCK.
        if (count < m_received.size()) return;
    }
}

void StreamConnection::onPeerEof() {
    m_info.peerShutdown = true;
    if (m_options.closeOnPeerEof || m_info.writeShutdown) {
        if (!m_output.empty()) flushOutput(); // one last try: what fits in the socket buffer still goes
        if (!isClosed()) close(CloseReason::PeerEof);
        return;
    }
    auto event = m_context.event(SessionEventKind::PeerShutdown, m_info.id);
    event.peer = m_info.peer;
    m_context.emit(std::move(event));
    updateInterest();
}

void StreamConnection::send(Payload bytes) {
    SessionContext::EmitBatch batch(m_context);
    if (isClosed() || m_info.writeShutdown || m_shutdownPending) {
        m_context.emitError(m_info.id,
                            NetError::make(isClosed() ? ErrorCode::Closed : ErrorCode::BrokenPipe, "send",
                                           std::to_string(bytes.size()),
                                           isClosed() ? Message{"the connection is closed"}
                                                      : Message{"the sending side was shut down"}));
        return;
    }
    if (bytes.empty()) return;
    m_info.queuedBytes += bytes.size();
    m_output.push_back(std::move(bytes));
    // While waiting for writability the queue just grows: the poller says when to go on.
    if (!(m_interest & Writable)) flushOutput();
}

void StreamConnection::flushOutput() {
    while (!m_output.empty()) {
        const Payload& front = m_output.front();
        const std::span<const std::byte> rest = front.span().subspan(m_outputOffset);
        auto sent = m_socket.send(rest);
        if (!sent) {
            if (sent.error().code == ErrorCode::WouldBlock) break;
            fail(sent.error());
            return;
        }
        const Payload wire = front.sliced(m_outputOffset, *sent); // as on the wire, sharing the queued bytes
        m_outputOffset += *sent;
        m_info.queuedBytes -= *sent;
        m_info.bytesOut += *sent;
        auto event = m_context.event(SessionEventKind::Sent, m_info.id);
        event.peer = m_info.peer;
        event.byteCount = *sent;
        event.bytes = wire;
        event.queuedBytes = m_info.queuedBytes;
        m_context.emit(std::move(event));
        if (m_outputOffset == front.size()) {
            m_output.pop_front();
            m_outputOffset = 0;
        } else {
            break; // a partial send: the socket buffer is full, wait until it is writable again
        }
    }
    if (m_output.empty() && m_shutdownPending) shutdownNow();
    if (!isClosed()) updateInterest();
}

void StreamConnection::shutdownWrite() {
    SessionContext::EmitBatch batch(m_context);
    if (isClosed() || m_info.writeShutdown) return;
    if (!m_output.empty()) {
        m_shutdownPending = true;
        return;
    }
    shutdownNow();
}

void StreamConnection::shutdownNow() {
    m_shutdownPending = false;
    if (auto done = m_socket.shutdown(ShutdownHow::Write); !done) {
        fail(done.error());
        return;
    }
    m_info.writeShutdown = true;
    // Both directions are over once the peer's FIN has come too.
    if (m_info.peerShutdown) close(CloseReason::LocalClose);
}

void StreamConnection::fail(NetError error) {
    const bool reset = error.code == ErrorCode::ConnectionReset ||
                       error.code == ErrorCode::ConnectionAborted || error.code == ErrorCode::BrokenPipe;
    m_context.emitError(m_info.id, std::move(error));
    close(reset ? CloseReason::Reset : CloseReason::Error);
}

void StreamConnection::abort() {
    SessionContext::EmitBatch batch(m_context);
    if (isClosed()) return;
    if (auto linger = m_socket.setOption(SocketOption::Linger, LingerValue{true, 0}); !linger)
        m_context.emitError(m_info.id, linger.error());
    close(CloseReason::Abort);
}

void StreamConnection::close(CloseReason reason) {
    SessionContext::EmitBatch batch(m_context);
    if (isClosed()) return;
    if (m_handle != kInvalidHandle) m_context.loop().unwatch(m_handle);
    m_handle = kInvalidHandle;
    if (auto closed = m_socket.close(); !closed) m_context.emitError(m_info.id, closed.error());
    const std::size_t dropped = m_info.queuedBytes;
    m_output.clear();
    m_outputOffset = 0;
    m_info.queuedBytes = 0;
    auto event = m_context.event(SessionEventKind::Closed, m_info.id);
    event.closeReason = reason;
    event.queuedBytes = dropped;
    event.peer = m_info.peer;
    m_context.emit(std::move(event));
    if (m_onClosed) m_onClosed(m_info.id);
}

void StreamConnection::setReadingPaused(bool paused) {
    SessionContext::EmitBatch batch(m_context);
    if (m_options.readingPaused == paused) return;
    m_options.readingPaused = paused;
    updateInterest();
}

void StreamConnection::updateInterest() {
    if (isClosed()) return;
    int interest = 0;
    if (!m_info.peerShutdown && !m_options.readingPaused) interest |= Readable;
    if (!m_output.empty()) interest |= Writable;
    if (interest == m_interest && (m_handle != kInvalidHandle) == (interest != 0)) return;
    m_interest = interest;
    auto& loop = m_context.loop();
    // With nothing to wait for, the handle leaves the poller: a half-closed socket would
    // otherwise be reported as hung up on every turn (WSAPoll), keeping the loop awake.
    if (interest == 0) {
        if (m_handle != kInvalidHandle) loop.unwatch(std::exchange(m_handle, kInvalidHandle));
        return;
    }
    std::expected<void, NetError> changed;
    if (m_handle == kInvalidHandle) {
        m_handle = m_socket.nativeHandle();
        changed = loop.watch(m_handle, interest, [this](int readiness) { onReady(readiness); });
        if (!changed) m_handle = kInvalidHandle;
    } else {
        changed = loop.setInterest(m_handle, interest);
    }
    if (!changed) m_context.emitError(m_info.id, changed.error());
}

} // namespace netcore
