#include "netcore/bytes.h"

#include <algorithm>
#include <array>
#include <cstring>

namespace netcore {

namespace {

constexpr char hexDigits[] = "0123456789abcdef";

void appendHexByte(std::string& out, std::byte value) {
    const auto v = std::to_integer<unsigned>(value);
    out.push_back(hexDigits[v >> 4]);
    out.push_back(hexDigits[v & 0xFu]);
}

// At least 8 hex digits, more only for dumps past 4 GiB. Written by hand because "%zx" is not
// portable to every MinGW printf.
void appendOffset(std::string& out, std::size_t offset) {
    int digits = 8;
    while (digits < 16 && (static_cast<std::uint64_t>(offset) >> (4 * digits)) != 0)
        ++digits;
    for (int i = digits - 1; i >= 0; --i)
        out.push_back(hexDigits[(static_cast<std::uint64_t>(offset) >> (4 * i)) & 0xFu]);
}

bool isPrintableAscii(std::byte value) {
    const auto v = std::to_integer<unsigned>(value);
    return v >= 0x20 && v < 0x7F;
}

} // namespace

void storeUnsigned(std::span<std::byte> out, std::uint64_t value, Endian order) noexcept {
    const std::size_t n = out.size();
    for (std::size_t i = 0; i < n; ++i) {
        const auto byte = static_cast<std::byte>((value >> (8 * i)) & 0xFFu);
        // i counts from the least significant byte.
        out[order == Endian::Little ? i : n - 1 - i] = byte;
    }
}

std::uint64_t loadUnsigned(std::span<const std::byte> in, Endian order) noexcept {
    std::uint64_t value = 0;
    const std::size_t n = in.size();
    for (std::size_t i = 0; i < n; ++i) {
        const std::byte byte = in[order == Endian::Little ? n - 1 - i : i];
        value = (value << 8) | std::to_integer<std::uint64_t>(byte);
    }
    return value;
}

char* writeHex(std::span<const std::byte> data, char* out) noexcept {
    // One lookup and one two-byte store per byte.
    static constexpr auto kPairs = [] {
        std::array<std::array<char, 2>, 256> pairs{};
        for (std::size_t byte = 0; byte < pairs.size(); ++byte)
            pairs[byte] = {hexDigits[byte >> 4], hexDigits[byte & 0xFu]};
        return pairs;
    }();
    for (const std::byte value : data) {
        std::memcpy(out, kPairs[std::to_integer<std::size_t>(value)].data(), 2);
        out += 2;
    }
    return out;
}

std::string toHex(std::span<const std::byte> data, std::string_view separator) {
    std::string out;
    if (data.empty()) return out;
    if (separator.empty()) {
        out.resize(data.size() * 2);
        writeHex(data, out.data());
        return out;
    }
    out.reserve(data.size() * (2 + separator.size()));
    for (std::size_t i = 0; i < data.size(); ++i) {
        if (i != 0) out.append(separator);
        appendHexByte(out, data[i]);
    }
    return out;
}

std::string hexDump(std::span<const std::byte> data, std::size_t bytesPerLine) {
    if (bytesPerLine == 0) bytesPerLine = 16;
    const std::size_t half = (bytesPerLine + 1) / 2;
    std::string out;
    for (std::size_t offset = 0; offset < data.size(); offset += bytesPerLine) {
        const auto line = data.subspan(offset, std::min(bytesPerLine, data.size() - offset));
        appendOffset(out, offset);
        out.push_back(' ');
        for (std::size_t i = 0; i < bytesPerLine; ++i) {
            out.push_back(' ');
            if (i == half && bytesPerLine > 1) out.push_back(' ');
            if (i < line.size()) {
                appendHexByte(out, line[i]);
            } else {
                out.append("  "); // keeps the ASCII column aligned on a short last line
            }
        }
        out.append("  |");
        for (const std::byte b : line)
            out.push_back(isPrintableAscii(b) ? static_cast<char>(b) : '.');
        out.append("|\n");
    }
    return out;
}

std::span<const std::byte> asBytes(std::string_view text) noexcept {
    return std::as_bytes(std::span<const char>(text.data(), text.size()));
}

} // namespace netcore
