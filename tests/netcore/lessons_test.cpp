// The seeds' lessons as tests: each asserts the exact outcome the tutorials describe, on real
// loopback sockets, with each platform's own behaviour where the OS differs.
#include "test_support.h"

#include "netcore/os_info.h"
#include "netcore/struct_format.h"

#include <array>
#include <chrono>

using namespace netcore;
using namespace std::chrono_literals;

namespace {
/// A loopback port nobody listens on: bind one, read its number, close it.
Address closedTcpPort(Family family = Family::IPv4) {
    auto listener = test::listenOnLoopback(family);
    return listener.address; // the listener closes when it goes out of scope
}
} // namespace

TEST_CASE("lesson: connect to a closed port is refused (ECONNREFUSED)") {
    const auto target = closedTcpPort();
    auto client = test::require(Socket::open(Family::IPv4, SocketType::Stream));
    auto error = test::requireError(client.connect(target), ErrorCode::ConnectionRefused);
    CHECK(error.call == "connect");
    CHECK(error.arguments == target.toString());
    CHECK(error.nativeName == (currentOs() == OsKind::Windows ? "WSAECONNREFUSED" : "ECONNREFUSED"));
    CHECK(error.callText() == "connect(" + target.toString() + ")");
}

TEST_CASE("lesson: bind a port a listener holds (EADDRINUSE)") {
    auto holder = test::listenOnLoopback();
    auto second = test::require(Socket::open(Family::IPv4, SocketType::Stream));
    auto error = test::requireError(second.bind(holder.address), ErrorCode::AddressInUse);
    CHECK(error.arguments == holder.address.toString());
    // Even SO_REUSEADDR does not let a second listener share a port that is listening
    // (Linux/macOS). Windows is the odd one: there SO_REUSEADDR lets the bind through. (Wine
    // refuses it, with WSAEACCES, as Windows does for a port held with SO_EXCLUSIVEADDRUSE.)
    auto third = test::require(Socket::open(Family::IPv4, SocketType::Stream));
    test::require(third.setOption(SocketOption::ReuseAddress, true));
    auto shared = third.bind(holder.address);
    if (currentOs() != OsKind::Windows) {
        test::requireError(std::move(shared), ErrorCode::AddressInUse);
    } else if (runsUnderWine()) {
        REQUIRE_FALSE(shared.has_value());
        CHECK((shared.error().code == ErrorCode::AccessDenied ||
               shared.error().code == ErrorCode::AddressInUse));
    } else {
        CHECK(shared.has_value());
    }
}

TEST_CASE("lesson: restart a server while its connection sits in TIME_WAIT needs SO_REUSEADDR") {
    if (currentOs() == OsKind::Windows) {
        // Windows lets a listener bind over TIME_WAIT without SO_REUSEADDR: nothing to show there.
        return;
    }
    // The server closes first, so the server side's connection enters TIME_WAIT on its port.
    // Like the seed's server, the first run sets SO_REUSEADDR too: Linux lets a bind reuse the port
    // only when the old sockets were marked reusable as well.
    auto listener = test::listenOnLoopback(Family::IPv4, 16, /*reuseAddress=*/true);
    const auto port = listener.address;
    auto client = test::require(Socket::open(Family::IPv4, SocketType::Stream));
    test::require(client.connect(port));
    auto accepted = test::require(listener.socket.accept());
    test::require(accepted.socket.close());
    test::require(listener.socket.close());
    std::array<std::byte, 16> buffer{};
    CHECK(test::require(client.recv(buffer)) == 0); // the server's FIN arrived: EOF
    test::require(client.close());                  // completes the close: server side -> TIME_WAIT

    auto withoutReuse = test::require(Socket::open(Family::IPv4, SocketType::Stream));
    test::requireError(withoutReuse.bind(port), ErrorCode::AddressInUse);

    auto withReuse = test::require(Socket::open(Family::IPv4, SocketType::Stream));
    test::require(withReuse.setOption(SocketOption::ReuseAddress, true));
    test::require(withReuse.bind(port), "bind with SO_REUSEADDR");
    test::require(withReuse.listen(5));
}

TEST_CASE("lesson: the peer closes, recv returns 0 (EOF)") {
    auto pair = test::connectedPair();
    test::require(pair.client.sendAll(test::bytes("bye")));
    test::require(pair.client.close());
    std::array<std::byte, 16> buffer{};
    CHECK(test::require(pair.server.recv(buffer)) == 3);
    CHECK(test::require(pair.server.recv(buffer)) == 0);
    CHECK(test::require(pair.server.recv(buffer)) == 0); // EOF stays EOF
}

TEST_CASE("lesson: the peer aborts (SO_LINGER 0): ECONNRESET on recv, EPIPE or ECONNRESET on send") {
    if (runsUnderWine()) {
        // Wine's closesocket ignores SO_LINGER 0 and closes gracefully (FIN, not RST): the
        // abort cannot be shown there. Real Windows resets like Linux and macOS.
        auto pair = test::connectedPair();
        test::require(pair.client.setOption(SocketOption::Linger, LingerValue{true, 0}));
        CHECK(test::require(pair.client.getOption(SocketOption::Linger)) ==
              OptionValue{LingerValue{true, 0}});
        return;
    }
    SUBCASE("recv") {
        auto pair = test::connectedPair();
        test::require(pair.client.setOption(SocketOption::Linger, LingerValue{true, 0}));
        test::require(pair.client.close()); // RST, not FIN
        std::array<std::byte, 16> buffer{};
        auto error = test::requireError(pair.server.recv(buffer), ErrorCode::ConnectionReset);
        CHECK(error.nativeName == (currentOs() == OsKind::Windows ? "WSAECONNRESET" : "ECONNRESET"));
    }
    SUBCASE("send: the process survives (no SIGPIPE)") {
        auto pair = test::connectedPair();
        test::require(pair.client.setOption(SocketOption::Linger, LingerValue{true, 0}));
        test::require(pair.client.close());
        // Wait for the RST to arrive: the socket turns readable (with the error).
        CHECK(test::require(pair.server.wait(Readable, 5000ms)) != NotReady);
        const auto payload = test::bytes("after the reset");
        std::expected<SendAllResult, NetError> result;
        for (int i = 0; i < 3 && result.has_value(); ++i)
            result = pair.server.sendAll(payload);
        REQUIRE_FALSE(result.has_value());
        const auto code = result.error().code;
        CHECK((code == ErrorCode::BrokenPipe || code == ErrorCode::ConnectionReset ||
               code == ErrorCode::ConnectionAborted));
    }
}

TEST_CASE("lesson: non-blocking recv with no data (EWOULDBLOCK, Python's BlockingIOError)") {
    auto pair = test::connectedPair();
    test::require(pair.server.setBlocking(false));
    CHECK(pair.server.gettimeout() == BlockingMode::Seconds(0));
    std::array<std::byte, 16> buffer{};
    auto error = test::requireError(pair.server.recv(buffer), ErrorCode::WouldBlock);
    CHECK((error.nativeName == "EWOULDBLOCK" || error.nativeName == "EAGAIN" ||
           error.nativeName == "WSAEWOULDBLOCK" || error.nativeName.find("EAGAIN") != std::string::npos));
}

TEST_CASE("lesson: recv with a 0.2 s timeout says 'timed out' after about 0.2 s") {
    auto pair = test::connectedPair();
    test::require(pair.server.setTimeout(0.2s));
    CHECK(pair.server.gettimeout() == BlockingMode::Seconds(0.2));
    std::array<std::byte, 16> buffer{};
    const auto start = std::chrono::steady_clock::now();
    auto error = test::requireError(pair.server.recv(buffer), ErrorCode::Timeout);
    const auto elapsed = std::chrono::steady_clock::now() - start;
    CHECK(elapsed >= 190ms);
    CHECK(elapsed < 2s); // generous: loaded CI machines and Wine are slow, but not this slow
    CHECK(error.summary().find("timed out") != std::string::npos);
}

TEST_CASE("lesson: UDP sendto a port nobody listens on succeeds") {
    auto nobody = test::udpOnLoopback();
    const auto target = nobody.address;
    test::require(nobody.socket.close());
    auto sender = test::require(Socket::open(Family::IPv4, SocketType::Datagram));
    CHECK(test::require(sender.sendTo(test::bytes("anyone?"), target)) == 7);
}

TEST_CASE("lesson: a 2000-byte datagram into a 1024-byte recvfrom is cut, and the cut is reported") {
    auto receiver = test::udpOnLoopback();
    auto sender = test::udpOnLoopback();
    std::vector<std::byte> payload(2000, std::byte{'x'});
    test::require(sender.socket.sendTo(payload, receiver.address));
    std::array<std::byte, 1024> buffer{};
    auto datagram = test::require(receiver.socket.recvFrom(buffer));
    CHECK(datagram.truncated);
    CHECK(datagram.bytes == 1024);
    CHECK(datagram.from == sender.address);
    switch (currentOs()) {
    case OsKind::Linux:
        CHECK(datagram.realSize == std::optional<std::size_t>(2000));
        break;
    case OsKind::Windows:
        REQUIRE(datagram.truncation.has_value());
        CHECK(datagram.truncation->code == ErrorCode::MessageTooLong);
        CHECK(datagram.truncation->nativeName == "WSAEMSGSIZE");
        break;
    default:
        break; // macOS: cut, real size unknown
    }
    // The rest of the datagram is gone: the next datagram starts fresh.
    test::require(sender.socket.sendTo(test::bytes("next"), receiver.address));
    auto next = test::require(receiver.socket.recvFrom(buffer));
    CHECK(test::text(std::span(buffer).first(next.bytes)) == "next");
    CHECK_FALSE(next.truncated);
}

TEST_CASE("lesson: struct.pack byte order ('>H' and '<H' of 256)") {
    const std::vector<StructValue> values{StructValue{std::int64_t{256}}};
    auto big = pack(">H", values);
    auto little = pack("<H", values);
    REQUIRE(big.has_value());
    REQUIRE(little.has_value());
    CHECK(*big == std::vector<std::byte>{std::byte{0x01}, std::byte{0x00}});
    CHECK(*little == std::vector<std::byte>{std::byte{0x00}, std::byte{0x01}});
}

TEST_CASE("lesson: the upper-case echo server (seed 003) over real sockets") {
    auto pair = test::connectedPair();
    test::require(pair.client.sendAll(test::bytes("hello")));
    std::array<std::byte, 1024> buffer{};
    const auto received = test::require(pair.server.recv(buffer));
    auto message = test::text(std::span(buffer).first(received));
    for (auto& c : message)
        c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
    test::require(pair.server.sendAll(test::bytes(message)));
    const auto reply = test::require(pair.client.recv(buffer));
    CHECK(test::text(std::span(buffer).first(reply)) == "HELLO");
}
