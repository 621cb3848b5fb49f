#pragma once

#include <cstdint>
#include <string_view>

namespace netcore {

enum class SocketType : std::uint8_t { Stream, Datagram };

/// "SOCK_STREAM", "SOCK_DGRAM"
[[nodiscard]] std::string_view socketTypeName(SocketType type) noexcept;

} // namespace netcore
