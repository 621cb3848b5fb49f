// How many bytes wait in a socket's receive and send queues (the readiness view's numbers).
#include "os.h"
#include "platform.h"

#include <sys/ioctl.h>
#ifdef __linux__
#include <linux/sockios.h>
#endif

namespace netcore::platform {

std::optional<std::size_t> bytesToRead(NativeHandle handle) noexcept {
    int count = 0;
    // Linux refuses FIONREAD on a listening socket (EINVAL): nothing to read there, only to accept.
    if (::ioctl(os::native(handle), FIONREAD, &count) != 0 || count < 0) return std::nullopt;
    return static_cast<std::size_t>(count);
}

std::optional<std::size_t> bytesUnsent(NativeHandle handle) noexcept {
#if defined(__linux__)
    int count = 0;
    if (::ioctl(os::native(handle), SIOCOUTQ, &count) != 0 || count < 0) return std::nullopt;
    return static_cast<std::size_t>(count);
#elif defined(SO_NWRITE)
    int count = 0;
    socklen_t length = sizeof count;
    if (::getsockopt(os::native(handle), SOL_SOCKET, SO_NWRITE, &count, &length) != 0 || count < 0)
        return std::nullopt;
    return static_cast<std::size_t>(count);
#else
    (void)handle;
    return std::nullopt;
#endif
}

} // namespace netcore::platform
