#include "session_test_support.h"

#include "netcore/io_loop.h"
#include "netcore/os_info.h"
#include "netcore/udp_session.h"

#include <memory>

using namespace netcore;
using namespace netcore::test;

namespace {

using Kind = SessionEventKind;

struct Endpoint {
    EventLog log;
    std::unique_ptr<UdpSession> session;
    Address address;
    Endpoint(IoLoop& loop, UdpSession::Config config = {}) {
        session = std::make_unique<UdpSession>(loop, log.queue, std::move(config));
        address = require(session->start(), "udp start");
    }
};

} // namespace

TEST_CASE("udp_session: a datagram arrives with its sender's address") {
    auto loop = require(IoLoop::create(), "IoLoop::create");
    Endpoint a(*loop);
    Endpoint b(*loop);
    CHECK(a.log.waitFor(Kind::Listening).local == a.address);
    a.session->sendTo(b.address, bytes("ping"));
    const auto& datagram = b.log.waitFor(Kind::Datagram);
    CHECK(text(datagram.bytes) == "ping");
    CHECK(datagram.peer == a.address);
    CHECK_FALSE(datagram.truncated);
    const auto& sent = a.log.waitFor(Kind::Sent);
    CHECK(sent.byteCount == 4);
    CHECK(sent.peer == b.address);
    CHECK(b.log.hasTrace("recvfrom"));
    CHECK(a.log.hasTrace("sendto"));

    b.session->sendTo(datagram.peer, bytes("pong"));
    CHECK(text(a.log.waitFor(Kind::Datagram).bytes) == "pong");
}

TEST_CASE("udp_session: counters stay exact over many datagrams") {
    auto loop = require(IoLoop::create(), "IoLoop::create");
    UdpSession::Config quiet;
    quiet.tracing = false;
    Endpoint receiver(*loop, quiet);
    auto sender = udpOnLoopback();
    constexpr int kCount = 100;
    for (int i = 0; i < kCount; ++i)
        require(sender.socket.sendTo(bytes("datagram"), receiver.address), "sendto");
    CHECK(receiver.log.waitUntil([&](const auto&) { return receiver.log.count(Kind::Datagram) == kCount; }));
    const auto counters = receiver.log.queue->counters();
    CHECK(counters.count(Kind::Datagram) == kCount);
    CHECK(counters.bytesReceived == kCount * 8);
    CHECK(counters.count(Kind::CallTraced) == 0);
    // A batch of datagrams costs far fewer notifications than datagrams (none are installed here,
    // so the count stays 0; the Qt layer's batching is tested with a callback below).
    CHECK(counters.notifications == 0);
}

TEST_CASE("udp_session: the non-empty callback fires once per drained batch") {
    auto loop = require(IoLoop::create(), "IoLoop::create");
    auto queue = std::make_shared<EventQueue>();
    std::atomic<int> notified{0};
    queue->setNonEmptyCallback([&] { notified.fetch_add(1); });
    UdpSession session(*loop, queue, {});
    const auto address = require(session.start(), "start"); // Listening + traces: one batch
    CHECK(notified.load() == 1);
    auto sender = udpOnLoopback();
    for (int i = 0; i < 50; ++i)
        require(sender.socket.sendTo(bytes("x"), address), "sendto");
    session.stop(); // however many datagrams it read before: nobody drained, so no new notification
    CHECK(queue->size() >= 2);
    CHECK(notified.load() == 1);

    std::vector<SessionEvent> drained;
    CHECK(queue->drain(drained, 1) > 0); // a capped drain leaves events: still not re-armed
    CHECK(queue->drain(drained) == 0);   // emptied: armed again
    require(session.start(), "restart");
    CHECK(notified.load() == 2);
    CHECK(queue->counters().drained == drained.size());
}

TEST_CASE("udp_session: the socket asks for the receive queue its config names") {
    // A flood outlasts a descheduled I/O thread only in a large kernel queue (docs/PERFORMANCE.md).
    auto loop = require(IoLoop::create(), "IoLoop::create");
    UdpSession::Config config;
    CHECK(config.socketReceiveBuffer == 4 * 1024 * 1024);
    config.socketReceiveBuffer = 65536;
    Endpoint endpoint(*loop, config);
    const auto sockets = endpoint.session->sockets(false);
    REQUIRE(sockets.size() == 1);
    const auto value =
        require(endpoint.session->getOption(sockets.front().id, SocketOption::ReceiveBuffer), "SO_RCVBUF");
    CHECK(std::get<int>(value) == (currentOs() == OsKind::Linux ? 2 * 65536 : 65536));
    // Asked like any other call: traced.
    CHECK(endpoint.log.waitUntil([&](const auto&) { return endpoint.log.hasTrace("setsockopt"); }));
}

TEST_CASE("udp_session: a datagram larger than the buffer is reported truncated") {
    auto loop = require(IoLoop::create(), "IoLoop::create");
    UdpSession::Config config;
    config.receiveBufferSize = 1024;
    Endpoint receiver(*loop, config);
    auto sender = udpOnLoopback();
    require(sender.socket.sendTo(std::vector<std::byte>(2000, std::byte{'x'}), receiver.address), "sendto");
    const auto& datagram = receiver.log.waitFor(Kind::Datagram);
    CHECK(datagram.truncated);
    CHECK(datagram.bytes.size() == 1024);
    CHECK(datagram.peer == sender.address);
    switch (currentOs()) {
    case OsKind::Linux:
        REQUIRE(datagram.realSize.has_value());
        CHECK(*datagram.realSize == 2000);
        break;
    case OsKind::Windows:
        REQUIRE(datagram.error.has_value());
        CHECK(datagram.error->code == ErrorCode::MessageTooLong);
        break;
    default:
        break;
    }
    // The session goes on: the next datagram fits.
    require(sender.socket.sendTo(bytes("small"), receiver.address), "sendto");
    CHECK(receiver.log.waitUntil([&](const auto&) { return receiver.log.count(Kind::Datagram) == 2; }));
    CHECK_FALSE(receiver.log.events.back().truncated);
}

TEST_CASE("udp_session: connected UDP to a closed port reports the ICMP error and goes on") {
    // Wine neither reports the ICMP error nor, once the error is pending when WSAPoll starts, the
    // socket's later datagrams: nothing of this lesson can be observed there.
    if (runsUnderWine()) return;
    auto loop = require(IoLoop::create(), "IoLoop::create");
    Address closed;
    {
        auto probe = udpOnLoopback();
        closed = probe.address;
    } // closed: nothing listens there now
    UdpSession::Config config;
    config.connectTo = closed;
    Endpoint endpoint(*loop, config);
    CHECK(endpoint.log.waitFor(Kind::Connected).peer == closed);
    endpoint.session->send(bytes("anyone?"));
    const auto& error = endpoint.log.waitFor(Kind::Error);
    REQUIRE(error.error.has_value());
    if (currentOs() == OsKind::Linux) {
        CHECK(error.error->code == ErrorCode::ConnectionRefused);
    } else { // Windows: WSAECONNRESET; macOS: ECONNREFUSED
        CHECK((error.error->code == ErrorCode::ConnectionRefused ||
               error.error->code == ErrorCode::ConnectionReset));
    }
    CHECK(endpoint.log.count(Kind::Closed) == 0);

    // Still working: connect to a live peer and talk.
    auto live = udpOnLoopback();
    require(live.socket.setTimeout(BlockingMode::Seconds(10)));
    endpoint.session->connect(live.address);
    endpoint.session->send(bytes("hello"));
    std::byte buffer[64];
    const auto datagram = require(live.socket.recvFrom(buffer), "recvfrom");
    CHECK(text(std::span(buffer, datagram.bytes)) == "hello");
    CHECK(datagram.from == endpoint.address);
    require(live.socket.sendTo(bytes("back"), endpoint.address), "sendto");
    CHECK(text(endpoint.log.waitFor(Kind::Datagram).bytes) == "back");
}

TEST_CASE("udp_session: send without a connection is an error; stop closes") {
    auto loop = require(IoLoop::create(), "IoLoop::create");
    Endpoint endpoint(*loop);
    endpoint.session->send(bytes("nowhere"));
    CHECK(endpoint.log.waitFor(Kind::Error).error->code == ErrorCode::DestinationRequired);
    endpoint.session->stop();
    CHECK(endpoint.log.waitFor(Kind::Closed).closeReason == CloseReason::LocalClose);
}

TEST_CASE("udp_session: binding an address in use fails, posted and returned") {
    auto loop = require(IoLoop::create(), "IoLoop::create");
    auto taken = udpOnLoopback();
    EventLog log;
    UdpSession::Config config;
    config.bind = taken.address;
    UdpSession session(*loop, log.queue, config);
    auto started = session.start();
    requireError(std::move(started), ErrorCode::AddressInUse);
    CHECK(log.waitFor(Kind::Error).error->code == ErrorCode::AddressInUse);
}
