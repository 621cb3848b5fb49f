#pragma once

#include "netcore/message.h"

#include <cstddef>
#include <expected>
#include <span>
#include <string>
#include <string_view>
#include <vector>

namespace netcore {

/// Why typed input could not be turned into bytes, and where.
struct InputError {
    /// 1-based column as a user counts it: one per UTF-8 character, not per byte.
    std::size_t column = 0;
    /// What is wrong, without the position, e.g. "'%1' is not a hex digit" with "g"; the UI
    /// translates it and adds the column in the user's language.
    Message message;

    /// "column 7: 'g' is not a hex digit", in English (logs, tests).
    [[nodiscard]] std::string text() const;
};

/// Text as typed (its UTF-8 bytes) with backslash escapes: `\xNN` (exactly two hex digits), `\n`, `\r`,
/// `\t`, `\0` (one NUL byte; following digits are literal), `\\`, `\"`, `\'`. Any other escape, a
/// truncated `\x` or a trailing backslash is an error, so a typo never sends something unexpected.
[[nodiscard]] std::expected<std::vector<std::byte>, InputError> parseEscapedText(std::string_view text);

/// Hex bytes in the spellings people paste: "de ad be ef", "deadbeef", "de:ad", "de-ad", "0xde,0xad",
/// "0xDE 0xAD". Space, tab, CR, LF, ':', '-' and ',' separate groups; a group may start with "0x" and
/// must hold an even number of digits. Empty input (or only separators) gives no bytes.
[[nodiscard]] std::expected<std::vector<std::byte>, InputError> parseHex(std::string_view text);

/// Bytes as text for display: valid UTF-8 stays as it is; control characters (C0, DEL, C1), bytes
/// that are not valid UTF-8 and the backslash are escaped (`\n`, `\r`, `\t`, `\\`, `\xNN`). The
/// result never contains a control character and parseEscapedText() turns it back into `data`.
[[nodiscard]] std::string escapeForDisplay(std::span<const std::byte> data);

/// 1-based column of the byte at `byteIndex` in UTF-8 `text`, counting characters, not bytes.
[[nodiscard]] std::size_t columnOf(std::string_view text, std::size_t byteIndex) noexcept;

} // namespace netcore
