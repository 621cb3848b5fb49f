#include "length_prefix_decoder.h"

#include "netcore/bytes.h"

namespace netcore::detail {

LengthPrefixDecoder::LengthPrefixDecoder(std::size_t prefixSize, bool bigEndian, std::size_t maxSize)
    : m_prefixSize(prefixSize), m_bigEndian(bigEndian), m_maxSize(maxSize) {}

void LengthPrefixDecoder::extract(std::vector<Frame>& out) {
    while (!failed()) {
        const auto data = available();
        if (data.size() < m_prefixSize) return;
        const std::uint64_t length =
            loadUnsigned(data.first(m_prefixSize), m_bigEndian ? Endian::Big : Endian::Little);
        // Checked before waiting for the payload: a garbage prefix (say, text sent to a binary port)
        // must not make us buffer gigabytes.
        if (length > m_maxSize) {
            fail(Message{"length prefix announces %1 bytes, more than the maximum of %2",
                         {std::to_string(length), std::to_string(m_maxSize)}});
            return;
        }
        const auto payload = static_cast<std::size_t>(length);
        if (data.size() - m_prefixSize < payload) return;
        emit(out, m_prefixSize, payload, m_prefixSize + payload);
    }
}

} // namespace netcore::detail
