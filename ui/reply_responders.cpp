#include "ui/reply_responders.h"

#include "netcore_qt/byte_array_payload.h"

#include "netcore/demo_responder.h"

namespace {

/// The stateless rule behind a reply mode, shared by the TCP and UDP servers.
std::optional<netcore::ReplyRule> ruleFor(const ReplySpec& reply) {
    using Kind = netcore::ReplyRule::Kind;
    switch (reply.mode) {
    case ReplySpec::Mode::Echo:
        return netcore::ReplyRule{Kind::Echo, {}};
    case ReplySpec::Mode::Upper:
        return netcore::ReplyRule{Kind::Upper, {}};
    case ReplySpec::Mode::Text:
    case ReplySpec::Mode::Hex:
        return netcore::ReplyRule{Kind::Fixed, netcore_qt::toBytes(reply.bytes)};
    case ReplySpec::Mode::None:
    case ReplySpec::Mode::ChatRoom:
    case ReplySpec::Mode::Demo:
    case ReplySpec::Mode::DemoFramed:
        break;
    }
    return std::nullopt;
}

} // namespace

std::shared_ptr<netcore::Responder> streamResponderFor(const ReplySpec& reply) {
    if (reply.mode == ReplySpec::Mode::ChatRoom) return netcore::makeChatRoomResponder();
    if (reply.mode == ReplySpec::Mode::Demo) return netcore::makeDemoResponder(netcore::DemoFraming::Raw);
    if (reply.mode == ReplySpec::Mode::DemoFramed)
        return netcore::makeDemoResponder(netcore::DemoFraming::LengthPrefix);
    const auto rule = ruleFor(reply);
    return rule ? netcore::makeResponder(*rule) : nullptr;
}

std::shared_ptr<netcore::DatagramResponder> datagramResponderFor(const ReplySpec& reply) {
    const auto rule = ruleFor(reply);
    return rule ? netcore::makeDatagramResponder(*rule) : nullptr;
}
