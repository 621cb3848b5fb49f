#include "os.h"

#ifdef __APPLE__
#include <sys/ioctl.h>
#endif

namespace netcore::os {

namespace {
// Where the OS cannot set these flags atomically (macOS), set them right after creation.
void finishNewSocket([[maybe_unused]] int handle) {
#ifndef SOCK_CLOEXEC
    ::fcntl(handle, F_SETFD, FD_CLOEXEC);
#endif
#ifdef SO_NOSIGPIPE
    int on = 1;
    ::setsockopt(handle, SOL_SOCKET, SO_NOSIGPIPE, &on, sizeof on);
#endif
}
} // namespace

NativeHandle openSocket(int family, int type, int protocol) {
#ifdef SOCK_CLOEXEC
    type |= SOCK_CLOEXEC;
#endif
    const int handle = ::socket(family, type, protocol);
    if (handle >= 0) finishNewSocket(handle);
    return handle;
}

NativeHandle acceptSocket(NativeHandle listener, sockaddr* address, SockLen* length) {
#if defined(__linux__)
    const int handle = ::accept4(native(listener), address, length, SOCK_CLOEXEC);
#else
    const int handle = ::accept(native(listener), address, length);
#endif
    if (handle >= 0) finishNewSocket(handle);
    return handle;
}

int closeSocket(NativeHandle handle) {
    // On Linux close() releases the descriptor even when it reports EINTR: never retry it.
    return ::close(native(handle));
}

int setNonBlocking(NativeHandle handle, bool on) {
    const int flags = ::fcntl(native(handle), F_GETFL, 0);
    if (flags < 0) return -1;
    const int wanted = on ? (flags | O_NONBLOCK) : (flags & ~O_NONBLOCK);
    return wanted == flags ? 0 : ::fcntl(native(handle), F_SETFL, wanted);
}

int pollSockets(PollFd* fds, std::size_t count, int timeoutMs) {
    return ::poll(fds, static_cast<nfds_t>(count), timeoutMs);
}

IoResult receiveDatagram(NativeHandle handle, void* buffer, std::size_t size, sockaddr* from,
                         SockLen* fromLength, bool& truncated, std::optional<std::size_t>& realSize) {
    iovec vector{buffer, size};
    msghdr message{};
    message.msg_name = from;
    message.msg_namelen = *fromLength;
    message.msg_iov = &vector;
    message.msg_iovlen = 1;
#ifdef __linux__
    // Linux's MSG_TRUNC makes recvmsg return the datagram's real length, not the copied one.
    const IoResult result = ::recvmsg(native(handle), &message, MSG_TRUNC);
#else
    const IoResult result = ::recvmsg(native(handle), &message, 0);
#endif
    if (result < 0) return result;
    *fromLength = message.msg_namelen;
    truncated = (message.msg_flags & MSG_TRUNC) != 0;
#ifdef __linux__
    if (truncated) realSize = static_cast<std::size_t>(result);
    return truncated ? static_cast<IoResult>(size) : result;
#else
    realSize.reset();
    return result;
#endif
}

} // namespace netcore::os
