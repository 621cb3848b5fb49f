#include "struct_codec.h"

#include "netcore/bytes.h"

#include <algorithm>
#include <bit>
#include <cmath>
#include <limits>

namespace netcore::detail {

namespace {

bool isSignedCode(char code) {
    return code == 'b' || code == 'h' || code == 'i' || code == 'l' || code == 'q' || code == 'n';
}

bool isUnsignedCode(char code) {
    return code == 'B' || code == 'H' || code == 'I' || code == 'L' || code == 'Q' || code == 'N' ||
           code == 'P';
}

bool isFloatCode(char code) {
    return code == 'e' || code == 'f' || code == 'd';
}

Message rangeMessage(char code, bool isSigned, std::size_t size) {
    // Python names the one-byte and short codes; the others it describes by their code character.
    switch (code) {
    case 'b':
        return Message{"byte format requires -128 <= number <= 127"};
    case 'B':
        return Message{"ubyte format requires 0 <= number <= 255"};
    case 'h':
        return Message{"short format requires -32768 <= number <= 32767"};
    case 'H':
        return Message{"ushort format requires 0 <= number <= 65535"};
    default:
        break;
    }
    const unsigned bits = static_cast<unsigned>(size * 8);
    std::string low, high;
    if (isSigned) {
        const std::int64_t max =
            bits >= 64 ? std::numeric_limits<std::int64_t>::max() : (std::int64_t{1} << (bits - 1)) - 1;
        low = std::to_string(-max - 1);
        high = std::to_string(max);
    } else {
        low = "0";
        high = std::to_string(bits >= 64 ? std::numeric_limits<std::uint64_t>::max()
                                         : (std::uint64_t{1} << bits) - 1);
    }
    return Message{"'%1' format requires %2 <= number <= %3", {std::string(1, code), low, high}};
}

/// The integer a value stands for, as Python's int(): false if it is not an integer at all.
bool asInteger(const StructValue& value, bool& negative, std::uint64_t& magnitudeOrBits) {
    if (const auto* s = std::get_if<std::int64_t>(&value)) {
        negative = *s < 0;
        magnitudeOrBits = static_cast<std::uint64_t>(*s); // two's complement bits
        return true;
    }
    if (const auto* u = std::get_if<std::uint64_t>(&value)) {
        negative = false;
        magnitudeOrBits = *u;
        return true;
    }
    if (const auto* b = std::get_if<bool>(&value)) {
        negative = false;
        magnitudeOrBits = *b ? 1 : 0;
        return true;
    }
    return false;
}

bool asDouble(const StructValue& value, double& out) {
    if (const auto* d = std::get_if<double>(&value)) return out = *d, true;
    if (const auto* s = std::get_if<std::int64_t>(&value)) return out = static_cast<double>(*s), true;
    if (const auto* u = std::get_if<std::uint64_t>(&value)) return out = static_cast<double>(*u), true;
    if (const auto* b = std::get_if<bool>(&value)) return out = *b ? 1.0 : 0.0, true;
    return false;
}

bool truthValue(const StructValue& value) {
    if (const auto* d = std::get_if<double>(&value)) return *d != 0.0; // NaN is true, as in Python
    if (const auto* s = std::get_if<std::int64_t>(&value)) return *s != 0;
    if (const auto* u = std::get_if<std::uint64_t>(&value)) return *u != 0;
    if (const auto* b = std::get_if<bool>(&value)) return *b;
    return !std::get<std::vector<std::byte>>(value).empty();
}

/// Packs one numeric element into `out` (its size). Returns an error message or an empty one.
Message packElement(char code, const StructValue& value, std::span<std::byte> out, Endian order) {
    if (code == '?') {
        out[0] = truthValue(value) ? std::byte{1} : std::byte{0};
        return {};
    }
    if (isFloatCode(code)) {
        double d = 0;
        if (!asDouble(value, d)) return Message{"required argument is not a float"};
        std::uint64_t bits = 0;
        if (code == 'd') {
            bits = std::bit_cast<std::uint64_t>(d);
        } else if (code == 'f') {
            const auto f = static_cast<float>(d);
            if (std::isinf(f) && !std::isinf(d)) return Message{"float too large to pack with f format"};
            bits = std::bit_cast<std::uint32_t>(f);
        } else {
            std::uint16_t half = 0;
            if (!doubleToHalf(d, half)) return Message{"float too large to pack with e format"};
            bits = half;
        }
        storeUnsigned(out, bits, order);
        return {};
    }
    bool negative = false;
    std::uint64_t bits = 0;
    if (!asInteger(value, negative, bits)) return Message{"required argument is not an integer"};
    const std::size_t size = out.size();
    const unsigned width = static_cast<unsigned>(size * 8);
    bool inRange = true;
    if (isSignedCode(code)) {
        if (width < 64) {
            const std::int64_t limit = std::int64_t{1} << (width - 1);
            if (negative) {
                inRange = static_cast<std::int64_t>(bits) >= -limit;
            } else {
                inRange = bits < static_cast<std::uint64_t>(limit);
            }
        } else {
            inRange =
                negative || bits <= static_cast<std::uint64_t>(std::numeric_limits<std::int64_t>::max());
        }
    } else {
        inRange = !negative && (width >= 64 || bits < (std::uint64_t{1} << width));
    }
    if (!inRange) return rangeMessage(code, isSignedCode(code), size);
    storeUnsigned(out, bits, order); // keeps the low bytes: two's complement for negatives
    return {};
}

StructValue unpackElement(char code, std::span<const std::byte> in, Endian order) {
    const std::uint64_t bits = loadUnsigned(in, order);
    if (code == '?') return bits != 0;
    if (code == 'd') return std::bit_cast<double>(bits);
    if (code == 'f') return static_cast<double>(std::bit_cast<float>(static_cast<std::uint32_t>(bits)));
    if (code == 'e') return halfToDouble(static_cast<std::uint16_t>(bits));
    if (isUnsignedCode(code)) return bits;
    const unsigned width = static_cast<unsigned>(in.size() * 8);
    if (width < 64 && (bits >> (width - 1)) != 0) // sign-extend
        return static_cast<std::int64_t>(bits | (~std::uint64_t{0} << width));
    return static_cast<std::int64_t>(bits);
}

} // namespace

bool doubleToHalf(double value, std::uint16_t& half) noexcept {
    // Follows CPython's PyFloat_Pack2 so that results match struct.pack('e', x) bit for bit.
    const unsigned sign = std::signbit(value) ? 1u : 0u;
    unsigned exponent = 0;
    unsigned bits = 0;
    if (std::isnan(value)) {
        exponent = 0x1F;
        bits = 512; // quiet NaN
    } else if (std::isinf(value)) {
        exponent = 0x1F;
    } else if (value != 0.0) {
        int e = 0;
        double f = std::frexp(std::fabs(value), &e); // |value| = f * 2^e, f in [0.5, 1)
        f *= 2.0;
        --e;
        if (e >= 16) return false;
        if (e < -25) {
            f = 0.0; // underflow to zero
            e = 0;
        } else if (e < -14) {
            f = std::ldexp(f, 14 + e); // subnormal
            e = 0;
        } else {
            e += 15;
            f -= 1.0;
        }
        f *= 1024.0;
        bits = static_cast<unsigned>(f);
        const double rest = f - bits;
        if (rest > 0.5 || (rest == 0.5 && bits % 2 == 1)) {
            if (++bits == 1024) {
                bits = 0;
                if (++e == 31) return false;
            }
        }
        exponent = static_cast<unsigned>(e);
    }
    half = static_cast<std::uint16_t>((sign << 15) | (exponent << 10) | bits);
    return true;
}

double halfToDouble(std::uint16_t half) noexcept {
    const bool negative = (half & 0x8000u) != 0;
    const int exponent = (half >> 10) & 0x1F;
    const unsigned fraction = half & 0x3FFu;
    double value = 0;
    if (exponent == 0x1F) {
        value = fraction == 0 ? std::numeric_limits<double>::infinity()
                              : std::numeric_limits<double>::quiet_NaN();
    } else if (exponent == 0) {
        value = std::ldexp(static_cast<double>(fraction), -24);
    } else {
        value = std::ldexp(1.0 + fraction / 1024.0, exponent - 15);
    }
    return negative ? -value : value;
}

std::expected<std::vector<std::byte>, PackFailure> packLayout(const StructLayout& layout,
                                                              std::span<const StructValue> values) {
    if (values.size() != layout.valueCount)
        return std::unexpected(PackFailure{
            FormatError{0, Message{"pack expected %1 items for packing (got %2)",
                                   {std::to_string(layout.valueCount), std::to_string(values.size())}}}});
    const Endian order = layout.bigEndian ? Endian::Big : Endian::Little;
    std::vector<std::byte> out(layout.size); // padding and 'x' stay zero
    std::size_t next = 0;
    for (const StructField& field : layout.fields) {
        const auto fail = [&](Message message) {
            return std::unexpected(PackFailure{FormatError{field.column, std::move(message)}, next});
        };
        if (field.code == 'x') continue;
        if (field.code == 's' || field.code == 'p') {
            const auto* bytes = std::get_if<std::vector<std::byte>>(&values[next]);
            if (bytes == nullptr)
                return fail(
                    Message{"argument for '%1' must be a bytes object", {std::string(1, field.code)}});
            auto dest = std::span(out).subspan(field.offset, field.size);
            if (field.code == 's') {
                std::copy_n(bytes->begin(), std::min(bytes->size(), dest.size()), dest.begin());
            } else if (!dest.empty()) {
                // Pascal string: a length byte (at most 255), then the bytes, truncated to fit.
                const std::size_t n = std::min(bytes->size(), dest.size() - 1);
                std::copy_n(bytes->begin(), n, dest.begin() + 1);
                dest[0] = static_cast<std::byte>(std::min<std::size_t>(n, 255));
            }
            ++next;
            continue;
        }
        for (std::size_t k = 0; k < field.count; ++k, ++next) {
            auto dest = std::span(out).subspan(field.offset + k * field.size, field.size);
            if (field.code == 'c') {
                const auto* bytes = std::get_if<std::vector<std::byte>>(&values[next]);
                if (bytes == nullptr || bytes->size() != 1)
                    return fail(Message{"char format requires a bytes object of length 1"});
                dest[0] = (*bytes)[0];
                continue;
            }
            Message message = packElement(field.code, values[next], dest, order);
            if (!message.empty()) return fail(std::move(message));
        }
    }
    return out;
}

std::vector<StructValue> unpackLayout(const StructLayout& layout, std::span<const std::byte> data) {
    const Endian order = layout.bigEndian ? Endian::Big : Endian::Little;
    std::vector<StructValue> out;
    out.reserve(layout.valueCount);
    for (const StructField& field : layout.fields) {
        if (field.code == 'x') continue;
        const auto source = data.subspan(
            field.offset, field.code == 's' || field.code == 'p' ? field.size : field.count * field.size);
        if (field.code == 's') {
            out.emplace_back(std::vector<std::byte>(source.begin(), source.end()));
        } else if (field.code == 'p') {
            std::size_t n = 0;
            if (!source.empty()) n = std::min(std::to_integer<std::size_t>(source[0]), source.size() - 1);
            out.emplace_back(std::vector<std::byte>(source.begin() + (source.empty() ? 0 : 1),
                                                    source.begin() + (source.empty() ? 0 : 1) +
                                                        static_cast<std::ptrdiff_t>(n)));
        } else if (field.code == 'c') {
            for (const std::byte b : source)
                out.emplace_back(std::vector<std::byte>{b});
        } else {
            for (std::size_t k = 0; k < field.count; ++k)
                out.push_back(unpackElement(field.code, source.subspan(k * field.size, field.size), order));
        }
    }
    return out;
}

} // namespace netcore::detail
