#include "netcore/socket_option.h"

#include "netcore/socket.h"
#include "os.h"
#include "socket_call.h"

#include <array>

namespace netcore {

namespace {

using enum SocketOption;
using OptionKind::Flag, OptionKind::Integer, OptionKind::Duration;

// Names, levels and kinds are the same everywhere; `available` is filled in from os::nativeOption.
std::array<OptionInfo, 18> makeTable() {
    std::array<OptionInfo, 18> table{{
        {ReuseAddress, "SO_REUSEADDR", "SOL_SOCKET", Flag, false, true,
         "Linux/macOS: bind a port whose old connections sit in TIME_WAIT. Windows: lets another socket "
         "bind the same port even while it is in use (use SO_EXCLUSIVEADDRUSE to forbid that)."},
        {ReusePort, "SO_REUSEPORT", "SOL_SOCKET", Flag, false, true,
         "Several sockets share one port; Linux spreads incoming connections between them."},
        {ExclusiveAddressUse, "SO_EXCLUSIVEADDRUSE", "SOL_SOCKET", Flag, false, true,
         "Windows: no other socket may bind this port, SO_REUSEADDR or not."},
        {KeepAlive, "SO_KEEPALIVE", "SOL_SOCKET", Flag, false, true,
         "Probe an idle connection so a vanished peer is noticed (after about 2 hours by default)."},
        {NoDelay, "TCP_NODELAY", "IPPROTO_TCP", Flag, false, true,
         "Send small segments at once instead of waiting to coalesce them (Nagle's algorithm off)."},
        {ReceiveBuffer, "SO_RCVBUF", "SOL_SOCKET", Integer, false, true,
         "Linux doubles the value you set (the extra half is bookkeeping) and reports the doubled value."},
        {SendBuffer, "SO_SNDBUF", "SOL_SOCKET", Integer, false, true, "Linux doubles this one too."},
        {Linger, "SO_LINGER", "SOL_SOCKET", OptionKind::Linger, false, true,
         "On with 0 seconds: close() discards unsent data and sends RST (an abortive close)."},
        {Broadcast, "SO_BROADCAST", "SOL_SOCKET", Flag, false, true,
         "Needed to send to a broadcast address; without it sendto fails with EACCES."},
        {Ttl, "IP_TTL", "IPPROTO_IP", Integer, false, true,
         "Hop limit of unicast packets (IPV6_UNICAST_HOPS on an IPv6 socket)."},
        {MulticastTtl, "IP_MULTICAST_TTL", "IPPROTO_IP", Integer, false, true,
         "Hop limit of multicast packets: 1 keeps them on the local network (IPV6_MULTICAST_HOPS)."},
        {MulticastLoop, "IP_MULTICAST_LOOP", "IPPROTO_IP", Flag, false, true,
         "Whether this host receives its own multicast packets (IPV6_MULTICAST_LOOP)."},
        {V6Only, "IPV6_V6ONLY", "IPPROTO_IPV6", Flag, false, true,
         "Off: an IPv6 socket bound to :: also accepts IPv4 (as ::ffff:a.b.c.d). Default on for Windows."},
        {ReceiveTimeout, "SO_RCVTIMEO", "SOL_SOCKET", Duration, false, true,
         "The OS's own receive timeout: a blocking recv fails with EAGAIN after it (0 = none)."},
        {SendTimeout, "SO_SNDTIMEO", "SOL_SOCKET", Duration, false, true,
         "The OS's own send timeout (0 = none)."},
        {Error, "SO_ERROR", "SOL_SOCKET", Integer, true, true,
         "The pending error, e.g. how a non-blocking connect ended. Reading it clears it."},
        {Type, "SO_TYPE", "SOL_SOCKET", Integer, true, true, "SOCK_STREAM or SOCK_DGRAM, as a number."},
        {AcceptConnections, "SO_ACCEPTCONN", "SOL_SOCKET", Flag, true, true, "Whether listen() was called."},
    }};
    for (auto& info : table) {
        os::NativeOption native;
        info.available = os::nativeOption(info.option, false, native);
    }
    return table;
}

const std::array<OptionInfo, 18>& table() {
    static const auto instance = makeTable();
    return instance;
}

} // namespace

const OptionInfo& optionInfo(SocketOption option) noexcept {
    return table()[static_cast<std::size_t>(option)];
}

std::span<const OptionInfo> optionTable() noexcept {
    return table();
}

std::string optionValueToString(const OptionValue& value) {
    struct Visitor {
        std::string operator()(bool flag) const { return flag ? "on" : "off"; }
        std::string operator()(int number) const { return std::to_string(number); }
        std::string operator()(const LingerValue& linger) const {
            return linger.enabled ? "on, " + std::to_string(linger.seconds) + " s" : "off";
        }
        std::string operator()(std::chrono::milliseconds ms) const {
            return std::to_string(ms.count()) + " ms";
        }
    };
    return std::visit(Visitor{}, value);
}

std::expected<OptionValue, NetError> Socket::getOption(SocketOption option) const {
    const auto& info = optionInfo(option);
    SocketCall call(*this, "getsockopt",
                    [&] { return std::string(info.level) + ", " + std::string(info.name); });
    if (!isOpen()) return call.finish<OptionValue>(std::unexpected(call.error(ErrorCode::Closed)));
    os::NativeOption native;
    if (!os::nativeOption(option, m_family == Family::IPv6, native))
        return call.finish<OptionValue>(std::unexpected(
            call.error(ErrorCode::OptionNotSupported, Message{"this OS has no such option"})));
    OptionValue value;
    int result = 0;
    if (info.kind == OptionKind::Duration) {
        std::chrono::milliseconds ms{};
        result = os::getTimeoutOption(m_handle, native, ms);
        value = ms;
    } else if (info.kind == OptionKind::Linger) {
        ::linger lingerValue{};
        auto length = static_cast<os::SockLen>(sizeof lingerValue);
        result = os::getOption(m_handle, native.level, native.name, &lingerValue, &length);
        value = LingerValue{lingerValue.l_onoff != 0, static_cast<int>(lingerValue.l_linger)};
    } else {
        int number = 0;
        unsigned char byte = 0;
        auto length = static_cast<os::SockLen>(native.byteSized ? sizeof byte : sizeof number);
        result = native.byteSized ? os::getOption(m_handle, native.level, native.name, &byte, &length)
                                  : os::getOption(m_handle, native.level, native.name, &number, &length);
        if (native.byteSized) number = byte;
        if (info.kind == OptionKind::Flag)
            value = number != 0;
        else
            value = number;
    }
    if (result != 0)
        return call.finish<OptionValue>(std::unexpected(call.nativeError(SocketCall::lastError())));
    return call.finish<OptionValue>(value, optionValueToString(value));
}

std::expected<void, NetError> Socket::setOption(SocketOption option, const OptionValue& value) {
    const auto& info = optionInfo(option);
    SocketCall call(*this, "setsockopt", [&] {
        return std::string(info.level) + ", " + std::string(info.name) + ", " + optionValueToString(value);
    });
    if (!isOpen()) return call.finish<void>(std::unexpected(call.error(ErrorCode::Closed)));
    os::NativeOption native;
    if (!os::nativeOption(option, m_family == Family::IPv6, native))
        return call.finish<void>(std::unexpected(
            call.error(ErrorCode::OptionNotSupported, Message{"this OS has no such option"})));
    if (info.readOnly)
        return call.finish<void>(
            std::unexpected(call.error(ErrorCode::InvalidArgument, Message{"the option is read-only"})));
    int result = 0;
    if (info.kind == OptionKind::Duration) {
        const auto* ms = std::get_if<std::chrono::milliseconds>(&value);
        if (!ms)
            return call.finish<void>(
                std::unexpected(call.error(ErrorCode::InvalidArgument, Message{"expects a duration"})));
        result = os::setTimeoutOption(m_handle, native, *ms);
    } else if (info.kind == OptionKind::Linger) {
        const auto* requested = std::get_if<LingerValue>(&value);
        if (!requested)
            return call.finish<void>(std::unexpected(
                call.error(ErrorCode::InvalidArgument, Message{"expects on/off and seconds"})));
        ::linger lingerValue{};
        lingerValue.l_onoff = static_cast<decltype(lingerValue.l_onoff)>(requested->enabled ? 1 : 0);
        lingerValue.l_linger = static_cast<decltype(lingerValue.l_linger)>(requested->seconds);
        result = os::setOption(m_handle, native.level, native.name, &lingerValue, sizeof lingerValue);
    } else {
        int number = 0;
        if (const auto* flag = std::get_if<bool>(&value))
            number = *flag ? 1 : 0;
        else if (const auto* integer = std::get_if<int>(&value))
            number = *integer;
        else
            return call.finish<void>(std::unexpected(
                call.error(ErrorCode::InvalidArgument, Message{"expects a number or on/off"})));
        const auto byte = static_cast<unsigned char>(number);
        result = native.byteSized
                     ? os::setOption(m_handle, native.level, native.name, &byte, sizeof byte)
                     : os::setOption(m_handle, native.level, native.name, &number, sizeof number);
    }
    if (result != 0) return call.finish<void>(std::unexpected(call.nativeError(SocketCall::lastError())));
    return call.finish<void>({});
}

std::expected<void, NetError> Socket::joinGroup(const Address& group, const Address& interfaceAddress) {
    return changeMembership(group, interfaceAddress, true);
}

std::expected<void, NetError> Socket::leaveGroup(const Address& group, const Address& interfaceAddress) {
    return changeMembership(group, interfaceAddress, false);
}

std::expected<void, NetError> Socket::changeMembership(const Address& group, const Address& interfaceAddress,
                                                       bool join) {
    const bool v6 = group.family() == Family::IPv6;
    SocketCall call(*this, "setsockopt", [&] {
        std::string text =
            v6 ? (join ? "IPPROTO_IPV6, IPV6_JOIN_GROUP, " : "IPPROTO_IPV6, IPV6_LEAVE_GROUP, ")
               : (join ? "IPPROTO_IP, IP_ADD_MEMBERSHIP, " : "IPPROTO_IP, IP_DROP_MEMBERSHIP, ");
        text += group.host();
        if (interfaceAddress.isValid()) text += " on " + interfaceAddress.host();
        return text;
    });
    if (!isOpen()) return call.finish<void>(std::unexpected(call.error(ErrorCode::Closed)));
    if (!group.isMulticast())
        return call.finish<void>(std::unexpected(
            call.error(ErrorCode::InvalidArgument, Message{"not a multicast group address"})));
    int result = 0;
    if (v6) {
        ipv6_mreq request{};
        request.ipv6mr_multiaddr = reinterpret_cast<const sockaddr_in6*>(group.raw().data())->sin6_addr;
        request.ipv6mr_interface = interfaceAddress.scopeId();
        result = os::setOption(m_handle, IPPROTO_IPV6, join ? IPV6_JOIN_GROUP : IPV6_LEAVE_GROUP, &request,
                               sizeof request);
    } else {
        ip_mreq request{};
        request.imr_multiaddr = reinterpret_cast<const sockaddr_in*>(group.raw().data())->sin_addr;
        request.imr_interface.s_addr = htonl(INADDR_ANY);
        if (interfaceAddress.family() == Family::IPv4)
            request.imr_interface =
                reinterpret_cast<const sockaddr_in*>(interfaceAddress.raw().data())->sin_addr;
        result = os::setOption(m_handle, IPPROTO_IP, join ? IP_ADD_MEMBERSHIP : IP_DROP_MEMBERSHIP, &request,
                               sizeof request);
    }
    if (result != 0) return call.finish<void>(std::unexpected(call.nativeError(SocketCall::lastError())));
    return call.finish<void>({});
}

} // namespace netcore
