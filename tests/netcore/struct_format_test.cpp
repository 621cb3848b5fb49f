#include <doctest/doctest.h>

#include "netcore/bytes.h"
#include "netcore/struct_format.h"
#include "netcore/typed_input.h"

#include <cmath>
#include <limits>
#include <string>
#include <vector>

using namespace netcore;

namespace {

using Bytes = std::vector<std::byte>;

Bytes b(std::string_view text) {
    const auto span = asBytes(text);
    return {span.begin(), span.end()};
}

StructValue i(std::int64_t v) {
    return v;
}
StructValue u(std::uint64_t v) {
    return v;
}

std::string packHex(std::string_view format, std::vector<StructValue> values) {
    const auto packed = pack(format, values);
    if (!packed) return "error: " + packed.error().text();
    return toHex(*packed);
}

} // namespace

TEST_CASE("struct_format: pack matches Python's struct.pack") {
    // Expected bytes produced with CPython 3.11: struct.pack(format, *values).hex(' ')
    struct Row {
        const char* format;
        std::vector<StructValue> values;
        const char* hex;
    };
    const double nan = std::numeric_limits<double>::quiet_NaN();
    const double inf = std::numeric_limits<double>::infinity();
    const Row rows[] = {
        {">H", {i(256)}, "01 00"}, // the seed's network_byteorder_int
        {"<H", {i(256)}, "00 01"},
        {"!I", {i(1)}, "00 00 00 01"},
        {"<q", {i(-2)}, "fe ff ff ff ff ff ff ff"},
        {">q", {i(-2)}, "ff ff ff ff ff ff ff fe"},
        {"4s", {b("ab")}, "61 62 00 00"},
        {"2s", {b("abcdef")}, "61 62"},
        {">0s", {b("abc")}, ""},
        {">bxB", {i(-1), u(255)}, "ff 00 ff"},
        {"??", {true, false}, "01 00"},
        {"??", {i(5), Bytes{}}, "01 00"},
        {">f", {1.5}, "3f c0 00 00"},
        {">f", {inf}, "7f 80 00 00"},
        {"<d", {-0.1}, "9a 99 99 99 99 99 b9 bf"},
        {">d", {i(1)}, "3f f0 00 00 00 00 00 00"}, // an int is a fine float
        {">e", {1.0}, "3c 00"},
        {"<e", {65504.0}, "ff 7b"},
        {">e", {5.960464477539063e-08}, "00 01"},
        {">e", {1e-08}, "00 00"},
        {">e", {inf}, "7c 00"},
        {">e", {nan}, "7e 00"},
        {">e", {-0.0}, "80 00"},
        {">e", {0.1}, "2e 66"},
        {">e", {2049.0}, "68 00"}, // ties round to even
        {">e", {2051.0}, "68 02"},
        {">e", {65519.99}, "7b ff"},
        {"5p", {b("hi")}, "02 68 69 00 00"},
        {"3p", {b("hello")}, "02 68 65"},
        {"0p", {b("x")}, ""},
        {">p", {Bytes{}}, "00"},
        {">hHiIlLqQ",
         {i(-1), i(2), i(-3), i(4), i(-5), i(6), i(-7), i(8)},
         "ff ff 00 02 ff ff ff fd 00 00 00 04 ff ff ff fb 00 00 00 06 ff ff ff ff ff ff ff f9 00 00 00 00 00 "
         "00 "
         "00 08"},
        {"<3H", {i(1), i(2), i(3)}, "01 00 02 00 03 00"},
        {"c2c", {b("a"), b("b"), b("c")}, "61 62 63"},
        {"=i", {i(7)}, hostEndian() == Endian::Little ? "07 00 00 00" : "00 00 00 07"},
        {">Q", {u(18446744073709551615ull)}, "ff ff ff ff ff ff ff ff"},
        {">q", {i(std::numeric_limits<std::int64_t>::min())}, "80 00 00 00 00 00 00 00"},
        {"<b", {i(-128)}, "80"},
        {">B", {true}, "01"},
        {"> H h", {u(1), i(-1)}, "00 01 ff ff"}, // whitespace between items is ignored
        {"", {}, ""},
    };
    for (const Row& row : rows) {
        CAPTURE(std::string_view(row.format));
        CHECK(packHex(row.format, row.values) == row.hex);
    }
}

TEST_CASE("struct_format: calcsize with native alignment and standard sizes") {
    struct Row {
        const char* format;
        std::size_t size;
    };
    const Row rows[] = {
        {"@bi", 4 + sizeof(int)},
        {"@b0i", alignof(int)},
        {"@ihb", sizeof(int) + 3},
        {"@cq", 16},
        {"@xh", 4},
        {"@bd", 16},
        {"@b3s4h", 12},
        {"@?e", 4},
        {"@bf", 8},
        {"@0q", 0},
        {"@hi0q", 8},
        {"bl", alignof(long) + sizeof(long)}, // 16 on Linux, 8 on Windows, as with Python
        {"n", sizeof(std::size_t)},
        {"P", sizeof(void*)},
        {"<bi", 5},
        {">bq", 9},
        {"!hHiIlLqQ", 2 + 2 + 4 + 4 + 4 + 4 + 8 + 8},
        {"=ed?", 11},
        {"10s", 10},
        {"10p", 10},
        {"3x", 3},
    };
    for (const Row& row : rows) {
        CAPTURE(std::string_view(row.format));
        const auto size = calcsize(row.format);
        REQUIRE(size.has_value());
        CHECK(*size == row.size);
    }
}

TEST_CASE("struct_format: format errors name the column (1-based)") {
    struct Row {
        const char* format;
        std::size_t column;
        const char* message;
    };
    const Row rows[] = {
        {">n", 2, "bad char in struct format"},
        {"<P", 2, "bad char in struct format"},
        {"3", 1, "repeat count given without format specifier"},
        {"z", 1, "bad char in struct format"},
        {">@H", 2, "bad char in struct format"},
        {"4 H", 2, "bad char in struct format"},
        {">H!", 3, "bad char in struct format"},
        {"H 3", 3, "repeat count given without format specifier"},
        {"99999999999999999999s", 1, "total struct size too long"},
        {"100000000x", 1, "total struct size too long"},
        {"3q67108864s", 11, "total struct size too long"},
    };
    for (const Row& row : rows) {
        CAPTURE(std::string_view(row.format));
        const auto size = calcsize(row.format);
        REQUIRE_FALSE(size.has_value());
        CHECK(size.error().column == row.column);
        CHECK(size.error().message.text() == row.message);
        CHECK(size.error().source == FormatError::Source::Format);
    }
    CHECK(calcsize(">Hz").error().text() == "column 3: bad char in struct format");
}

TEST_CASE("struct_format: pack value errors") {
    struct Row {
        const char* format;
        std::vector<StructValue> values;
        std::size_t column;
        const char* message;
    };
    const Row rows[] = {
        {">e", {65520.0}, 2, "float too large to pack with e format"},
        {">f", {1e39}, 2, "float too large to pack with f format"},
        {">H", {i(65536)}, 2, "ushort format requires 0 <= number <= 65535"},
        {">H", {i(-1)}, 2, "ushort format requires 0 <= number <= 65535"},
        {"<hH", {i(1), i(70000)}, 3, "ushort format requires 0 <= number <= 65535"},
        {">b", {i(128)}, 2, "byte format requires -128 <= number <= 127"},
        {"B", {i(256)}, 1, "ubyte format requires 0 <= number <= 255"},
        {"h", {i(40000)}, 1, "short format requires -32768 <= number <= 32767"},
        {">i", {i(2147483648)}, 2, "'i' format requires -2147483648 <= number <= 2147483647"},
        {">I", {i(-1)}, 2, "'I' format requires 0 <= number <= 4294967295"},
        {">q",
         {u(9223372036854775808ull)},
         2,
         "'q' format requires -9223372036854775808 <= number <= 9223372036854775807"},
        {">Q", {i(-1)}, 2, "'Q' format requires 0 <= number <= 18446744073709551615"},
        {">H", {1.5}, 2, "required argument is not an integer"},
        {">H", {b("1")}, 2, "required argument is not an integer"},
        {">d", {b("1")}, 2, "required argument is not a float"},
        {"4s", {i(1)}, 2, "argument for 's' must be a bytes object"},
        {"4p", {1.0}, 2, "argument for 'p' must be a bytes object"},
        {"c", {b("ab")}, 1, "char format requires a bytes object of length 1"},
        {">HH", {i(1)}, 0, "pack expected 2 items for packing (got 1)"},
        {"4sx", {b("a"), b("b")}, 0, "pack expected 1 items for packing (got 2)"},
    };
    for (const Row& row : rows) {
        CAPTURE(std::string_view(row.format));
        const auto packed = pack(row.format, row.values);
        REQUIRE_FALSE(packed.has_value());
        CHECK(packed.error().column == row.column);
        CHECK(packed.error().message.text() == row.message);
    }
}

TEST_CASE("struct_format: unpack is the inverse of pack") {
    SUBCASE("the seed: struct.unpack('>H', struct.pack('>H', 256))[0] == 256") {
        const auto values = unpack(">H", *pack(">H", std::vector<StructValue>{i(256)}));
        REQUIRE(values.has_value());
        REQUIRE(values->size() == 1);
        CHECK(std::get<std::uint64_t>((*values)[0]) == 256);
    }
    SUBCASE("every code") {
        const std::vector<StructValue> values{i(-5),         u(250),   true,     i(-300), u(60000),
                                              i(-70000),     u(70000), i(-9),    u(9),    i(-1LL << 40),
                                              u(1ULL << 63), i(-3),    u(3),     1.5,     -0.25,
                                              0.1,           b("ab"),  b("xyz"), b("q")};
        for (const char* fmt :
             {"@bB?hHiIlLqQnNedd2s4pc", "<bB?hHiIlLqQqQxxedd2s4pc", ">bB?hHiIlLqQqQedd2s4pc"}) {
            CAPTURE(std::string_view(fmt));
            const auto packed = pack(fmt, values);
            REQUIRE(packed.has_value());
            CHECK(packed->size() == *calcsize(fmt));
            const auto back = unpack(fmt, *packed);
            REQUIRE(back.has_value());
            CHECK(*back == values);
        }
    }
    SUBCASE("pascal strings, padding and chars") {
        const Bytes data{std::byte{9}, std::byte{'a'}, std::byte{'b'}, std::byte{'c'}, std::byte{'d'}};
        CHECK(std::get<Bytes>((*unpack(">5p", data))[0]) == b("abcd")); // length byte clamped
        const auto values = unpack("2cx2s", b("abXcd"));
        REQUIRE(values.has_value());
        CHECK(*values == std::vector<StructValue>{b("a"), b("b"), b("cd")});
    }
    SUBCASE("half floats") {
        const auto half = [](const char* hex) {
            return std::get<double>((*unpack(">e", *parseHex(hex)))[0]);
        };
        CHECK(half("3c00") == 1.0);
        CHECK(half("0001") == 5.960464477539063e-08);
        CHECK(half("7bff") == 65504.0);
        CHECK(half("fc00") == -std::numeric_limits<double>::infinity());
        CHECK(std::isnan(half("7e00")));
    }
    SUBCASE("signed values sign-extend") {
        CHECK(std::get<std::int64_t>((*unpack("<h", *parseHex("fe ff")))[0]) == -2);
        CHECK(std::get<std::int64_t>((*unpack(">b", *parseHex("80")))[0]) == -128);
        CHECK(std::get<std::int64_t>((*unpack("<q", *parseHex("fe ff ff ff ff ff ff ff")))[0]) == -2);
    }
}

TEST_CASE("struct_format: unpack size errors") {
    const auto exact = unpack(">I", b("123"));
    REQUIRE_FALSE(exact.has_value());
    CHECK(exact.error().message.text() == "unpack requires a buffer of 4 bytes");
    CHECK(exact.error().column == 0);
    CHECK_FALSE(unpack(">I", b("12345")).has_value());
    const auto from = unpackFrom(">I", b("123"), 1);
    REQUIRE_FALSE(from.has_value());
    CHECK(from.error().message.text() ==
          "unpack_from requires a buffer of at least 5 bytes for unpacking 4 bytes "
          "at offset 1 (actual buffer size is 3)");
    const auto header = unpackFrom(">H", b("\x01\x02rest of message"), 0);
    REQUIRE(header.has_value());
    CHECK(std::get<std::uint64_t>((*header)[0]) == 0x0102);
    CHECK(std::get<std::uint64_t>((*unpackFrom("B", b("xyz"), 2))[0]) == 'z');
    CHECK_FALSE(unpackFrom("B", b("xyz"), 4).has_value());
}

TEST_CASE("struct_format: layout of fields") {
    const auto layout = parseStructFormat("@b3Hx4s");
    REQUIRE(layout.has_value());
    CHECK(layout->native);
    REQUIRE(layout->fields.size() == 4);
    CHECK(layout->fields[1].code == 'H');
    CHECK(layout->fields[1].count == 3);
    CHECK(layout->fields[1].column == 4); // the code character, after its count
    CHECK(layout->fields[1].offset == 2);
    CHECK(layout->fields[3].offset == 9);
    CHECK(layout->fields[3].size == 4);
    CHECK(layout->valueCount == 5);
    CHECK(layout->size == 13);
    CHECK(parseStructFormat("!I")->bigEndian);
    CHECK_FALSE(parseStructFormat("<I")->bigEndian);
}

TEST_CASE("struct_format: parseStructValues") {
    SUBCASE("the brief's example") {
        const auto values = parseStructValues(">H5sd", "256 hello 1.5");
        REQUIRE(values.has_value());
        CHECK(*values == std::vector<StructValue>{u(256), b("hello"), 1.5});
        CHECK(toHex(*pack(">H5sd", *values)) == "01 00 68 65 6c 6c 6f 3f f8 00 00 00 00 00 00");
    }
    SUBCASE("numbers, bools, quoted strings") {
        const auto values =
            parseStructValues("<hI??4s4s10sdf", "-2 0xff true False \"a b\" b'c\\'d' \\x00\\x01 -1e3 7");
        REQUIRE(values.has_value());
        CHECK(*values == std::vector<StructValue>{i(-2), u(255), true, false, b("a b"), b("c'd"),
                                                  Bytes{std::byte{0}, std::byte{1}}, -1000.0, 7.0});
    }
    SUBCASE("errors point into the value text") {
        struct Row {
            const char* format;
            const char* text;
            std::size_t column;
            const char* message;
            FormatError::Source source;
        };
        const Row rows[] = {
            {">HH", "1 70000", 3, "ushort format requires 0 <= number <= 65535", FormatError::Source::Values},
            {">HH", "1", 2, "the format needs 2 values, got 1", FormatError::Source::Values},
            {">H", "1 2", 3, "the format needs 1 values, got 2", FormatError::Source::Values},
            {">H", "x1", 1, "'x1' is not an integer", FormatError::Source::Values},
            {">?", "yes", 1, "'yes' is not a bool (true, false, 1 or 0)", FormatError::Source::Values},
            {">d", "1.5.2", 1, "'1.5.2' is not a number", FormatError::Source::Values},
            {">H4s", "1 \"ab", 3, "string is missing its closing quote", FormatError::Source::Values},
            {">H4s", "1 ab\\q", 5, "unknown escape \\q (use \\\\ for a backslash)",
             FormatError::Source::Values},
            {">H4s", "1 \"a\\q\"", 5, "unknown escape \\q (use \\\\ for a backslash)",
             FormatError::Source::Values},
            {">c", "ab", 1, "char format requires a bytes object of length 1", FormatError::Source::Values},
            {">Z", "1", 2, "bad char in struct format", FormatError::Source::Format},
            {">b", "-129", 1, "byte format requires -128 <= number <= 127", FormatError::Source::Values},
            {">q", "-9223372036854775809", 1, "'-9223372036854775809' is not an integer",
             FormatError::Source::Values},
        };
        for (const Row& row : rows) {
            CAPTURE(std::string_view(row.text));
            const auto values = parseStructValues(row.format, row.text);
            REQUIRE_FALSE(values.has_value());
            CHECK(values.error().column == row.column);
            CHECK(values.error().message.text() == row.message);
            CHECK(values.error().source == row.source);
        }
    }
    SUBCASE("formatStructValue reads back") {
        const std::vector<StructValue> values{i(-2), u(256), 1.5,   0.1,
                                              3.0,   true,   false, b("a \"b\"\n\x01\\")};
        std::string text;
        for (const auto& value : values)
            text += formatStructValue(value) + " ";
        CHECK(text == "-2 256 1.5 0.1 3.0 true false \"a \\\"b\\\"\\n\\x01\\\\\" ");
        const auto back = parseStructValues("<qQdd d??8s", text);
        REQUIRE(back.has_value());
        CHECK(*back == values);
    }
}
