#pragma once
// How a Socket method runs one OS call: retry on EINTR, wait for readiness in timeout mode (or
// cancellable blocking mode), turn failures into NetError, and trace the call.

#include "netcore/socket.h"

#include "os.h"

#include <chrono>
#include <functional>
#include <optional>
#include <string>

namespace netcore {

class SocketCall {
public:
    /// `arguments` is formatted only when needed (tracing on, or an error to describe).
    SocketCall(const Socket& socket, const char* call, std::function<std::string()> arguments);

    /// Waits until the socket is ready for `pollEvents` within this call's deadline.
    /// Fails with Timeout when the deadline passes, Cancelled when the cancel wakeup fires.
    [[nodiscard]] std::expected<void, NetError> waitReady(short pollEvents);
    /// Whether a WouldBlock from the OS should be waited out (timeout mode, cancellable blocking).
    [[nodiscard]] bool waitsOnWouldBlock() const noexcept;

    /// Runs `operation` (returning < 0 on failure, with the OS error in lastSocketError()),
    /// retrying EINTR and waiting out WouldBlock when the mode says so.
    template <typename Operation>
    [[nodiscard]] std::expected<os::IoResult, NetError> run(short pollEvents, Operation&& operation) {
        for (;;) {
            const auto result = static_cast<os::IoResult>(operation());
            if (result >= 0) return result;
            const int native = lastError();
            if (os::isInterrupted(native)) continue;
            if (os::isWouldBlock(native) && waitsOnWouldBlock()) {
                if (auto ready = waitReady(pollEvents); !ready) return std::unexpected(ready.error());
                continue;
            }
            return std::unexpected(nativeError(native));
        }
    }

    [[nodiscard]] static int lastError() noexcept;
    [[nodiscard]] NetError nativeError(int native) const;
    [[nodiscard]] NetError error(ErrorCode code, Message message = {}) const;
    [[nodiscard]] const std::string& arguments() const;

    /// What the trace should say about the socket's ends (ignored unless tracing: no copies then).
    void setLocal(const Address& local) {
        if (m_socket.m_tracer) m_extra.local = local;
    }
    void setPeer(const Address& peer) {
        if (m_socket.m_tracer) m_extra.peer = peer;
    }
    void setNewSocket(SocketId id) noexcept { m_extra.newSocket = id; }
    void setByteCount(std::size_t bytes) noexcept { m_extra.byteCount = bytes; }

    /// Records the call (when tracing) and passes the result through.
    template <typename T>
    std::expected<T, NetError> finish(std::expected<T, NetError> result, const std::string& text = {}) {
        if (m_socket.m_tracer)
            trace(result ? std::optional<NetError>{} : std::optional{result.error()}, text);
        return result;
    }
    std::expected<void, NetError> finish(std::expected<void, NetError> result, const std::string& text = {}) {
        if (m_socket.m_tracer)
            trace(result ? std::optional<NetError>{} : std::optional{result.error()}, text);
        return result;
    }

private:
    void trace(std::optional<NetError> error, const std::string& result);

    const Socket& m_socket;
    const char* m_call;
    std::function<std::string()> m_formatArguments;
    mutable std::optional<std::string> m_arguments;
    TraceClock::time_point m_start;
    std::optional<TraceClock::time_point> m_deadline;
    std::chrono::nanoseconds m_waited{0};
    TraceRecord m_extra; ///< local, peer, newSocket, byteCount: copied into the record
};

} // namespace netcore
