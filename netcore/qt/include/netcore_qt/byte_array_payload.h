#pragma once
// QByteArray <-> netcore::Payload without copying where the bytes allow it. What the GUI sends is
// shared with the session's output queue and its Sent events; what a connection receives lands in
// QByteArrays made here, so the traffic views and the capture hold the very bytes that recv() wrote.

#include "netcore/payload.h"

#include <QByteArray>

#include <cstddef>
#include <span>
#include <vector>

namespace netcore_qt {

/// The bytes, shared (no copy): the payload keeps a reference to the QByteArray's data. An array
/// over memory it does not own (QByteArray::fromRawData) is copied instead.
[[nodiscard]] netcore::Payload toPayload(const QByteArray& bytes);
/// The payload as a QByteArray: no copy when it is the whole of a QByteArray made here (a received
/// block handed on whole, or a send that went out in one call), a copy otherwise.
[[nodiscard]] QByteArray toQByteArray(const netcore::Payload& payload);
/// A copy of the bytes.
[[nodiscard]] QByteArray toQByteArray(std::span<const std::byte> bytes);
[[nodiscard]] QByteArray toQByteArray(const std::vector<std::byte>& bytes); ///< (not a Payload: no sharing)
/// Blocks of QByteArray for sessions to receive into (Config::payloadStorage).
[[nodiscard]] netcore::PayloadStorageFactory byteArrayStorage();
/// QByteArray -> the byte vector netcore's other APIs take (a copy).
[[nodiscard]] std::vector<std::byte> toBytes(const QByteArray& bytes);

} // namespace netcore_qt
