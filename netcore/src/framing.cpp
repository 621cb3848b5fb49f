#include "netcore/framing.h"

#include "delimiter_decoder.h"
#include "fixed_size_decoder.h"
#include "length_prefix_decoder.h"
#include "raw_decoder.h"

#include "netcore/bytes.h"

#include <algorithm>

namespace netcore {

namespace {

FramingError specError(Message message) {
    return FramingError{std::move(message), 0};
}

} // namespace

std::string FramingError::text() const {
    return message.text();
}

std::optional<FramingError> validate(const FramingSpec& spec) {
    switch (spec.kind) {
    case FramingKind::Raw:
        break;
    case FramingKind::Delimiter:
        if (spec.delimiter.empty()) return specError(Message{"the delimiter is empty"});
        break;
    case FramingKind::LengthPrefix:
        if (spec.prefixSize != 1 && spec.prefixSize != 2 && spec.prefixSize != 4 && spec.prefixSize != 8)
            return specError(
                Message{"a length prefix has 1, 2, 4 or 8 bytes, not %1", {std::to_string(spec.prefixSize)}});
        break;
    case FramingKind::FixedSize:
        if (spec.fixedSize == 0) return specError(Message{"the fixed message size must be at least 1 byte"});
        break;
    }
    return std::nullopt;
}

std::expected<std::unique_ptr<FrameDecoder>, FramingError> makeDecoder(const FramingSpec& spec) {
    if (auto problem = validate(spec)) return std::unexpected(std::move(*problem));
    switch (spec.kind) {
    case FramingKind::Delimiter:
        return std::make_unique<detail::DelimiterDecoder>(spec.delimiter, spec.keepDelimiter, spec.maxSize);
    case FramingKind::LengthPrefix:
        return std::make_unique<detail::LengthPrefixDecoder>(spec.prefixSize, spec.bigEndian, spec.maxSize);
    case FramingKind::FixedSize:
        return std::make_unique<detail::FixedSizeDecoder>(spec.fixedSize);
    case FramingKind::Raw:
        break;
    }
    return std::make_unique<detail::RawDecoder>();
}

std::expected<std::vector<std::byte>, FramingError> encode(const FramingSpec& spec,
                                                           std::span<const std::byte> message) {
    if (auto problem = validate(spec)) return std::unexpected(std::move(*problem));
    const std::string size = std::to_string(message.size());
    std::vector<std::byte> out;
    switch (spec.kind) {
    case FramingKind::Raw:
        out.assign(message.begin(), message.end());
        break;
    case FramingKind::Delimiter: {
        if (message.size() > spec.maxSize)
            return std::unexpected(specError(Message{"message of %1 bytes exceeds the maximum of %2",
                                                     {size, std::to_string(spec.maxSize)}}));
        const auto found =
            std::search(message.begin(), message.end(), spec.delimiter.begin(), spec.delimiter.end());
        if (found != message.end())
            return std::unexpected(specError(
                Message{"the message contains the delimiter at byte %1, so the receiver would split it there",
                        {std::to_string(found - message.begin())}}));
        out.reserve(message.size() + spec.delimiter.size());
        out.assign(message.begin(), message.end());
        out.insert(out.end(), spec.delimiter.begin(), spec.delimiter.end());
        break;
    }
    case FramingKind::LengthPrefix: {
        if (message.size() > spec.maxSize)
            return std::unexpected(specError(Message{"message of %1 bytes exceeds the maximum of %2",
                                                     {size, std::to_string(spec.maxSize)}}));
        if (spec.prefixSize < 8 && static_cast<std::uint64_t>(message.size()) >> (8 * spec.prefixSize) != 0)
            return std::unexpected(
                specError(Message{"message of %1 bytes does not fit a %2-byte length prefix",
                                  {size, std::to_string(spec.prefixSize)}}));
        out.resize(spec.prefixSize);
        storeUnsigned(out, message.size(), spec.bigEndian ? Endian::Big : Endian::Little);
        out.insert(out.end(), message.begin(), message.end());
        break;
    }
    case FramingKind::FixedSize:
        if (message.size() != spec.fixedSize)
            return std::unexpected(
                specError(Message{"message of %1 bytes, but every message must be %2 bytes",
                                  {size, std::to_string(spec.fixedSize)}}));
        out.assign(message.begin(), message.end());
        break;
    }
    return out;
}

} // namespace netcore
