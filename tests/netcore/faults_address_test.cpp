// Addresses that cannot work: binding one this host does not have, and connecting where nobody
// answers. Only loopback traffic is ever sent: the non-local addresses are documentation ranges
// (RFC 5737 / RFC 3849) used for bind(), which fails before any packet, or for a connect() that the
// kernel refuses locally. The "nobody answers" peer is a loopback listener whose backlog is full.

#include "session_test_support.h"

#include "netcore/blocking_client_session.h"
#include "netcore/explanation.h"
#include "netcore/interfaces.h"
#include "netcore/io_loop.h"
#include "netcore/os_info.h"
#include "netcore/tcp_client_session.h"
#include "netcore/tcp_listener_session.h"
#include "netcore/udp_session.h"

#include <fstream>
#include <memory>
#include <string>
#include <vector>

using namespace netcore;
using namespace netcore::test;
using namespace std::chrono_literals;

namespace {

using Kind = SessionEventKind;

/// A documentation address (never routed) that is not one of this machine's own.
Address foreignAddress(Family family) {
    const auto locals = require(localInterfaces(), "interfaces");
    for (const char* text : family == Family::IPv4
                                ? std::vector<const char*>{"198.51.100.7", "203.0.113.7", "192.0.2.77"}
                                : std::vector<const char*>{"2001:db8::7", "2001:db8::77"}) {
        const auto candidate = require(Address::fromHostPort(text, 0), "address");
        bool local = false;
        for (const auto& entry : locals)
            if (entry.address == candidate) local = true;
        if (!local) return candidate;
    }
    FAIL("every documentation address is local here");
    return {};
}

bool isAddressNotAvailable(const NetError& error) {
    return error.code == ErrorCode::AddressNotAvailable &&
           (error.nativeName == "EADDRNOTAVAIL" || error.nativeName == "WSAEADDRNOTAVAIL");
}

/// A loopback listener that never accepts, its backlog filled: the next SYN is dropped, so a
/// connect to it waits as for an unreachable host (Linux; Windows answers with a reset instead).
struct SilentListener {
    Listener listener = listenOnLoopback(Family::IPv4, 0);
    std::vector<Socket> fillers;
    bool full = false;

    SilentListener() {
        for (int i = 0; i < 16 && !full; ++i) {
            auto socket = require(Socket::open(Family::IPv4, SocketType::Stream), "socket");
            require(socket.setBlocking(false), "setblocking");
            (void)socket.connect(listener.address);
            // The bound is what "unanswered" means here; a connect that completes answers in µs.
            full = require(socket.wait(Writable, 300ms), "poll") == NotReady;
            fillers.push_back(std::move(socket));
        }
    }
};

} // namespace

TEST_CASE("faults: binding an address this host does not have is EADDRNOTAVAIL, explained, nothing sent") {
    for (const auto family : {Family::IPv4, Family::IPv6}) {
        if (family == Family::IPv6 && !hasIpv6Loopback()) continue;
        CAPTURE(familyName(family));
        const auto foreign = foreignAddress(family);
        auto socket = require(Socket::open(family, SocketType::Stream), "socket");
        const auto error = requireError(socket.bind(foreign), ErrorCode::AddressNotAvailable);
        CHECK(isAddressNotAvailable(error));
        CHECK(error.call == "bind");
        CHECK(error.arguments.find(foreign.toString().substr(0, 6)) != std::string::npos);
        const auto& explanation = explain(ErrorCode::AddressNotAvailable);
        CHECK_FALSE(explanation.title.empty());
        CHECK_FALSE(explanation.tryThis.empty());

        // The sessions return it from start() and post it as an Error: a server tab shows why.
        auto loop = require(IoLoop::create(), "IoLoop::create");
        EventLog log;
        {
            TcpListenerSession::Config config;
            config.bind = foreign;
            TcpListenerSession server(*loop, log.queue, config);
            const auto started = server.start();
            REQUIRE_FALSE(started.has_value());
            CHECK(isAddressNotAvailable(started.error()));
            CHECK(isAddressNotAvailable(*log.waitFor(Kind::Error).error));
            CHECK(server.sockets(false).empty()); // nothing left open
        }
        EventLog udpLog;
        UdpSession::Config udpConfig;
        udpConfig.bind = foreign;
        UdpSession udp(*loop, udpLog.queue, udpConfig);
        const auto started = udp.start();
        if (runsUnderWine() && started) {
            // Wine binds a UDP socket to a foreign address by binding the wildcard address instead.
            MESSAGE("Wine bound UDP to " << foreign.toString() << " as " << started->toString());
            continue;
        }
        REQUIRE_FALSE(started.has_value());
        CHECK(isAddressNotAvailable(started.error()));
        CHECK(udp.sockets(false).empty());
    }
}

TEST_CASE("faults: a client bound to loopback cannot reach another network: refused locally, no packet") {
    // Linux refuses a route from 127.0.0.1 to a non-loopback device (EINVAL) unless route_localnet is
    // set; elsewhere the kernel might send a SYN off-host, which these tests never do.
    if (currentOs() != OsKind::Linux) {
        MESSAGE("skipped: only Linux is known to refuse this locally");
        return;
    }
    std::ifstream localnet("/proc/sys/net/ipv4/conf/all/route_localnet");
    int flag = 1;
    if (!(localnet >> flag) || flag != 0) {
        MESSAGE("skipped: route_localnet is on (or unknown), the kernel might route it");
        return;
    }
    auto target = foreignAddress(Family::IPv4);
    target.setPort(9);
    auto loop = require(IoLoop::create(), "IoLoop::create");
    EventLog log;
    TcpClientSession::Config config;
    config.bind = Address::loopback(Family::IPv4);
    TcpClientSession client(*loop, log.queue, config);
    client.connect(target);
    const auto closed = log.waitFor(Kind::Closed);
    CHECK(closed.closeReason == CloseReason::ConnectFailed);
    const auto* error = log.find(Kind::Error);
    REQUIRE_MESSAGE(error != nullptr, log.describe());
    CHECK(error->error->code == ErrorCode::InvalidArgument);
    CHECK(error->error->call == "connect");
    CHECK(log.count(Kind::Connected) == 0);
}

TEST_CASE("faults: connecting where nobody answers times out on the session's timer, or is cancelled") {
    if (currentOs() == OsKind::Windows && !runsUnderWine()) {
        MESSAGE("skipped: Windows resets a connect to a full backlog instead of leaving it unanswered");
        return;
    }
    SilentListener silent;
    REQUIRE_MESSAGE(silent.full, "the backlog never filled");
    auto loop = require(IoLoop::create(), "IoLoop::create");

    SUBCASE("non-blocking session: connectTimeout, then Closed(ConnectFailed), the socket closed") {
        EventLog log;
        TcpClientSession::Config config;
        config.connectTimeout = 300ms;
        TcpClientSession client(*loop, log.queue, config);
        const auto before = std::chrono::steady_clock::now();
        client.connect(silent.listener.address);
        const auto closed = log.waitFor(Kind::Closed);
        const auto took = std::chrono::steady_clock::now() - before;
        CHECK(closed.closeReason == CloseReason::ConnectFailed);
        CHECK(log.find(Kind::Error)->error->code == ErrorCode::Timeout);
        CHECK(took >= 250ms);
        CHECK(took < 5s);
        CHECK(client.sockets(false).empty());
    }
    SUBCASE("blocking session: blocked in connect(), cancel ends it at once") {
        EventLog log;
        auto client = require(BlockingClientSession::create(log.queue, {}), "create");
        client->connect({silent.listener.address});
        REQUIRE(log.waitUntil([&](const auto&) {
            for (const auto& event : log.events)
                if (event.kind == Kind::CallStarted && event.trace->call == "connect") return true;
            return false;
        }));
        const auto before = std::chrono::steady_clock::now();
        client->close(); // Disconnect while the connect waits
        const auto closed = log.waitFor(Kind::Closed);
        CHECK(std::chrono::steady_clock::now() - before < 2s);
        CHECK(log.find(Kind::Error)->error->code == ErrorCode::Cancelled);
        CHECK(closed.closeReason == CloseReason::ConnectFailed);
        CHECK(log.count(Kind::Connected) == 0);
    }
}
