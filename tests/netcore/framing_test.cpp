#include <doctest/doctest.h>

#include "netcore/bytes.h"
#include "netcore/framing.h"
#include "netcore/struct_format.h"

#include <string>
#include <vector>

using namespace netcore;
using namespace std::literals;

namespace {

using Bytes = std::vector<std::byte>;

Bytes b(std::string_view text) {
    const auto span = asBytes(text);
    return {span.begin(), span.end()};
}

Bytes dropLast(Bytes bytes, std::size_t n) {
    bytes.erase(bytes.end() - static_cast<std::ptrdiff_t>(n), bytes.end());
    return bytes;
}

Bytes operator+(Bytes left, const Bytes& right) {
    left.insert(left.end(), right.begin(), right.end());
    return left;
}

/// What a decoder made of a stream: its messages, whether it failed (and where), what it kept.
struct Outcome {
    std::vector<Frame> messages;
    bool failed = false;
    std::uint64_t errorOffset = 0;
    Bytes pending;

    bool operator==(const Outcome&) const = default;
};

Outcome decode(const FramingSpec& spec, const Bytes& input, const std::vector<std::size_t>& cuts) {
    auto decoder = makeDecoder(spec);
    REQUIRE(decoder.has_value());
    Outcome outcome;
    std::size_t from = 0;
    auto feedTo = [&](std::size_t to) {
        (*decoder)->feed(std::span(input).subspan(from, to - from), outcome.messages);
        from = to;
    };
    for (const std::size_t cut : cuts)
        feedTo(cut);
    feedTo(input.size());
    if (const auto error = (*decoder)->error()) {
        outcome.failed = true;
        outcome.errorOffset = error->offset;
    }
    const auto pending = (*decoder)->pending();
    CHECK(pending.size() == (*decoder)->buffered());
    // After an error the decoder stops taking input, so what it holds depends on the split.
    if (!outcome.failed) outcome.pending.assign(pending.begin(), pending.end());
    return outcome;
}

/// Feeds `input` in one piece, split in two at every position, split in three at every pair of
/// positions, and byte by byte; every way must give the same outcome.
Outcome decodeEverySplit(const FramingSpec& spec, const Bytes& input) {
    const Outcome whole = decode(spec, input, {});
    for (std::size_t i = 0; i <= input.size(); ++i) {
        CAPTURE(i);
        REQUIRE(decode(spec, input, {i}) == whole);
        for (std::size_t j = i; j <= input.size() && input.size() <= 64; ++j) {
            CAPTURE(j);
            REQUIRE(decode(spec, input, {i, j}) == whole);
        }
    }
    std::vector<std::size_t> everyByte;
    for (std::size_t i = 1; i < input.size(); ++i)
        everyByte.push_back(i);
    REQUIRE(decode(spec, input, everyByte) == whole);
    return whole;
}

FramingSpec delimiterSpec(std::string_view delimiter, bool keep = false, std::size_t maxSize = 1024) {
    FramingSpec spec;
    spec.kind = FramingKind::Delimiter;
    spec.delimiter = b(delimiter);
    spec.keepDelimiter = keep;
    spec.maxSize = maxSize;
    return spec;
}

FramingSpec prefixSpec(std::size_t size, bool bigEndian, std::size_t maxSize = 1024) {
    FramingSpec spec;
    spec.kind = FramingKind::LengthPrefix;
    spec.prefixSize = size;
    spec.bigEndian = bigEndian;
    spec.maxSize = maxSize;
    return spec;
}

} // namespace

TEST_CASE("framing: delimiter decoding, every split") {
    struct Row {
        const char* name;
        FramingSpec spec;
        std::string input;
        std::vector<std::string> messages;
        std::string pending;
    };
    const Row rows[] = {
        {"lines", delimiterSpec("\n"), "one\ntwo\n\nthree", {"one", "two", ""}, "three"},
        {"keep", delimiterSpec("\n", true), "one\ntwo\n", {"one\n", "two\n"}, ""},
        {"crlf", delimiterSpec("\r\n"), "a\rb\r\nc\n\r\n\r\r\n", {"a\rb", "c\n", "\r"}, ""},
        {"crlf keep", delimiterSpec("\r\n", true), "x\r\ny\r", {"x\r\n"}, "y\r"},
        {"overlapping delimiter", delimiterSpec("aab"), "xaaab aabaab", {"xa", " ", ""}, ""},
        {"long delimiter", delimiterSpec("<END>"), "hello<END>wor<EN<END>d<E", {"hello", "wor<EN"}, "d<E"},
        {"binary", delimiterSpec(std::string("\0", 1)), std::string("a\0\0b\0c", 6), {"a", "", "b"}, "c"},
        {"exactly max", delimiterSpec("\r\n", false, 4), "abcd\r\nabc\r\n", {"abcd", "abc"}, ""},
    };
    for (const Row& row : rows) {
        SUBCASE(row.name) {
            const Outcome outcome = decodeEverySplit(row.spec, b(row.input));
            std::vector<Frame> expected;
            for (const auto& m : row.messages)
                expected.push_back(b(m));
            CHECK(outcome.messages == expected);
            CHECK_FALSE(outcome.failed);
            CHECK(outcome.pending == b(row.pending));
        }
    }
}

TEST_CASE("framing: delimiter maximum length is an error, whatever the split") {
    struct Row {
        const char* name;
        std::string delimiter;
        std::string input;
        std::size_t messagesBefore;
        std::uint64_t offset;
    };
    const Row rows[] = {
        {"line too long", "\n", "ok\ntoo long\nnever\n", 1, 3},
        {"no delimiter at all", "\n", "abcdefgh", 0, 0},
        {"crlf one byte over", "\r\n", "abcd\r\nabcde\r\n", 1, 6},
        {"partial delimiter over", "\r\n", "abcde\r", 0, 0},
    };
    for (const Row& row : rows) {
        SUBCASE(row.name) {
            const Outcome outcome = decodeEverySplit(delimiterSpec(row.delimiter, false, 4), b(row.input));
            CHECK(outcome.failed);
            CHECK(outcome.messages.size() == row.messagesBefore);
            CHECK(outcome.errorOffset == row.offset);
        }
    }
    SUBCASE("refuses input until reset") {
        auto decoder = std::move(*makeDecoder(delimiterSpec("\n", false, 2)));
        std::vector<Frame> out;
        decoder->feed(b("abc"), out);
        REQUIRE(decoder->error().has_value());
        CHECK(decoder->error()->message.text() == "no delimiter within 2 bytes (the maximum message size)");
        decoder->feed(b("\nok\n"), out);
        CHECK(out.empty());
        decoder->reset();
        CHECK_FALSE(decoder->error().has_value());
        CHECK(decoder->buffered() == 0);
        decoder->feed(b("ok\n"), out);
        CHECK(out == std::vector<Frame>{b("ok")});
    }
}

TEST_CASE("framing: length prefix decoding, every split") {
    // The seed's length prefix: struct.pack('>I', len(payload)) + payload.
    const auto frame = [](const char* format, std::string_view payload) {
        const std::vector<StructValue> length{static_cast<std::uint64_t>(payload.size())};
        return *pack(format, length) + b(payload);
    };
    struct Row {
        const char* name;
        FramingSpec spec;
        Bytes input;
        std::vector<std::string> messages;
        std::size_t pending;
    };
    const Row rows[] = {
        {">I",
         prefixSpec(4, true),
         frame(">I", "hello") + frame(">I", "") + frame(">I", "world!"),
         {"hello", "", "world!"},
         0},
        {"<I", prefixSpec(4, false), frame("<I", "abc") + frame("<I", "de"), {"abc", "de"}, 0},
        {">B", prefixSpec(1, true), frame(">B", "x") + frame(">B", "yz") + b("\x05"), {"x", "yz"}, 1},
        {">H", prefixSpec(2, true), frame(">H", "seed") + b("\x00"sv), {"seed"}, 1},
        {"<H", prefixSpec(2, false), frame("<H", "a") + frame("<H", "bc"), {"a", "bc"}, 0},
        {">Q", prefixSpec(8, true), frame(">Q", "eight") + dropLast(frame(">Q", "xy"), 1), {"eight"}, 9},
        {"<Q", prefixSpec(8, false), frame("<Q", "le") + frame("<Q", "LE"), {"le", "LE"}, 0},
        {"exactly max", prefixSpec(2, true, 3), frame(">H", "abc") + frame(">H", "d"), {"abc", "d"}, 0},
    };
    for (const Row& row : rows) {
        SUBCASE(row.name) {
            const Outcome outcome = decodeEverySplit(row.spec, row.input);
            std::vector<Frame> expected;
            for (const auto& m : row.messages)
                expected.push_back(b(m));
            CHECK(outcome.messages == expected);
            CHECK_FALSE(outcome.failed);
            CHECK(outcome.pending.size() == row.pending);
        }
    }
}

TEST_CASE("framing: length prefix over the maximum is an error, whatever the split") {
    SUBCASE("second frame too large, reported before its payload arrives") {
        const Bytes stream =
            Bytes{std::byte{0}, std::byte{2}} + b("ok") + Bytes{std::byte{0}, std::byte{9}} + b("abc");
        const Outcome outcome = decodeEverySplit(prefixSpec(2, true, 8), stream);
        CHECK(outcome.failed);
        CHECK(outcome.messages == std::vector<Frame>{b("ok")});
        CHECK(outcome.errorOffset == 4);
    }
    SUBCASE("an 8-byte prefix of text: no huge allocation, an error") {
        const Outcome outcome = decodeEverySplit(prefixSpec(8, true), b("GET / HTTP/1.1\r\n"));
        CHECK(outcome.failed);
        CHECK(outcome.messages.empty());
    }
    SUBCASE("message and reset") {
        auto decoder = std::move(*makeDecoder(prefixSpec(4, true, 100)));
        std::vector<Frame> out;
        decoder->feed(b("\x00\x01\x00\x00"sv), out);
        REQUIRE(decoder->error().has_value());
        CHECK(decoder->error()->message.text() ==
              "length prefix announces 65536 bytes, more than the maximum of 100");
        decoder->feed(b("\x00\x00\x00\x01x"sv), out);
        CHECK(out.empty());
        decoder->reset();
        decoder->feed(b("\x00\x00\x00\x01x"sv), out);
        CHECK(out == std::vector<Frame>{b("x")});
    }
}

TEST_CASE("framing: fixed size and raw") {
    FramingSpec fixed;
    fixed.kind = FramingKind::FixedSize;
    fixed.fixedSize = 3;
    const Outcome outcome = decodeEverySplit(fixed, b("abcdefgh"));
    CHECK(outcome.messages == std::vector<Frame>{b("abc"), b("def")});
    CHECK(outcome.pending == b("gh"));

    fixed.fixedSize = 1;
    CHECK(decodeEverySplit(fixed, b("xyz")).messages.size() == 3);

    // Raw framing is the one where the split matters: each chunk is a message.
    FramingSpec raw;
    CHECK(decode(raw, b("abcdef"), {2, 2, 5}).messages == std::vector<Frame>{b("ab"), b("cde"), b("f")});
    CHECK(decode(raw, b("abcdef"), {}).messages == std::vector<Frame>{b("abcdef")});
    CHECK(decode(raw, b(""), {}).messages.empty());
}

TEST_CASE("framing: many small messages in one chunk stay linear") {
    // 200k messages in a single feed: an erase-from-front per message would take minutes.
    Bytes input;
    for (int k = 0; k < 200000; ++k) {
        input.push_back(std::byte{'m'});
        input.push_back(std::byte{'\n'});
    }
    auto decoder = std::move(*makeDecoder(delimiterSpec("\n")));
    std::vector<Frame> out;
    decoder->feed(input, out);
    CHECK(out.size() == 200000);
    CHECK(decoder->buffered() == 0);
    // And a long line fed byte by byte is not searched again from its start each time.
    auto longLine = std::move(*makeDecoder(delimiterSpec("\r\n", false, 1u << 20)));
    const std::byte x{'x'};
    for (int k = 0; k < 300000; ++k)
        longLine->feed(std::span(&x, 1), out);
    CHECK(longLine->buffered() == 300000);
}

TEST_CASE("framing: encode") {
    SUBCASE("delimiter") {
        CHECK(*encode(delimiterSpec("\r\n"), b("hi")) == b("hi\r\n"));
        const auto inside = encode(delimiterSpec("\n"), b("a\nb"));
        REQUIRE_FALSE(inside.has_value());
        CHECK(inside.error().message.text() ==
              "the message contains the delimiter at byte 1, so the receiver would split it there");
        CHECK_FALSE(encode(delimiterSpec("\n", false, 2), b("abc")).has_value());
    }
    SUBCASE("length prefix: the seed's struct.pack('>I', len)") {
        CHECK(toHex(*encode(prefixSpec(4, true), b("hello"))) == "00 00 00 05 68 65 6c 6c 6f");
        CHECK(toHex(*encode(prefixSpec(4, false), b("hello"))) == "05 00 00 00 68 65 6c 6c 6f");
        CHECK(toHex(*encode(prefixSpec(2, true), b("ab"))) == "00 02 61 62");
        CHECK(toHex(*encode(prefixSpec(8, true), b(""))) == "00 00 00 00 00 00 00 00");
        CHECK(*encode(prefixSpec(4, true), b("hello")) ==
              *pack(">I", std::vector<StructValue>{std::uint64_t{5}}) + b("hello"));
        const Bytes big(256, std::byte{1});
        const auto tooLong = encode(prefixSpec(1, true), big);
        REQUIRE_FALSE(tooLong.has_value());
        CHECK(tooLong.error().message.text() == "message of 256 bytes does not fit a 1-byte length prefix");
        CHECK(encode(prefixSpec(1, true), std::span(big).first(255)).has_value());
        CHECK_FALSE(encode(prefixSpec(4, true, 10), big).has_value());
    }
    SUBCASE("fixed size and raw") {
        FramingSpec fixed;
        fixed.kind = FramingKind::FixedSize;
        fixed.fixedSize = 2;
        CHECK(*encode(fixed, b("ab")) == b("ab"));
        CHECK_FALSE(encode(fixed, b("abc")).has_value());
        CHECK(*encode(FramingSpec{}, b("any\nthing")) == b("any\nthing"));
    }
    SUBCASE("encode then decode gives the messages back, every split") {
        const std::vector<std::string> messages{"first", "", "third message", std::string("\0\x01\xff", 3)};
        for (const FramingSpec& spec : {delimiterSpec("\r\n"), delimiterSpec("\n", true), prefixSpec(1, true),
                                        prefixSpec(2, false), prefixSpec(4, true), prefixSpec(8, false)}) {
            Bytes stream;
            for (const auto& m : messages)
                stream = stream + *encode(spec, b(m));
            const Outcome outcome = decodeEverySplit(spec, stream);
            std::vector<Frame> expected;
            for (const auto& m : messages)
                expected.push_back(spec.keepDelimiter ? b(m) + spec.delimiter : b(m));
            CHECK(outcome.messages == expected);
            CHECK(outcome.pending.empty());
        }
    }
}

TEST_CASE("framing: invalid specs") {
    FramingSpec spec = delimiterSpec("");
    CHECK(validate(spec)->text() == "the delimiter is empty");
    CHECK_FALSE(makeDecoder(spec).has_value());
    CHECK_FALSE(encode(spec, b("x")).has_value());
    spec = prefixSpec(3, true);
    CHECK(validate(spec)->text() == "a length prefix has 1, 2, 4 or 8 bytes, not 3");
    spec = FramingSpec{};
    spec.kind = FramingKind::FixedSize;
    CHECK(validate(spec).has_value());
    CHECK_FALSE(validate(FramingSpec{}).has_value());
}
