#pragma once
// The one private header shared code uses to reach per-platform code that needs no OS types.
// Definitions live in src/posix/ or src/win/ (same file names; CMake compiles one folder).

#include "netcore/error_code.h"
#include "netcore/native_handle.h"
#include "netcore/net_error.h"

#include <cstddef>
#include <optional>
#include <string>

namespace netcore::platform {

/// WSAStartup on Windows (once, thread-safe); nothing on POSIX.
void ensureInitialized() noexcept;

/// errno / WSAGetLastError() of the calling thread.
[[nodiscard]] int lastSocketError() noexcept;
/// The numbering of lastSocketError(): Errno or Winsock.
[[nodiscard]] NativeSpace socketErrorSpace() noexcept;

/// The one translation function of this platform for socket errors: native number -> portable.
[[nodiscard]] ErrorCode translateSocketError(int native) noexcept;
/// "ECONNREFUSED" / "WSAECONNREFUSED"; "errno 1234" when unknown.
[[nodiscard]] std::string socketErrorName(int native);
/// strerror / FormatMessage text.
[[nodiscard]] std::string socketErrorMessage(int native);

/// The one translation function of this platform for getaddrinfo errors.
[[nodiscard]] ErrorCode translateResolverError(int native) noexcept;
/// "EAI_NONAME" / "WSAHOST_NOT_FOUND".
[[nodiscard]] std::string resolverErrorName(int native);
/// gai_strerror text.
[[nodiscard]] std::string resolverErrorMessage(int native);

/// FIONREAD / ioctlsocket(FIONREAD): bytes waiting to be read; nullopt where the OS refuses.
[[nodiscard]] std::optional<std::size_t> bytesToRead(NativeHandle handle) noexcept;
/// Bytes sent but not yet acknowledged (Linux SIOCOUTQ, macOS SO_NWRITE); nullopt where the OS
/// does not say (Windows).
[[nodiscard]] std::optional<std::size_t> bytesUnsent(NativeHandle handle) noexcept;

} // namespace netcore::platform
