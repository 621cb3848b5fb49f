#include "netcore/wakeup.h"

#include "os.h"

#ifdef __linux__
#include <sys/eventfd.h>
#endif

#include <cstdint>

namespace netcore {

// Linux: one eventfd serves as both ends. Elsewhere: a non-blocking close-on-exec pipe.
std::expected<std::unique_ptr<Wakeup>, NetError> Wakeup::create() {
#ifdef __linux__
    const int handle = ::eventfd(0, EFD_CLOEXEC | EFD_NONBLOCK);
    if (handle < 0)
        return std::unexpected(NetError::fromLastError("eventfd", "0, EFD_CLOEXEC | EFD_NONBLOCK"));
    return std::unique_ptr<Wakeup>(new Wakeup(handle, handle));
#else
    int fds[2];
    if (::pipe(fds) != 0) return std::unexpected(NetError::fromLastError("pipe", ""));
    for (int fd : fds) {
        ::fcntl(fd, F_SETFD, FD_CLOEXEC);
        ::fcntl(fd, F_SETFL, ::fcntl(fd, F_GETFL, 0) | O_NONBLOCK);
    }
    return std::unique_ptr<Wakeup>(new Wakeup(fds[0], fds[1]));
#endif
}

Wakeup::~Wakeup() {
    ::close(static_cast<int>(m_readHandle));
    if (m_writeHandle != m_readHandle) ::close(static_cast<int>(m_writeHandle));
}

void Wakeup::signal() noexcept {
    const std::uint64_t one = 1; // eventfd needs 8 bytes; a pipe takes any
    [[maybe_unused]] const auto written = ::write(static_cast<int>(m_writeHandle), &one, sizeof one);
    // A full pipe or a saturated eventfd already means "signalled": nothing to do on EAGAIN.
}

bool Wakeup::drain() noexcept {
    bool any = false;
    std::uint64_t buffer[8];
    while (::read(static_cast<int>(m_readHandle), buffer, sizeof buffer) > 0)
        any = true;
    return any;
}

} // namespace netcore
