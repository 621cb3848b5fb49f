#pragma once

#include "buffered_decoder.h"

namespace netcore::detail {

/// Messages that end with a delimiter ("\n", "\r\n", any byte sequence).
class DelimiterDecoder final : public BufferedDecoder {
public:
    DelimiterDecoder(std::vector<std::byte> delimiter, bool keepDelimiter, std::size_t maxSize);
    void reset() override;

protected:
    void extract(std::vector<Frame>& out) override;

private:
    std::vector<std::byte> m_delimiter;
    bool m_keepDelimiter;
    std::size_t m_maxSize;
    /// Bytes of the current frame already searched; a delimiter can only start after them. Saves
    /// searching a long line again on every chunk.
    std::size_t m_searched = 0;
};

} // namespace netcore::detail
