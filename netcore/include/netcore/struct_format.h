#pragma once

#include "netcore/message.h"

#include <cstddef>
#include <cstdint>
#include <expected>
#include <span>
#include <string>
#include <string_view>
#include <variant>
#include <vector>

namespace netcore {

/// One value for pack() / from unpack(), mirroring what Python's struct module takes and returns:
/// signed integer codes (b h i l q n) unpack to int64_t, unsigned ones (B H I L Q N P) to uint64_t,
/// e f d to double, ? to bool and c s p to bytes. pack() accepts, like Python, any integer (or bool)
/// for an integer code, any number for a float code and anything for '?' (its truth value).
using StructValue = std::variant<std::int64_t, std::uint64_t, double, bool, std::vector<std::byte>>;

/// A struct format (or value list) error and where it is.
struct FormatError {
    /// Which text `column` points into: the format string, or the value list of parseStructValues().
    enum class Source : std::uint8_t { Format, Values };

    /// 1-based column in the text named by `source`; 0 when the error concerns the whole of it
    /// (wrong number of values, buffer of the wrong size).
    std::size_t column = 0;
    /// Python's wording where it has one, e.g. "ushort format requires 0 <= number <= 65535", as a
    /// Message the UI translates (the column is added by the UI, in the user's language).
    Message message;
    Source source = Source::Format;

    /// "column 2: bad char in struct format", or the message alone when column is 0; English.
    [[nodiscard]] std::string text() const;
};

/// One item of a parsed format: a code with its repeat count, placed at a byte offset.
struct StructField {
    char code = 0;          ///< format character, e.g. 'H'
    std::size_t count = 1;  ///< repeat count ("3H" -> 3; "4s" -> 4 bytes in one value)
    std::size_t column = 0; ///< 1-based column of the code character in the format string
    std::size_t offset = 0; ///< byte offset of the first element, after alignment padding
    std::size_t size = 0;   ///< size of one element (for s and p: the whole string)
    /// Values consumed/produced: 0 for 'x', 1 for s and p, `count` otherwise.
    [[nodiscard]] std::size_t valueCount() const noexcept;
};

/// A parsed format string: the byte order prefix resolved, fields laid out.
struct StructLayout {
    bool native = true;     ///< '@': native sizes and alignment; otherwise standard sizes, no padding
    bool bigEndian = false; ///< byte order the fields use
    std::size_t size = 0;   ///< calcsize()
    std::size_t valueCount = 0;
    std::vector<StructField> fields;
};

/// Parses a Python struct format: optional first char `@ = < > !` (default '@'), then codes
/// x c b B ? h H i I l L q Q n N P e f d s p, each with an optional decimal repeat count. Whitespace
/// between items is ignored, as in Python. n, N and P exist only in native ('@') mode. Unlike Python,
/// a total size over 64 MiB is refused ("total struct size too long").
[[nodiscard]] std::expected<StructLayout, FormatError> parseStructFormat(std::string_view format);

/// struct.calcsize(format)
[[nodiscard]] std::expected<std::size_t, FormatError> calcsize(std::string_view format);

/// struct.pack(format, *values): exactly as many values as the format consumes, each in range.
[[nodiscard]] std::expected<std::vector<std::byte>, FormatError> pack(std::string_view format,
                                                                      std::span<const StructValue> values);

/// struct.unpack(format, data): `data` must be exactly calcsize(format) bytes, as in Python.
[[nodiscard]] std::expected<std::vector<StructValue>, FormatError> unpack(std::string_view format,
                                                                          std::span<const std::byte> data);

/// struct.unpack_from(format, data, offset): needs at least calcsize(format) bytes after `offset`;
/// more are ignored (handy to decode the header of a larger message).
[[nodiscard]] std::expected<std::vector<StructValue>, FormatError>
unpackFrom(std::string_view format, std::span<const std::byte> data, std::size_t offset = 0);

/// Parses a value list typed next to a format, e.g. parseStructValues(">H4sd", "256 hello 1.5").
/// Values are separated by whitespace, one per value the format consumes. Integers are decimal or
/// 0x-hex with an optional sign; floats as in C ("1.5", "-2e3", "inf", "nan"); bools are
/// true/false/True/False/1/0; bytes (c s p) are a word or a "double" / 'single' quoted string (an
/// optional b prefix as in Python, b'..') with the escapes of parseEscapedText(). Errors report
/// Source::Values columns, or Source::Format for a bad format.
[[nodiscard]] std::expected<std::vector<StructValue>, FormatError> parseStructValues(std::string_view format,
                                                                                     std::string_view text);

/// A value as parseStructValues() reads it back: 256, -2, 1.5, true, "hello\x00".
[[nodiscard]] std::string formatStructValue(const StructValue& value);

} // namespace netcore
