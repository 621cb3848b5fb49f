#include "netcore/socket_inspection.h"

#include "netcore/socket.h"
#include "os.h"
#include "platform.h"

namespace netcore {

std::string_view socketRoleName(SocketRole role) noexcept {
    switch (role) {
    case SocketRole::Listener:
        return "listener";
    case SocketRole::Accepted:
        return "accepted";
    case SocketRole::Client:
        return "client";
    case SocketRole::Udp:
        return "UDP";
    }
    return "client";
}

std::vector<SocketReadiness> probeReadiness(std::span<const NativeHandle> handles) {
    std::vector<SocketReadiness> result(handles.size());
    if (handles.empty()) return result;
    std::vector<os::PollFd> fds(handles.size());
    for (std::size_t i = 0; i < handles.size(); ++i) {
        fds[i].fd = os::native(handles[i]);
        fds[i].events = static_cast<short>(os::kPollIn | os::kPollOut);
    }
    // A zero timeout: this looks, it never waits. EINTR cannot happen without a wait.
    if (os::pollSockets(fds.data(), fds.size(), 0) < 0) return result;
    for (std::size_t i = 0; i < handles.size(); ++i) {
        const short events = fds[i].revents;
        auto& readiness = result[i];
        readiness.hangUp = (events & os::kPollHup) != 0;
        readiness.readable = (events & os::kPollIn) != 0 || readiness.hangUp;
        readiness.writable = (events & os::kPollOut) != 0;
        readiness.failed = (events & os::kPollErr) != 0;
        readiness.bytesToRead = platform::bytesToRead(handles[i]);
        readiness.bytesUnsent = platform::bytesUnsent(handles[i]);
    }
    return result;
}

SocketReadiness probeReadiness(const Socket& socket) {
    const NativeHandle handle = socket.nativeHandle();
    if (handle == kInvalidHandle) return {};
    return probeReadiness(std::span<const NativeHandle>(&handle, 1)).front();
}

} // namespace netcore
