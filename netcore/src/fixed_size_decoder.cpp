#include "fixed_size_decoder.h"

namespace netcore::detail {

void FixedSizeDecoder::extract(std::vector<Frame>& out) {
    while (available().size() >= m_size)
        emit(out, 0, m_size, m_size);
}

} // namespace netcore::detail
