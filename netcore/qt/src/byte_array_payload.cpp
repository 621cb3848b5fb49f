#include "netcore_qt/byte_array_payload.h"

#include <memory>
#include <span>

namespace netcore_qt {

namespace {

/// A QByteArray as a payload's storage. Writable only when made here for recv() (the array is
/// then this storage's alone); an array shared with the GUI is only ever read.
class ByteArrayStorage final : public netcore::PayloadStorage {
public:
    /// For reading: shares `bytes` (no detach, no copy).
    explicit ByteArrayStorage(const QByteArray& bytes)
        : m_bytes(bytes), m_data(const_cast<char*>(m_bytes.constData())) {}
    /// For recv(): an array of its own, whose memory may be written before it is shared.
    explicit ByteArrayStorage(std::size_t size)
        : m_bytes(static_cast<qsizetype>(size), Qt::Uninitialized), m_data(m_bytes.data()) {}

    [[nodiscard]] std::span<std::byte> bytes() const noexcept override {
        return {reinterpret_cast<std::byte*>(m_data), static_cast<std::size_t>(m_bytes.size())};
    }
    void truncate(std::size_t count) override {
        // Shrinking an array nobody else holds keeps its memory where it is (no copy).
        if (static_cast<qsizetype>(count) < m_bytes.size()) m_bytes.truncate(static_cast<qsizetype>(count));
        m_data = const_cast<char*>(m_bytes.constData());
    }
    [[nodiscard]] const QByteArray& array() const noexcept { return m_bytes; }

private:
    QByteArray m_bytes;
    char* m_data;
};

} // namespace

netcore::Payload toPayload(const QByteArray& bytes) {
    if (bytes.isEmpty()) return {};
    // An array over memory it does not own (fromRawData, a literal: no allocation, so capacity 0)
    // would not keep that memory alive for the I/O thread: such bytes are copied.
    if (bytes.capacity() == 0)
        return netcore::Payload::copyOf(
            std::as_bytes(std::span(bytes.constData(), static_cast<std::size_t>(bytes.size()))));
    return netcore::Payload::adopt(std::make_shared<ByteArrayStorage>(bytes),
                                   static_cast<std::size_t>(bytes.size()));
}

QByteArray toQByteArray(const netcore::Payload& payload) {
    if (const auto* storage = dynamic_cast<const ByteArrayStorage*>(payload.storage())) {
        const QByteArray& whole = storage->array();
        if (payload.data() == reinterpret_cast<const std::byte*>(whole.constData()) &&
            payload.size() == static_cast<std::size_t>(whole.size()))
            return whole;
    }
    return toQByteArray(payload.span());
}

QByteArray toQByteArray(std::span<const std::byte> bytes) {
    return QByteArray(reinterpret_cast<const char*>(bytes.data()), static_cast<qsizetype>(bytes.size()));
}

QByteArray toQByteArray(const std::vector<std::byte>& bytes) {
    return toQByteArray(std::span<const std::byte>(bytes));
}

netcore::PayloadStorageFactory byteArrayStorage() {
    return [](std::size_t size) -> std::shared_ptr<netcore::PayloadStorage> {
        return std::make_shared<ByteArrayStorage>(size);
    };
}

std::vector<std::byte> toBytes(const QByteArray& bytes) {
    const auto* begin = reinterpret_cast<const std::byte*>(bytes.constData());
    return {begin, begin + bytes.size()};
}

} // namespace netcore_qt
