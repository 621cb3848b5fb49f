// The composer's parsers take whatever a user types or pastes. For any input: no crash, an error
// names a column inside the text, and what escapeForDisplay() shows parses back to the same bytes.

#include "fuzz_check.h"

#include "netcore/typed_input.h"

#include <cstddef>
#include <cstdint>
#include <string_view>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const std::string_view text(reinterpret_cast<const char*>(data), size);
    const auto columns = netcore::columnOf(text, size) + 1;

    for (auto parse : {&netcore::parseEscapedText, &netcore::parseHex}) {
        const auto parsed = parse(text);
        if (!parsed) {
            FUZZ_CHECK(parsed.error().column >= 1 && parsed.error().column <= columns);
            FUZZ_CHECK(!parsed.error().message.text().empty());
        }
    }

    const auto bytes = std::as_bytes(std::span(data, size));
    const std::string shown = netcore::escapeForDisplay(bytes);
    for (const char c : shown) {
        const auto u = static_cast<unsigned char>(c);
        FUZZ_CHECK(u >= 0x20 && u != 0x7f);
    }
    const auto back = netcore::parseEscapedText(shown);
    FUZZ_CHECK(back.has_value());
    FUZZ_CHECK(back->size() == size && std::equal(back->begin(), back->end(), bytes.begin()));
    return 0;
}
