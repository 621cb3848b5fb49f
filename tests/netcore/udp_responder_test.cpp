#include "session_test_support.h"

#include "netcore/io_loop.h"
#include "netcore/os_info.h"
#include "netcore/responder.h"
#include "netcore/udp_session.h"

#include <array>

using namespace netcore;
using namespace netcore::test;

TEST_CASE("udp_responder: the seed's UDP server upper-cases and answers the sender (recvfrom/sendto)") {
    auto loop = require(IoLoop::create(), "IoLoop::create");
    EventLog log;
    UdpSession::Config config;
    config.bind = Address::loopback(Family::IPv4, 0);
    config.responder = makeDatagramResponder({ReplyRule::Kind::Upper, {}});
    UdpSession server(*loop, log.queue, config);
    const auto address = require(server.start(), "start");

    for (int client = 0; client < 3; ++client) {
        auto socket = udpOnLoopback();
        require(socket.socket.setTimeout(BlockingMode::Seconds(10)));
        const auto message = "message " + std::to_string(client);
        require(socket.socket.sendTo(bytes(message), address));
        std::array<std::byte, 64> buffer{};
        auto reply = require(socket.socket.recvFrom(buffer));
        CHECK(text(std::span(buffer).first(reply.bytes)) == "MESSAGE " + std::to_string(client));
        CHECK(reply.from == address);
    }
    CHECK(log.waitUntil([&](const auto&) { return log.count(SessionEventKind::Sent) == 3; }));
    CHECK(log.count(SessionEventKind::Datagram) == 3);
}

TEST_CASE("udp_responder: multicast membership is joined and left on the loopback interface") {
    auto socket = require(Socket::open(Family::IPv4, SocketType::Datagram));
    require(socket.bind(Address::any(Family::IPv4, 0)));
    const auto group = require(Address::parse("239.255.42.99:0"));
    const auto loopbackInterface = Address::loopback(Family::IPv4);
    auto joined = socket.joinGroup(group, loopbackInterface);
    if (!joined) {
        // Some sandboxes have no multicast on any interface: the error must still be explained.
        MESSAGE("join refused here: " << joined.error().summary());
        CHECK(joined.error().call == "setsockopt");
        return;
    }
    test::require(socket.leaveGroup(group, loopbackInterface), "leave");
    // Leaving twice: the OS says the membership is gone.
    CHECK_FALSE(socket.leaveGroup(group, loopbackInterface).has_value());
    // A unicast address is refused before the OS is asked.
    test::requireError(socket.joinGroup(Address::loopback(Family::IPv4)), ErrorCode::InvalidArgument);
}
