#pragma once

#include <string_view>

namespace netcore {

/// The OS netcore was built for. Tests assert each platform's own behaviour with it, and the UI
/// says "on Windows ..." where the OS makes a difference.
enum class OsKind { Linux, MacOS, Windows, OtherUnix };

[[nodiscard]] OsKind currentOs() noexcept;
[[nodiscard]] std::string_view osName() noexcept; ///< "Linux", "macOS", "Windows", "Unix"
/// Whether netcore offers AF_UNIX sockets here (POSIX: stream and datagram; not on Windows).
[[nodiscard]] bool hasUnixSockets() noexcept;
/// Whether this Windows build runs under Wine, which passes socket calls to the host's kernel:
/// there SO_REUSEADDR and SO_LINGER behave as on Linux, not as on Windows. Tests use it to
/// assert what each environment really does.
[[nodiscard]] bool runsUnderWine() noexcept;

} // namespace netcore
