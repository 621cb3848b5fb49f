#pragma once

#include "netcore/address.h"
#include "netcore/socket_type.h"

#include <expected>
#include <string>
#include <string_view>
#include <vector>

namespace netcore {

struct ResolveOptions {
    Family family = Family::Unspecified; ///< AF_UNSPEC: every family the host has
    SocketType type = SocketType::Stream;
    bool passive = false;         ///< AI_PASSIVE: addresses to bind a server to ("" = any address)
    bool numericHostOnly = false; ///< AI_NUMERICHOST: never ask DNS
    bool canonicalName = false;   ///< AI_CANONNAME
};

/// One getaddrinfo result, in the order the resolver returned it.
struct ResolvedAddress {
    Address address;
    SocketType type = SocketType::Stream;
    int protocol = 0;
    std::string canonicalName; ///< only on the first result, when asked for
};

struct ResolveResult {
    std::vector<ResolvedAddress> addresses;
    bool numericFastPath = false; ///< the host was a numeric address: no resolver call was made
};

/// getaddrinfo(host, service) with every result, in order. A numeric host skips the resolver.
/// host "" with passive = the wildcard address (what Python's bind(('', port)) means).
[[nodiscard]] std::expected<ResolveResult, NetError> resolve(std::string_view host, std::string_view service,
                                                             const ResolveOptions& options = {});

} // namespace netcore
