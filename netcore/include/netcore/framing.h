#pragma once

#include "netcore/message.h"

#include <cstddef>
#include <cstdint>
#include <expected>
#include <memory>
#include <optional>
#include <span>
#include <string>
#include <vector>

namespace netcore {

/// One framed message (payload only: without delimiter or length prefix unless a spec keeps it).
/// Not called Message: that name is netcore's translatable text (message.h).
using Frame = std::vector<std::byte>;

/// How a byte stream is cut into messages. TCP has no message boundaries ("sticky packets"); a
/// framing is the rule both ends agree on to get them back.
enum class FramingKind : std::uint8_t {
    Raw,          ///< every chunk read is one message (what a naive recv() loop sees)
    Delimiter,    ///< messages end with a byte sequence, e.g. "\n" or "\r\n"
    LengthPrefix, ///< each message starts with its length: struct.pack('>I', len) + payload
    FixedSize,    ///< every message has the same size
};

/// Parameters of a framing; only the fields of the chosen kind matter.
struct FramingSpec {
    FramingKind kind = FramingKind::Raw;
    std::vector<std::byte> delimiter{std::byte{'\n'}}; ///< Delimiter: non-empty
    bool keepDelimiter = false;                        ///< Delimiter: decoded messages end with the delimiter
    std::size_t prefixSize = 4;                        ///< LengthPrefix: 1, 2, 4 or 8 bytes
    bool bigEndian = true;          ///< LengthPrefix: network order ('>I'), or little endian ('<I')
    std::size_t maxSize = 1u << 20; ///< Delimiter, LengthPrefix: largest payload accepted (always enforced)
    std::size_t fixedSize = 0;      ///< FixedSize: bytes per message, at least 1
};

/// A stream that breaks its framing (a message over the maximum), or a spec that makes no sense.
struct FramingError {
    /// What is wrong, e.g. "message of %1 bytes exceeds the maximum of %2", for the UI to translate.
    Message message;
    /// Stream offset (bytes fed since construction or reset()) where the offending frame starts.
    std::uint64_t offset = 0;

    /// The message in English (logs, tests, the demo responder's replies on the wire).
    [[nodiscard]] std::string text() const;
};

/// Turns a byte stream, fed in chunks of any size, into messages. Whatever the chunking, the same
/// messages come out. After an error the decoder ignores further input until reset(), because the
/// position of the next frame boundary is no longer known.
class FrameDecoder {
public:
    virtual ~FrameDecoder() = default;
    FrameDecoder() = default;
    FrameDecoder(const FrameDecoder&) = delete;
    FrameDecoder& operator=(const FrameDecoder&) = delete;

    /// Appends every message completed by `chunk` to `out`.
    virtual void feed(std::span<const std::byte> chunk, std::vector<Frame>& out) = 0;
    /// Bytes received but not yet part of a complete message (including a partial prefix).
    [[nodiscard]] virtual std::size_t buffered() const = 0;
    /// Those bytes themselves, e.g. to show what was left when the peer closed. Valid until the next
    /// feed() or reset().
    [[nodiscard]] virtual std::span<const std::byte> pending() const = 0;
    /// The error that stopped the decoder, if any.
    [[nodiscard]] virtual std::optional<FramingError> error() const = 0;
    /// Forgets buffered bytes and any error; the stream offset starts again at 0.
    virtual void reset() = 0;
};

/// Why `spec` is unusable (empty delimiter, prefix size not 1/2/4/8, fixed size 0), or nullopt.
[[nodiscard]] std::optional<FramingError> validate(const FramingSpec& spec);

/// A decoder for `spec`, or the validate() error.
[[nodiscard]] std::expected<std::unique_ptr<FrameDecoder>, FramingError> makeDecoder(const FramingSpec& spec);

/// `message` framed for sending: delimiter appended or length prefix prepended. Refuses what the
/// peer's decoder could not take back out: a message over maxSize or too long for the prefix, a
/// message that contains the delimiter, or one that is not exactly fixedSize bytes.
[[nodiscard]] std::expected<std::vector<std::byte>, FramingError> encode(const FramingSpec& spec,
                                                                         std::span<const std::byte> message);

} // namespace netcore
