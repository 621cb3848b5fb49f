#pragma once
// Where a session's connections recv() into (loop thread only). A read that fills at least half of
// the block hands the block itself to its Data event, so a bulk transfer reaches the views without
// a copy; a shorter read copies its bytes out, sized to them, and keeps the block for the next read,
// so a trickle of small messages does not pin a whole block each.

#include "netcore/payload.h"

#include <cstddef>
#include <memory>
#include <span>

namespace netcore {

class ReceiveBuffer {
public:
    /// `factory` makes the blocks (null: plain heap blocks).
    ReceiveBuffer(std::size_t size, PayloadStorageFactory factory);

    [[nodiscard]] std::size_t size() const noexcept { return m_size; }
    /// The block to recv() into (made when the last one was handed on).
    [[nodiscard]] std::span<std::byte> space();
    /// The first `count` bytes of what space() returned, as a payload of their own.
    [[nodiscard]] Payload take(std::size_t count);

private:
    std::size_t m_size;
    PayloadStorageFactory m_factory;
    std::shared_ptr<PayloadStorage> m_block;
};

} // namespace netcore
