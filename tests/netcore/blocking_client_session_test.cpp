#include "session_test_support.h"

#include "netcore/blocking_client_session.h"

#include <array>

using namespace netcore;
using namespace netcore::test;
using Kind = SessionEventKind;
using namespace std::chrono_literals;

namespace {
std::unique_ptr<BlockingClientSession> makeClient(EventLog& log, BlockingClientSession::Config config = {}) {
    return require(BlockingClientSession::create(log.queue, config), "create");
}
} // namespace

TEST_CASE("blocking_client: the seed's client: connect, send, then blocked in recv() until the answer") {
    auto listener = listenOnLoopback();
    EventLog log;
    auto client = makeClient(log);
    client->connect({listener.address});
    auto accepted = require(listener.socket.accept(), "accept");
    CHECK(log.waitFor(Kind::Connected).peer == listener.address);

    client->send(bytes("hello"));
    std::array<std::byte, 16> buffer{};
    require(accepted.socket.setTimeout(BlockingMode::Seconds(10)));
    CHECK(text(std::span(buffer).first(require(accepted.socket.recv(buffer)))) == "hello");
    // The client now waits in recv(): announced, and visible through busy().
    CHECK(log.waitUntil([&](const auto& events) {
        for (const auto& event : events)
            if (event.kind == Kind::CallStarted && event.trace && event.trace->call == "recv") return true;
        return false;
    }));
    const auto busy = client->busy();
    REQUIRE(busy.has_value());
    CHECK(busy->label == "send");

    require(accepted.socket.sendAll(bytes("HELLO")));
    CHECK(log.waitForData(log.waitFor(Kind::Connected).connection, 5) == "HELLO");
    CHECK(log.hasTrace("recv"));
    CHECK(log.hasTrace("sendall"));
    CHECK(log.hasTrace("connect"));
}

TEST_CASE("blocking_client: a wait in recv() is cancelled and the connection stays usable") {
    auto listener = listenOnLoopback();
    EventLog log;
    auto client = makeClient(log);
    client->connect({listener.address});
    auto accepted = require(listener.socket.accept(), "accept");
    log.waitFor(Kind::Connected);
    client->receive();
    // Cancel once the recv() job runs (busy() alone could still be the connect job finishing).
    REQUIRE(log.waitUntil([&](const auto&) {
        const auto busy = client->busy();
        return busy && busy->label == "recv";
    }));
    client->cancel();
    const auto& error = log.waitFor(Kind::Error);
    REQUIRE(error.error.has_value());
    CHECK(error.error->code == ErrorCode::Cancelled);
    client->send(bytes("still here"));
    std::array<std::byte, 32> buffer{};
    require(accepted.socket.setTimeout(BlockingMode::Seconds(10)));
    CHECK(require(accepted.socket.recv(buffer)) == 10);
}

TEST_CASE("blocking_client: timeout mode says 'timed out', refused connect reports ECONNREFUSED") {
    SUBCASE("timeout") {
        auto listener = listenOnLoopback();
        EventLog log;
        auto client = makeClient(log, {.mode = BlockingMode::timeout(0.1s)});
        client->connect({listener.address});
        log.waitFor(Kind::Connected);
        client->receive();
        const auto& error = log.waitFor(Kind::Error);
        REQUIRE(error.error.has_value());
        CHECK(error.error->code == ErrorCode::Timeout);
    }
    SUBCASE("refused") {
        Address closed;
        {
            auto gone = listenOnLoopback();
            closed = gone.address;
        }
        EventLog log;
        auto client = makeClient(log);
        client->connect({closed});
        const auto& error = log.waitFor(Kind::Error);
        REQUIRE(error.error.has_value());
        CHECK(error.error->code == ErrorCode::ConnectionRefused);
        CHECK(log.waitFor(Kind::Closed).closeReason == CloseReason::ConnectFailed);
    }
}

TEST_CASE("blocking_client: the peer closes: recv returns 0, reported as PeerShutdown") {
    auto listener = listenOnLoopback();
    EventLog log;
    auto client = makeClient(log);
    client->connect({listener.address});
    {
        auto accepted = require(listener.socket.accept(), "accept");
        log.waitFor(Kind::Connected);
    }
    client->receive();
    log.waitFor(Kind::PeerShutdown);
}
