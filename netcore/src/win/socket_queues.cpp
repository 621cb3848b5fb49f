// How many bytes wait in a socket's receive and send queues (the readiness view's numbers).
#include "os.h"
#include "platform.h"

namespace netcore::platform {

std::optional<std::size_t> bytesToRead(NativeHandle handle) noexcept {
    u_long count = 0;
    if (::ioctlsocket(os::native(handle), FIONREAD, &count) != 0) return std::nullopt;
    return static_cast<std::size_t>(count);
}

// Winsock has no portable count of unacknowledged bytes (SIO_TCP_INFO needs Windows 10 1703 and
// TCP only): the view says "not known" rather than guess.
std::optional<std::size_t> bytesUnsent(NativeHandle) noexcept {
    return std::nullopt;
}

} // namespace netcore::platform
