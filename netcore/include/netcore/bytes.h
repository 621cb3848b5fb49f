#pragma once

#include <bit>
#include <cstddef>
#include <cstdint>
#include <span>
#include <string>
#include <string_view>

namespace netcore {

/// Byte order of a multi-byte integer in memory or on the wire.
enum class Endian : std::uint8_t { Little, Big };

/// The byte order of the machine SockLab runs on (x86 and ARM desktops: Little).
[[nodiscard]] constexpr Endian hostEndian() noexcept {
    static_assert(std::endian::native == std::endian::little || std::endian::native == std::endian::big,
                  "mixed-endian hosts are not supported");
    return std::endian::native == std::endian::big ? Endian::Big : Endian::Little;
}

/// Reverses the byte order of a 16-bit value. Own implementation because libstdc++ 12 has no
/// std::byteswap; compilers turn these shifts into a single bswap/rev instruction.
[[nodiscard]] constexpr std::uint16_t byteSwap16(std::uint16_t value) noexcept {
    return static_cast<std::uint16_t>((value >> 8) | (value << 8));
}

/// Reverses the byte order of a 32-bit value.
[[nodiscard]] constexpr std::uint32_t byteSwap32(std::uint32_t value) noexcept {
    return ((value & 0x000000FFu) << 24) | ((value & 0x0000FF00u) << 8) | ((value & 0x00FF0000u) >> 8) |
           ((value & 0xFF000000u) >> 24);
}

/// Reverses the byte order of a 64-bit value.
[[nodiscard]] constexpr std::uint64_t byteSwap64(std::uint64_t value) noexcept {
    return (static_cast<std::uint64_t>(byteSwap32(static_cast<std::uint32_t>(value))) << 32) |
           byteSwap32(static_cast<std::uint32_t>(value >> 32));
}

/// Host to network (big-endian) order, like the BSD htons().
[[nodiscard]] constexpr std::uint16_t hton16(std::uint16_t value) noexcept {
    return hostEndian() == Endian::Big ? value : byteSwap16(value);
}
/// Host to network order, like htonl().
[[nodiscard]] constexpr std::uint32_t hton32(std::uint32_t value) noexcept {
    return hostEndian() == Endian::Big ? value : byteSwap32(value);
}
/// Host to network order for 64-bit values (htonll where it exists).
[[nodiscard]] constexpr std::uint64_t hton64(std::uint64_t value) noexcept {
    return hostEndian() == Endian::Big ? value : byteSwap64(value);
}
/// Network to host order, like ntohs(). The same swap as hton16: byte order reversal is its own inverse.
[[nodiscard]] constexpr std::uint16_t ntoh16(std::uint16_t value) noexcept {
    return hton16(value);
}
/// Network to host order, like ntohl().
[[nodiscard]] constexpr std::uint32_t ntoh32(std::uint32_t value) noexcept {
    return hton32(value);
}
/// Network to host order for 64-bit values.
[[nodiscard]] constexpr std::uint64_t ntoh64(std::uint64_t value) noexcept {
    return hton64(value);
}

/// Writes the low `out.size()` bytes (1..8) of `value` into `out` in the given byte order.
/// Works byte by byte, so it needs no alignment and behaves the same on every host.
void storeUnsigned(std::span<std::byte> out, std::uint64_t value, Endian order) noexcept;

/// Reads an unsigned integer of `in.size()` bytes (1..8) stored in the given byte order.
[[nodiscard]] std::uint64_t loadUnsigned(std::span<const std::byte> in, Endian order) noexcept;

/// Lower-case hex of every byte, e.g. toHex({0xde, 0xad}) == "de ad"; toHex(data, "") == "dead".
[[nodiscard]] std::string toHex(std::span<const std::byte> data, std::string_view separator = " ");

/// The same hex with no separator, written from `out` on (which has room for 2 * data.size()
/// characters); returns the end. For writers of much hex (a capture of a stream is billions of
/// characters) that append to a buffer of their own instead of making a string per call.
char* writeHex(std::span<const std::byte> data, char* out) noexcept;

/// Classic `hexdump -C` lines: 8-digit hex offset, the bytes in hex (an extra space after the middle
/// byte), then the bytes as ASCII between bars with non-printables shown as '.'. Every line ends with
/// '\n'; the last line is padded so that the ASCII column lines up. Empty input gives "".
/// `bytesPerLine` of 0 is treated as 16.
[[nodiscard]] std::string hexDump(std::span<const std::byte> data, std::size_t bytesPerLine = 16);

/// The bytes of a string as they are (no encoding step): a convenience for tests and literals.
[[nodiscard]] std::span<const std::byte> asBytes(std::string_view text) noexcept;

} // namespace netcore
