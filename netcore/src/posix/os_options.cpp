#include "os.h"

#include <sys/time.h>

namespace netcore::os {

bool nativeOption(SocketOption option, bool ipv6, NativeOption& out) {
    switch (option) {
    case SocketOption::ReuseAddress:
        out = {SOL_SOCKET, SO_REUSEADDR};
        return true;
    case SocketOption::ReusePort:
#ifdef SO_REUSEPORT
        out = {SOL_SOCKET, SO_REUSEPORT};
        return true;
#else
        return false;
#endif
    case SocketOption::ExclusiveAddressUse:
        return false; // Windows only
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
        if (ipv6) out = {IPPROTO_IPV6, IPV6_MULTICAST_HOPS};
#ifdef __APPLE__
        else
            out = {IPPROTO_IP, IP_MULTICAST_TTL, true}; // BSD takes a u_char here
#else
        else
            out = {IPPROTO_IP, IP_MULTICAST_TTL};
#endif
        return true;
    case SocketOption::MulticastLoop:
        if (ipv6) out = {IPPROTO_IPV6, IPV6_MULTICAST_LOOP};
#ifdef __APPLE__
        else
            out = {IPPROTO_IP, IP_MULTICAST_LOOP, true};
#else
        else
            out = {IPPROTO_IP, IP_MULTICAST_LOOP};
#endif
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
#ifdef SO_ACCEPTCONN
        out = {SOL_SOCKET, SO_ACCEPTCONN};
        return true;
#else
        return false;
#endif
    }
    return false;
}

int setTimeoutOption(NativeHandle handle, const NativeOption& option, std::chrono::milliseconds value) {
    timeval tv{};
    tv.tv_sec = static_cast<decltype(tv.tv_sec)>(value.count() / 1000);
    tv.tv_usec = static_cast<decltype(tv.tv_usec)>((value.count() % 1000) * 1000);
    return ::setsockopt(native(handle), option.level, option.name, &tv, sizeof tv);
}

int getTimeoutOption(NativeHandle handle, const NativeOption& option, std::chrono::milliseconds& value) {
    timeval tv{};
    socklen_t length = sizeof tv;
    const int result = ::getsockopt(native(handle), option.level, option.name, &tv, &length);
    value = std::chrono::milliseconds(static_cast<long long>(tv.tv_sec) * 1000 + tv.tv_usec / 1000);
    return result;
}

} // namespace netcore::os
