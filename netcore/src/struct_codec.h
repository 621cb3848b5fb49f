#pragma once

// Private to netcore: the element codecs behind pack()/unpack(), shared with parseStructValues(),
// which needs to know which value a range error belongs to.

#include "netcore/struct_format.h"

#include <cstdint>

namespace netcore::detail {

/// A pack() error together with the index of the value that caused it (SIZE_MAX if none did).
struct PackFailure {
    FormatError error;
    std::size_t valueIndex = SIZE_MAX;
};

[[nodiscard]] std::expected<std::vector<std::byte>, PackFailure>
packLayout(const StructLayout& layout, std::span<const StructValue> values);

/// `data` is exactly layout.size bytes.
[[nodiscard]] std::vector<StructValue> unpackLayout(const StructLayout& layout,
                                                    std::span<const std::byte> data);

/// IEEE 754 binary16 conversion with round-half-to-even, as Python's PyFloat_Pack2; false on overflow.
[[nodiscard]] bool doubleToHalf(double value, std::uint16_t& half) noexcept;
[[nodiscard]] double halfToDouble(std::uint16_t half) noexcept;

} // namespace netcore::detail
