#include <doctest/doctest.h>

#include "netcore/bytes.h"

#include <array>
#include <cstring>
#include <vector>

using namespace netcore;

namespace {

std::vector<std::byte> bytesOf(std::initializer_list<int> values) {
    std::vector<std::byte> out;
    for (const int v : values)
        out.push_back(static_cast<std::byte>(v));
    return out;
}

} // namespace

TEST_CASE("bytes: host endianness matches std::endian") {
    CHECK((hostEndian() == Endian::Little) == (std::endian::native == std::endian::little));
    // The in-memory layout of an integer tells the truth regardless of what the library claims.
    const std::uint16_t one = 1;
    std::array<std::byte, 2> memory{};
    std::memcpy(memory.data(), &one, sizeof one);
    CHECK((memory[0] == std::byte{1}) == (hostEndian() == Endian::Little));
}

TEST_CASE("bytes: byte swaps") {
    static_assert(byteSwap16(0x1234) == 0x3412);
    static_assert(byteSwap32(0x12345678u) == 0x78563412u);
    static_assert(byteSwap64(0x0102030405060708ull) == 0x0807060504030201ull);
    static_assert(ntoh32(hton32(0xdeadbeefu)) == 0xdeadbeefu);
    CHECK(byteSwap16(0x00FF) == 0xFF00);
    CHECK(byteSwap64(0) == 0);
}

TEST_CASE("bytes: hton puts the most significant byte first in memory") {
    // htons(256) is what struct.pack('>H', 256) sends: 01 00.
    const std::uint16_t n16 = hton16(256);
    const std::uint32_t n32 = hton32(1);
    const std::uint64_t n64 = hton64(0x0102030405060708ull);
    std::array<std::byte, 2> m16{};
    std::array<std::byte, 4> m32{};
    std::array<std::byte, 8> m64{};
    std::memcpy(m16.data(), &n16, 2);
    std::memcpy(m32.data(), &n32, 4);
    std::memcpy(m64.data(), &n64, 8);
    CHECK(toHex(m16) == "01 00");
    CHECK(toHex(m32) == "00 00 00 01");
    CHECK(toHex(m64) == "01 02 03 04 05 06 07 08");
    CHECK(ntoh16(n16) == 256);
    CHECK(ntoh32(n32) == 1);
    CHECK(ntoh64(n64) == 0x0102030405060708ull);
}

TEST_CASE("bytes: storeUnsigned / loadUnsigned") {
    struct Row {
        const char* name;
        std::uint64_t value;
        std::size_t size;
        Endian order;
        const char* hex;
    };
    const Row rows[] = {
        {"1 byte", 0xAB, 1, Endian::Big, "ab"},
        {"2 big", 256, 2, Endian::Big, "01 00"},
        {"2 little", 256, 2, Endian::Little, "00 01"},
        {"4 big", 1, 4, Endian::Big, "00 00 00 01"},
        {"4 little", 0x11223344, 4, Endian::Little, "44 33 22 11"},
        {"8 big", 0x0102030405060708ull, 8, Endian::Big, "01 02 03 04 05 06 07 08"},
        {"8 little max", ~0ull, 8, Endian::Little, "ff ff ff ff ff ff ff ff"},
    };
    for (const Row& row : rows) {
        SUBCASE(row.name) {
            std::vector<std::byte> buffer(row.size);
            storeUnsigned(buffer, row.value, row.order);
            CHECK(toHex(buffer) == row.hex);
            CHECK(loadUnsigned(buffer, row.order) == row.value);
        }
    }
}

TEST_CASE("bytes: toHex") {
    CHECK(toHex({}) == "");
    CHECK(toHex(bytesOf({0xde, 0xad, 0xbe, 0xef})) == "de ad be ef");
    CHECK(toHex(bytesOf({0xde, 0xad}), "") == "dead");
    CHECK(toHex(bytesOf({0x00, 0x0f, 0xf0}), ":") == "00:0f:f0");
    CHECK(toHex(asBytes("AB"), ", ") == "41, 42");
}

TEST_CASE("bytes: writeHex writes two characters per byte and returns the end") {
    struct Row {
        std::vector<std::byte> bytes;
        std::string hex;
    };
    std::vector<std::byte> all(256);
    std::string allHex;
    for (std::size_t i = 0; i < all.size(); ++i) {
        all[i] = static_cast<std::byte>(i);
        allHex += toHex(std::span(all).subspan(i, 1));
    }
    const std::vector<Row> rows{{{}, ""}, {bytesOf({0x00, 0x0f, 0xf0, 0xff}), "000ff0ff"}, {all, allHex}};
    for (const auto& row : rows) {
        CAPTURE(row.hex);
        std::string out(row.hex.size() + 2, '#'); // the two '#' after the hex must stay
        char* end = writeHex(row.bytes, out.data());
        CHECK(end == out.data() + row.hex.size());
        CHECK(out == row.hex + "##");
        CHECK(toHex(row.bytes, "") == row.hex);
    }
}

TEST_CASE("bytes: hexDump") {
    CHECK(hexDump({}) == "");
    SUBCASE("one short line is padded so the ASCII column lines up") {
        CHECK(hexDump(asBytes("Hello world\n")) ==
              "00000000  48 65 6c 6c 6f 20 77 6f  72 6c 64 0a              |Hello world.|\n");
    }
    SUBCASE("exactly one full line, then a second") {
        const std::string text = "0123456789abcdef\x01\x7f\xff";
        CHECK(hexDump(asBytes(text)) ==
              "00000000  30 31 32 33 34 35 36 37  38 39 61 62 63 64 65 66  |0123456789abcdef|\n"
              "00000010  01 7f ff                                          |...|\n");
    }
    SUBCASE("narrow lines") {
        CHECK(hexDump(asBytes("abcde"), 4) == "00000000  61 62  63 64  |abcd|\n"
                                              "00000004  65            |e|\n");
    }
    SUBCASE("zero bytes per line means 16") {
        CHECK(hexDump(asBytes("a"), 0) == hexDump(asBytes("a"), 16));
    }
    SUBCASE("every line has the same width") {
        std::vector<std::byte> data(100);
        for (std::size_t i = 0; i < data.size(); ++i)
            data[i] = static_cast<std::byte>(i * 7);
        const std::string dump = hexDump(data);
        std::size_t lines = 0;
        std::size_t start = 0;
        for (std::size_t nl = dump.find('\n'); nl != std::string::npos; nl = dump.find('\n', start)) {
            const std::string line = dump.substr(start, nl - start);
            CHECK(line.find('|') == 60);
            start = nl + 1;
            ++lines;
        }
        CHECK(lines == 7);
        CHECK(dump.substr(dump.rfind("\n", dump.size() - 2) + 1, 8) == "00000060");
    }
}
