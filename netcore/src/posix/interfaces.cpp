#include "netcore/interfaces.h"

#include "os.h"

#include <ifaddrs.h>

#include <memory>

namespace netcore {

std::expected<std::vector<InterfaceAddress>, NetError> localInterfaces() {
    ifaddrs* list = nullptr;
    if (::getifaddrs(&list) != 0) return std::unexpected(NetError::fromLastError("getifaddrs", ""));
    const std::unique_ptr<ifaddrs, void (*)(ifaddrs*)> owner(list, ::freeifaddrs);
    std::vector<InterfaceAddress> result;
    for (const ifaddrs* entry = list; entry != nullptr; entry = entry->ifa_next) {
        if (entry->ifa_addr == nullptr) continue;
        const int family = entry->ifa_addr->sa_family;
        if (family != AF_INET && family != AF_INET6) continue;
        const auto size = family == AF_INET ? sizeof(sockaddr_in) : sizeof(sockaddr_in6);
        InterfaceAddress item;
        item.interfaceName = entry->ifa_name ? entry->ifa_name : "";
        item.address = Address::fromRaw(std::span(reinterpret_cast<const std::byte*>(entry->ifa_addr), size));
        item.isLoopback = (entry->ifa_flags & IFF_LOOPBACK) != 0;
        item.isUp = (entry->ifa_flags & IFF_UP) != 0;
        result.push_back(std::move(item));
    }
    return result;
}

} // namespace netcore
