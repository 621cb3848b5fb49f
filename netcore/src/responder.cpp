#include "netcore/responder.h"

#include <algorithm>

namespace netcore {

namespace {

class EchoResponder final : public Responder {
public:
    void onData(ReplyContext& context, ConnectionId connection, std::span<const std::byte> data) override {
        context.send(connection, {data.begin(), data.end()});
    }
};

class UpperResponder final : public Responder {
public:
    void onData(ReplyContext& context, ConnectionId connection, std::span<const std::byte> data) override {
        std::vector<std::byte> reply(data.begin(), data.end());
        std::ranges::transform(reply, reply.begin(), [](std::byte b) {
            const auto c = std::to_integer<unsigned char>(b);
            return c >= 'a' && c <= 'z' ? static_cast<std::byte>(c - ('a' - 'A')) : b;
        });
        context.send(connection, std::move(reply));
    }
};

class FixedResponder final : public Responder {
public:
    explicit FixedResponder(std::vector<std::byte> reply) : m_reply(std::move(reply)) {}
    void onData(ReplyContext& context, ConnectionId connection, std::span<const std::byte>) override {
        context.send(connection, m_reply);
    }

private:
    std::vector<std::byte> m_reply;
};

} // namespace

std::shared_ptr<Responder> makeEchoResponder() {
    return std::make_shared<EchoResponder>();
}
std::shared_ptr<Responder> makeUpperResponder() {
    return std::make_shared<UpperResponder>();
}
std::shared_ptr<Responder> makeFixedResponder(std::vector<std::byte> reply) {
    return std::make_shared<FixedResponder>(std::move(reply));
}

} // namespace netcore
