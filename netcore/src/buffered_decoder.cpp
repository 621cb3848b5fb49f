#include "buffered_decoder.h"

namespace netcore::detail {

void BufferedDecoder::feed(std::span<const std::byte> chunk, std::vector<Frame>& out) {
    if (m_error || chunk.empty()) return;
    // Moving the unconsumed tail costs at most as much as the bytes consumed since the last move.
    if (m_start > 0 && m_start >= buffered()) {
        m_buffer.erase(m_buffer.begin(), m_buffer.begin() + static_cast<std::ptrdiff_t>(m_start));
        m_start = 0;
    }
    m_buffer.insert(m_buffer.end(), chunk.begin(), chunk.end());
    extract(out);
}

void BufferedDecoder::reset() {
    m_buffer.clear();
    m_start = 0;
    m_streamOffset = 0;
    m_error.reset();
}

void BufferedDecoder::emit(std::vector<Frame>& out, std::size_t skip, std::size_t length,
                           std::size_t frameSize) {
    const auto message = available().subspan(skip, length);
    out.emplace_back(message.begin(), message.end());
    m_start += frameSize;
    m_streamOffset += frameSize;
}

void BufferedDecoder::fail(Message message) {
    m_error = FramingError{std::move(message), m_streamOffset};
}

} // namespace netcore::detail
