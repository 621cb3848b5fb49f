// Message: netcore's user-visible text kept apart from its variable parts, so that the UI can
// translate the format. text() must give the English the UI shows without a translation, and each
// parser must hand out a literal format with its args, not text assembled at run time.

#include <doctest/doctest.h>

#include "netcore/address.h"
#include "netcore/bytes.h"
#include "netcore/explanation.h"
#include "netcore/framing.h"
#include "netcore/message.h"
#include "netcore/net_error.h"
#include "netcore/struct_format.h"
#include "netcore/typed_input.h"

#include <functional>
#include <string>
#include <string_view>
#include <vector>

using namespace netcore;

TEST_CASE("message: text() fills placeholders as QString::arg would") {
    struct Row {
        const char* name;
        Message message;
        std::string expected;
    };
    const std::vector<std::string> nine{"a", "b", "c", "d", "e", "f", "g", "h", "i"};
    const Row rows[] = {
        {"no placeholder", Message{"timed out"}, "timed out"},
        {"one", Message{"'%1' is not a hex digit", {"g"}}, "'g' is not a hex digit"},
        {"in order", Message{"message of %1 bytes exceeds the maximum of %2", {"7", "5"}},
         "message of 7 bytes exceeds the maximum of 5"},
        {"reordered, as a translation may", Message{"%2 < %1", {"one", "two"}}, "two < one"},
        {"repeated", Message{"%1-%1", {"x"}}, "x-x"},
        {"all nine", Message{"%1%2%3%4%5%6%7%8%9", nine}, "abcdefghi"},
        {"%10 is placeholder ten, not %1 then 0", Message{"%1 %10", {"a"}}, "a %10"},
        {"%10 with ten args", Message{"%10|%1", {"1", "2", "3", "4", "5", "6", "7", "8", "9", "ten"}},
         "ten|1"},
        {"a literal % is kept", Message{"100% of %1", {"it"}}, "100% of it"},
        {"a trailing % is kept", Message{"%1 %", {"50"}}, "50 %"},
        {"%0 is no placeholder", Message{"%0 %1", {"x"}}, "%0 x"},
        {"missing args stay as placeholders", Message{"%1 and %2", {"one"}}, "one and %2"},
        {"no args at all", Message{"%1"}, "%1"},
        {"an arg is not substituted again", Message{"%1 %2", {"%2", "b"}}, "%2 b"},
        {"empty", Message{}, ""},
    };
    for (const Row& row : rows) {
        CAPTURE(std::string_view(row.name));
        CHECK(row.message.text() == row.expected);
    }
    CHECK(Message{}.empty());
    CHECK_FALSE(Message{"x"}.empty());
}

TEST_CASE("message: each parser's error is a literal format with its args") {
    struct Row {
        const char* name;
        std::function<Message()> produce;
        std::string_view format;
        std::vector<std::string> args;
        std::string english;
    };
    const auto inputError = [](auto parsed) {
        REQUIRE_FALSE(parsed.has_value());
        return parsed.error().message;
    };
    const auto netError = [](auto parsed) {
        REQUIRE_FALSE(parsed.has_value());
        return parsed.error().detail;
    };
    const auto spec = [](FramingKind kind) {
        FramingSpec s;
        s.kind = kind;
        s.fixedSize = 4;
        s.prefixSize = 1;
        s.maxSize = 8;
        return s;
    };
    const std::vector<StructValue> big{StructValue{std::int64_t{1} << 40}};
    const std::vector<StructValue> overShort{StructValue{std::uint64_t{70000}}};
    const std::vector<StructValue> none;
    const std::vector<std::byte> three(3);
    const Row rows[] = {
        {"hex digit",
         [&] { return inputError(parseHex("zz")); },
         "'%1' is not a hex digit",
         {"z"},
         "'z' is not a hex digit"},
        {"hex digit, control character escaped",
         [&] { return inputError(parseHex("a\x01")); },
         "'%1' is not a hex digit",
         {"\\x01"},
         "'\\x01' is not a hex digit"},
        {"odd hex digits",
         [&] { return inputError(parseHex("abc")); },
         "'%1' has an odd number of hex digits (each byte needs two)",
         {"abc"},
         "'abc' has an odd number of hex digits (each byte needs two)"},
        {"no hex digits",
         [&] { return inputError(parseHex("0x")); },
         "'%1' has no hex digits",
         {"0x"},
         "'0x' has no hex digits"},
        {"unknown escape",
         [&] { return inputError(parseEscapedText("a\\q")); },
         "unknown escape \\%1 (use \\\\ for a backslash)",
         {"q"},
         "unknown escape \\q (use \\\\ for a backslash)"},
        {"trailing backslash",
         [&] { return inputError(parseEscapedText("a\\")); },
         "a backslash at the end needs a character after it",
         {},
         "a backslash at the end needs a character after it"},
        {"bad \\x digit",
         [&] { return inputError(parseEscapedText("\\x4g")); },
         "'%1' is not a hex digit (\\x needs two)",
         {"g"},
         "'g' is not a hex digit (\\x needs two)"},
        {"struct: bad char",
         [&] { return inputError(calcsize(">Hz")); },
         "bad char in struct format",
         {},
         "bad char in struct format"},
        {"struct: Python's named range",
         [&] { return inputError(pack(">H", overShort)); },
         "ushort format requires 0 <= number <= 65535",
         {},
         "ushort format requires 0 <= number <= 65535"},
        {"struct: range by code",
         [&] { return inputError(pack(">i", big)); },
         "'%1' format requires %2 <= number <= %3",
         {"i", "-2147483648", "2147483647"},
         "'i' format requires -2147483648 <= number <= 2147483647"},
        {"struct: item count",
         [&] { return inputError(pack(">HH", none)); },
         "pack expected %1 items for packing (got %2)",
         {"2", "0"},
         "pack expected 2 items for packing (got 0)"},
        {"struct: unpack size",
         [&] { return inputError(unpack(">I", three)); },
         "unpack requires a buffer of %1 bytes",
         {"4"},
         "unpack requires a buffer of 4 bytes"},
        {"struct values: not an integer",
         [&] { return inputError(parseStructValues(">H", "x1")); },
         "'%1' is not an integer",
         {"x1"},
         "'x1' is not an integer"},
        {"struct values: count",
         [&] { return inputError(parseStructValues(">HH", "1")); },
         "the format needs %1 values, got %2",
         {"2", "1"},
         "the format needs 2 values, got 1"},
        {"framing: prefix size",
         [&] {
             auto s = spec(FramingKind::LengthPrefix);
             s.prefixSize = 3;
             return validate(s)->message;
         },
         "a length prefix has 1, 2, 4 or 8 bytes, not %1",
         {"3"},
         "a length prefix has 1, 2, 4 or 8 bytes, not 3"},
        {"framing: fixed size",
         [&] { return inputError(encode(spec(FramingKind::FixedSize), three)); },
         "message of %1 bytes, but every message must be %2 bytes",
         {"3", "4"},
         "message of 3 bytes, but every message must be 4 bytes"},
        {"framing: decoder over the maximum",
         [&] {
             auto decoder = makeDecoder(spec(FramingKind::LengthPrefix));
             std::vector<Frame> out;
             const std::byte prefix[] = {std::byte{200}};
             (*decoder)->feed(prefix, out);
             return (*decoder)->error()->message;
         },
         "length prefix announces %1 bytes, more than the maximum of %2",
         {"200", "8"},
         "length prefix announces 200 bytes, more than the maximum of 8"},
        {"address: port missing",
         [&] { return netError(Address::parse("1.2.3.4")); },
         "column %1: ':port' is missing (e.g. 127.0.0.1:8080)",
         {"8"},
         "column 8: ':port' is missing (e.g. 127.0.0.1:8080)"},
        {"address: not numeric",
         [&] { return netError(Address::fromHostPort("nohost", 80)); },
         "column %1: '%2' is not a numeric IPv4 or IPv6 address",
         {"1", "nohost"},
         "column 1: 'nohost' is not a numeric IPv4 or IPv6 address"},
        {"address: port range",
         [&] { return netError(Address::parse("[::1]:70000")); },
         "column %1: port must be 0 to 65535",
         {"7"},
         "column 7: port must be 0 to 65535"},
        {"NetError::make without a message",
         [&] { return NetError::make(ErrorCode::Timeout, "recv", "").detail; },
         "timed out",
         {},
         "timed out"},
    };
    for (const Row& row : rows) {
        CAPTURE(std::string_view(row.name));
        const Message message = row.produce();
        CHECK(message.format == row.format);
        CHECK(message.args == row.args);
        CHECK(message.text() == row.english);
    }
}

TEST_CASE("message: NetError keeps its English words beside the Message") {
    SUBCASE("netcore's own message: osMessage is its English, summary() unchanged") {
        const NetError error = NetError::make(ErrorCode::Timeout, "connect", "127.0.0.1:9",
                                              Message{"no answer within %1 ms", {"250"}});
        CHECK(error.detail.format == "no answer within %1 ms");
        CHECK(error.osMessage == "no answer within 250 ms");
        CHECK(error.summary() == "connect(127.0.0.1:9) failed: no answer within 250 ms");
    }
    SUBCASE("a code with no words of its own: the explanation's title, no Message") {
        const NetError error = NetError::make(ErrorCode::InvalidArgument, "bind", "x");
        CHECK(error.detail.empty());
        CHECK(error.osMessage == explain(ErrorCode::InvalidArgument).title);
        CHECK(error.summary() == "bind(x) failed: " + std::string(explain(ErrorCode::InvalidArgument).title));
    }
    SUBCASE("an error the OS reported has no Message") {
        const NetError error = NetError::fromNative(0, "connect", "x");
        CHECK(error.detail.empty());
    }
    SUBCASE("texts: InputError and FormatError prefix the column in English") {
        CHECK(InputError{7, Message{"'%1' is not a hex digit", {"g"}}}.text() ==
              "column 7: 'g' is not a hex digit");
        CHECK(FormatError{0, Message{"unpack requires a buffer of %1 bytes", {"4"}}}.text() ==
              "unpack requires a buffer of 4 bytes");
        CHECK(FormatError{2, Message{"bad char in struct format"}}.text() ==
              "column 2: bad char in struct format");
        CHECK(FramingError{Message{"the delimiter is empty"}, 0}.text() == "the delimiter is empty");
    }
}
