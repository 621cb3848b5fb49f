#pragma once

#include <string_view>

namespace netcore {

/// The OS netcore was built for. Tests assert each platform's own behaviour with it, and the UI
/// says "on Windows ..." where the OS makes a difference.
enum class OsKind { Linux, MacOS, Windows, OtherUnix };

[[nodiscard]] OsKind currentOs() noexcept;
[[nodiscard]] std::string_view osName() noexcept; ///< "Linux", "macOS", "Windows", "Unix"
/// AF_UNIX sockets of this type can be opened here (Windows: stream only, from Windows 10).
[[nodiscard]] bool hasUnixSockets() noexcept;

} // namespace netcore
