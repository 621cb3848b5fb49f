#include "delimiter_decoder.h"

#include <algorithm>

namespace netcore::detail {

DelimiterDecoder::DelimiterDecoder(std::vector<std::byte> delimiter, bool keepDelimiter, std::size_t maxSize)
    : m_delimiter(std::move(delimiter)), m_keepDelimiter(keepDelimiter), m_maxSize(maxSize) {}

void DelimiterDecoder::reset() {
    BufferedDecoder::reset();
    m_searched = 0;
}

void DelimiterDecoder::extract(std::vector<Frame>& out) {
    const std::size_t delimiterSize = m_delimiter.size();
    while (!failed()) {
        const auto data = available();
        const auto from = data.begin() + static_cast<std::ptrdiff_t>(m_searched);
        const auto found = std::search(from, data.end(), m_delimiter.begin(), m_delimiter.end());
        if (found == data.end()) {
            // The last delimiterSize - 1 bytes may be the start of a delimiter split across chunks.
            m_searched = data.size() >= delimiterSize ? data.size() - (delimiterSize - 1) : 0;
            // The message is at least m_searched bytes long: refuse it now rather than buffer a
            // peer's endless line.
            if (m_searched > m_maxSize)
                fail(Message{"no delimiter within %1 bytes (the maximum message size)",
                             {std::to_string(m_maxSize)}});
            return;
        }
        const auto length = static_cast<std::size_t>(found - data.begin());
        if (length > m_maxSize) {
            fail(Message{"message of %1 bytes exceeds the maximum of %2",
                         {std::to_string(length), std::to_string(m_maxSize)}});
            return;
        }
        emit(out, 0, m_keepDelimiter ? length + delimiterSize : length, length + delimiterSize);
        m_searched = 0;
    }
}

} // namespace netcore::detail
