#include "session_test_support.h"

#include "netcore/io_loop.h"
#include "netcore/responder.h"
#include "netcore/tcp_listener_session.h"

#include <array>

using namespace netcore;
using namespace netcore::test;

namespace {

/// Reads until `expected` bytes came or the peer closed; the socket has a timeout set.
std::string readExactly(Socket& socket, std::size_t expected) {
    std::string all;
    std::array<std::byte, 4096> buffer{};
    while (all.size() < expected) {
        auto n = socket.recv(buffer);
        if (!n || *n == 0) break;
        all += text(std::span(buffer).first(*n));
    }
    return all;
}

struct Responding {
    std::unique_ptr<IoLoop> loop = require(IoLoop::create(), "IoLoop::create");
    EventLog log;
    std::unique_ptr<TcpListenerSession> session;
    Address address;

    explicit Responding(std::shared_ptr<Responder> responder) {
        TcpListenerSession::Config config;
        config.responder = std::move(responder);
        session = std::make_unique<TcpListenerSession>(*loop, log.queue, std::move(config));
        address = require(session->start(), "listener start");
    }

    Socket client() const {
        auto socket = require(Socket::open(Family::IPv4, SocketType::Stream), "socket");
        require(socket.setTimeout(BlockingMode::Seconds(10)), "settimeout");
        require(socket.connect(address), "connect");
        return socket;
    }
};

} // namespace

TEST_CASE("responder: the server's reply modes answer on the I/O thread") {
    struct Row {
        const char* name;
        std::shared_ptr<Responder> responder;
        const char* sent;
        const char* expected;
    };
    const Row rows[] = {
        {"upper (the seed's server)", makeUpperResponder(), "hello, World 123", "HELLO, WORLD 123"},
        {"echo", makeEchoResponder(), "as is\n", "as is\n"},
        {"fixed", makeFixedResponder(bytes("OK\r\n")), "anything", "OK\r\n"},
    };
    for (const auto& row : rows) {
        CAPTURE(row.name);
        Responding server(row.responder);
        auto client = server.client();
        require(client.sendAll(bytes(row.sent)));
        CHECK(readExactly(client, std::string_view(row.expected).size()) == row.expected);
        // The Data event still reports what came in; the reply shows as a Sent event.
        const auto id = server.log.waitFor(SessionEventKind::Accepted).connection;
        CHECK(server.log.waitForData(id, std::string_view(row.sent).size()) == row.sent);
        CHECK(server.log.waitUntil(
            [&](const auto&) { return server.log.count(SessionEventKind::Sent, id) >= 1; }));
    }
}

TEST_CASE("responder: upper-case leaves non-ASCII bytes alone, as bytes.upper() does") {
    Responding server(makeUpperResponder());
    auto client = server.client();
    const std::string utf8 = "\xc3\xa9t\xc3\xa9";
    require(client.sendAll(bytes(utf8)));
    CHECK(readExactly(client, utf8.size()) == "\xc3\xa9T\xc3\xa9");
}

TEST_CASE("responder: switched while running, silent when none") {
    Responding server(nullptr);
    auto client = server.client();
    require(client.sendAll(bytes("one")));
    const auto id = server.log.waitFor(SessionEventKind::Accepted).connection;
    CHECK(server.log.waitForData(id, 3) == "one");
    CHECK(server.log.count(SessionEventKind::Sent) == 0);
    server.session->setResponder(makeEchoResponder());
    require(client.sendAll(bytes("two")));
    CHECK(readExactly(client, 3) == "two");
}

TEST_CASE("responder: many clients are each answered with their own bytes") {
    Responding server(makeUpperResponder());
    std::vector<Socket> clients;
    for (int i = 0; i < 20; ++i)
        clients.push_back(server.client());
    for (std::size_t i = 0; i < clients.size(); ++i)
        require(clients[i].sendAll(bytes("client " + std::to_string(i))));
    for (std::size_t i = 0; i < clients.size(); ++i) {
        const auto expected = "CLIENT " + std::to_string(i);
        CHECK(readExactly(clients[i], expected.size()) == expected);
    }
}

TEST_CASE("responder: the chat room sends each line to the other clients, prefixed by its sender") {
    Responding server(makeChatRoomResponder());
    auto alice = server.client();
    auto bob = server.client();
    auto carol = server.client();
    // All three are accepted before anyone speaks (a line is sent to the clients connected then).
    REQUIRE(
        server.log.waitUntil([&](const auto&) { return server.log.count(SessionEventKind::Accepted) == 3; }));
    const auto aliceName = "<" + require(alice.localAddress()).toString() + "> ";
    require(alice.sendAll(bytes("hi all\nsecond ")));
    require(alice.sendAll(bytes("line\n")));
    const std::string expected = aliceName + "hi all\n" + aliceName + "second line\n";
    CHECK(readExactly(bob, expected.size()) == expected);
    CHECK(readExactly(carol, expected.size()) == expected);
    // The sender does not hear itself.
    require(alice.setTimeout(BlockingMode::Seconds(0.05)));
    std::array<std::byte, 16> buffer{};
    auto nothing = alice.recv(buffer);
    REQUIRE_FALSE(nothing.has_value());
    CHECK(nothing.error().code == ErrorCode::Timeout);
}

TEST_CASE("responder: reply rules, the same for TCP and UDP") {
    const auto in = bytes("Mixed Case 1\n");
    CHECK(text(ReplyRule{ReplyRule::Kind::Upper, {}}.answer(in)) == "MIXED CASE 1\n");
    CHECK(text(ReplyRule{ReplyRule::Kind::Echo, {}}.answer(in)) == "Mixed Case 1\n");
    CHECK(text(ReplyRule{ReplyRule::Kind::Fixed, bytes("ok")}.answer(in)) == "ok");
}
