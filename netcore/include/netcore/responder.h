#pragma once

#include "netcore/session_event.h"

#include <cstddef>
#include <memory>
#include <span>
#include <vector>

namespace netcore {

/// What a Responder may do with the connections of its server. Loop thread only.
class ReplyContext {
public:
    virtual ~ReplyContext() = default;
    virtual void send(ConnectionId connection, std::vector<std::byte> bytes) = 0;
    /// Every open connection but `except` (a chat room's broadcast).
    virtual void sendToOthers(ConnectionId except, std::vector<std::byte> bytes) = 0;
    [[nodiscard]] virtual Address peerOf(ConnectionId connection) const = 0;
};

/// How a server answers what it receives. It runs on the I/O thread, beside the socket: a server
/// echoing for a thousand clients costs the GUI nothing, and replies leave without a round trip
/// through the event queue.
class Responder {
public:
    virtual ~Responder() = default;
    /// One received chunk (as recv() returned it) on `connection`.
    virtual void onData(ReplyContext& context, ConnectionId connection, std::span<const std::byte> data) = 0;
    /// The connection is gone: forget what was kept for it.
    virtual void onClosed(ConnectionId /*connection*/) {}
};

/// Sends every chunk back as it came.
[[nodiscard]] std::shared_ptr<Responder> makeEchoResponder();
/// Sends every chunk back upper-cased, ASCII only, like Python's bytes.upper() in the seed server.
[[nodiscard]] std::shared_ptr<Responder> makeUpperResponder();
/// Answers every chunk with the same bytes.
[[nodiscard]] std::shared_ptr<Responder> makeFixedResponder(std::vector<std::byte> reply);

} // namespace netcore
