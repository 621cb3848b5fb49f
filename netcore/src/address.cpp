#include "netcore/address.h"

#include "os.h"
#include "platform.h"

#include <algorithm>
#include <charconv>
#include <cstring>

namespace netcore {

namespace {

template <typename T>
const T& view(const std::byte* storage) {
    return *reinterpret_cast<const T*>(storage);
}
template <typename T>
T& edit(std::byte* storage) {
    return *reinterpret_cast<T*>(storage);
}

// Each format starts with "column %1: " and takes the column as its first arg, so that a translation
// may put the position where its language wants it.
NetError parseError(std::string_view text, Message message) {
    return NetError::make(ErrorCode::InvalidArgument, "parse address", std::string(text), std::move(message));
}

std::string col(std::size_t column) {
    return std::to_string(column);
}

/// Parses a decimal port; `column` is where the port starts (1-based) for the message.
std::expected<std::uint16_t, NetError> parsePort(std::string_view whole, std::string_view digits,
                                                 std::size_t column) {
    if (digits.empty())
        return std::unexpected(
            parseError(whole, Message{"column %1: a port number is missing", {col(column)}}));
    unsigned value = 0;
    const auto [end, ec] = std::from_chars(digits.data(), digits.data() + digits.size(), value);
    if (ec == std::errc::result_out_of_range || (ec == std::errc{} && value > 65535))
        return std::unexpected(
            parseError(whole, Message{"column %1: port must be 0 to 65535", {col(column)}}));
    if (ec != std::errc{} || end != digits.data() + digits.size()) {
        const auto bad = static_cast<std::size_t>((ec != std::errc{} ? digits.data() : end) - digits.data());
        return std::unexpected(
            parseError(whole, Message{"column %1: the port must be digits only", {col(column + bad)}}));
    }
    return static_cast<std::uint16_t>(value);
}

/// A numeric host and port; errors name columns of `whole`, where the host starts at `column`.
std::expected<Address, NetError> hostPortIn(std::string_view whole, std::size_t column, std::string_view host,
                                            std::uint16_t port);

} // namespace

std::string_view familyName(Family family) noexcept {
    switch (family) {
    case Family::IPv4:
        return "AF_INET";
    case Family::IPv6:
        return "AF_INET6";
    case Family::Unix:
        return "AF_UNIX";
    case Family::Unspecified:
        break;
    }
    return "AF_UNSPEC";
}

std::expected<Address, NetError> Address::fromHostPort(std::string_view host, std::uint16_t port) {
    return hostPortIn(host, 1, host, port);
}

namespace {

std::expected<Address, NetError> hostPortIn(std::string_view whole, std::size_t column, std::string_view host,
                                            std::uint16_t port) {
    platform::ensureInitialized();
    Address address;
    std::string text(host);
    std::string scope;
    if (const auto percent = text.find('%'); percent != std::string::npos) {
        scope = text.substr(percent + 1);
        text.resize(percent);
    }
    if (scope.empty() && text.find(':') == std::string::npos) {
        auto& in = edit<sockaddr_in>(address.storage());
        if (::inet_pton(AF_INET, text.c_str(), &in.sin_addr) == 1) {
            in.sin_family = AF_INET;
            in.sin_port = htons(port);
            address.setSize(sizeof(sockaddr_in));
            return address;
        }
        return std::unexpected(parseError(
            whole, Message{"column %1: '%2' is not a numeric IPv4 or IPv6 address", {col(column), text}}));
    }
    auto& in6 = edit<sockaddr_in6>(address.storage());
    if (::inet_pton(AF_INET6, text.c_str(), &in6.sin6_addr) != 1)
        return std::unexpected(
            parseError(whole, Message{"column %1: '%2' is not a numeric IPv6 address", {col(column), text}}));
    in6.sin6_family = AF_INET6;
    in6.sin6_port = htons(port);
    if (!scope.empty()) {
        unsigned index = 0;
        const auto [end, ec] = std::from_chars(scope.data(), scope.data() + scope.size(), index);
        if (ec != std::errc{} || end != scope.data() + scope.size()) index = ::if_nametoindex(scope.c_str());
        if (index == 0)
            return std::unexpected(parseError(whole, Message{"column %1: no network interface is called '%2'",
                                                             {col(column + text.size() + 1), scope}}));
        in6.sin6_scope_id = index;
    }
    address.setSize(sizeof(sockaddr_in6));
    return address;
}

} // namespace

std::expected<Address, NetError> Address::parse(std::string_view text) {
    if (text.starts_with("unix:")) return unixPath(text.substr(5));
    if (text.starts_with('[')) {
        const auto close = text.find(']');
        if (close == std::string_view::npos)
            return std::unexpected(parseError(
                text, Message{"column %1: ']' is missing after the IPv6 address", {col(text.size() + 1)}}));
        if (close + 1 >= text.size() || text[close + 1] != ':')
            return std::unexpected(
                parseError(text, Message{"column %1: ':' and a port must follow ']'", {col(close + 2)}}));
        auto port = parsePort(text, text.substr(close + 2), close + 3);
        if (!port) return std::unexpected(port.error());
        return hostPortIn(text, 2, text.substr(1, close - 1), *port);
    }
    const auto colon = text.rfind(':');
    if (colon == std::string_view::npos)
        return std::unexpected(parseError(
            text, Message{"column %1: ':port' is missing (e.g. 127.0.0.1:8080)", {col(text.size() + 1)}}));
    if (text.find(':') != colon)
        return std::unexpected(
            parseError(text, Message{"column %1: write an IPv6 address in brackets: [::1]:8080", {col(1)}}));
    auto port = parsePort(text, text.substr(colon + 1), colon + 2);
    if (!port) return std::unexpected(port.error());
    return hostPortIn(text, 1, text.substr(0, colon), *port);
}

Address Address::loopback(Family family, std::uint16_t port) {
    Address address = any(family, port);
    if (family == Family::IPv4)
        edit<sockaddr_in>(address.m_storage.data()).sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    else if (family == Family::IPv6)
        edit<sockaddr_in6>(address.m_storage.data()).sin6_addr = in6addr_loopback;
    return address;
}

Address Address::any(Family family, std::uint16_t port) {
    Address address;
    if (family == Family::IPv4) {
        auto& in = edit<sockaddr_in>(address.m_storage.data());
        in.sin_family = AF_INET;
        in.sin_port = htons(port);
        in.sin_addr.s_addr = htonl(INADDR_ANY);
        address.m_size = sizeof(sockaddr_in);
    } else if (family == Family::IPv6) {
        auto& in6 = edit<sockaddr_in6>(address.m_storage.data());
        in6.sin6_family = AF_INET6;
        in6.sin6_port = htons(port);
        in6.sin6_addr = in6addr_any;
        address.m_size = sizeof(sockaddr_in6);
    }
    return address;
}

std::expected<Address, NetError> Address::unixPath(std::string_view path) {
    Address address;
    auto& un = edit<sockaddr_un>(address.m_storage.data());
    if (path.empty())
        return std::unexpected(parseError(path, Message{"column %1: the socket path is empty", {col(1)}}));
    // sun_path ends at its first NUL: a path with one inside would bind a different, shorter path
    // (and a leading NUL would be Linux's abstract namespace, which netcore does not offer).
    if (const auto nul = path.find('\0'); nul != std::string_view::npos)
        return std::unexpected(
            parseError(path, Message{"column %1: the socket path contains a NUL byte", {col(nul + 1)}}));
    if (path.size() >= sizeof(un.sun_path))
        return std::unexpected(
            parseError(path, Message{"column %1: the path is longer than sun_path (%2 bytes)",
                                     {col(sizeof(un.sun_path)), std::to_string(sizeof(un.sun_path) - 1)}}));
    un.sun_family = AF_UNIX;
    std::memcpy(un.sun_path, path.data(), path.size());
    address.m_size = offsetof(sockaddr_un, sun_path) + path.size() + 1;
    return address;
}

Address Address::fromRaw(std::span<const std::byte> bytes) {
    Address address;
    const auto size = std::min(bytes.size(), kCapacity);
    std::copy_n(bytes.begin(), size, address.m_storage.begin());
    address.m_size = size;
    return address;
}

void Address::setSize(std::size_t size) noexcept {
    m_size = std::min(size, kCapacity);
}

Family Address::family() const noexcept {
    if (m_size < sizeof(sockaddr::sa_family)) return Family::Unspecified;
    switch (view<sockaddr>(m_storage.data()).sa_family) {
    case AF_INET:
        return Family::IPv4;
    case AF_INET6:
        return Family::IPv6;
    case AF_UNIX:
        return Family::Unix;
    default:
        return Family::Unspecified;
    }
}

std::uint16_t Address::port() const noexcept {
    switch (family()) {
    case Family::IPv4:
        return ntohs(view<sockaddr_in>(m_storage.data()).sin_port);
    case Family::IPv6:
        return ntohs(view<sockaddr_in6>(m_storage.data()).sin6_port);
    default:
        return 0;
    }
}

void Address::setPort(std::uint16_t port) noexcept {
    if (family() == Family::IPv4)
        edit<sockaddr_in>(m_storage.data()).sin_port = htons(port);
    else if (family() == Family::IPv6)
        edit<sockaddr_in6>(m_storage.data()).sin6_port = htons(port);
}

std::string Address::host() const {
    char text[INET6_ADDRSTRLEN + IF_NAMESIZE + 2] = {};
    if (family() == Family::IPv4) {
        auto in = view<sockaddr_in>(m_storage.data()).sin_addr;
        ::inet_ntop(AF_INET, &in, text, sizeof text);
        return text;
    }
    if (family() == Family::IPv6) {
        const auto& in6 = view<sockaddr_in6>(m_storage.data());
        auto addr = in6.sin6_addr;
        ::inet_ntop(AF_INET6, &addr, text, sizeof text);
        std::string result = text;
        if (in6.sin6_scope_id != 0) {
            char name[IF_NAMESIZE + 1] = {};
            const bool named = ::if_indextoname(in6.sin6_scope_id, name) != nullptr;
            result += '%';
            result += named ? std::string(name) : std::to_string(in6.sin6_scope_id);
        }
        return result;
    }
    return {};
}

std::uint32_t Address::flowInfo() const noexcept {
    return family() == Family::IPv6 ? ntohl(view<sockaddr_in6>(m_storage.data()).sin6_flowinfo) : 0;
}

std::uint32_t Address::scopeId() const noexcept {
    return family() == Family::IPv6 ? view<sockaddr_in6>(m_storage.data()).sin6_scope_id : 0;
}

std::string Address::path() const {
    if (family() != Family::Unix) return {};
    const auto& un = view<sockaddr_un>(m_storage.data());
    const auto offset = offsetof(sockaddr_un, sun_path);
    const auto max = m_size > offset ? std::min(m_size - offset, sizeof(un.sun_path)) : 0;
    return {un.sun_path, ::strnlen(un.sun_path, max)};
}

bool Address::isLoopback() const noexcept {
    if (family() == Family::IPv4)
        return (ntohl(view<sockaddr_in>(m_storage.data()).sin_addr.s_addr) >> 24) == 127;
    if (family() == Family::IPv6) {
        const auto& a = view<sockaddr_in6>(m_storage.data()).sin6_addr;
        return std::memcmp(&a, &in6addr_loopback, sizeof a) == 0;
    }
    return false;
}

bool Address::isAny() const noexcept {
    if (family() == Family::IPv4)
        return view<sockaddr_in>(m_storage.data()).sin_addr.s_addr == htonl(INADDR_ANY);
    if (family() == Family::IPv6) {
        const auto& a = view<sockaddr_in6>(m_storage.data()).sin6_addr;
        return std::memcmp(&a, &in6addr_any, sizeof a) == 0;
    }
    return false;
}

bool Address::isMulticast() const noexcept {
    if (family() == Family::IPv4)
        return (ntohl(view<sockaddr_in>(m_storage.data()).sin_addr.s_addr) >> 28) == 0xE;
    if (family() == Family::IPv6)
        return reinterpret_cast<const unsigned char*>(&view<sockaddr_in6>(m_storage.data()).sin6_addr)[0] ==
               0xFF;
    return false;
}

std::string Address::toString() const {
    switch (family()) {
    case Family::IPv4:
        return host() + ':' + std::to_string(port());
    case Family::IPv6:
        return '[' + host() + "]:" + std::to_string(port());
    case Family::Unix:
        return "unix:" + path();
    case Family::Unspecified:
        break;
    }
    return "(none)";
}

bool operator==(const Address& a, const Address& b) noexcept {
    return a.m_size == b.m_size &&
           std::equal(a.m_storage.begin(), a.m_storage.begin() + static_cast<std::ptrdiff_t>(a.m_size),
                      b.m_storage.begin());
}

} // namespace netcore
