// UDP at its edges: the largest datagram IPv4 (65,507 bytes) and IPv6 (65,527 bytes) can carry,
// one byte more (EMSGSIZE), and the ICMP "port unreachable" a datagram to a closed port earns.

#include "faults_support.h"
#include "session_test_support.h"

#include "netcore/io_loop.h"
#include "netcore/os_info.h"
#include "netcore/udp_session.h"

#include <memory>
#include <vector>

using namespace netcore;
using namespace netcore::test;
using namespace std::chrono_literals;

namespace {

using Kind = SessionEventKind;

/// 65,535 (the IP length field) minus the IP header (IPv4: 20; IPv6's 40 are not counted) minus
/// UDP's 8.
std::size_t largestDatagram(Family family) {
    return family == Family::IPv4 ? 65507 : 65527;
}

} // namespace

TEST_CASE("faults: the largest datagram goes both ways whole; one byte more is EMSGSIZE") {
    for (const auto family : {Family::IPv4, Family::IPv6}) {
        if (family == Family::IPv6 && !hasIpv6Loopback()) continue;
        CAPTURE(familyName(family));
        const auto largest = largestDatagram(family);
        auto a = udpOnLoopback(family);
        auto b = udpOnLoopback(family);
        require(b.socket.setTimeout(BlockingMode::Seconds(10)), "settimeout");
        require(a.socket.setTimeout(BlockingMode::Seconds(10)), "settimeout");
        std::vector<std::byte> buffer(70000);

        CHECK(require(a.socket.sendTo(pattern(largest), b.address), "sendto") == largest);
        auto got = require(b.socket.recvFrom(buffer), "recvfrom");
        CHECK(got.bytes == largest);
        CHECK_FALSE(got.truncated);
        CHECK(std::equal(buffer.begin(), buffer.begin() + static_cast<std::ptrdiff_t>(largest),
                         pattern(largest).begin()));
        CHECK(require(b.socket.sendTo(pattern(largest, 7), a.address), "sendto back") == largest);
        got = require(a.socket.recvFrom(buffer), "recvfrom back");
        CHECK(got.bytes == largest);
        CHECK(std::equal(buffer.begin(), buffer.begin() + static_cast<std::ptrdiff_t>(largest),
                         pattern(largest, 7).begin()));

        const auto error =
            requireError(a.socket.sendTo(pattern(largest + 1), b.address), ErrorCode::MessageTooLong);
        CHECK((error.nativeName == "EMSGSIZE" || error.nativeName == "WSAEMSGSIZE"));
        // Nothing of the refused datagram arrived.
        require(b.socket.setBlocking(false), "setblocking");
        requireError(b.socket.recvFrom(buffer), ErrorCode::WouldBlock);
    }
}

TEST_CASE("faults: a UDP session sends and receives 65,507 bytes whole; 65,508 is an Error, nothing sent") {
    auto loop = require(IoLoop::create(), "IoLoop::create");
    EventLog log;
    UdpSession session(*loop, log.queue, {});
    const auto address = require(session.start(), "start");
    auto peer = udpOnLoopback();
    require(peer.socket.setTimeout(BlockingMode::Seconds(10)), "settimeout");

    require(peer.socket.sendTo(pattern(65507), address), "sendto");
    const auto datagram = log.waitFor(Kind::Datagram);
    CHECK(datagram.byteCount == 65507);
    CHECK_FALSE(datagram.truncated);
    CHECK(datagram.bytes == pattern(65507));

    session.sendTo(peer.address, pattern(65508));
    session.sendTo(peer.address, pattern(65507, 3));
    const auto error = log.waitFor(Kind::Error);
    CHECK(error.error->code == ErrorCode::MessageTooLong);
    std::vector<std::byte> buffer(70000);
    const auto got = require(peer.socket.recvFrom(buffer), "recvfrom");
    CHECK(got.bytes == 65507); // the refused one never left; the next one did, whole
    buffer.resize(got.bytes);
    CHECK(buffer == pattern(65507, 3));
    // Counted as the peer saw it: one Sent of 65,507 bytes, none for the refused datagram.
    CHECK(log.waitUntil([&](const auto&) { return log.count(Kind::Sent) == 1; }));
    CHECK(log.find(Kind::Sent)->byteCount == 65507);
    require(peer.socket.setBlocking(false), "setblocking");
    requireError(peer.socket.recvFrom(buffer), ErrorCode::WouldBlock);
}

TEST_CASE("faults: ICMP port unreachable: connected UDP hears it on the next call, unconnected per OS") {
    if (runsUnderWine()) {
        // Wine does not pass the kernel's pending ICMP error on (udp_session_test notes the same).
        MESSAGE("skipped under Wine: it does not report ICMP errors on UDP sockets");
        return;
    }
    Address closed;
    {
        auto probe = udpOnLoopback();
        closed = probe.address;
    } // nothing listens there now

    SUBCASE("connected: the next call fails with ECONNREFUSED (WSAECONNRESET on Windows), once") {
        auto a = udpOnLoopback();
        require(a.socket.connect(closed), "connect");
        CHECK(require(a.socket.send(bytes("anyone?")), "send") == 7);
        // The ICMP error is pending on the socket: poll says so, then the next call reports it.
        CHECK((require(a.socket.wait(Readable | Failed, 5000ms), "poll") & (Readable | Failed)) != 0);
        std::byte buffer[64];
        require(a.socket.setBlocking(false), "setblocking");
        const auto error = a.socket.recv(buffer);
        REQUIRE_FALSE(error.has_value());
        if (currentOs() == OsKind::Windows) {
            CHECK(error.error().code == ErrorCode::ConnectionReset);
        } else {
            CHECK(error.error().code == ErrorCode::ConnectionRefused);
            CHECK(error.error().nativeName == "ECONNREFUSED");
        }
        // Reported once: the socket works on.
        requireError(a.socket.recv(buffer), ErrorCode::WouldBlock);
    }
    SUBCASE("unconnected: Linux and macOS say nothing; Windows reports WSAECONNRESET on recvfrom") {
        auto a = udpOnLoopback();
        CHECK(require(a.socket.sendTo(bytes("anyone?"), closed), "sendto") == 7);
        std::byte buffer[64];
        if (currentOs() == OsKind::Windows) {
            CHECK((require(a.socket.wait(Readable, 5000ms), "poll") & Readable) != 0);
            require(a.socket.setBlocking(false), "setblocking");
            requireError(a.socket.recvFrom(buffer), ErrorCode::ConnectionReset);
        } else {
            // An unconnected socket cannot tell which of its peers the ICMP was about, so the OS
            // keeps it. The poll's bound is the observation window: no error arrives in it.
            CHECK(require(a.socket.wait(Readable | Failed, 300ms), "poll") == NotReady);
            require(a.socket.setBlocking(false), "setblocking");
            requireError(a.socket.recvFrom(buffer), ErrorCode::WouldBlock);
        }
    }
}
