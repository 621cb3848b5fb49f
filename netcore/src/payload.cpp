#include "netcore/payload.h"

#include <algorithm>
#include <cstring>

namespace netcore {

Payload::Payload(std::vector<std::byte> bytes) {
    if (bytes.empty()) return;
    auto owner = std::make_shared<const std::vector<std::byte>>(std::move(bytes));
    m_data = owner->data();
    m_size = owner->size();
    m_owner = std::move(owner);
}

Payload Payload::copyOf(std::span<const std::byte> bytes) {
    Payload payload;
    if (bytes.empty()) return payload;
    // The control block and the bytes in one allocation: a small datagram costs one malloc.
    auto block = std::make_shared<std::byte[]>(bytes.size());
    std::memcpy(block.get(), bytes.data(), bytes.size());
    payload.m_data = block.get();
    payload.m_size = bytes.size();
    payload.m_owner = std::move(block);
    return payload;
}

Payload Payload::adopt(std::shared_ptr<PayloadStorage> storage, std::size_t count) {
    Payload payload;
    if (!storage) return payload;
    storage->truncate(count);
    const auto bytes = storage->bytes();
    payload.m_data = bytes.data();
    payload.m_size = std::min(count, bytes.size());
    payload.m_storage = storage.get();
    payload.m_owner = std::move(storage);
    return payload;
}

Payload Payload::sliced(std::size_t offset, std::size_t count) const {
    offset = std::min(offset, m_size);
    count = std::min(count, m_size - offset);
    Payload slice = *this;
    slice.m_data = m_data + offset;
    slice.m_size = count;
    if (count == 0) slice = Payload();
    return slice;
}

bool operator==(const Payload& a, const Payload& b) noexcept {
    return std::ranges::equal(a.span(), b.span());
}

} // namespace netcore
