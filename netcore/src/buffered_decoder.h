#pragma once

#include "netcore/framing.h"

namespace netcore::detail {

/// The buffer shared by the decoders that must wait for more bytes. Consumed bytes are skipped with
/// an offset and only compacted once they outweigh what is left, so decoding stays linear however
/// many messages a chunk holds.
class BufferedDecoder : public FrameDecoder {
public:
    void feed(std::span<const std::byte> chunk, std::vector<Frame>& out) final;
    [[nodiscard]] std::size_t buffered() const final { return m_buffer.size() - m_start; }
    [[nodiscard]] std::span<const std::byte> pending() const final { return available(); }
    [[nodiscard]] std::optional<FramingError> error() const final { return m_error; }
    void reset() override;

protected:
    /// Takes every complete message out of available(), calling emit()/consume()/fail().
    virtual void extract(std::vector<Frame>& out) = 0;

    [[nodiscard]] std::span<const std::byte> available() const {
        return std::span(m_buffer).subspan(m_start);
    }
    /// Outputs `length` available bytes from `skip` on as a message, then consumes `frameSize` bytes.
    void emit(std::vector<Frame>& out, std::size_t skip, std::size_t length, std::size_t frameSize);
    void fail(Message message);
    [[nodiscard]] bool failed() const { return m_error.has_value(); }

private:
    std::vector<std::byte> m_buffer;
    std::size_t m_start = 0;          ///< first unconsumed byte in m_buffer
    std::uint64_t m_streamOffset = 0; ///< stream offset of m_buffer[m_start]
    std::optional<FramingError> m_error;
};

} // namespace netcore::detail
