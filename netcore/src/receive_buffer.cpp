#include "receive_buffer.h"

#include <algorithm>
#include <utility>
#include <vector>

namespace netcore {

namespace {

class HeapStorage final : public PayloadStorage {
public:
    explicit HeapStorage(std::size_t size) : m_bytes(size) {}
    [[nodiscard]] std::span<std::byte> bytes() const noexcept override { return m_bytes; }
    void truncate(std::size_t count) override { m_bytes.resize(std::min(count, m_bytes.size())); }

private:
    mutable std::vector<std::byte> m_bytes;
};

} // namespace

ReceiveBuffer::ReceiveBuffer(std::size_t size, PayloadStorageFactory factory)
    : m_size(std::max<std::size_t>(size, 1)), m_factory(std::move(factory)) {}

std::span<std::byte> ReceiveBuffer::space() {
    if (!m_block) m_block = m_factory ? m_factory(m_size) : std::make_shared<HeapStorage>(m_size);
    return m_block->bytes();
}

Payload ReceiveBuffer::take(std::size_t count) {
    const auto block = space();
    count = std::min(count, block.size());
    // Half the block or more: give the block away (at most half of it unused); less: copy.
    if (count * 2 >= block.size()) return Payload::adopt(std::exchange(m_block, nullptr), count);
    return Payload::copyOf(block.first(count));
}

} // namespace netcore
