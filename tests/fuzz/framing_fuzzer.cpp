// The traffic view's framing decoders read whatever a peer sends. The first bytes pick a framing,
// the rest is the stream. For any input: no crash, the same messages whatever the chunking, and
// every message encode() accepts decodes back to itself.

#include "fuzz_check.h"

#include "netcore/framing.h"

#include <cstddef>
#include <cstdint>
#include <span>
#include <vector>

namespace {

netcore::FramingSpec specFrom(std::span<const std::byte>& input) {
    netcore::FramingSpec spec;
    const auto next = [&input]() -> unsigned {
        if (input.empty()) return 0;
        const auto b = std::to_integer<unsigned>(input.front());
        input = input.subspan(1);
        return b;
    };
    const unsigned selector = next();
    spec.kind = static_cast<netcore::FramingKind>(selector % 4);
    spec.keepDelimiter = (selector & 0x10) != 0;
    spec.bigEndian = (selector & 0x20) != 0;
    constexpr std::size_t kPrefixSizes[] = {1, 2, 4, 8, 3}; // 3: invalid on purpose
    spec.prefixSize = kPrefixSizes[next() % 5];
    spec.maxSize = next() * 16u;
    spec.fixedSize = next() % 64;
    const std::size_t delimiterSize = next() % 4; // 0: invalid on purpose
    spec.delimiter.clear();
    for (std::size_t i = 0; i < delimiterSize; ++i)
        spec.delimiter.push_back(std::byte(next()));
    return spec;
}

std::vector<netcore::Frame> decode(const netcore::FramingSpec& spec, std::span<const std::byte> stream,
                                   std::size_t chunk) {
    auto decoder = netcore::makeDecoder(spec);
    FUZZ_CHECK(decoder.has_value());
    std::vector<netcore::Frame> out;
    for (std::size_t at = 0; at < stream.size(); at += chunk)
        (*decoder)->feed(stream.subspan(at, std::min(chunk, stream.size() - at)), out);
    FUZZ_CHECK((*decoder)->pending().size() == (*decoder)->buffered());
    return out;
}

netcore::Frame concatenated(const std::vector<netcore::Frame>& messages) {
    netcore::Frame all;
    for (const auto& message : messages)
        all.insert(all.end(), message.begin(), message.end());
    return all;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    auto input = std::as_bytes(std::span(data, size));
    const auto spec = specFrom(input);
    if (netcore::validate(spec)) {
        FUZZ_CHECK(!netcore::makeDecoder(spec).has_value());
        return 0;
    }
    const auto whole = decode(spec, input, input.size() + 1);
    for (const std::size_t chunk : {std::size_t{1}, std::size_t{3}, std::size_t{7}}) {
        const auto split = decode(spec, input, chunk);
        // Raw framing is the naive recv() loop: its messages are the chunks, so only their bytes
        // must agree; every other framing must cut the same messages whatever the chunking.
        if (spec.kind == netcore::FramingKind::Raw)
            FUZZ_CHECK(concatenated(split) == concatenated(whole));
        else
            FUZZ_CHECK(split == whole);
    }

    for (const auto& message : whole) {
        const auto encoded = netcore::encode(spec, message);
        if (!encoded) continue; // e.g. a raw chunk that contains the delimiter
        const auto back = decode(spec, *encoded, encoded->size() + 1);
        if (spec.kind == netcore::FramingKind::Raw) continue; // raw: one chunk, one message
        FUZZ_CHECK(back.size() == 1 && back.front() == message);
    }
    return 0;
}
