#pragma once

#include "netcore/address.h"

#include <expected>
#include <string>
#include <vector>

namespace netcore {

/// One address of one network interface, for "bind to this interface" lists.
struct InterfaceAddress {
    std::string interfaceName; ///< "lo", "eth0", "Ethernet 2"
    Address address;           ///< port 0
    bool isLoopback = false;
    bool isUp = false;
};

/// Every IPv4 and IPv6 address of this machine's interfaces (getifaddrs / GetAdaptersAddresses),
/// in the order the OS lists them.
[[nodiscard]] std::expected<std::vector<InterfaceAddress>, NetError> localInterfaces();

} // namespace netcore
