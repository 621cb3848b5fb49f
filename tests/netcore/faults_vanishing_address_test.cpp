// The bound address disappears: an interface address that a listener, a connection and a UDP
// endpoint use is removed, then comes back. Changing addresses needs a network namespace of its own,
// so the body runs only where SOCKLAB_TEST_NETNS is set: ctest's netcore.faults_vanishing_address_netns
// starts this file in `unshare -rn` (a private user and network namespace: nothing outside it is
// touched). Elsewhere, and on Windows, it says why it skipped.

#include "session_test_support.h"

#include "netcore/io_loop.h"
#include "netcore/tcp_client_session.h"
#include "netcore/tcp_listener_session.h"
#include "netcore/udp_session.h"

#include <cstdlib>
#include <string>

using namespace netcore;
using namespace netcore::test;
using namespace std::chrono_literals;

namespace {

using Kind = SessionEventKind;

#ifndef _WIN32
// Only inside the private namespace: these change its addresses.
bool run(const std::string& command) {
    return std::system((command + " >/dev/null 2>&1").c_str()) == 0;
}
#endif

} // namespace

TEST_CASE("faults: the bound address disappears and comes back; nothing lost, nothing doubled") {
#ifdef _WIN32
    MESSAGE("skipped: needs a Linux network namespace");
#else
    if (std::getenv("SOCKLAB_TEST_NETNS") == nullptr) {
        MESSAGE(
            "skipped: runs in a private network namespace (ctest netcore.faults_vanishing_address_netns)");
        return;
    }
    const std::string address = "10.9.9.9";
    REQUIRE(run("ip link set lo up"));
    REQUIRE(run("ip addr add " + address + "/32 dev lo"));
    const auto bindTo = require(Address::fromHostPort(address, 0), "address");

    auto loop = require(IoLoop::create(), "IoLoop::create");
    EventLog serverLog;
    TcpListenerSession::Config serverConfig;
    serverConfig.bind = bindTo;
    TcpListenerSession server(*loop, serverLog.queue, serverConfig);
    const auto serverAddress = require(server.start(), "listen");
    EventLog clientLog;
    TcpClientSession client(*loop, clientLog.queue, {});
    client.connect(serverAddress);
    clientLog.waitFor(Kind::Connected);
    const auto connection = serverLog.waitFor(Kind::Accepted).connection;
    client.send(bytes("before"));
    CHECK(serverLog.waitForData(connection, 6) == "before");

    EventLog udpLog;
    UdpSession::Config udpConfig;
    udpConfig.bind = bindTo;
    UdpSession udp(*loop, udpLog.queue, udpConfig);
    require(udp.start(), "udp start");
    auto peer = udpOnLoopback();

    REQUIRE(run("ip addr del " + address + "/32 dev lo"));

    // UDP: the send fails at once (ENETUNREACH), is not counted as sent, and the session goes on.
    udp.sendTo(peer.address, bytes("lost?"));
    const auto udpError = udpLog.waitFor(Kind::Error);
    CHECK(udpError.error->code == ErrorCode::NetworkUnreachable);
    CHECK(udpLog.count(Kind::Sent) == 0);
    CHECK(udpLog.count(Kind::Closed) == 0);

    // A new connection to the vanished address cannot be made; nor can a new bind.
    EventLog lateLog;
    TcpClientSession late(*loop, lateLog.queue, {});
    late.connect(serverAddress);
    CHECK(lateLog.waitFor(Kind::Closed).closeReason == CloseReason::ConnectFailed);
    CHECK(lateLog.find(Kind::Error)->error->code == ErrorCode::NetworkUnreachable);
    auto another = require(Socket::open(Family::IPv4, SocketType::Stream), "socket");
    requireError(another.bind(bindTo), ErrorCode::AddressNotAvailable);

    // TCP: the OS takes the bytes (counted as Sent: send() succeeded) and retransmits them unseen;
    // the Sockets view shows them unacknowledged in the send queue, not as received by the peer.
    client.send(bytes("after"));
    CHECK(clientLog.waitUntil([&](const auto&) { return clientLog.count(Kind::Sent) == 2; }));
    std::optional<std::size_t> unsent;
    for (const auto& snapshot : client.sockets(true))
        if (snapshot.readiness) unsent = snapshot.readiness->bytesUnsent;
    CHECK(unsent == std::optional<std::size_t>(5));
    CHECK(serverLog.received(connection) == "before");

    // The address comes back: the retransmission delivers the bytes, once.
    REQUIRE(run("ip addr add " + address + "/32 dev lo"));
    CHECK(serverLog.waitUntil([&](const auto&) { return serverLog.received(connection).size() >= 11; }, 20s));
    CHECK(serverLog.received(connection) == "beforeafter");
    CHECK(clientLog.count(Kind::Error) == 0);
    CHECK(serverLog.count(Kind::Error) == 0);
#endif
}
