#include "session_test_support.h"

#include "netcore/blocking_client_session.h"
#include "netcore/io_loop.h"
#include "netcore/os_info.h"
#include "netcore/socket_inspection.h"
#include "netcore/tcp_client_session.h"
#include "netcore/tcp_listener_session.h"
#include "netcore/udp_session.h"

#include <algorithm>
#include <chrono>
#include <functional>
#include <memory>
#include <optional>
#include <string>
#include <vector>

using namespace netcore;
using namespace netcore::test;
using namespace std::chrono_literals;

namespace {

using Kind = SessionEventKind;

/// Probes until `predicate` holds or the bound passes; between tries it waits on the socket
/// itself (poll), never a sleep. Returns the last readiness seen.
SocketReadiness probeUntil(const Socket& socket,
                           const std::function<bool(const SocketReadiness&)>& predicate) {
    const auto deadline = std::chrono::steady_clock::now() + kEventBound;
    SocketReadiness readiness = probeReadiness(socket);
    while (!predicate(readiness) && std::chrono::steady_clock::now() < deadline) {
        (void)socket.wait(Readable, 50ms);
        readiness = probeReadiness(socket);
    }
    return readiness;
}

/// Repeats `probe` until `predicate` holds or the bound passes, waiting on the session's events
/// in between (bounded, never a sleep).
template <typename Probe, typename Predicate>
auto retryUntil(EventLog& log, Probe probe, Predicate predicate) {
    const auto deadline = std::chrono::steady_clock::now() + kEventBound;
    auto value = probe();
    while (!predicate(value) && std::chrono::steady_clock::now() < deadline) {
        log.queue->waitForEvents(20ms);
        log.queue->drain(log.events);
        value = probe();
    }
    return value;
}

std::optional<SocketSnapshot> findRole(const std::vector<SocketSnapshot>& sockets, SocketRole role) {
    for (const auto& socket : sockets)
        if (socket.role == role) return socket;
    return std::nullopt;
}

struct Server {
    std::unique_ptr<IoLoop> loop = require(IoLoop::create(), "IoLoop::create");
    EventLog log;
    std::unique_ptr<TcpListenerSession> session;
    Address address;

    Server() {
        session = std::make_unique<TcpListenerSession>(*loop, log.queue, TcpListenerSession::Config{});
        address = require(session->start(), "listener start");
    }
};

std::string pattern(std::size_t size) {
    std::string text(size, '\0');
    for (std::size_t i = 0; i < size; ++i)
        text[i] = static_cast<char>('a' + i % 26);
    return text;
}

} // namespace

TEST_CASE("socket_inspection: a fresh connection is writable, not readable, nothing waiting") {
    auto pair = connectedPair();
    const auto readiness = probeReadiness(pair.server);
    CHECK(readiness.writable);
    CHECK_FALSE(readiness.readable);
    CHECK_FALSE(readiness.failed);
    CHECK_FALSE(readiness.hangUp);
    REQUIRE(readiness.bytesToRead.has_value());
    CHECK(*readiness.bytesToRead == 0);
    if (currentOs() == OsKind::Windows)
        CHECK_FALSE(readiness.bytesUnsent.has_value());
    else
        CHECK(readiness.bytesUnsent.has_value());
}

TEST_CASE("socket_inspection: readable with the bytes waiting after the peer sends") {
    auto pair = connectedPair();
    const auto sent = require(pair.client.sendAll(bytes("hello, select")), "sendAll");
    REQUIRE(sent.bytes == 13);
    const auto readiness =
        probeUntil(pair.server, [](const auto& r) { return r.readable && r.bytesToRead == 13u; });
    CHECK(readiness.readable);
    CHECK(readiness.writable);
    CHECK(readiness.bytesToRead == 13u);

    // Reading drains it: no longer readable, nothing waiting.
    std::vector<std::byte> buffer(64);
    CHECK(require(pair.server.recv(buffer), "recv") == 13);
    const auto after = probeReadiness(pair.server);
    CHECK_FALSE(after.readable);
    CHECK(after.bytesToRead == 0u);
}

TEST_CASE("socket_inspection: a listener is readable while a connection waits to be accepted") {
    auto listener = listenOnLoopback();
    CHECK_FALSE(probeReadiness(listener.socket).readable);
    auto client = require(Socket::open(Family::IPv4, SocketType::Stream), "socket");
    require(client.setTimeout(BlockingMode::Seconds(10)), "settimeout");
    require(client.connect(listener.address), "connect");
    const auto readiness = probeUntil(listener.socket, [](const auto& r) { return r.readable; });
    CHECK(readiness.readable);
    auto accepted = require(listener.socket.accept(), "accept");
    CHECK_FALSE(probeReadiness(listener.socket).readable);
}

TEST_CASE("socket_inspection: a reset shows as an error (and readable, as select() says)") {
    auto pair = connectedPair();
    require(pair.client.setOption(SocketOption::Linger, LingerValue{true, 0}), "SO_LINGER 0");
    require(pair.client.close(), "close");
    const auto readiness = probeUntil(pair.server, [](const auto& r) { return r.readable; });
    CHECK(readiness.readable);
    std::vector<std::byte> buffer(16);
    auto received = pair.server.recv(buffer);
    if (runsUnderWine()) {
        // Wine closes gracefully despite SO_LINGER 0 (see ARCHITECTURE.md): an EOF, not a reset.
        REQUIRE(received.has_value());
        CHECK(*received == 0);
        return;
    }
    if (currentOs() == OsKind::Windows)
        CHECK((readiness.failed || readiness.hangUp)); // WSAPoll may call an abort a hang-up
    else
        CHECK(readiness.failed);
    REQUIRE_FALSE(received.has_value());
    CHECK(received.error().code == ErrorCode::ConnectionReset);
}

TEST_CASE("socket_inspection: probing several handles keeps their order") {
    auto quiet = connectedPair();
    auto busy = connectedPair();
    require(busy.client.sendAll(bytes("xyz")), "sendAll");
    (void)probeUntil(busy.server, [](const auto& r) { return r.readable && r.bytesToRead == 3u; });
    const std::vector<NativeHandle> handles{quiet.server.nativeHandle(), busy.server.nativeHandle()};
    const auto readiness = probeReadiness(handles);
    REQUIRE(readiness.size() == 2);
    CHECK_FALSE(readiness[0].readable);
    CHECK(readiness[1].readable);
    CHECK(readiness[1].bytesToRead == 3u);
    CHECK(probeReadiness(std::span<const NativeHandle>{}).empty());
}

TEST_CASE("socket_inspection: a listener session lists its listener and connections with their trace ids") {
    Server server;
    EventLog clientLog;
    TcpClientSession client(*server.loop, clientLog.queue, {});
    client.connect(server.address);
    const auto connected = clientLog.waitFor(Kind::Connected);
    const auto accepted = server.log.waitFor(Kind::Accepted);

    const auto sockets = server.session->sockets(true);
    REQUIRE(sockets.size() == 2);
    const auto listener = findRole(sockets, SocketRole::Listener);
    const auto connection = findRole(sockets, SocketRole::Accepted);
    REQUIRE(listener.has_value());
    REQUIRE(connection.has_value());
    CHECK(listener->local == server.address);
    CHECK_FALSE(listener->peer.isValid());
    CHECK(listener->connection == 0);
    CHECK(connection->connection == accepted.connection);
    CHECK(connection->peer == connected.local);
    CHECK(connection->local == server.address);
    CHECK(connection->type == SocketType::Stream);
    REQUIRE(connection->readiness.has_value());
    CHECK(connection->readiness->writable);
    CHECK_FALSE(connection->readiness->readable);
    CHECK_FALSE(sockets[0].readiness->readable); // the listener: nobody waits to be accepted

    // The ids are the ones the trace records carry.
    bool listenTraced = false;
    for (const auto& event : server.log.events)
        if (event.kind == Kind::CallTraced && event.trace->call == "listen")
            listenTraced = event.trace->socket == listener->id;
    CHECK(listenTraced);

    const auto clientSockets = client.sockets(false);
    REQUIRE(clientSockets.size() == 1);
    CHECK(clientSockets[0].role == SocketRole::Client);
    CHECK(clientSockets[0].peer == server.address);
    CHECK(clientSockets[0].local == connected.local);
    CHECK_FALSE(clientSockets[0].readiness.has_value());
    CHECK(socketRoleName(SocketRole::Accepted) == "accepted");
}

TEST_CASE("socket_inspection: options read back through a session") {
    Server server;
    EventLog clientLog;
    TcpClientSession client(*server.loop, clientLog.queue, {});
    client.connect(server.address);
    (void)clientLog.waitFor(Kind::Connected);
    const auto sockets = client.sockets(false);
    REQUIRE(sockets.size() == 1);
    const SocketId id = sockets[0].id;

    const auto buffer = require(client.getOption(id, SocketOption::ReceiveBuffer), "SO_RCVBUF");
    CHECK(std::get<int>(buffer) > 0);
    const auto type = require(client.getOption(id, SocketOption::Type), "SO_TYPE");
    CHECK(std::get<int>(type) != 0);

    SUBCASE("TCP_NODELAY reads back on") {
        const auto traceCount = [&](const std::string& call) {
            clientLog.queue->drain(clientLog.events);
            return std::ranges::count_if(clientLog.events, [&](const SessionEvent& event) {
                return event.kind == Kind::CallTraced && event.trace->call == call;
            });
        };
        const auto readsBefore = traceCount("getsockopt");
        const auto value = require(client.setOption(id, SocketOption::NoDelay, true), "TCP_NODELAY");
        CHECK(std::get<bool>(value));
        CHECK(std::get<bool>(require(client.getOption(id, SocketOption::NoDelay), "read")));
        // The set is the user's call: traced. The reads are not.
        CHECK(clientLog.waitUntil([&](const auto&) { return clientLog.hasTrace("setsockopt"); }));
        CHECK(traceCount("getsockopt") == readsBefore);
    }
    SUBCASE("SO_RCVBUF reads back what the OS kept") {
        const auto value = require(client.setOption(id, SocketOption::ReceiveBuffer, 8192), "SO_RCVBUF");
        if (currentOs() == OsKind::Linux)
            CHECK(std::get<int>(value) == 16384); // Linux doubles it
        else
            CHECK(std::get<int>(value) >= 8192); // Windows keeps it (so does Wine)
    }
    SUBCASE("SO_LINGER reads back on and seconds") {
        const auto value =
            require(client.setOption(id, SocketOption::Linger, LingerValue{true, 7}), "linger");
        CHECK(std::get<LingerValue>(value) == LingerValue{true, 7});
    }
}

TEST_CASE("socket_inspection: a failing set says why") {
    Server server;
    EventLog clientLog;
    TcpClientSession client(*server.loop, clientLog.queue, {});
    client.connect(server.address);
    (void)clientLog.waitFor(Kind::Connected);
    const SocketId id = client.sockets(false).at(0).id;

    SUBCASE("the OS refuses a TTL over 255") {
        const auto error =
            requireError(client.setOption(id, SocketOption::Ttl, 1000), ErrorCode::InvalidArgument);
        CHECK(error.call == "setsockopt");
        CHECK_FALSE(error.nativeName.empty());
    }
    SUBCASE("a read-only option") {
        (void)requireError(client.setOption(id, SocketOption::Type, 1), ErrorCode::InvalidArgument);
    }
    SUBCASE("a value of the wrong kind") {
        (void)requireError(client.setOption(id, SocketOption::Linger, 5), ErrorCode::InvalidArgument);
    }
    SUBCASE("a socket that has closed") {
        client.close();
        (void)clientLog.waitFor(Kind::Closed);
        CHECK(client.sockets(false).empty());
        (void)requireError(client.setOption(id, SocketOption::NoDelay, true), ErrorCode::Closed);
        (void)requireError(client.getOption(id, SocketOption::NoDelay), ErrorCode::Closed);
        (void)requireError(client.probe(id), ErrorCode::Closed);
    }
}

TEST_CASE("socket_inspection: a paused server leaves the bytes waiting; resuming delivers them all") {
    Server server;
    server.session->setReadingPaused(true);
    CHECK(server.session->readingPaused());
    EventLog clientLog;
    TcpClientSession client(*server.loop, clientLog.queue, {});
    client.connect(server.address);
    (void)clientLog.waitFor(Kind::Connected);
    const auto accepted = server.log.waitFor(Kind::Accepted);

    client.send(bytes("twelve bytes"));
    const auto sockets = server.session->sockets(false);
    const auto connection = findRole(sockets, SocketRole::Accepted);
    REQUIRE(connection.has_value());
    const auto readiness = retryUntil(
        server.log, [&] { return require(server.session->probe(connection->id), "probe"); },
        [](const SocketReadiness& r) { return r.readable && r.bytesToRead == 12u; });
    CHECK(readiness.readable);
    CHECK(readiness.bytesToRead == 12u);
    CHECK(server.log.count(Kind::Data) == 0);

    server.session->setReadingPaused(false);
    CHECK(server.log.waitForData(accepted.connection, 12) == "twelve bytes");
    const auto drained = retryUntil(
        server.log, [&] { return require(server.session->probe(connection->id), "probe"); },
        [](const SocketReadiness& r) { return !r.readable && r.bytesToRead == 0u; });
    CHECK_FALSE(drained.readable);
}

TEST_CASE("socket_inspection: a peer that never reads fills the buffers, then gets every byte") {
    Server server;
    server.session->setReadingPaused(true);
    EventLog clientLog;
    TcpClientSession client(*server.loop, clientLog.queue, {});
    client.connect(server.address);
    (void)clientLog.waitFor(Kind::Connected);
    const auto accepted = server.log.waitFor(Kind::Accepted);

    // More than both buffers hold: the rest stays in the client's own queue.
    const std::string payload = pattern(8 * 1024 * 1024);
    client.send(bytes(payload));
    CHECK(retryUntil(
              clientLog, [&] { return client.queuedBytes(); }, [](std::size_t q) { return q > 0; }) > 0);
    const auto clientSocket = client.sockets(true).at(0);
    CHECK(clientSocket.queuedBytes > 0);
    CHECK(server.log.count(Kind::Data) == 0);

    server.session->setReadingPaused(false);
    CHECK(server.log.waitUntil(
        [&](const auto&) { return server.log.received(accepted.connection).size() >= payload.size(); }, 30s));
    CHECK(server.log.received(accepted.connection) == payload);
    CHECK(retryUntil(
              clientLog, [&] { return client.queuedBytes(); }, [](std::size_t q) { return q == 0; }) == 0);
}

TEST_CASE("socket_inspection: connections accepted while paused start paused") {
    Server server;
    server.session->setReadingPaused(true);
    auto raw = require(Socket::open(Family::IPv4, SocketType::Stream), "socket");
    require(raw.setTimeout(BlockingMode::Seconds(10)), "settimeout");
    require(raw.connect(server.address), "connect");
    const auto accepted = server.log.waitFor(Kind::Accepted);
    require(raw.sendAll(bytes("abc")), "sendAll");
    const auto connection = findRole(server.session->sockets(false), SocketRole::Accepted);
    REQUIRE(connection.has_value());
    const auto readiness = retryUntil(
        server.log, [&] { return require(server.session->probe(connection->id), "probe"); },
        [](const SocketReadiness& r) { return r.readable && r.bytesToRead == 3u; });
    CHECK(readiness.bytesToRead == 3u);
    CHECK(server.log.count(Kind::Data) == 0);
    server.session->setReadingPaused(false);
    CHECK(server.log.waitForData(accepted.connection, 3) == "abc");
}

TEST_CASE("socket_inspection: the blocking client's data waits until Receive") {
    Server server;
    EventLog log;
    BlockingClientSession::Config config;
    config.receiveAfterSend = false;
    auto client = require(BlockingClientSession::create(log.queue, config), "create");
    CHECK(client->sockets(false).empty());
    client->connect({server.address});
    const auto connected = log.waitFor(Kind::Connected);
    const auto accepted = server.log.waitFor(Kind::Accepted);
    const auto sockets = client->sockets(true);
    REQUIRE(sockets.size() == 1);
    CHECK(sockets[0].role == SocketRole::Client);
    CHECK(sockets[0].peer == server.address);
    REQUIRE(sockets[0].readiness.has_value());
    CHECK_FALSE(sockets[0].readiness->readable);

    server.session->send(accepted.connection, bytes("seven!!"));
    const auto readiness = retryUntil(
        log, [&] { return require(client->probe(sockets[0].id), "probe"); },
        [](const SocketReadiness& r) { return r.readable && r.bytesToRead == 7u; });
    CHECK(readiness.readable);
    CHECK(readiness.bytesToRead == 7u);

    const auto value = require(client->setOption(sockets[0].id, SocketOption::KeepAlive, true), "keepalive");
    CHECK(std::get<bool>(value));

    client->receive();
    CHECK(log.waitForData(connected.connection, 7) == "seven!!");

    // While the worker blocks in recv(), the socket can still be looked at and tuned.
    client->receive();
    (void)log.waitUntil([&](const auto&) { return client->busy().has_value(); });
    CHECK(client->busy().has_value());
    const auto blocked = client->sockets(true);
    REQUIRE(blocked.size() == 1);
    CHECK_FALSE(blocked[0].readiness->readable);
    CHECK(std::get<bool>(require(client->setOption(sockets[0].id, SocketOption::NoDelay, true), "nodelay")));
    server.session->send(accepted.connection, bytes("!"));
    CHECK(log.waitForData(connected.connection, 8) == "seven!!!");
    client->close();
    (void)log.waitFor(Kind::Closed);
    CHECK(client->sockets(false).empty());
    (void)requireError(client->getOption(sockets[0].id, SocketOption::KeepAlive), ErrorCode::Closed);
}

TEST_CASE("socket_inspection: a UDP session shows its socket and takes options") {
    auto loop = require(IoLoop::create(), "IoLoop::create");
    EventLog log;
    UdpSession session(*loop, log.queue, {});
    const auto address = require(session.start(), "udp start");
    const auto sockets = session.sockets(true);
    REQUIRE(sockets.size() == 1);
    CHECK(sockets[0].role == SocketRole::Udp);
    CHECK(sockets[0].type == SocketType::Datagram);
    CHECK(sockets[0].local == address);
    CHECK(sockets[0].readiness->writable);
    const auto value =
        require(session.setOption(sockets[0].id, SocketOption::Broadcast, true), "SO_BROADCAST");
    CHECK(std::get<bool>(value));
    session.stop();
    CHECK(session.sockets(false).empty());
}
