// The byte-order inspector's struct pack/unpack takes a format and a value list as typed. Input: the
// format, a newline, the values, a newline, then raw bytes to unpack. For any input: no crash, no
// huge allocation, and values that pack unpack to the same values.

#include "fuzz_check.h"

#include "netcore/struct_format.h"

#include <cstddef>
#include <cstdint>
#include <string_view>

namespace {

// Formats like "60000000x" are legal (up to 64 MiB); packing them for every input would measure the
// allocator, not the parser.
constexpr std::size_t kMaxPackedSize = 1 << 16;

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    std::string_view rest(reinterpret_cast<const char*>(data), size);
    const auto take = [&rest] {
        const auto end = rest.find('\n');
        const auto line = rest.substr(0, end);
        rest = end == std::string_view::npos ? std::string_view{} : rest.substr(end + 1);
        return line;
    };
    const auto format = take();
    const auto values = take();

    const auto size1 = netcore::calcsize(format);
    const auto layout = netcore::parseStructFormat(format);
    FUZZ_CHECK(size1.has_value() == layout.has_value());
    if (!size1) return 0;
    if (*size1 > kMaxPackedSize) return 0;

    const auto unpacked = netcore::unpack(format, std::as_bytes(std::span(rest.data(), rest.size())));
    FUZZ_CHECK(unpacked.has_value() == (rest.size() == *size1));

    const auto parsed = netcore::parseStructValues(format, values);
    if (!parsed) return 0;
    const auto packed = netcore::pack(format, *parsed);
    if (!packed) return 0; // out of range for its code: refused with a message, which is the point
    FUZZ_CHECK(packed->size() == *size1);
    const auto again = netcore::unpack(format, *packed);
    FUZZ_CHECK(again.has_value());
    // What unpack() returns packs to bytes that unpack and pack to themselves. Not always to the
    // first bytes: like Python, a 'p' string longer than 255 packs all its bytes after a length
    // byte of 255 but unpacks only 255 of them (found by fuzzing; Python's own behaviour).
    const auto repacked = netcore::pack(format, *again);
    FUZZ_CHECK(repacked.has_value() && repacked->size() == packed->size());
    const auto thrice = netcore::unpack(format, *repacked);
    FUZZ_CHECK(thrice.has_value());
    const auto fixedPoint = netcore::pack(format, *thrice);
    FUZZ_CHECK(fixedPoint.has_value() && *fixedPoint == *repacked);
    for (const auto& value : *again)
        (void)netcore::formatStructValue(value);
    return 0;
}
