#include "netcore/responder.h"

#include <algorithm>
#include <map>
#include <string>

namespace netcore {

std::vector<std::byte> ReplyRule::answer(std::span<const std::byte> message) const {
    switch (kind) {
    case Kind::Echo:
        return {message.begin(), message.end()};
    case Kind::Fixed:
        return fixed;
    case Kind::Upper:
        break;
    }
    std::vector<std::byte> reply(message.begin(), message.end());
    std::ranges::transform(reply, reply.begin(), [](std::byte b) {
        const auto c = std::to_integer<unsigned char>(b);
        return c >= 'a' && c <= 'z' ? static_cast<std::byte>(c - ('a' - 'A')) : b;
    });
    return reply;
}

namespace {

class RuleResponder final : public Responder {
public:
    explicit RuleResponder(ReplyRule rule) : m_rule(std::move(rule)) {}
    void onData(ReplyContext& context, ConnectionId connection, std::span<const std::byte> data) override {
        context.send(connection, m_rule.answer(data));
    }

private:
    ReplyRule m_rule;
};

class RuleDatagramResponder final : public DatagramResponder {
public:
    explicit RuleDatagramResponder(ReplyRule rule) : m_rule(std::move(rule)) {}
    std::vector<std::byte> onDatagram(const Address&, std::span<const std::byte> data) override {
        return m_rule.answer(data);
    }

private:
    ReplyRule m_rule;
};

class ChatRoomResponder final : public Responder {
public:
    void onData(ReplyContext& context, ConnectionId connection, std::span<const std::byte> data) override {
        auto& pending = m_partial[connection];
        for (const std::byte b : data) {
            pending.push_back(b);
            // A client that never sends '\n' must not grow without bound: long lines go as they are.
            if (b == std::byte{'\n'} || pending.size() >= kMaxLine) broadcast(context, connection, pending);
        }
    }
    void onClosed(ConnectionId connection) override { m_partial.erase(connection); }

private:
    static constexpr std::size_t kMaxLine = 64 * 1024;

    static void broadcast(ReplyContext& context, ConnectionId from, std::vector<std::byte>& pending) {
        const std::string prefix = "<" + context.peerOf(from).toString() + "> ";
        std::vector<std::byte> line(prefix.size());
        std::ranges::transform(prefix, line.begin(), [](char c) { return static_cast<std::byte>(c); });
        line.insert(line.end(), pending.begin(), pending.end());
        pending.clear();
        context.sendToOthers(from, std::move(line));
    }

    std::map<ConnectionId, std::vector<std::byte>> m_partial;
};

} // namespace

std::shared_ptr<Responder> makeResponder(ReplyRule rule) {
    return std::make_shared<RuleResponder>(std::move(rule));
}

std::shared_ptr<DatagramResponder> makeDatagramResponder(ReplyRule rule) {
    return std::make_shared<RuleDatagramResponder>(std::move(rule));
}

std::shared_ptr<Responder> makeChatRoomResponder() {
    return std::make_shared<ChatRoomResponder>();
}

} // namespace netcore
