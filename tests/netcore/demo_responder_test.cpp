// The framing lab's demo server on real loopback sockets: the seed's "remote command" lesson
// (replies split and glued by a recv(1024) client) and its fix (length-prefix framing).
#include "session_test_support.h"

#include "netcore/demo_responder.h"
#include "netcore/io_loop.h"
#include "netcore/tcp_listener_session.h"

#include <algorithm>
#include <array>
#include <cstdint>

using namespace netcore;
using namespace netcore::test;

namespace {

/// Reads with recv(chunk) until `expected` bytes came or the peer closed; counts the recv() calls.
struct Received {
    std::string bytes;
    std::vector<std::size_t> sizes; ///< what each recv() returned
};
Received readExactly(Socket& socket, std::size_t expected, std::size_t chunk = 4096) {
    Received all;
    std::vector<std::byte> buffer(chunk);
    while (all.bytes.size() < expected) {
        auto n = socket.recv(std::span(buffer).first(std::min(chunk, expected - all.bytes.size())));
        if (!n || *n == 0) break;
        all.sizes.push_back(*n);
        all.bytes += text(std::span(buffer).first(*n));
    }
    return all;
}

/// struct.pack('>I', len(payload)) + payload
std::vector<std::byte> framed(std::string_view payload) {
    const auto n = static_cast<std::uint32_t>(payload.size());
    std::vector<std::byte> out{std::byte(n >> 24), std::byte(n >> 16), std::byte(n >> 8), std::byte(n)};
    const auto body = bytes(payload);
    out.insert(out.end(), body.begin(), body.end());
    return out;
}

/// One length-prefixed reply: the 4-byte header, then exactly that many bytes.
std::string readFramed(Socket& socket) {
    const auto header = readExactly(socket, 4).bytes;
    REQUIRE(header.size() == 4);
    std::uint32_t n = 0;
    for (const char c : header)
        n = (n << 8) | static_cast<unsigned char>(c);
    const auto body = readExactly(socket, n).bytes;
    CHECK(body.size() == n);
    return body;
}

struct Responding {
    std::unique_ptr<IoLoop> loop = require(IoLoop::create(), "IoLoop::create");
    EventLog log;
    std::unique_ptr<TcpListenerSession> session;
    Address address;

    explicit Responding(DemoFraming framing) {
        TcpListenerSession::Config config;
        config.responder = makeDemoResponder(framing);
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

TEST_CASE("demo responder: the commands, answered without running anything") {
    CHECK(runDemoCommand("help").out.find("big N") != std::string::npos);
    CHECK(runDemoCommand("  whoami \r\n").out == "socklab-demo\n");
    CHECK(runDemoCommand("echo hello  world").out == "hello  world\n");
    CHECK(runDemoCommand("ls").out == runDemoCommand("dir").out);
    CHECK(runDemoCommand("dir").out.size() > 3000);
    CHECK(runDemoCommand("dir").out.starts_with("(canned demo output"));
    const auto date = runDemoCommand("date").out;
    CHECK(date.size() == std::string_view("2024-01-01 00:00:00 UTC\n").size());
    CHECK(date.ends_with(" UTC\n"));
    CHECK(runDemoCommand("big 0").out.empty());
    CHECK(runDemoCommand("big 16777216").out.size() == kDemoBigMax);
    CHECK(runDemoCommand("big 16777217").out.empty());
    CHECK(runDemoCommand("big 16777217").err.starts_with("big: N must be"));
    CHECK(runDemoCommand("big -1").err.starts_with("big: N must be"));
    CHECK(runDemoCommand("big lots").err.starts_with("big: N must be"));
    const auto big = demoBigOutput(130);
    CHECK(big.size() == 130);
    CHECK(big.starts_with("line 000001 abc"));
    CHECK(big.substr(64).starts_with("line 000002 "));
    CHECK(big[63] == '\n');
    // No shell: what a shell would run is just an unknown command.
    for (const std::string command :
         {"rm -rf /", "$(id)", "`id`", "help; id", "ls | sh", "date && id", "whoami\tx", "cmd.exe /c dir"}) {
        CAPTURE(command);
        const auto reply = runDemoCommand(command);
        std::string printable = command;
        std::ranges::replace(printable, '\t', '?');
        CHECK(reply.out.empty());
        CHECK(reply.err == "unknown command: " + printable + " (try help)\n");
    }
    CHECK(runDemoCommand("bad\x01\x1b").err == "unknown command: bad?? (try help)\n");
}

TEST_CASE("demo responder: raw mode, help and an unknown command as the seed's client sends them") {
    Responding server(DemoFraming::Raw);
    auto client = server.client();
    require(client.sendAll(bytes("help")));
    const auto help = runDemoCommand("help").out;
    CHECK(readExactly(client, help.size()).bytes == help);
    require(client.sendAll(bytes("rm -rf /")));
    const std::string unknown = "unknown command: rm -rf / (try help)\n";
    CHECK(readExactly(client, unknown.size()).bytes == unknown);
    require(client.sendAll(bytes("$(id)")));
    const std::string unknownId = "unknown command: $(id) (try help)\n";
    CHECK(readExactly(client, unknownId.size()).bytes == unknownId);
}

TEST_CASE("demo responder: raw mode, big 5000 comes over several recv(1024) and sticks to the next reply") {
    Responding server(DemoFraming::Raw);
    auto client = server.client();
    require(client.sendAll(bytes("big 5000")));
    const auto expected = demoBigOutput(5000);
    // The seed's client: one recv(1024) per command shows only the start of the output...
    std::array<std::byte, 1024> buffer{};
    const auto first = require(client.recv(buffer));
    CHECK(first >= 1);
    CHECK(first <= 1024);
    CHECK(text(std::span(buffer).first(first)) == expected.substr(0, first));
    // ...and what the next command gets is the rest of the previous output, then its own reply.
    require(client.sendAll(bytes("whoami")));
    const auto rest = readExactly(client, expected.size() - first + 13, 1024);
    CHECK(rest.bytes == expected.substr(first) + "socklab-demo\n");
    CHECK(rest.sizes.size() >= 4); // 5000 bytes never fit one recv(1024)
    for (const auto n : rest.sizes)
        CHECK(n <= 1024);
}

TEST_CASE("demo responder: raw mode, big over the cap is refused on the stderr part") {
    Responding server(DemoFraming::Raw);
    auto client = server.client();
    require(client.sendAll(bytes("big 99999999999")));
    const auto refusal = runDemoCommand("big 99999999999").err;
    REQUIRE(!refusal.empty());
    CHECK(readExactly(client, refusal.size()).bytes == refusal);
    require(client.sendAll(bytes("whoami"))); // the connection still answers
    CHECK(readExactly(client, 13).bytes == "socklab-demo\n");
}

TEST_CASE("demo responder: raw mode, once '\\n' is used a command split over two sends is understood") {
    Responding server(DemoFraming::Raw);
    auto client = server.client();
    require(client.sendAll(bytes("whoami\r\n")));
    CHECK(readExactly(client, 13).bytes == "socklab-demo\n");
    const auto id = server.log.waitFor(SessionEventKind::Accepted).connection;
    require(client.sendAll(bytes("ec")));
    CHECK(server.log.waitForData(id, 10) == "whoami\r\nec"); // the half arrived on its own
    require(client.sendAll(bytes("ho split\nwhoami\necho two")));
    require(client.sendAll(bytes("\n")));
    const std::string expected = "split\nsocklab-demo\ntwo\n";
    CHECK(readExactly(client, expected.size()).bytes == expected);
}

TEST_CASE("demo responder: length-prefix mode, each reply is one message, glued commands too") {
    Responding server(DemoFraming::LengthPrefix);
    auto client = server.client();
    // Two commands in one send: the prefix still tells them apart.
    auto both = framed("big 5000");
    const auto second = framed("whoami");
    both.insert(both.end(), second.begin(), second.end());
    require(client.sendAll(both));
    CHECK(readFramed(client) == demoBigOutput(5000));
    CHECK(readFramed(client) == "socklab-demo\n");
    // A command split inside its header and its payload.
    const auto help = framed("help");
    require(client.sendAll(std::span(help).first(2)));
    const auto id = server.log.waitFor(SessionEventKind::Accepted).connection;
    CHECK(server.log.waitForData(id, both.size() + 2).size() == both.size() + 2);
    require(client.sendAll(std::span(help).subspan(2)));
    CHECK(readFramed(client) == runDemoCommand("help").out);
    require(client.sendAll(framed("$(id)")));
    CHECK(readFramed(client) == "unknown command: $(id) (try help)\n");
    require(client.sendAll(framed("big 16777217")));
    CHECK(readFramed(client).starts_with("big: N must be"));
    require(client.sendAll(framed("echo still here")));
    CHECK(readFramed(client) == "still here\n");
}

TEST_CASE("demo responder: each connection keeps its own partial command") {
    Responding server(DemoFraming::LengthPrefix);
    auto a = server.client();
    auto b = server.client();
    const auto forA = framed("echo from a");
    const auto forB = framed("echo from b");
    require(a.sendAll(std::span(forA).first(6)));
    require(b.sendAll(std::span(forB).first(3)));
    require(b.sendAll(std::span(forB).subspan(3)));
    require(a.sendAll(std::span(forA).subspan(6)));
    CHECK(readFramed(b) == "from b\n");
    CHECK(readFramed(a) == "from a\n");
}
