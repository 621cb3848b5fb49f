#pragma once
// Windows side of the OS adapter that shared code includes as "os.h" (see src/posix/os.h).

#include "netcore/native_handle.h"
#include "netcore/socket_option.h"

// Order matters: winsock2.h before everything that needs its types (separate blocks keep
// clang-format from sorting them).
#include <winsock2.h>

#include <ws2tcpip.h>

#include <afunix.h>
#include <iphlpapi.h>
#include <windows.h>

#include <chrono>
#include <cstddef>
#include <optional>

namespace netcore::os {

using SockLen = int;
using PollFd = WSAPOLLFD;
using IoResult = long long;

inline constexpr int kShutRead = SD_RECEIVE;
inline constexpr int kShutWrite = SD_SEND;
inline constexpr int kShutBoth = SD_BOTH;
inline constexpr short kPollIn = POLLRDNORM; // WSAPoll rejects POLLPRI/POLLRDBAND in events
inline constexpr short kPollOut = POLLWRNORM;
inline constexpr short kPollErr = POLLERR;
inline constexpr short kPollHup = POLLHUP;
inline constexpr int kSendFlags = 0; // Windows has no SIGPIPE

inline SOCKET native(NativeHandle handle) {
    return static_cast<SOCKET>(handle);
}

[[nodiscard]] inline bool isInterrupted(int error) {
    return error == WSAEINTR;
}
[[nodiscard]] inline bool isWouldBlock(int error) {
    return error == WSAEWOULDBLOCK;
}
/// Winsock reports a non-blocking connect in progress as WSAEWOULDBLOCK, not WSAEINPROGRESS.
[[nodiscard]] inline bool isConnectPending(int error) {
    return error == WSAEWOULDBLOCK || error == WSAEINPROGRESS;
}
/// Winsock fails recvfrom() with WSAEMSGSIZE when a datagram is larger than the buffer.
[[nodiscard]] inline bool isTruncationError(int error) {
    return error == WSAEMSGSIZE;
}

[[nodiscard]] NativeHandle openSocket(int family, int type, int protocol);
[[nodiscard]] NativeHandle acceptSocket(NativeHandle listener, sockaddr* address, SockLen* length);
int closeSocket(NativeHandle handle);
int setNonBlocking(NativeHandle handle, bool on);
int pollSockets(PollFd* fds, std::size_t count, int timeoutMs);
IoResult receiveDatagram(NativeHandle handle, void* buffer, std::size_t size, sockaddr* from,
                         SockLen* fromLength, bool& truncated, std::optional<std::size_t>& realSize);

/// Winsock takes int lengths: larger requests are clamped (send reports the partial count).
inline int clampLength(std::size_t size) {
    return size > 0x7fffffff ? 0x7fffffff : static_cast<int>(size);
}

inline IoResult sendBytes(NativeHandle h, const void* data, std::size_t size) {
    return ::send(native(h), static_cast<const char*>(data), clampLength(size), 0);
}
inline IoResult recvBytes(NativeHandle h, void* data, std::size_t size, bool peek) {
    return ::recv(native(h), static_cast<char*>(data), clampLength(size), peek ? MSG_PEEK : 0);
}
inline IoResult sendBytesTo(NativeHandle h, const void* data, std::size_t size, const sockaddr* to,
                            SockLen length) {
    return ::sendto(native(h), static_cast<const char*>(data), clampLength(size), 0, to, length);
}
inline int getOption(NativeHandle h, int level, int name, void* value, SockLen* length) {
    return ::getsockopt(native(h), level, name, static_cast<char*>(value), length);
}
inline int setOption(NativeHandle h, int level, int name, const void* value, SockLen length) {
    return ::setsockopt(native(h), level, name, static_cast<const char*>(value), length);
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
