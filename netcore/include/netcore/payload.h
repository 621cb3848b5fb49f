#pragma once

#include <cstddef>
#include <functional>
#include <memory>
#include <span>
#include <vector>

namespace netcore {

/// A block of bytes a Payload can share, living in a container of the caller's choice. The Qt side
/// makes these of QByteArrays, so a chunk received or sent reaches the traffic views without a copy.
class PayloadStorage {
public:
    virtual ~PayloadStorage() = default;
    /// The whole block; written only before it is shared.
    [[nodiscard]] virtual std::span<std::byte> bytes() const noexcept = 0;
    /// Keeps the first `count` bytes (count <= bytes().size()); called once, before it is shared.
    virtual void truncate(std::size_t count) = 0;
};

/// Makes a block of `size` writable bytes (the I/O thread calls it, so it must be thread-safe).
using PayloadStorageFactory = std::function<std::shared_ptr<PayloadStorage>(std::size_t size)>;

/// Bytes that move between threads and layers without being copied: immutable, shared by every
/// copy of the Payload and of its slices, freed with the last of them. A session event's payload,
/// an output queue's entry and a Sent event's bytes can be the same memory.
class Payload {
public:
    Payload() noexcept = default;
    /// Takes the vector's buffer (no copy). Implicit: wherever a payload is wanted, bytes will do.
    Payload(std::vector<std::byte> bytes); // NOLINT(google-explicit-constructor)
    /// A copy of `bytes` in a block of its own (one allocation).
    [[nodiscard]] static Payload copyOf(std::span<const std::byte> bytes);
    /// The first `count` bytes of `storage`, truncated to them, shared from now on.
    [[nodiscard]] static Payload adopt(std::shared_ptr<PayloadStorage> storage, std::size_t count);

    [[nodiscard]] const std::byte* data() const noexcept { return m_data; }
    [[nodiscard]] std::size_t size() const noexcept { return m_size; }
    [[nodiscard]] bool empty() const noexcept { return m_size == 0; }
    [[nodiscard]] const std::byte* begin() const noexcept { return m_data; }
    [[nodiscard]] const std::byte* end() const noexcept { return m_data + m_size; }
    [[nodiscard]] std::byte operator[](std::size_t index) const noexcept { return m_data[index]; }
    [[nodiscard]] std::span<const std::byte> span() const noexcept { return {m_data, m_size}; }
    [[nodiscard]] std::vector<std::byte> toVector() const { return {begin(), end()}; }

    /// `count` bytes from `offset` on, sharing this payload's memory.
    [[nodiscard]] Payload sliced(std::size_t offset, std::size_t count) const;
    /// The storage these bytes live in when it was adopted (nullptr for vectors and copies): lets an
    /// adapter that made the storage hand out its own container instead of a copy.
    [[nodiscard]] const PayloadStorage* storage() const noexcept { return m_storage; }

    friend bool operator==(const Payload& a, const Payload& b) noexcept;

private:
    std::shared_ptr<const void> m_owner; ///< keeps the bytes alive
    const PayloadStorage* m_storage = nullptr;
    const std::byte* m_data = nullptr;
    std::size_t m_size = 0;
};

} // namespace netcore
