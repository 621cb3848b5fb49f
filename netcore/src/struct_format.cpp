#include "netcore/struct_format.h"

#include "netcore/bytes.h"
#include "struct_codec.h"

namespace netcore {

namespace {

struct CodeInfo {
    std::size_t size = 0;
    std::size_t align = 1;
};

/// Sizes and alignment of the host's C types, which is what '@' means in Python: the answer differs
/// between Linux (long = 8 bytes) and Windows (long = 4 bytes), as it does for Python itself.
bool nativeInfo(char code, CodeInfo& info) {
    switch (code) {
    case 'x':
    case 'c':
    case 'b':
    case 'B':
    case 's':
    case 'p':
        info = {1, 1};
        return true;
    case '?':
        info = {sizeof(bool), alignof(bool)};
        return true;
    case 'h':
    case 'H':
    case 'e':
        info = {sizeof(short), alignof(short)};
        return true;
    case 'i':
    case 'I':
        info = {sizeof(int), alignof(int)};
        return true;
    case 'l':
    case 'L':
        info = {sizeof(long), alignof(long)};
        return true;
    case 'q':
    case 'Q':
        info = {sizeof(long long), alignof(long long)};
        return true;
    case 'n':
    case 'N':
        info = {sizeof(std::size_t), alignof(std::size_t)};
        return true;
    case 'P':
        info = {sizeof(void*), alignof(void*)};
        return true;
    case 'f':
        info = {sizeof(float), alignof(float)};
        return true;
    case 'd':
        info = {sizeof(double), alignof(double)};
        return true;
    default:
        return false;
    }
}

/// Python's "standard" sizes for = < > !: fixed, no alignment padding, no n/N/P.
bool standardInfo(char code, CodeInfo& info) {
    switch (code) {
    case 'x':
    case 'c':
    case 'b':
    case 'B':
    case '?':
    case 's':
    case 'p':
        info = {1, 1};
        return true;
    case 'h':
    case 'H':
    case 'e':
        info = {2, 1};
        return true;
    case 'i':
    case 'I':
    case 'l':
    case 'L':
    case 'f':
        info = {4, 1};
        return true;
    case 'q':
    case 'Q':
    case 'd':
        info = {8, 1};
        return true;
    default:
        return false;
    }
}

FormatError formatError(std::size_t index, Message message) {
    return FormatError{index + 1, std::move(message), FormatError::Source::Format};
}

// Python allows any size that fits in memory; SockLab stops at 64 MiB so that a typo in a format
// ("9999999999x") is an error message, not an attempt to allocate gigabytes.
constexpr std::size_t maxStructSize = std::size_t{1} << 26;

} // namespace

std::string FormatError::text() const {
    if (column == 0) return message.text();
    return "column " + std::to_string(column) + ": " + message.text();
}

std::size_t StructField::valueCount() const noexcept {
    if (code == 'x') return 0;
    if (code == 's' || code == 'p') return 1;
    return count;
}

std::expected<StructLayout, FormatError> parseStructFormat(std::string_view format) {
    StructLayout layout;
    std::size_t i = 0;
    layout.bigEndian = hostEndian() == Endian::Big;
    if (!format.empty()) {
        switch (format[0]) {
        case '@':
            i = 1;
            break;
        case '=':
            layout.native = false, i = 1;
            break;
        case '<':
            layout.native = false, layout.bigEndian = false, i = 1;
            break;
        case '>':
        case '!':
            layout.native = false, layout.bigEndian = true, i = 1;
            break;
        default:
            break;
        }
    }
    while (i < format.size()) {
        const char c = format[i];
        if (c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v') {
            ++i;
            continue;
        }
        const std::size_t countStart = i;
        std::size_t count = 1;
        if (c >= '0' && c <= '9') {
            count = 0;
            while (i < format.size() && format[i] >= '0' && format[i] <= '9') {
                count = count * 10 + static_cast<std::size_t>(format[i] - '0');
                if (count > maxStructSize)
                    return std::unexpected(formatError(countStart, Message{"total struct size too long"}));
                ++i;
            }
            if (i == format.size())
                return std::unexpected(
                    formatError(countStart, Message{"repeat count given without format specifier"}));
        }
        const char code = format[i];
        CodeInfo info;
        if (!(layout.native ? nativeInfo(code, info) : standardInfo(code, info)))
            return std::unexpected(formatError(i, Message{"bad char in struct format"}));
        StructField field{code, count, i + 1, 0, info.size};
        // Python aligns each item to its type's alignment (native mode only), even with count 0.
        const std::size_t misalign = layout.size % info.align;
        field.offset = misalign == 0 ? layout.size : layout.size + info.align - misalign;
        if (code == 's' || code == 'p') field.size = count;
        const std::size_t bytes = (code == 's' || code == 'p') ? count : count * info.size;
        layout.size = field.offset + bytes;
        if (layout.size > maxStructSize)
            return std::unexpected(formatError(i, Message{"total struct size too long"}));
        layout.valueCount += field.valueCount();
        layout.fields.push_back(field);
        ++i;
    }
    return layout;
}

std::expected<std::size_t, FormatError> calcsize(std::string_view format) {
    auto layout = parseStructFormat(format);
    if (!layout) return std::unexpected(std::move(layout.error()));
    return layout->size;
}

std::expected<std::vector<std::byte>, FormatError> pack(std::string_view format,
                                                        std::span<const StructValue> values) {
    auto layout = parseStructFormat(format);
    if (!layout) return std::unexpected(std::move(layout.error()));
    auto packed = detail::packLayout(*layout, values);
    if (!packed) return std::unexpected(std::move(packed.error().error));
    return std::move(*packed);
}

std::expected<std::vector<StructValue>, FormatError> unpack(std::string_view format,
                                                            std::span<const std::byte> data) {
    auto layout = parseStructFormat(format);
    if (!layout) return std::unexpected(std::move(layout.error()));
    if (data.size() != layout->size)
        return std::unexpected(
            FormatError{0, Message{"unpack requires a buffer of %1 bytes", {std::to_string(layout->size)}}});
    return detail::unpackLayout(*layout, data);
}

std::expected<std::vector<StructValue>, FormatError>
unpackFrom(std::string_view format, std::span<const std::byte> data, std::size_t offset) {
    auto layout = parseStructFormat(format);
    if (!layout) return std::unexpected(std::move(layout.error()));
    if (offset > data.size() || data.size() - offset < layout->size)
        return std::unexpected(FormatError{
            0,
            Message{"unpack_from requires a buffer of at least %1 bytes for unpacking %2 bytes at offset %3 "
                    "(actual buffer size is %4)",
                    {std::to_string(layout->size + offset), std::to_string(layout->size),
                     std::to_string(offset), std::to_string(data.size())}}});
    return detail::unpackLayout(*layout, data.subspan(offset, layout->size));
}

} // namespace netcore
