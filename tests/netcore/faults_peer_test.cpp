// Peers that misbehave: one that resets mid-transfer, one that never reads. Real loopback sockets;
// every test ends by comparing what SockLab counted with what the peer really saw.

#include "faults_support.h"
#include "session_test_support.h"

#include "netcore/blocking_client_session.h"
#include "netcore/io_loop.h"
#include "netcore/os_info.h"
#include "netcore/tcp_client_session.h"
#include "netcore/tcp_listener_session.h"
#include "netcore/udp_session.h"

#include <algorithm>
#include <cstdint>
#include <memory>

using namespace netcore;
using namespace netcore::test;
using namespace std::chrono_literals;

namespace {

using Kind = SessionEventKind;

std::uint64_t sum(const EventLog& log, Kind kind) {
    std::uint64_t total = 0;
    for (const auto& event : log.events)
        if (event.kind == kind) total += event.byteCount;
    return total;
}

/// Whether the Sent/Data events' payloads, joined, are the pattern from position 0.
bool payloadsArePattern(const EventLog& log, Kind kind) {
    std::uint64_t at = 0;
    for (const auto& event : log.events) {
        if (event.kind != kind) continue;
        for (const auto byte : event.bytes)
            if (byte != patternByte(at++)) return false;
    }
    return true;
}

void abortSocket(Socket& socket) {
    require(socket.setOption(SocketOption::Linger, LingerValue{true, 0}), "SO_LINGER 0");
    require(socket.close(), "close");
}

bool isResetCode(ErrorCode code) {
    return code == ErrorCode::ConnectionReset || code == ErrorCode::BrokenPipe ||
           code == ErrorCode::ConnectionAborted;
}

} // namespace

TEST_CASE("faults: the peer resets while SockLab sends; sent + dropped = asked, the peer's bytes a prefix") {
    auto loop = require(IoLoop::create(), "IoLoop::create");
    auto listener = listenOnLoopback();
    EventLog log;
    TcpClientSession client(*loop, log.queue, {});
    client.connect(listener.address);
    auto peer = require(listener.socket.accept(), "accept");
    log.waitFor(Kind::Connected);

    constexpr std::size_t kAsked = 16 * 1024 * 1024; // more than any socket buffer holds
    client.send(pattern(kAsked));
    std::uint64_t peerRead = 0;
    {
        PeerReader reader(peer.socket, PeerReader::upTo(1024 * 1024));
        reader.join();
        peerRead = reader.count();
        CHECK(peerRead == 1024 * 1024);
        CHECK_FALSE(reader.firstMismatch().has_value());
    }
    abortSocket(peer.socket); // unread bytes in its buffer, SO_LINGER 0: a RST either way

    const auto closed = log.waitFor(Kind::Closed);
    CHECK(closed.closeReason == CloseReason::Reset);
    const auto* error = log.find(Kind::Error);
    REQUIRE_MESSAGE(error != nullptr, log.describe());
    CHECK_MESSAGE(isResetCode(error->error->code), error->error->summary());
    // Nothing unaccounted: every byte asked for was either taken by the OS (Sent) or dropped from
    // the output queue at the close (Closed.queuedBytes); the peer's bytes are the stream's start.
    const auto sent = sum(log, Kind::Sent);
    CHECK(sent + closed.queuedBytes == kAsked);
    CHECK(sent >= peerRead);
    CHECK(payloadsArePattern(log, Kind::Sent));
    CHECK_FALSE(client.connection().has_value());
}

TEST_CASE("faults: the peer resets while SockLab receives; Data is exactly what arrived, then ECONNRESET") {
    auto loop = require(IoLoop::create(), "IoLoop::create");
    EventLog log;
    TcpListenerSession server(*loop, log.queue, {});
    const auto address = require(server.start(), "listen");
    server.setReadingPaused(true); // the bytes wait in the receive buffer, to be counted first

    auto peer = require(Socket::open(Family::IPv4, SocketType::Stream), "socket");
    require(peer.setTimeout(BlockingMode::Seconds(10)), "settimeout");
    require(peer.connect(address), "connect");
    const auto id = log.waitFor(Kind::Accepted).connection;
    require(peer.setBlocking(false), "setblocking");
    std::uint64_t taken = 0; // what the peer's send() calls accepted
    for (;;) {
        auto sent = peer.send(pattern(64 * 1024, taken));
        if (!sent) {
            CHECK(sent.error().code == ErrorCode::WouldBlock);
            break;
        }
        taken += *sent;
    }
    abortSocket(peer);
    // What had reached SockLab's socket (FIONREAD, read after the reset: nothing moves any more);
    // the rest sat in the peer's send buffer, which the reset threw away.
    std::optional<std::size_t> arrived;
    for (const auto& snapshot : server.sockets(true))
        if (snapshot.connection == id && snapshot.readiness) arrived = snapshot.readiness->bytesToRead;
    REQUIRE(arrived.has_value());
    CHECK(*arrived > 0);
    CHECK(*arrived <= taken);
    server.setReadingPaused(false);

    const auto closed = log.waitFor(Kind::Closed, id);
    const auto received = sum(log, Kind::Data);
    if (closed.closeReason == CloseReason::PeerEof) {
        // Wine reports the reset as a plain EOF after the bytes that had arrived.
        CHECK(runsUnderWine());
        CHECK(received == *arrived);
    } else {
        CHECK(closed.closeReason == CloseReason::Reset);
        const auto* error = log.find(Kind::Error);
        REQUIRE_MESSAGE(error != nullptr, log.describe());
        CHECK(error->error->code == ErrorCode::ConnectionReset);
        // Linux and Windows hand over what had arrived before they report the reset.
        CHECK(received == *arrived);
    }
    CHECK(payloadsArePattern(log, Kind::Data));
}

TEST_CASE("faults: a peer that never reads: non-blocking send says EWOULDBLOCK at once, counts exact") {
    auto [client, server] = connectedPair();
    require(client.setBlocking(false), "setblocking");
    std::uint64_t taken = 0;
    int partial = 0;
    for (int i = 0; i < 100000; ++i) {
        const auto chunk = pattern(256 * 1024, taken);
        auto sent = client.send(chunk);
        if (!sent) {
            CHECK(sent.error().code == ErrorCode::WouldBlock);
            CHECK(sent.error().transferred == 0);
            break;
        }
        if (*sent < chunk.size()) ++partial;
        taken += *sent;
    }
    CHECK(taken > 0);
    // The next call does not wait either: the buffer is still full.
    const auto before = std::chrono::steady_clock::now();
    requireError(client.send(pattern(1, taken)), ErrorCode::WouldBlock);
    CHECK(std::chrono::steady_clock::now() - before < 1s);
    client = Socket{}; // FIN after the queued bytes
    PeerReader reader(server, {});
    reader.join();
    CHECK(reader.sawEof());
    CHECK(reader.count() == taken);
    CHECK_FALSE(reader.firstMismatch().has_value());
    MESSAGE("a never-reading peer took " << taken << " bytes before EWOULDBLOCK (" << partial
                                         << " partial sends)");
}

TEST_CASE("faults: a peer that never reads: the session queues, the loop serves others, nothing lost") {
    auto loop = require(IoLoop::create(), "IoLoop::create");
    auto listener = listenOnLoopback();
    EventLog log;
    TcpClientSession client(*loop, log.queue, {});
    client.connect(listener.address);
    auto peer = require(listener.socket.accept(), "accept");
    log.waitFor(Kind::Connected);

    constexpr std::size_t kAsked = 32 * 1024 * 1024;
    client.send(pattern(kAsked));
    // The OS takes what fits (a partial send, or EWOULDBLOCK), the rest waits in the queue, and
    // the Sent events say how much waits: what the tab shows as "waiting to send".
    REQUIRE(
        log.waitUntil([&](const auto&) { return client.queuedBytes() > 0 && log.count(Kind::Sent) > 0; }));
    const auto* firstSent = log.find(Kind::Sent);
    CHECK(firstSent->queuedBytes == kAsked - firstSent->byteCount);
    CHECK(log.count(Kind::Error) == 0); // a full buffer is a state, not an error

    // The same loop keeps serving another session while this one is stuck.
    EventLog udpLog;
    UdpSession udp(*loop, udpLog.queue, {});
    const auto udpAddress = require(udp.start(), "udp start");
    auto probe = udpOnLoopback();
    require(probe.socket.sendTo(bytes("still there?"), udpAddress), "sendto");
    CHECK(text(udpLog.waitFor(Kind::Datagram).bytes) == "still there?");
    CHECK(client.queuedBytes() > 0);

    // The peer finally reads: every byte arrives once, in order, and the counters agree.
    PeerReader reader(peer.socket, {});
    CHECK(reader.waitFor(kAsked) == kAsked);
    CHECK(log.waitUntil([&](const auto&) { return client.queuedBytes() == 0; }));
    log.waitUntil([&](const auto&) { return sum(log, Kind::Sent) >= kAsked; });
    CHECK(sum(log, Kind::Sent) == kAsked);
    const auto info = client.connection();
    REQUIRE(info.has_value());
    CHECK(info->bytesOut == kAsked);
    client.close();
    reader.join();
    CHECK(reader.count() == kAsked);
    CHECK_FALSE(reader.firstMismatch().has_value());
}

TEST_CASE("faults: a blocking send to a peer that never reads blocks, cancel ends it, transferred exact") {
    auto listener = listenOnLoopback();
    EventLog log;
    BlockingClientSession::Config config;
    config.receiveAfterSend = false;
    auto client = require(BlockingClientSession::create(log.queue, config), "create");
    client->connect({listener.address});
    auto peer = require(listener.socket.accept(), "accept");
    log.waitFor(Kind::Connected);

    constexpr std::size_t kAsked = 64 * 1024 * 1024;
    client->send(pattern(kAsked));
    // Announced, then stuck: the worker is busy in send while the buffers are full.
    REQUIRE(log.waitUntil([&](const auto&) {
        for (const auto& event : log.events)
            if (event.kind == Kind::CallStarted && event.trace->call == "sendall") return true;
        return false;
    }));
    const auto busy = client->busy();
    REQUIRE(busy.has_value());
    CHECK(busy->label == "send");

    client->cancel();
    const auto error = log.waitFor(Kind::Error);
    CHECK(error.error->code == ErrorCode::Cancelled);
    const auto transferred = error.error->transferred;
    CHECK(transferred > 0);
    CHECK(transferred < kAsked);
    CHECK(sum(log, Kind::Sent) == transferred); // the Sent event counts exactly what moved
    CHECK(payloadsArePattern(log, Kind::Sent));

    // The peer reads what is in flight: exactly `transferred` bytes, then the close's EOF.
    client->close();
    log.waitFor(Kind::Closed);
    PeerReader reader(peer.socket, {});
    reader.join();
    CHECK(reader.sawEof());
    CHECK(reader.count() == transferred);
    CHECK_FALSE(reader.firstMismatch().has_value());
}
