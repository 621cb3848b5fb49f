#pragma once
// POSIX side of the OS adapter that shared code (socket.cpp, address.cpp, ...) includes as "os.h".
// src/win/os.h offers the same names over Winsock; CMake puts exactly one folder on the path.

#include "netcore/native_handle.h"
#include "netcore/socket_option.h"

#include <arpa/inet.h>
#include <cerrno>
#include <fcntl.h>
#include <net/if.h>
#include <netdb.h>
#include <netinet/in.h>
#include <netinet/tcp.h>
#include <poll.h>
#include <sys/socket.h>
#include <sys/types.h>
#include <sys/un.h>
#include <unistd.h>

#include <chrono>
#include <cstddef>
#include <optional>

namespace netcore::os {

using SockLen = socklen_t;
using PollFd = pollfd;
using IoResult = ssize_t;

inline constexpr int kShutRead = SHUT_RD;
inline constexpr int kShutWrite = SHUT_WR;
inline constexpr int kShutBoth = SHUT_RDWR;
inline constexpr short kPollIn = POLLIN;
inline constexpr short kPollOut = POLLOUT;
inline constexpr short kPollErr = POLLERR;
inline constexpr short kPollHup = POLLHUP;

#ifdef MSG_NOSIGNAL
inline constexpr int kSendFlags = MSG_NOSIGNAL; // Linux: no SIGPIPE, per call
#else
inline constexpr int kSendFlags = 0; // macOS: SO_NOSIGPIPE set when the socket is created
#endif

inline int native(NativeHandle handle) {
    return static_cast<int>(handle);
}

[[nodiscard]] inline bool isInterrupted(int error) {
    return error == EINTR;
}
[[nodiscard]] inline bool isWouldBlock(int error) {
    return error == EAGAIN || error == EWOULDBLOCK;
}
/// What a non-blocking connect() reports while the handshake runs.
[[nodiscard]] inline bool isConnectPending(int error) {
    return error == EINPROGRESS;
}
/// What recvfrom() reports for a datagram cut short (POSIX cuts silently: never an error).
[[nodiscard]] inline bool isTruncationError(int) {
    return false;
}

/// socket(2) with close-on-exec and no SIGPIPE, set atomically where the OS can.
[[nodiscard]] NativeHandle openSocket(int family, int type, int protocol);
/// accept(2) with the same properties for the new socket.
[[nodiscard]] NativeHandle acceptSocket(NativeHandle listener, sockaddr* address, SockLen* length);
int closeSocket(NativeHandle handle);
/// O_NONBLOCK on or off; returns 0 or -1 with errno set.
int setNonBlocking(NativeHandle handle, bool on);
int pollSockets(PollFd* fds, std::size_t count, int timeoutMs);

/// recvfrom() that also tells whether the datagram was cut and, where the OS says, its real size.
IoResult receiveDatagram(NativeHandle handle, void* buffer, std::size_t size, sockaddr* from,
                         SockLen* fromLength, bool& truncated, std::optional<std::size_t>& realSize);

inline IoResult sendBytes(NativeHandle h, const void* data, std::size_t size) {
    return ::send(native(h), data, size, kSendFlags);
}
inline IoResult recvBytes(NativeHandle h, void* data, std::size_t size, bool peek) {
    return ::recv(native(h), data, size, peek ? MSG_PEEK : 0);
}
inline IoResult sendBytesTo(NativeHandle h, const void* data, std::size_t size, const sockaddr* to,
                            SockLen length) {
    return ::sendto(native(h), data, size, kSendFlags, to, length);
}
inline int getOption(NativeHandle h, int level, int name, void* value, SockLen* length) {
    return ::getsockopt(native(h), level, name, value, length);
}
inline int setOption(NativeHandle h, int level, int name, const void* value, SockLen length) {
    return ::setsockopt(native(h), level, name, value, length);
}

/// Where an option lives on this OS: level, name, and whether it takes a single byte (macOS's
/// IP_MULTICAST_TTL / IP_MULTICAST_LOOP). False when the OS lacks the option.
struct NativeOption {
    int level = 0;
    int name = 0;
    bool byteSized = false;
};
[[nodiscard]] bool nativeOption(SocketOption option, bool ipv6, NativeOption& out);
/// SO_RCVTIMEO / SO_SNDTIMEO: a timeval on POSIX, a DWORD of milliseconds on Windows.
int setTimeoutOption(NativeHandle handle, const NativeOption& option, std::chrono::milliseconds value);
int getTimeoutOption(NativeHandle handle, const NativeOption& option, std::chrono::milliseconds& value);

} // namespace netcore::os
