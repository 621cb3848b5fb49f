#pragma once

#include <QByteArray>
#include <QMetaType>
#include <QString>
#include <QtGlobal>

#include <cstdint>
#include <optional>

// One entry of a traffic view: a chunk read or written on a connection, or an informational line
// (connected, closed, error) of a session. A plain value: it is copied into ring buffers and
// capture files, so QByteArray and QString sharing keep copies cheap.
struct TrafficRecord {
    enum class Direction : std::uint8_t { Received, Sent, Info };

    // Milliseconds since the session tab started, from a steady clock (never wall time: a clock
    // change must not reorder the log).
    qint64 timeMs = 0;
    Direction direction = Direction::Received;
    // The remote end as text, e.g. "127.0.0.1:50412" or "[::1]:8080".
    QString peer;
    // This end, as text: the connection's local address, or the tab's bound one (empty when not
    // known yet). Captures in pcap form make their packets' addresses from peer and local.
    QString local;
    // Tells apart two connections from the same peer address (a reconnect reusing the port) and
    // keys the per-connection framing state.
    quint64 connectionId = 0;
    // The bytes as read or written; for Info, UTF-8 text.
    QByteArray bytes;
    // A UDP datagram that did not fit the receive buffer: bytes holds its start only.
    bool truncated = false;
    // The datagram's real size where the OS reports it (only meaningful when truncated).
    std::optional<qint64> realSize;
};

using TrafficDirection = TrafficRecord::Direction;

Q_DECLARE_METATYPE(TrafficRecord)
