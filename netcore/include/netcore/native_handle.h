#pragma once

#include <cstdint>

namespace netcore {

/// A file descriptor (POSIX) or SOCKET (Windows, an unsigned pointer-sized value), held as a
/// signed pointer-sized integer so no OS header is needed to name it.
using NativeHandle = std::intptr_t;
inline constexpr NativeHandle kInvalidHandle = -1; ///< -1 and INVALID_SOCKET (~0) are the same bits

} // namespace netcore
