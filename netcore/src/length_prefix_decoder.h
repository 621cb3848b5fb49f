#pragma once

#include "buffered_decoder.h"

namespace netcore::detail {

/// Messages preceded by their length as an unsigned 1/2/4/8-byte integer, e.g. struct.pack('>I', len).
class LengthPrefixDecoder final : public BufferedDecoder {
public:
    LengthPrefixDecoder(std::size_t prefixSize, bool bigEndian, std::size_t maxSize);

protected:
    void extract(std::vector<Frame>& out) override;

private:
    std::size_t m_prefixSize;
    bool m_bigEndian;
    std::size_t m_maxSize;
};

} // namespace netcore::detail
