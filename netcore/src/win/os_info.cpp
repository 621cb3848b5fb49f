#include "netcore/os_info.h"

#include "os.h"

namespace netcore {

OsKind currentOs() noexcept {
    return OsKind::Windows;
}

std::string_view osName() noexcept {
    return "Windows";
}

// Windows 10 has AF_UNIX stream sockets, but without datagrams, abstract names or a reliable
// presence check on older builds; netcore offers Unix sockets only where they behave as in the
// tutorials, so not here.
bool hasUnixSockets() noexcept {
    return false;
}

bool runsUnderWine() noexcept {
    // Wine's ntdll exports wine_get_version; Windows' does not.
    static const bool wine = [] {
        const HMODULE ntdll = ::GetModuleHandleW(L"ntdll.dll");
        return ntdll != nullptr && ::GetProcAddress(ntdll, "wine_get_version") != nullptr;
    }();
    return wine;
}

} // namespace netcore
