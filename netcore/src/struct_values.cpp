// parseStructValues() and formatStructValue(): the text side of struct_format.h, for the UI.

#include "netcore/struct_format.h"
#include "netcore/typed_input.h"

#include "struct_codec.h"

#include <charconv>
#include <cmath>
#include <limits>

namespace netcore {

namespace {

struct Token {
    std::size_t begin = 0; ///< byte index in the value text
    std::string_view raw;  ///< the token as written
    std::string_view body; ///< without quotes and b prefix: what parseEscapedText() reads
};

bool isSpace(char c) {
    return c == ' ' || c == '\t' || c == '\n' || c == '\r';
}

FormatError valueError(std::string_view text, std::size_t index, Message message) {
    return FormatError{columnOf(text, index), std::move(message), FormatError::Source::Values};
}

/// Splits on whitespace; a token starting with a quote (optionally after 'b') runs to the matching
/// unescaped quote, so that strings may contain spaces.
std::expected<std::vector<Token>, FormatError> tokenize(std::string_view text) {
    std::vector<Token> tokens;
    std::size_t i = 0;
    while (i < text.size()) {
        if (isSpace(text[i])) {
            ++i;
            continue;
        }
        const std::size_t begin = i;
        std::size_t quoteAt = i;
        if (text[i] == 'b' && i + 1 < text.size() && (text[i + 1] == '"' || text[i + 1] == '\'')) ++quoteAt;
        if (text[quoteAt] == '"' || text[quoteAt] == '\'') {
            const char quote = text[quoteAt];
            std::size_t k = quoteAt + 1;
            while (k < text.size() && text[k] != quote)
                k += text[k] == '\\' ? 2u : 1u;
            if (k >= text.size())
                return std::unexpected(
                    valueError(text, begin, Message{"string is missing its closing quote"}));
            if (k + 1 < text.size() && !isSpace(text[k + 1]))
                return std::unexpected(
                    valueError(text, k + 1, Message{"expected a space after the closing quote"}));
            tokens.push_back(
                {begin, text.substr(begin, k + 1 - begin), text.substr(quoteAt + 1, k - quoteAt - 1)});
            i = k + 1;
            continue;
        }
        while (i < text.size() && !isSpace(text[i]))
            ++i;
        tokens.push_back({begin, text.substr(begin, i - begin), text.substr(begin, i - begin)});
    }
    return tokens;
}

bool parseWhole(std::string_view s, std::uint64_t& out, int base) {
    if (s.empty()) return false;
    const auto [end, ec] = std::from_chars(s.data(), s.data() + s.size(), out, base);
    return ec == std::errc{} && end == s.data() + s.size();
}

bool parseWhole(std::string_view s, double& out) {
    if (s.empty()) return false;
    // from_chars, unlike strtod, ignores the C locale: "1.5" reads the same everywhere.
    const auto [end, ec] = std::from_chars(s.data(), s.data() + s.size(), out);
    return ec == std::errc{} && end == s.data() + s.size();
}

/// A typed integer: "-12", "+7", "0xff". Kept as sign + magnitude so that the whole int64/uint64
/// range reads back and a value out of range reaches pack()'s range check with its real size.
struct Integer {
    bool negative = false;
    std::uint64_t magnitude = 0;
};

bool parseInteger(std::string_view s, Integer& out) {
    out.negative = !s.empty() && s[0] == '-';
    if (!s.empty() && (s[0] == '-' || s[0] == '+')) s.remove_prefix(1);
    int base = 10;
    if (s.size() > 2 && s[0] == '0' && (s[1] == 'x' || s[1] == 'X')) {
        s.remove_prefix(2);
        base = 16;
    }
    if (s.empty() || s[0] == '-' || s[0] == '+') return false;
    if (!parseWhole(s, out.magnitude, base)) return false;
    return !out.negative || out.magnitude <= std::uint64_t{1} << 63;
}

// The value is returned through `out` (not as std::optional<StructValue>): GCC 12 warns falsely
// about an uninitialised vector inside an optional<variant>.
bool parseValue(char code, std::string_view token, StructValue& out, Message& message) {
    if (code == '?') {
        if (token == "true" || token == "True" || token == "1") return out = true, true;
        if (token == "false" || token == "False" || token == "0") return out = false, true;
        message = Message{"'%1' is not a bool (true, false, 1 or 0)", {std::string(token)}};
        return false;
    }
    Integer integer;
    if (code == 'e' || code == 'f' || code == 'd') {
        double d = 0;
        std::string_view s = token;
        if (!s.empty() && s[0] == '+') s.remove_prefix(1);
        if (parseWhole(s, d)) return out = d, true;
        if (parseInteger(token, integer)) { // 0x10 is a number too
            const auto magnitude = static_cast<double>(integer.magnitude);
            return out = integer.negative ? -magnitude : magnitude, true;
        }
        message = Message{"'%1' is not a number", {std::string(token)}};
        return false;
    }
    if (!parseInteger(token, integer)) {
        message = Message{"'%1' is not an integer", {std::string(token)}};
        return false;
    }
    // Same alternative as unpack() gives for the code, so parsed values compare equal to unpacked
    // ones; a value that does not fit is left for pack() to report with Python's range message.
    const bool isSigned =
        code == 'b' || code == 'h' || code == 'i' || code == 'l' || code == 'q' || code == 'n';
    constexpr auto int64Max = static_cast<std::uint64_t>(std::numeric_limits<std::int64_t>::max());
    if (integer.negative) {
        out = static_cast<std::int64_t>(0 - integer.magnitude); // wraps to the negative value
    } else if (isSigned && integer.magnitude <= int64Max) {
        out = static_cast<std::int64_t>(integer.magnitude);
    } else {
        out = integer.magnitude;
    }
    return true;
}

std::string formatDouble(double d) {
    if (std::isnan(d)) return "nan";
    if (std::isinf(d)) return d < 0 ? "-inf" : "inf";
    char buffer[64];
    // Shortest text that reads back to the same double, like Python's repr().
    const auto [end, ec] = std::to_chars(buffer, buffer + sizeof buffer, d);
    std::string text(buffer, ec == std::errc{} ? end : buffer);
    if (text.find_first_of(".en") == std::string::npos) text += ".0"; // keep it visibly a float
    return text;
}

} // namespace

std::expected<std::vector<StructValue>, FormatError> parseStructValues(std::string_view format,
                                                                       std::string_view text) {
    auto layout = parseStructFormat(format);
    if (!layout) return std::unexpected(std::move(layout.error()));
    auto tokens = tokenize(text);
    if (!tokens) return std::unexpected(std::move(tokens.error()));
    const auto countError = [&] {
        const std::size_t at =
            tokens->size() > layout->valueCount ? (*tokens)[layout->valueCount].begin : text.size();
        return std::unexpected(
            valueError(text, at,
                       Message{"the format needs %1 values, got %2",
                               {std::to_string(layout->valueCount), std::to_string(tokens->size())}}));
    };
    if (tokens->size() != layout->valueCount) return countError();

    std::vector<StructValue> values;
    values.reserve(tokens->size());
    std::size_t next = 0;
    for (const StructField& field : layout->fields) {
        for (std::size_t k = 0; k < field.valueCount(); ++k, ++next) {
            const Token& token = (*tokens)[next];
            if (field.code == 'c' || field.code == 's' || field.code == 'p') {
                auto bytes = parseEscapedText(token.body);
                if (!bytes) {
                    const std::size_t inBody = static_cast<std::size_t>(token.body.data() - text.data());
                    // Map the body's column back to the whole text.
                    const std::size_t column = columnOf(text, inBody) + bytes.error().column - 1;
                    return std::unexpected(
                        FormatError{column, bytes.error().message, FormatError::Source::Values});
                }
                values.emplace_back(std::move(*bytes));
                continue;
            }
            Message message;
            StructValue value;
            if (!parseValue(field.code, token.raw, value, message))
                return std::unexpected(valueError(text, token.begin, std::move(message)));
            values.push_back(std::move(value));
        }
    }
    // Range and type errors point at the value that caused them, not at the format.
    auto packed = detail::packLayout(*layout, values);
    if (!packed) {
        const auto& failure = packed.error();
        const std::size_t at = failure.valueIndex < tokens->size() ? (*tokens)[failure.valueIndex].begin : 0;
        return std::unexpected(valueError(text, at, failure.error.message));
    }
    return values;
}

std::string formatStructValue(const StructValue& value) {
    if (const auto* s = std::get_if<std::int64_t>(&value)) return std::to_string(*s);
    if (const auto* u = std::get_if<std::uint64_t>(&value)) return std::to_string(*u);
    if (const auto* d = std::get_if<double>(&value)) return formatDouble(*d);
    if (const auto* b = std::get_if<bool>(&value)) return *b ? "true" : "false";
    const auto& bytes = std::get<std::vector<std::byte>>(value);
    std::string text = "\"";
    for (const char c : escapeForDisplay(bytes)) {
        if (c == '"') text += '\\';
        text += c;
    }
    return text + "\"";
}

} // namespace netcore
