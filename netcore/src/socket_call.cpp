#include "socket_call.h"

#include "netcore/wakeup.h"
#include "platform.h"

#include <algorithm>

namespace netcore {

SocketCall::SocketCall(const Socket& socket, const char* call, std::function<std::string()> arguments)
    : m_socket(socket), m_call(call), m_formatArguments(std::move(arguments)), m_start(TraceClock::now()) {
    if (socket.m_mode.kind() == BlockingMode::Kind::Timeout) {
        const auto timeout = *socket.m_mode.gettimeout();
        m_deadline = m_start + std::chrono::duration_cast<TraceClock::duration>(timeout);
    }
}

bool SocketCall::waitsOnWouldBlock() const noexcept {
    return m_socket.m_osNonBlocking && m_socket.m_mode.kind() != BlockingMode::Kind::NonBlocking;
}

int SocketCall::lastError() noexcept {
    return platform::lastSocketError();
}

const std::string& SocketCall::arguments() const {
    if (!m_arguments) m_arguments = m_formatArguments ? m_formatArguments() : std::string{};
    return *m_arguments;
}

NetError SocketCall::nativeError(int native) const {
    return NetError::fromNative(native, m_call, arguments());
}

NetError SocketCall::error(ErrorCode code, Message message) const {
    return NetError::make(code, m_call, arguments(), std::move(message));
}

std::expected<void, NetError> SocketCall::waitReady(short pollEvents) {
    os::PollFd fds[2] = {};
    fds[0].fd = os::native(m_socket.m_handle);
    fds[0].events = pollEvents;
    std::size_t count = 1;
    if (m_socket.m_cancel) {
        fds[1].fd = os::native(m_socket.m_cancel->pollHandle());
        fds[1].events = os::kPollIn;
        count = 2;
    }
    for (;;) {
        int timeoutMs = -1;
        const auto now = TraceClock::now();
        if (m_deadline) {
            if (now >= *m_deadline) return std::unexpected(error(ErrorCode::Timeout, Message{"timed out"}));
            const auto left = std::chrono::ceil<std::chrono::milliseconds>(*m_deadline - now);
            timeoutMs = static_cast<int>(std::min<std::chrono::milliseconds::rep>(left.count(), 1 << 30));
        }
        const int ready = os::pollSockets(fds, count, timeoutMs);
        m_waited += TraceClock::now() - now;
        if (ready < 0) {
            const int native = lastError();
            if (os::isInterrupted(native)) continue;
            return std::unexpected(nativeError(native));
        }
        if (count == 2 && fds[1].revents != 0)
            return std::unexpected(error(ErrorCode::Cancelled, Message{"cancelled while waiting"}));
        if (fds[0].revents != 0) return {}; // ready, or in error: the call itself will say which
    }
}

void SocketCall::trace(std::optional<NetError> error, const std::string& result) {
    TraceRecord record;
    record.socket = m_socket.m_id;
    record.call = m_call;
    record.arguments = arguments();
    record.result = result;
    record.error = std::move(error);
    record.start = m_start;
    record.end = TraceClock::now();
    record.waited = m_waited;
    record.local = m_extra.local;
    record.peer = m_extra.peer;
    record.newSocket = m_extra.newSocket;
    record.byteCount = m_extra.byteCount;
    m_socket.m_tracer->record(std::move(record));
}

} // namespace netcore
