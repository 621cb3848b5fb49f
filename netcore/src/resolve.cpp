#include "netcore/resolve.h"

#include "os.h"
#include "platform.h"

#include <memory>

namespace netcore {

namespace {

int nativeFamily(Family family) {
    switch (family) {
    case Family::IPv4:
        return AF_INET;
    case Family::IPv6:
        return AF_INET6;
    default:
        return AF_UNSPEC;
    }
}

struct AddrInfoDeleter {
    void operator()(addrinfo* info) const { ::freeaddrinfo(info); }
};

std::string describe(std::string_view host, std::string_view service, const ResolveOptions& options) {
    std::string text = "'" + std::string(host) + "', '" + std::string(service) + "', " +
                       std::string(familyName(options.family)) + ", " +
                       std::string(socketTypeName(options.type));
    if (options.passive) text += ", AI_PASSIVE";
    if (options.numericHostOnly) text += ", AI_NUMERICHOST";
    if (options.canonicalName) text += ", AI_CANONNAME";
    return text;
}

} // namespace

std::string_view socketTypeName(SocketType type) noexcept {
    return type == SocketType::Stream ? "SOCK_STREAM" : "SOCK_DGRAM";
}

std::expected<ResolveResult, NetError> resolve(std::string_view host, std::string_view service,
                                               const ResolveOptions& options) {
    platform::ensureInitialized();
    ResolveResult result;

    // Numeric fast path: a literal address needs no resolver (and no DNS timeout). A numeric port
    // is required for it; service names ("http") still go through getaddrinfo.
    unsigned port = 0;
    bool numericPort = !service.empty() && service.size() <= 5;
    for (char c : service)
        numericPort = numericPort && c >= '0' && c <= '9';
    if (numericPort) port = static_cast<unsigned>(std::stoul(std::string(service)));
    if (numericPort && port <= 65535 && !host.empty()) {
        if (auto literal = Address::fromHostPort(host, static_cast<std::uint16_t>(port));
            literal && (options.family == Family::Unspecified || options.family == literal->family())) {
            result.addresses.push_back({*literal, options.type, 0, {}});
            result.numericFastPath = true;
            return result;
        }
    }

    addrinfo hints{};
    hints.ai_family = nativeFamily(options.family);
    hints.ai_socktype = options.type == SocketType::Stream ? SOCK_STREAM : SOCK_DGRAM;
    hints.ai_flags = (options.passive ? AI_PASSIVE : 0) | (options.numericHostOnly ? AI_NUMERICHOST : 0) |
                     (options.canonicalName ? AI_CANONNAME : 0);
    const std::string hostText(host);
    const std::string serviceText(service);
    addrinfo* list = nullptr;
    const int status = ::getaddrinfo(hostText.empty() ? nullptr : hostText.c_str(),
                                     serviceText.empty() ? nullptr : serviceText.c_str(), &hints, &list);
    if (status != 0)
        return std::unexpected(
            NetError::fromResolver(status, "getaddrinfo", describe(host, service, options)));
    std::unique_ptr<addrinfo, AddrInfoDeleter> owner(list);
    for (const addrinfo* info = list; info != nullptr; info = info->ai_next) {
        ResolvedAddress entry;
        entry.address = Address::fromRaw(std::span(reinterpret_cast<const std::byte*>(info->ai_addr),
                                                   static_cast<std::size_t>(info->ai_addrlen)));
        entry.type = info->ai_socktype == SOCK_DGRAM ? SocketType::Datagram : SocketType::Stream;
        entry.protocol = info->ai_protocol;
        if (info->ai_canonname) entry.canonicalName = info->ai_canonname;
        result.addresses.push_back(std::move(entry));
    }
    return result;
}

} // namespace netcore
