#include "os.h"

namespace netcore::os {

bool nativeOption(SocketOption option, bool ipv6, NativeOption& out) {
    switch (option) {
    case SocketOption::ReuseAddress:
        out = {SOL_SOCKET, SO_REUSEADDR};
        return true;
    case SocketOption::ReusePort:
        return false; // Windows has no SO_REUSEPORT
    case SocketOption::ExclusiveAddressUse:
        out = {SOL_SOCKET, SO_EXCLUSIVEADDRUSE};
        return true;
    case SocketOption::KeepAlive:
        out = {SOL_SOCKET, SO_KEEPALIVE};
        return true;
    case SocketOption::NoDelay:
        out = {IPPROTO_TCP, TCP_NODELAY};
        return true;
    case SocketOption::ReceiveBuffer:
        out = {SOL_SOCKET, SO_RCVBUF};
        return true;
    case SocketOption::SendBuffer:
        out = {SOL_SOCKET, SO_SNDBUF};
        return true;
    case SocketOption::Linger:
        out = {SOL_SOCKET, SO_LINGER};
        return true;
    case SocketOption::Broadcast:
        out = {SOL_SOCKET, SO_BROADCAST};
        return true;
    case SocketOption::Ttl:
        out = ipv6 ? NativeOption{IPPROTO_IPV6, IPV6_UNICAST_HOPS} : NativeOption{IPPROTO_IP, IP_TTL};
        return true;
    case SocketOption::MulticastTtl:
        out = ipv6 ? NativeOption{IPPROTO_IPV6, IPV6_MULTICAST_HOPS}
                   : NativeOption{IPPROTO_IP, IP_MULTICAST_TTL};
        return true;
    case SocketOption::MulticastLoop:
        out = ipv6 ? NativeOption{IPPROTO_IPV6, IPV6_MULTICAST_LOOP}
                   : NativeOption{IPPROTO_IP, IP_MULTICAST_LOOP};
        return true;
    case SocketOption::V6Only:
        out = {IPPROTO_IPV6, IPV6_V6ONLY};
        return true;
    case SocketOption::ReceiveTimeout:
        out = {SOL_SOCKET, SO_RCVTIMEO};
        return true;
    case SocketOption::SendTimeout:
        out = {SOL_SOCKET, SO_SNDTIMEO};
        return true;
    case SocketOption::Error:
        out = {SOL_SOCKET, SO_ERROR};
        return true;
    case SocketOption::Type:
        out = {SOL_SOCKET, SO_TYPE};
        return true;
    case SocketOption::AcceptConnections:
        out = {SOL_SOCKET, SO_ACCEPTCONN};
        return true;
    }
    return false;
}

int setTimeoutOption(NativeHandle handle, const NativeOption& option, std::chrono::milliseconds value) {
    const DWORD ms = static_cast<DWORD>(value.count());
    return ::setsockopt(native(handle), option.level, option.name, reinterpret_cast<const char*>(&ms),
                        sizeof ms);
}

int getTimeoutOption(NativeHandle handle, const NativeOption& option, std::chrono::milliseconds& value) {
    DWORD ms = 0;
    int length = sizeof ms;
    const int result =
        ::getsockopt(native(handle), option.level, option.name, reinterpret_cast<char*>(&ms), &length);
    value = std::chrono::milliseconds(ms);
    return result;
}

} // namespace netcore::os
