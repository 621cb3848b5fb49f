#include "netcore/typed_input.h"

#include <cstdint>

namespace netcore {

namespace {

constexpr char hexDigits[] = "0123456789abcdef";

int hexValue(char c) noexcept {
    if (c >= '0' && c <= '9') return c - '0';
    if (c >= 'a' && c <= 'f') return c - 'a' + 10;
    if (c >= 'A' && c <= 'F') return c - 'A' + 10;
    return -1;
}

bool isContinuation(unsigned char c) noexcept {
    return (c & 0xC0u) == 0x80u;
}

/// The whole UTF-8 character starting at `index`, so that an error message quotes "é", not half of it.
std::string_view characterAt(std::string_view text, std::size_t index) noexcept {
    std::size_t end = index + 1;
    while (end < text.size() && isContinuation(static_cast<unsigned char>(text[end])))
        ++end;
    return text.substr(index, end - index);
}

InputError errorAt(std::string_view text, std::size_t index, Message message) {
    return InputError{columnOf(text, index), std::move(message)};
}

/// A character for a message's arg (the format quotes it).
std::string shown(std::string_view character) {
    // A control character in a message would be invisible (or worse, move the cursor); escape it.
    return escapeForDisplay(std::as_bytes(std::span(character.data(), character.size())));
}

bool isHexSeparator(char c) noexcept {
    return c == ' ' || c == '\t' || c == '\r' || c == '\n' || c == ':' || c == '-' || c == ',';
}

/// Length of the well-formed UTF-8 sequence at `i` (RFC 3629: no overlongs, no surrogates, at most
/// U+10FFFF), or 0 if the byte there does not start one.
std::size_t utf8SequenceLength(std::span<const std::byte> data, std::size_t i) noexcept {
    const auto at = [&](std::size_t k) { return std::to_integer<unsigned>(data[k]); };
    const unsigned lead = at(i);
    std::size_t length = 0;
    unsigned low = 0x80, high = 0xBF; // allowed range of the first continuation byte
    if (lead < 0x80) return 1;
    if (lead >= 0xC2 && lead <= 0xDF) {
        length = 2;
    } else if (lead >= 0xE0 && lead <= 0xEF) {
        length = 3;
        if (lead == 0xE0) low = 0xA0;  // overlong
        if (lead == 0xED) high = 0x9F; // surrogates
    } else if (lead >= 0xF0 && lead <= 0xF4) {
        length = 4;
        if (lead == 0xF0) low = 0x90;  // overlong
        if (lead == 0xF4) high = 0x8F; // above U+10FFFF
    } else {
        return 0;
    }
    if (i + length > data.size()) return 0;
    if (at(i + 1) < low || at(i + 1) > high) return 0;
    for (std::size_t k = 2; k < length; ++k)
        if ((at(i + k) & 0xC0u) != 0x80u) return 0;
    return length;
}

void appendHexEscape(std::string& out, unsigned value) {
    out.append("\\x");
    out.push_back(hexDigits[(value >> 4) & 0xFu]);
    out.push_back(hexDigits[value & 0xFu]);
}

} // namespace

std::string InputError::text() const {
    return "column " + std::to_string(column) + ": " + message.text();
}

std::size_t columnOf(std::string_view text, std::size_t byteIndex) noexcept {
    std::size_t column = 1;
    for (std::size_t i = 0; i < byteIndex && i < text.size(); ++i)
        if (!isContinuation(static_cast<unsigned char>(text[i]))) ++column;
    return column;
}

std::expected<std::vector<std::byte>, InputError> parseEscapedText(std::string_view text) {
    std::vector<std::byte> out;
    out.reserve(text.size());
    for (std::size_t i = 0; i < text.size(); ++i) {
        const char c = text[i];
        if (c != '\\') {
            out.push_back(static_cast<std::byte>(c));
            continue;
        }
        if (i + 1 == text.size())
            return std::unexpected(
                errorAt(text, i, Message{"a backslash at the end needs a character after it"}));
        const char kind = text[i + 1];
        switch (kind) {
        case 'n':
            out.push_back(std::byte{'\n'});
            break;
        case 'r':
            out.push_back(std::byte{'\r'});
            break;
        case 't':
            out.push_back(std::byte{'\t'});
            break;
        case '0':
            out.push_back(std::byte{0});
            break;
        case '\\':
        case '"':
        case '\'':
            out.push_back(static_cast<std::byte>(kind));
            break;
        case 'x': {
            for (std::size_t k = i + 2; k < i + 4; ++k) {
                if (k >= text.size())
                    return std::unexpected(errorAt(text, i, Message{"\\x needs two hex digits, e.g. \\x41"}));
                if (hexValue(text[k]) < 0)
                    return std::unexpected(errorAt(
                        text, k,
                        Message{"'%1' is not a hex digit (\\x needs two)", {shown(characterAt(text, k))}}));
            }
            const int value = hexValue(text[i + 2]) * 16 + hexValue(text[i + 3]);
            out.push_back(static_cast<std::byte>(value));
            i += 2;
            break;
        }
        default:
            return std::unexpected(errorAt(text, i,
                                           Message{"unknown escape \\%1 (use \\\\ for a backslash)",
                                                   {std::string(characterAt(text, i + 1))}}));
        }
        ++i;
    }
    return out;
}

std::expected<std::vector<std::byte>, InputError> parseHex(std::string_view text) {
    std::vector<std::byte> out;
    out.reserve(text.size() / 2);
    std::size_t i = 0;
    while (i < text.size()) {
        if (isHexSeparator(text[i])) {
            ++i;
            continue;
        }
        const std::size_t groupStart = i;
        if (text[i] == '0' && i + 1 < text.size() && (text[i + 1] == 'x' || text[i + 1] == 'X')) i += 2;
        const std::size_t digitsStart = i;
        while (i < text.size() && !isHexSeparator(text[i])) {
            if (hexValue(text[i]) < 0)
                return std::unexpected(
                    errorAt(text, i, Message{"'%1' is not a hex digit", {shown(characterAt(text, i))}}));
            ++i;
        }
        const std::size_t digits = i - digitsStart;
        const std::string_view group = text.substr(groupStart, i - groupStart);
        if (digits == 0)
            return std::unexpected(
                errorAt(text, groupStart, Message{"'%1' has no hex digits", {std::string(group)}}));
        if (digits % 2 != 0)
            return std::unexpected(errorAt(
                text, groupStart,
                Message{"'%1' has an odd number of hex digits (each byte needs two)", {std::string(group)}}));
        for (std::size_t k = digitsStart; k < i; k += 2)
            out.push_back(static_cast<std::byte>(hexValue(text[k]) * 16 + hexValue(text[k + 1])));
    }
    return out;
}

std::string escapeForDisplay(std::span<const std::byte> data) {
    std::string out;
    out.reserve(data.size());
    std::size_t i = 0;
    while (i < data.size()) {
        const unsigned value = std::to_integer<unsigned>(data[i]);
        const std::size_t length = utf8SequenceLength(data, i);
        if (length == 1) {
            switch (value) {
            case '\n':
                out.append("\\n");
                break;
            case '\r':
                out.append("\\r");
                break;
            case '\t':
                out.append("\\t");
                break;
            case '\\':
                out.append("\\\\");
                break;
            default:
                if (value < 0x20 || value == 0x7F) {
                    appendHexEscape(out, value);
                } else {
                    out.push_back(static_cast<char>(value));
                }
            }
            ++i;
        } else if (length == 0 || (value == 0xC2 && std::to_integer<unsigned>(data[i + 1]) < 0xA0)) {
            // Invalid UTF-8 byte, or the lead byte of a C1 control (U+0080..U+009F): escape byte by
            // byte; a lone continuation byte is then invalid and escaped on the next turn as well.
            appendHexEscape(out, value);
            ++i;
        } else {
            for (std::size_t k = 0; k < length; ++k)
                out.push_back(static_cast<char>(data[i + k]));
            i += length;
        }
    }
    return out;
}

} // namespace netcore
