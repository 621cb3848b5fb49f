#include "session_test_support.h"

#include "netcore/io_loop.h"
#include "netcore/os_info.h"
#include "netcore/tcp_client_session.h"
#include "netcore/tcp_listener_session.h"

#include <algorithm>
#include <memory>
#include <string>
#include <vector>

using namespace netcore;
using namespace netcore::test;
using namespace std::chrono_literals;

namespace {

using Kind = SessionEventKind;

/// A loop, a listener session on loopback port 0, and its events.
struct Server {
    std::unique_ptr<IoLoop> loop = require(IoLoop::create(), "IoLoop::create");
    EventLog log;
    std::unique_ptr<TcpListenerSession> session;
    Address address;

    explicit Server(TcpListenerSession::Config config = {}) {
        session = std::make_unique<TcpListenerSession>(*loop, log.queue, std::move(config));
        address = require(session->start(), "listener start");
    }
};

/// An address nothing listens on: a port bound (so nobody else takes it now) but not listening.
struct ClosedPort {
    Socket holder = require(Socket::open(Family::IPv4, SocketType::Stream), "socket");
    Address address;
    ClosedPort() {
        require(holder.bind(Address::loopback(Family::IPv4)), "bind");
        address = require(holder.localAddress(), "getsockname");
    }
};

Socket rawClient(const Address& to) {
    auto socket = require(Socket::open(to.family(), SocketType::Stream), "socket");
    require(socket.setTimeout(BlockingMode::Seconds(10)), "settimeout");
    require(socket.connect(to), "connect");
    return socket;
}

} // namespace

TEST_CASE("tcp_sessions: listener and client exchange data both ways") {
    Server server;
    CHECK(server.address.port() != 0);
    CHECK(server.log.waitFor(Kind::Listening).local == server.address);

    EventLog clientLog;
    TcpClientSession client(*server.loop, clientLog.queue, {});
    client.connect(server.address);
    const auto& connected = clientLog.waitFor(Kind::Connected);
    CHECK(connected.peer == server.address);
    CHECK(connected.local.port() != 0);
    const auto& accepted = server.log.waitFor(Kind::Accepted);
    CHECK(accepted.peer == connected.local);
    const ConnectionId id = accepted.connection;
    CHECK(id != 0);

    client.send(bytes("hello"));
    CHECK(server.log.waitForData(id, 5) == "hello");
    server.session->send(id, bytes("world"));
    CHECK(clientLog.waitForData(connected.connection, 5) == "world");
    CHECK(clientLog.waitUntil([&](const auto&) { return clientLog.count(Kind::Sent) >= 1; }));

    const auto infos = server.session->connections();
    REQUIRE(infos.size() == 1);
    CHECK(infos[0].id == id);
    CHECK(infos[0].bytesIn == 5);
    CHECK(infos[0].bytesOut == 5);
    CHECK(infos[0].peer == connected.local);

    client.close();
    const auto& closed = server.log.waitFor(Kind::Closed, id);
    CHECK(closed.closeReason == CloseReason::PeerEof);
    CHECK(clientLog.waitFor(Kind::Closed).closeReason == CloseReason::LocalClose);
    CHECK(server.session->connections().empty());
}

TEST_CASE("tcp_sessions: echo of 1 MiB through the output queue") {
    Server server;
    EventLog clientLog;
    TcpClientSession client(*server.loop, clientLog.queue, {});
    client.connect(server.address);
    const ConnectionId clientId = clientLog.waitFor(Kind::Connected).connection;
    const ConnectionId id = server.log.waitFor(Kind::Accepted).connection;

    std::string payload;
    for (int i = 0; payload.size() < (1u << 20); ++i)
        payload += std::to_string(i) + ",";
    for (std::size_t at = 0; at < payload.size(); at += 100000)
        client.send(bytes(std::string_view(payload).substr(at, 100000)));

    // The test thread is the echo server's logic: every Data chunk goes straight back.
    std::size_t echoed = 0;
    const bool done = server.log.waitUntil([&](const auto& events) {
        for (; echoed < events.size(); ++echoed)
            if (events[echoed].kind == Kind::Data) server.session->send(id, events[echoed].bytes);
        return server.log.received(id).size() >= payload.size();
    });
    CHECK(done);
    CHECK(clientLog.waitForData(clientId, payload.size()) == payload);
    const auto counters = server.log.queue->counters();
    CHECK(counters.bytesReceived == payload.size());
}

TEST_CASE("tcp_sessions: 50 clients on one listener") {
    Server server;
    EventLog clientLog; // one queue for all clients: events carry their session id
    std::vector<std::unique_ptr<TcpClientSession>> clients;
    for (int i = 0; i < 50; ++i) {
        clients.push_back(
            std::make_unique<TcpClientSession>(*server.loop, clientLog.queue, TcpClientSession::Config{}));
        clients.back()->connect(server.address);
    }
    REQUIRE(clientLog.waitUntil([&](const auto&) { return clientLog.count(Kind::Connected) == 50; }));
    for (int i = 0; i < 50; ++i)
        clients[static_cast<std::size_t>(i)]->send(bytes("client " + std::to_string(i) + ";"));
    REQUIRE(server.log.waitUntil([&](const auto&) { return server.log.count(Kind::Accepted) == 50; }));

    std::vector<ConnectionId> ids;
    for (const auto& event : server.log.events)
        if (event.kind == Kind::Accepted) ids.push_back(event.connection);
    std::sort(ids.begin(), ids.end());
    CHECK(std::adjacent_find(ids.begin(), ids.end()) == ids.end()); // distinct

    std::size_t expected = 0;
    for (int i = 0; i < 50; ++i)
        expected += ("client " + std::to_string(i) + ";").size();
    const bool all = server.log.waitUntil([&](const auto&) {
        std::size_t bytesIn = 0;
        for (const auto id : ids)
            bytesIn += server.log.received(id).size();
        return bytesIn == expected;
    });
    CHECK(all);
    CHECK(server.session->connections().size() == 50);

    server.session->sendToAll(bytes("bye"));
    REQUIRE(clientLog.waitUntil([&](const auto&) { return clientLog.count(Kind::Data) >= 50; }));
    server.session->stop();
    CHECK(server.log.waitUntil([&](const auto&) { return server.log.count(Kind::Closed) == 51; }));
    CHECK(clientLog.waitUntil([&](const auto&) { return clientLog.count(Kind::Closed) == 50; }));
}

TEST_CASE("tcp_sessions: a peer's close is Closed(PeerEof) after its data") {
    Server server;
    {
        auto raw = rawClient(server.address);
        require(raw.sendAll(bytes("last words")), "sendall");
    } // closed here
    const ConnectionId id = server.log.waitFor(Kind::Accepted).connection;
    CHECK(server.log.waitForData(id, 10) == "last words");
    const auto& closed = server.log.waitFor(Kind::Closed, id);
    CHECK(closed.closeReason == CloseReason::PeerEof);
    CHECK(server.log.find(Kind::Error, 0, id) == nullptr);
}

TEST_CASE("tcp_sessions: abort makes the peer see a reset") {
    Server server;
    auto raw = rawClient(server.address);
    const ConnectionId id = server.log.waitFor(Kind::Accepted).connection;
    server.session->abort(id);
    CHECK(server.log.waitFor(Kind::Closed, id).closeReason == CloseReason::Abort);
    CHECK(server.log.hasTrace("setsockopt"));
    std::byte buffer[16];
    auto received = raw.recv(buffer);
    if (runsUnderWine()) {
        // Wine's closesocket ignores SO_LINGER 0 and sends FIN: the peer sees EOF there.
        CHECK((received ? *received == 0 : received.error().code == ErrorCode::ConnectionReset));
        return;
    }
    requireError(std::move(received), ErrorCode::ConnectionReset);
}

TEST_CASE("tcp_sessions: a reset from the peer is Error + Closed(Reset)") {
    if (runsUnderWine()) return; // Wine closes with FIN despite SO_LINGER 0: no reset to observe
    Server server;
    {
        auto raw = rawClient(server.address);
        require(raw.setOption(SocketOption::Linger, LingerValue{true, 0}), "SO_LINGER");
    } // RST
    const ConnectionId id = server.log.waitFor(Kind::Accepted).connection;
    const auto& closed = server.log.waitFor(Kind::Closed, id);
    // The RST may overtake the accept (then accept or the first recv sees it) or come after it.
    CHECK(closed.closeReason == CloseReason::Reset);
    const auto* error = server.log.find(Kind::Error, 0, id);
    REQUIRE(error != nullptr);
    CHECK(error->error->code == ErrorCode::ConnectionReset);
}

TEST_CASE("tcp_sessions: shutdownWrite sends EOF and the peer can still answer") {
    auto listener = listenOnLoopback();
    auto loop = require(IoLoop::create(), "IoLoop::create");
    EventLog log;
    TcpClientSession client(*loop, log.queue, {});
    client.connect(listener.address);
    auto accepted = require(listener.socket.accept(), "accept");
    require(accepted.socket.setTimeout(BlockingMode::Seconds(10)));
    const ConnectionId id = log.waitFor(Kind::Connected).connection;

    client.send(bytes("question"));
    client.shutdownWrite();
    std::string got;
    std::byte buffer[64];
    for (;;) {
        const auto n = require(accepted.socket.recv(buffer), "recv");
        if (n == 0) break; // EOF: the client's FIN
        got += text(std::span(buffer, n));
    }
    CHECK(got == "question");
    require(accepted.socket.sendAll(bytes("answer")), "sendall");
    CHECK(log.waitForData(id, 6) == "answer");
    CHECK(client.connection()->writeShutdown);
    require(accepted.socket.close());
    CHECK(log.waitFor(Kind::Closed, id).closeReason == CloseReason::PeerEof);
}

TEST_CASE("tcp_sessions: closeOnPeerEof off reports PeerShutdown and keeps sending") {
    TcpListenerSession::Config config;
    config.closeOnPeerEof = false;
    Server server(config);
    auto raw = rawClient(server.address);
    const ConnectionId id = server.log.waitFor(Kind::Accepted).connection;
    require(raw.shutdown(ShutdownHow::Write));
    server.log.waitFor(Kind::PeerShutdown, id);
    server.session->send(id, bytes("still here"));
    std::byte buffer[64];
    const auto n = require(raw.recv(buffer), "recv");
    CHECK(text(std::span(buffer, n)) == "still here");
    server.session->shutdownWrite(id);
    CHECK(require(raw.recv(buffer), "recv") == 0);
    CHECK(server.log.waitFor(Kind::Closed, id).closeReason == CloseReason::LocalClose);
}

TEST_CASE("tcp_sessions: connection refused is an Error event and Closed(ConnectFailed)") {
    ClosedPort closed;
    auto loop = require(IoLoop::create(), "IoLoop::create");
    EventLog log;
    TcpClientSession client(*loop, log.queue, {});
    client.connect(closed.address);
    const auto& error = log.waitFor(Kind::Error);
    REQUIRE(error.error.has_value());
    CHECK(error.error->code == ErrorCode::ConnectionRefused);
    CHECK(log.waitFor(Kind::Closed).closeReason == CloseReason::ConnectFailed);
    CHECK(log.count(Kind::Connected) == 0);
}

TEST_CASE("tcp_sessions: a client tries each address in order and reports the one used") {
    ClosedPort closed;
    Server server;
    EventLog log;
    TcpClientSession client(*server.loop, log.queue, {});
    client.connect(std::vector<Address>{closed.address, server.address});
    const auto& connected = log.waitFor(Kind::Connected);
    CHECK(connected.peer == server.address);
    const auto* refused = log.find(Kind::Error);
    REQUIRE(refused != nullptr);
    CHECK(refused->error->code == ErrorCode::ConnectionRefused);
    CHECK(refused->connection == connected.connection);
}

TEST_CASE("tcp_sessions: the connect timeout is an IoLoop timer") {
    // A listener with a full backlog and no accept() lets SYNs go unanswered on Linux; elsewhere a
    // full backlog may refuse instead, so only the outcome "no connection, Error, Closed" is common.
    auto listener = listenOnLoopback(Family::IPv4, 0);
    std::vector<Socket> fillers;
    auto loop = require(IoLoop::create(), "IoLoop::create");
    for (int i = 0; i < 4; ++i) {
        auto filler = require(Socket::open(Family::IPv4, SocketType::Stream));
        require(filler.setBlocking(false));
        (void)filler.connect(listener.address);
        fillers.push_back(std::move(filler));
    }
    EventLog log;
    TcpClientSession::Config config;
    config.connectTimeout = 200ms;
    TcpClientSession client(*loop, log.queue, config);
    client.connect(listener.address);
    CHECK(
        log.waitUntil([&](const auto&) { return log.count(Kind::Closed) + log.count(Kind::Connected) > 0; }));
    if (currentOs() == OsKind::Linux && log.count(Kind::Connected) == 0) {
        const auto* error = log.find(Kind::Error);
        REQUIRE(error != nullptr);
        CHECK(error->error->code == ErrorCode::Timeout);
    }
}

TEST_CASE("tcp_sessions: trace records for accept, recv and send") {
    Server server;
    auto raw = rawClient(server.address);
    const ConnectionId id = server.log.waitFor(Kind::Accepted).connection;
    require(raw.sendAll(bytes("ping")), "sendall");
    server.log.waitForData(id, 4);
    server.session->send(id, bytes("pong"));
    server.log.waitFor(Kind::Sent, id);
    CHECK(server.log.hasTrace("socket"));
    CHECK(server.log.hasTrace("bind"));
    CHECK(server.log.hasTrace("listen"));
    CHECK(server.log.hasTrace("accept"));
    CHECK(server.log.hasTrace("recv"));
    CHECK(server.log.hasTrace("send"));
    // Each trace names the connection whose socket made the call.
    for (const auto& event : server.log.events)
        if (event.kind == Kind::CallTraced && event.trace->call == "recv") CHECK(event.connection == id);
}

TEST_CASE("tcp_sessions: tracing can be switched off") {
    TcpListenerSession::Config config;
    config.tracing = false;
    Server server(config);
    auto raw = rawClient(server.address);
    const ConnectionId id = server.log.waitFor(Kind::Accepted).connection;
    require(raw.sendAll(bytes("quiet")), "sendall");
    server.log.waitForData(id, 5);
    CHECK(server.log.count(Kind::CallTraced) == 0);

    server.session->setTracing(true);
    require(raw.sendAll(bytes("loud")), "sendall");
    server.log.waitForData(id, 9);
    CHECK(server.log.hasTrace("recv"));
}

TEST_CASE("tcp_sessions: a peer that does not read leaves bytes queued") {
    auto listener = listenOnLoopback();
    auto loop = require(IoLoop::create(), "IoLoop::create");
    EventLog log;
    TcpClientSession::Config config;
    config.tracing = false;
    TcpClientSession client(*loop, log.queue, config);
    client.connect(listener.address);
    auto accepted = require(listener.socket.accept(), "accept");
    const ConnectionId id = log.waitFor(Kind::Connected).connection;

    const std::size_t total = 32u << 20; // more than loopback's socket buffers hold
    client.send(std::vector<std::byte>(total, std::byte{0x5a}));
    const bool stuck = log.waitUntil([&](const auto& events) {
        return std::any_of(events.begin(), events.end(), [](const auto& event) {
            return event.kind == Kind::Sent && event.queuedBytes > 0;
        });
    });
    CHECK(stuck);
    CHECK(client.queuedBytes() > 0);

    // Now read everything: the queue drains to zero.
    require(accepted.socket.setTimeout(BlockingMode::Seconds(10)));
    std::vector<std::byte> buffer(1 << 20);
    std::size_t received = 0;
    while (received < total)
        received += require(accepted.socket.recv(buffer), "recv");
    CHECK(received == total);
    CHECK(log.waitUntil([&](const auto& events) {
        return std::any_of(events.begin(), events.end(), [](const auto& event) {
            return event.kind == Kind::Sent && event.queuedBytes == 0;
        });
    }));
    CHECK(client.connection()->bytesOut == total);
    (void)id;
}
