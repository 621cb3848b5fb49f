#pragma once

#include <chrono>
#include <cstdint>
#include <span>
#include <string>
#include <string_view>
#include <variant>

namespace netcore {

/// The options netcore can read and set. IP-level options pick the IPv6 variant on an AF_INET6
/// socket (IP_TTL -> IPV6_UNICAST_HOPS, IP_MULTICAST_TTL -> IPV6_MULTICAST_HOPS, ...).
enum class SocketOption : std::uint8_t {
    ReuseAddress,        ///< SO_REUSEADDR
    ReusePort,           ///< SO_REUSEPORT (Linux, macOS)
    ExclusiveAddressUse, ///< SO_EXCLUSIVEADDRUSE (Windows)
    KeepAlive,           ///< SO_KEEPALIVE
    NoDelay,             ///< TCP_NODELAY
    ReceiveBuffer,       ///< SO_RCVBUF (Linux reports double the value set)
    SendBuffer,          ///< SO_SNDBUF
    Linger,              ///< SO_LINGER (on, 0 s = abortive close: RST)
    Broadcast,           ///< SO_BROADCAST
    Ttl,                 ///< IP_TTL / IPV6_UNICAST_HOPS
    MulticastTtl,        ///< IP_MULTICAST_TTL / IPV6_MULTICAST_HOPS
    MulticastLoop,       ///< IP_MULTICAST_LOOP / IPV6_MULTICAST_LOOP
    V6Only,              ///< IPV6_V6ONLY
    ReceiveTimeout,      ///< SO_RCVTIMEO
    SendTimeout,         ///< SO_SNDTIMEO
    Error,               ///< SO_ERROR (read only; reading clears it)
    Type,                ///< SO_TYPE (read only)
    AcceptConnections,   ///< SO_ACCEPTCONN (read only; not on every OS)
};

struct LingerValue {
    bool enabled = false;
    int seconds = 0;
    friend bool operator==(const LingerValue&, const LingerValue&) = default;
};

/// bool for flags, int for sizes/counts/TTL/SO_ERROR/SO_TYPE, LingerValue, milliseconds for timeouts.
using OptionValue = std::variant<bool, int, LingerValue, std::chrono::milliseconds>;

enum class OptionKind : std::uint8_t { Flag, Integer, Linger, Duration };

/// What the UI needs to list an option: its native name and level, the value kind, and whether
/// this OS has it at all.
struct OptionInfo {
    SocketOption option;
    std::string_view name;  ///< "SO_REUSEADDR"
    std::string_view level; ///< "SOL_SOCKET", "IPPROTO_TCP", "IPPROTO_IP"
    OptionKind kind;
    bool readOnly;
    bool available;        ///< false where the OS lacks it (SO_REUSEPORT on Windows, ...)
    std::string_view note; ///< platform behaviour worth knowing
};

[[nodiscard]] const OptionInfo& optionInfo(SocketOption option) noexcept;
[[nodiscard]] std::span<const OptionInfo> optionTable() noexcept;
/// "1", "true", "on 0 s", "200 ms"
[[nodiscard]] std::string optionValueToString(const OptionValue& value);

} // namespace netcore
