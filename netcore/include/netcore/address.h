#pragma once

#include "netcore/net_error.h"

#include <array>
#include <cstddef>
#include <cstdint>
#include <expected>
#include <span>
#include <string>
#include <string_view>

namespace netcore {

/// Address family of a socket or address (AF_INET, AF_INET6, AF_UNIX).
enum class Family : std::uint8_t { Unspecified, IPv4, IPv6, Unix };

/// "AF_INET", "AF_INET6", "AF_UNIX", "AF_UNSPEC"
[[nodiscard]] std::string_view familyName(Family family) noexcept;

/// A socket address exactly as the OS sees it: the bytes of a sockaddr_in / sockaddr_in6 /
/// sockaddr_un, kept in a sockaddr_storage-sized buffer. No OS header leaks out of this class.
class Address {
public:
    static constexpr std::size_t kCapacity = 128; ///< sizeof(sockaddr_storage) everywhere we build

    Address() = default;

    /// Parses "127.0.0.1:8080", "[::1]:8080", "[fe80::1%eth0]:80", "unix:/tmp/sock".
    /// Hosts must be numeric here (names go through resolve()). Errors name the column.
    [[nodiscard]] static std::expected<Address, NetError> parse(std::string_view text);
    /// A numeric host ("127.0.0.1", "::1", "fe80::1%eth0") with a port.
    [[nodiscard]] static std::expected<Address, NetError> fromHostPort(std::string_view host,
                                                                       std::uint16_t port);
    /// 127.0.0.1 or ::1.
    [[nodiscard]] static Address loopback(Family family, std::uint16_t port = 0);
    /// 0.0.0.0 or :: (INADDR_ANY, in6addr_any).
    [[nodiscard]] static Address any(Family family, std::uint16_t port = 0);
    /// An AF_UNIX path (abstract names are not supported).
    [[nodiscard]] static std::expected<Address, NetError> unixPath(std::string_view path);
    /// Takes raw sockaddr bytes (as accept/recvfrom/getsockname fill them).
    [[nodiscard]] static Address fromRaw(std::span<const std::byte> bytes);

    [[nodiscard]] Family family() const noexcept;
    [[nodiscard]] bool isValid() const noexcept { return family() != Family::Unspecified; }
    [[nodiscard]] std::uint16_t port() const noexcept;
    void setPort(std::uint16_t port) noexcept;
    /// Numeric host: "127.0.0.1", "::1", "fe80::1%2" (scope as number unless the OS names it).
    [[nodiscard]] std::string host() const;
    [[nodiscard]] std::uint32_t flowInfo() const noexcept; ///< IPv6 only, else 0
    [[nodiscard]] std::uint32_t scopeId() const noexcept;  ///< IPv6 only, else 0
    [[nodiscard]] std::string path() const;                ///< AF_UNIX only
    [[nodiscard]] bool isLoopback() const noexcept;
    [[nodiscard]] bool isAny() const noexcept;
    [[nodiscard]] bool isMulticast() const noexcept;

    /// "127.0.0.1:8080", "[::1]:8080", "[fe80::1%eth0]:80", "unix:/tmp/sock", "(none)".
    [[nodiscard]] std::string toString() const;

    /// The sockaddr bytes as passed to bind/connect (family, port in network order, address).
    [[nodiscard]] std::span<const std::byte> raw() const noexcept { return {m_storage.data(), m_size}; }
    /// For filling by accept/recvfrom/getsockname: the whole buffer, then commit the length.
    [[nodiscard]] std::byte* storage() noexcept { return m_storage.data(); }
    void setSize(std::size_t size) noexcept;
    [[nodiscard]] std::size_t size() const noexcept { return m_size; }

    friend bool operator==(const Address& a, const Address& b) noexcept;

private:
    alignas(8) std::array<std::byte, kCapacity> m_storage{};
    std::size_t m_size = 0;
};

} // namespace netcore
