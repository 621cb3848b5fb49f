// --open specs come from command lines and scripts. For any text: no crash, an error names its key
// and message, and a spec that parses formats to text that parses to the same spec.

#include "fuzz_check.h"

#include "ui/open_spec_parser.h"

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const auto text = QString::fromUtf8(reinterpret_cast<const char*>(data), static_cast<qsizetype>(size));
    const auto spec = OpenSpecParser::parse(text);
    if (!spec) {
        FUZZ_CHECK(!spec.error().message.isEmpty());
        (void)spec.error().describe(text);
        return 0;
    }
    const QString formatted = OpenSpecParser::format(*spec);
    const auto again = OpenSpecParser::parse(formatted);
    FUZZ_CHECK(again.has_value());
    FUZZ_CHECK(OpenSpecParser::format(*again) == formatted);
    return 0;
}
