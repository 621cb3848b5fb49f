#pragma once

#include "netcore/address.h"
#include "netcore/session_event.h"

#include <cstddef>
#include <memory>
#include <span>
#include <vector>

namespace netcore {

/// The stateless answers a server can give, the same for TCP chunks and UDP datagrams.
struct ReplyRule {
    enum class Kind { Echo, Upper, Fixed };
    Kind kind = Kind::Echo;
    std::vector<std::byte> fixed; ///< Fixed: the reply

    /// What to send back for `message`: itself, upper-cased (ASCII only, like Python's
    /// bytes.upper() in the seed servers), or the fixed bytes.
    [[nodiscard]] std::vector<std::byte> answer(std::span<const std::byte> message) const;
};

/// What a TCP Responder may do with the connections of its server. Loop thread only.
class ReplyContext {
public:
    virtual ~ReplyContext() = default;
    virtual void send(ConnectionId connection, std::vector<std::byte> bytes) = 0;
    /// Every open connection but `except` (a chat room's broadcast).
    virtual void sendToOthers(ConnectionId except, std::vector<std::byte> bytes) = 0;
    [[nodiscard]] virtual Address peerOf(ConnectionId connection) const = 0;
};

/// How a TCP server answers what it receives. It runs on the I/O thread, beside the socket: a
/// server echoing for a thousand clients costs the GUI nothing, and replies leave without a round
/// trip through the event queue.
class Responder {
public:
    virtual ~Responder() = default;
    /// One received chunk (as recv() returned it) on `connection`.
    virtual void onData(ReplyContext& context, ConnectionId connection, std::span<const std::byte> data) = 0;
    /// The connection is gone: forget what was kept for it.
    virtual void onClosed(ConnectionId /*connection*/) {}
};

/// How a UDP server answers a datagram (on the I/O thread): `reply` goes back to `from`.
class DatagramResponder {
public:
    virtual ~DatagramResponder() = default;
    /// The reply to send to the sender, or nothing.
    [[nodiscard]] virtual std::vector<std::byte> onDatagram(const Address& from,
                                                            std::span<const std::byte> data) = 0;
};

/// Each chunk answered by `rule` on the same connection.
[[nodiscard]] std::shared_ptr<Responder> makeResponder(ReplyRule rule);
/// Each datagram answered by `rule` to its sender.
[[nodiscard]] std::shared_ptr<DatagramResponder> makeDatagramResponder(ReplyRule rule);
/// A chat room, as `ncat --chat` runs one: every line a client sends goes to all the other
/// clients, prefixed with its sender ("<127.0.0.1:50412> hello\n"). Lines are cut at '\n'.
[[nodiscard]] std::shared_ptr<Responder> makeChatRoomResponder();

inline std::shared_ptr<Responder> makeEchoResponder() {
    return makeResponder({ReplyRule::Kind::Echo, {}});
}
inline std::shared_ptr<Responder> makeUpperResponder() {
    return makeResponder({ReplyRule::Kind::Upper, {}});
}
inline std::shared_ptr<Responder> makeFixedResponder(std::vector<std::byte> reply) {
    return makeResponder({ReplyRule::Kind::Fixed, std::move(reply)});
}

} // namespace netcore
