#include "os.h"

namespace netcore::os {

NativeHandle openSocket(int family, int type, int protocol) {
    // WSA_FLAG_NO_HANDLE_INHERIT is Windows' close-on-exec.
    const SOCKET handle =
        ::WSASocketW(family, type, protocol, nullptr, 0, WSA_FLAG_OVERLAPPED | WSA_FLAG_NO_HANDLE_INHERIT);
    return handle == INVALID_SOCKET ? kInvalidHandle : static_cast<NativeHandle>(handle);
}

NativeHandle acceptSocket(NativeHandle listener, sockaddr* address, SockLen* length) {
    // Accepted sockets inherit the listener's attributes, non-inheritable included.
    const SOCKET handle = ::accept(native(listener), address, length);
    return handle == INVALID_SOCKET ? kInvalidHandle : static_cast<NativeHandle>(handle);
}

int closeSocket(NativeHandle handle) {
    return ::closesocket(native(handle));
}

int setNonBlocking(NativeHandle handle, bool on) {
    u_long mode = on ? 1 : 0;
    return ::ioctlsocket(native(handle), static_cast<long>(FIONBIO), &mode);
}

int pollSockets(PollFd* fds, std::size_t count, int timeoutMs) {
    return ::WSAPoll(fds, static_cast<ULONG>(count), timeoutMs);
}

IoResult receiveDatagram(NativeHandle handle, void* buffer, std::size_t size, sockaddr* from,
                         SockLen* fromLength, bool& truncated, std::optional<std::size_t>& realSize) {
    realSize.reset(); // Winsock does not say how long the datagram really was
    const int result =
        ::recvfrom(native(handle), static_cast<char*>(buffer), clampLength(size), 0, from, fromLength);
    truncated = result == SOCKET_ERROR && ::WSAGetLastError() == WSAEMSGSIZE;
    return result;
}

} // namespace netcore::os
