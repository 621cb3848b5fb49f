// Addresses typed in endpoint fields and --open specs. For any text: no crash; an address that
// parses prints as text that parses back to the same sockaddr bytes.

#include "fuzz_check.h"

#include "netcore/address.h"

#include <cstddef>
#include <cstdint>
#include <string_view>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const std::string_view text(reinterpret_cast<const char*>(data), size);
    const auto address = netcore::Address::parse(text);
    if (!address) return 0;
    FUZZ_CHECK(address->isValid());
    const auto again = netcore::Address::parse(address->toString());
    FUZZ_CHECK(again.has_value());
    FUZZ_CHECK(*again == *address);
    return 0;
}
