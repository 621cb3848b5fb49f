#include "netcore/os_info.h"

namespace netcore {

OsKind currentOs() noexcept {
#if defined(__linux__)
    return OsKind::Linux;
#elif defined(__APPLE__)
    return OsKind::MacOS;
#else
    return OsKind::OtherUnix;
#endif
}

std::string_view osName() noexcept {
    switch (currentOs()) {
    case OsKind::Linux:
        return "Linux";
    case OsKind::MacOS:
        return "macOS";
    case OsKind::Windows:
        return "Windows";
    case OsKind::OtherUnix:
        return "Unix";
    }
    return "Unix";
}

// Every POSIX system netcore targets has AF_UNIX stream and datagram sockets.
bool hasUnixSockets() noexcept {
    return true;
}

bool runsUnderWine() noexcept {
    return false;
}

} // namespace netcore
