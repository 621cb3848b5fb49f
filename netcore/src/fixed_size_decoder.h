#pragma once

#include "buffered_decoder.h"

namespace netcore::detail {

/// Messages of one fixed size, e.g. a device's 16-byte status record.
class FixedSizeDecoder final : public BufferedDecoder {
public:
    explicit FixedSizeDecoder(std::size_t size) : m_size(size) {}

protected:
    void extract(std::vector<Frame>& out) override;

private:
    std::size_t m_size;
};

} // namespace netcore::detail
