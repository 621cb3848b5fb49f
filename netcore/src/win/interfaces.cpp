#include "netcore/interfaces.h"

#include "os.h"
#include "platform.h"

#include <vector>

namespace netcore {

namespace {
std::string narrow(const wchar_t* text) {
    if (text == nullptr) return {};
    const int size = ::WideCharToMultiByte(CP_UTF8, 0, text, -1, nullptr, 0, nullptr, nullptr);
    if (size <= 1) return {};
    std::string result(static_cast<std::size_t>(size - 1), '\0');
    ::WideCharToMultiByte(CP_UTF8, 0, text, -1, result.data(), size, nullptr, nullptr);
    return result;
}
} // namespace

std::expected<std::vector<InterfaceAddress>, NetError> localInterfaces() {
    platform::ensureInitialized();
    ULONG size = 16 * 1024;
    std::vector<unsigned char> buffer;
    ULONG status = ERROR_BUFFER_OVERFLOW;
    // The list can grow between the sizing call and the real one: retry a few times.
    for (int attempt = 0; attempt < 4 && status == ERROR_BUFFER_OVERFLOW; ++attempt) {
        buffer.resize(size);
        status = ::GetAdaptersAddresses(
            AF_UNSPEC, GAA_FLAG_SKIP_ANYCAST | GAA_FLAG_SKIP_MULTICAST | GAA_FLAG_SKIP_DNS_SERVER, nullptr,
            reinterpret_cast<IP_ADAPTER_ADDRESSES*>(buffer.data()), &size);
    }
    if (status != NO_ERROR)
        return std::unexpected(
            NetError::fromNative(static_cast<int>(status), "GetAdaptersAddresses", "AF_UNSPEC"));
    std::vector<InterfaceAddress> result;
    for (auto* adapter = reinterpret_cast<IP_ADAPTER_ADDRESSES*>(buffer.data()); adapter;
         adapter = adapter->Next) {
        for (auto* unicast = adapter->FirstUnicastAddress; unicast; unicast = unicast->Next) {
            const auto& socketAddress = unicast->Address;
            InterfaceAddress item;
            item.interfaceName = narrow(adapter->FriendlyName);
            item.address =
                Address::fromRaw(std::span(reinterpret_cast<const std::byte*>(socketAddress.lpSockaddr),
                                           static_cast<std::size_t>(socketAddress.iSockaddrLength)));
            item.isLoopback = adapter->IfType == IF_TYPE_SOFTWARE_LOOPBACK;
            item.isUp = adapter->OperStatus == IfOperStatusUp;
            result.push_back(std::move(item));
        }
    }
    return result;
}

} // namespace netcore
