#include <doctest/doctest.h>

#include "netcore/bytes.h"
#include "netcore/typed_input.h"

#include <string>
#include <vector>

using namespace netcore;

namespace {

std::vector<std::byte> bytesOf(std::string_view text) {
    const auto span = asBytes(text);
    return {span.begin(), span.end()};
}

} // namespace

TEST_CASE("typed_input: escaped text") {
    struct Row {
        const char* input;
        std::string expected;
    };
    const Row rows[] = {
        {"", ""},
        {"hello", "hello"},
        {"GET / HTTP/1.0\\r\\n\\r\\n", "GET / HTTP/1.0\r\n\r\n"},
        {"\\x41\\x42C", "ABC"},
        {"\\xff\\x00\\xFe", std::string("\xff\x00\xfe", 3)},
        {"a\\tb\\nc", "a\tb\nc"},
        {"nul\\0end", std::string("nul\0end", 7)},
        {"\\01", std::string("\0"
                             "1",
                             2)},
        {"back\\\\slash", "back\\slash"},
        {"\\\"quoted\\' ", "\"quoted' "},
        {"plain \"quotes\" 'too'", "plain \"quotes\" 'too'"},
        {"h\xc3\xa9llo \xe2\x82\xac", "h\xc3\xa9llo \xe2\x82\xac"}, // UTF-8 as typed
    };
    for (const Row& row : rows) {
        CAPTURE(std::string_view(row.input));
        const auto result = parseEscapedText(row.input);
        REQUIRE(result.has_value());
        CHECK(*result == bytesOf(row.expected));
    }
}

TEST_CASE("typed_input: escaped text errors name the column") {
    struct Row {
        const char* input;
        std::size_t column;
        const char* messagePart;
    };
    const Row rows[] = {
        {"abc\\", 4, "backslash at the end"},
        {"ab\\q", 3, "unknown escape \\q"},
        {"\xc3\xa9\\z", 2, "unknown escape \\z"}, // é counts as one column
        {"\\x4", 1, "two hex digits"},
        {"\\x", 1, "two hex digits"},
        {"xy\\x4g", 6, "'g' is not a hex digit"},
        {"\\xg1", 3, "'g' is not a hex digit"},
        {"\\\xc3\xa9", 1, "unknown escape \\\xc3\xa9"},
    };
    for (const Row& row : rows) {
        CAPTURE(std::string_view(row.input));
        const auto result = parseEscapedText(row.input);
        REQUIRE_FALSE(result.has_value());
        CHECK(result.error().column == row.column);
        CHECK(result.error().message.text().find(row.messagePart) != std::string::npos);
    }
    CHECK(parseEscapedText("abcdef\\x4g").error().text() ==
          "column 10: 'g' is not a hex digit (\\x needs two)");
}

TEST_CASE("typed_input: hex in the usual spellings") {
    const auto deadbeef =
        std::vector<std::byte>{std::byte{0xde}, std::byte{0xad}, std::byte{0xbe}, std::byte{0xef}};
    const char* spellings[] = {
        "de ad be ef",         "deadbeef",       "DEADBEEF",
        "de:ad:be:ef",         "de-ad-be-ef",    "0xde,0xad,0xbe,0xef",
        "0xDE 0xAD 0XBE 0xEF", "dead beef",      " de  ad\tbe\nef\r\n",
        "0xdeadbeef",          "de, ad, be, ef",
    };
    for (const char* spelling : spellings) {
        CAPTURE(std::string_view(spelling));
        const auto result = parseHex(spelling);
        REQUIRE(result.has_value());
        CHECK(*result == deadbeef);
    }
    CHECK(parseHex("")->empty());
    CHECK(parseHex(" : , ")->empty());
    CHECK(*parseHex("00 0x00") == std::vector<std::byte>(2));
}

TEST_CASE("typed_input: hex errors") {
    struct Row {
        const char* input;
        std::size_t column;
        std::string message;
    };
    const Row rows[] = {
        {"de ad bg", 8, "'g' is not a hex digit"},
        {"abc", 1, "'abc' has an odd number of hex digits (each byte needs two)"},
        {"de a be", 4, "'a' has an odd number of hex digits (each byte needs two)"},
        {"0x", 1, "'0x' has no hex digits"},
        {"de 0x ad", 4, "'0x' has no hex digits"},
        {"0xde0xad", 6, "'x' is not a hex digit"},
        {"de \xc3\xa9", 4, "'\xc3\xa9' is not a hex digit"},
        {"de;ad", 3, "';' is not a hex digit"},
        {"de\x01", 3, "'\\x01' is not a hex digit"},
    };
    for (const Row& row : rows) {
        CAPTURE(std::string_view(row.input));
        const auto result = parseHex(row.input);
        REQUIRE_FALSE(result.has_value());
        CHECK(result.error().column == row.column);
        CHECK(result.error().message.text() == row.message);
    }
    CHECK(parseHex("de ad bg").error().text() == "column 8: 'g' is not a hex digit");
}

TEST_CASE("typed_input: escapeForDisplay") {
    struct Row {
        std::string input;
        const char* shown;
    };
    const Row rows[] = {
        {"hello", "hello"},
        {"line\r\n", "line\\r\\n"},
        {"tab\there", "tab\\there"},
        {std::string("\0\x01\x1b\x7f", 4), "\\x00\\x01\\x1b\\x7f"},
        {"back\\slash", "back\\\\slash"},
        {"\"quotes\" 'stay'", "\"quotes\" 'stay'"},
        {"caf\xc3\xa9 \xe2\x82\xac \xf0\x9f\x98\x80", "caf\xc3\xa9 \xe2\x82\xac \xf0\x9f\x98\x80"},
        {"\xff\xfe", "\\xff\\xfe"},
        {"\xc3", "\\xc3"},                            // truncated sequence
        {"\xc3(", "\\xc3("},                          // bad continuation
        {"\xc0\xaf", "\\xc0\\xaf"},                   // overlong '/'
        {"\xed\xa0\x80", "\\xed\\xa0\\x80"},          // surrogate
        {"\xf4\x90\x80\x80", "\\xf4\\x90\\x80\\x80"}, // above U+10FFFF
        {"\xc2\x85", "\\xc2\\x85"},                   // C1 control NEL
        {"\xc2\xa0", "\xc2\xa0"},                     // NBSP is printable
    };
    for (const Row& row : rows) {
        CAPTURE(std::string_view(row.shown));
        CHECK(escapeForDisplay(asBytes(row.input)) == row.shown);
    }
}

TEST_CASE("typed_input: escapeForDisplay round-trips through parseEscapedText for every byte") {
    std::vector<std::byte> all;
    for (int i = 0; i < 256; ++i)
        all.push_back(static_cast<std::byte>(i));
    // Every single byte, every pair (covers partial UTF-8 sequences), and everything at once.
    for (int a = 0; a < 256; ++a) {
        for (int b = 0; b < 256; ++b) {
            const std::vector<std::byte> data{static_cast<std::byte>(a), static_cast<std::byte>(b)};
            const std::string shown = escapeForDisplay(data);
            const auto back = parseEscapedText(shown);
            REQUIRE(back.has_value());
            REQUIRE(*back == data);
            for (const char c : shown)
                REQUIRE(static_cast<unsigned char>(c) >= 0x20);
        }
    }
    CHECK(*parseEscapedText(escapeForDisplay(all)) == all);
}

TEST_CASE("typed_input: columnOf counts characters") {
    CHECK(columnOf("abc", 0) == 1);
    CHECK(columnOf("abc", 2) == 3);
    CHECK(columnOf("\xc3\xa9x", 2) == 2);
    CHECK(columnOf("abc", 10) == 4);
}
