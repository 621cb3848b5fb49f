#include "test_support.h"

#include "netcore/os_info.h"
#include "netcore/wakeup.h"

#include <array>
#include <chrono>
#include <csignal>
#include <mutex>
#include <thread>

using namespace netcore;
using namespace std::chrono_literals;

TEST_CASE("socket: TCP exchange over IPv4 and IPv6 loopback") {
    for (Family family : {Family::IPv4, Family::IPv6}) {
        CAPTURE(familyName(family));
        if (family == Family::IPv6 && !test::hasIpv6Loopback()) continue;
        auto pair = test::connectedPair(family);
        CHECK(pair.client.family() == family);
        CHECK(pair.server.family() == family);
        auto local = test::require(pair.client.localAddress());
        auto peer = test::require(pair.server.peerAddress());
        CHECK(local == peer);
        CHECK(test::require(pair.client.send(test::bytes("ping"))) == 4);
        std::array<std::byte, 8> buffer{};
        CHECK(test::require(pair.server.recv(buffer, /*peek=*/true)) == 4); // peek leaves it queued
        CHECK(test::require(pair.server.recv(buffer)) == 4);
        CHECK(test::text(std::span(buffer).first(4)) == "ping");
    }
}

TEST_CASE("socket: UDP datagrams keep their boundaries and sender") {
    auto a = test::udpOnLoopback();
    auto b = test::udpOnLoopback();
    test::require(a.socket.sendTo(test::bytes("one"), b.address));
    test::require(a.socket.sendTo(test::bytes("two!"), b.address));
    std::array<std::byte, 64> buffer{};
    auto first = test::require(b.socket.recvFrom(buffer));
    CHECK(first.bytes == 3);
    CHECK(first.from == a.address);
    auto second = test::require(b.socket.recvFrom(buffer));
    CHECK(second.bytes == 4);
}

TEST_CASE("socket: empty sends (TCP sends nothing, UDP sends an empty datagram)") {
    auto pair = test::connectedPair();
    CHECK(test::require(pair.client.send({})) == 0);
    auto a = test::udpOnLoopback();
    auto b = test::udpOnLoopback();
    CHECK(test::require(a.socket.sendTo({}, b.address)) == 0);
    std::array<std::byte, 8> buffer{};
    auto datagram = test::require(b.socket.recvFrom(buffer));
    CHECK(datagram.bytes == 0); // a real datagram of zero bytes, not EOF
}

TEST_CASE("socket: AF_UNIX stream and datagram, where the OS has them") {
    if (!hasUnixSockets()) return;
    const std::string path =
        "/tmp/socklab-test-" + std::to_string(std::chrono::steady_clock::now().time_since_epoch().count());
    for (SocketType type : {SocketType::Stream, SocketType::Datagram}) {
        CAPTURE(socketTypeName(type));
        const auto serverPath =
            test::require(Address::unixPath(path + (type == SocketType::Stream ? ".s" : ".d")));
        std::remove(serverPath.path().c_str());
        auto server = test::require(Socket::open(Family::Unix, type));
        test::require(server.bind(serverPath));
        auto client = test::require(Socket::open(Family::Unix, type));
        std::array<std::byte, 16> buffer{};
        if (type == SocketType::Stream) {
            test::require(server.listen(1));
            test::require(client.connect(serverPath));
            auto accepted = test::require(server.accept());
            test::require(client.sendAll(test::bytes("unix")));
            CHECK(test::require(accepted.socket.recv(buffer)) == 4);
        } else {
            test::require(client.sendTo(test::bytes("unix"), serverPath));
            CHECK(test::require(server.recvFrom(buffer)).bytes == 4);
        }
        CHECK(test::require(server.localAddress()).path() == serverPath.path());
        std::remove(serverPath.path().c_str());
    }
}

TEST_CASE("socket: modes switch at any time and read back like Python's gettimeout") {
    auto pair = test::connectedPair();
    CHECK(pair.server.mode() == BlockingMode::blocking());
    CHECK_FALSE(pair.server.gettimeout().has_value());
    test::require(pair.server.setTimeout(1.5s));
    CHECK(pair.server.mode().kind() == BlockingMode::Kind::Timeout);
    CHECK(pair.server.mode().toString() == "timeout 1.5 s");
    test::require(pair.server.setTimeout(0s)); // settimeout(0) == setblocking(False)
    CHECK(pair.server.mode() == BlockingMode::nonBlocking());
    test::require(pair.server.setTimeout(std::nullopt)); // settimeout(None) == setblocking(True)
    CHECK(pair.server.mode() == BlockingMode::blocking());
    // A blocking recv with data waiting returns at once.
    test::require(pair.client.sendAll(test::bytes("x")));
    std::array<std::byte, 4> buffer{};
    CHECK(test::require(pair.server.recv(buffer)) == 1);
}

TEST_CASE("socket: non-blocking connect reports in progress, then the outcome through SO_ERROR") {
    SUBCASE("success") {
        auto listener = test::listenOnLoopback();
        auto client = test::require(Socket::open(Family::IPv4, SocketType::Stream));
        test::require(client.setBlocking(false));
        auto started = client.connect(listener.address);
        if (!started) {
            CHECK(started.error().code == ErrorCode::InProgress);
            CHECK(started.error().nativeName ==
                  (currentOs() == OsKind::Windows ? "WSAEWOULDBLOCK" : "EINPROGRESS"));
            REQUIRE(test::require(client.wait(Writable, 5000ms)) != NotReady);
        }
        test::require(client.connectResult(), "connect result");
        CHECK(test::require(client.peerAddress()) == listener.address);
    }
    SUBCASE("refused") {
        Address target;
        {
            auto gone = test::listenOnLoopback();
            target = gone.address;
        }
        auto client = test::require(Socket::open(Family::IPv4, SocketType::Stream));
        test::require(client.setBlocking(false));
        auto started = client.connect(target);
        if (!started && started.error().code == ErrorCode::InProgress) {
            REQUIRE(test::require(client.wait(Writable, 5000ms)) != NotReady);
            test::requireError(client.connectResult(), ErrorCode::ConnectionRefused);
        } else {
            CHECK(started.error().code == ErrorCode::ConnectionRefused); // refused synchronously
        }
    }
}

TEST_CASE("socket: send reports partial counts; sendAll loops and counts its calls") {
    auto pair = test::connectedPair();
    std::vector<std::byte> big(8 * 1024 * 1024, std::byte{0x5a});
    SUBCASE("non-blocking send moves what fits, then EWOULDBLOCK") {
        // A small send buffer makes the partial send certain. (Not a small receive buffer: below
        // one MSS it stalls the window updates of a loopback connection.)
        test::require(pair.client.setOption(SocketOption::SendBuffer, 4096));
        test::require(pair.client.setBlocking(false));
        const auto sent = test::require(pair.client.send(big));
        CHECK(sent > 0);
        CHECK(sent < big.size());
        std::size_t total = sent;
        for (;;) {
            auto more = pair.client.send(std::span(big).subspan(total));
            if (!more) {
                CHECK(more.error().code == ErrorCode::WouldBlock);
                break;
            }
            total += *more;
        }
        auto all = pair.client.sendAll(big);
        REQUIRE_FALSE(all.has_value());
        CHECK(all.error().code == ErrorCode::WouldBlock);
    }
    SUBCASE("blocking sendAll into a reader needs several calls and delivers every byte") {
        std::size_t received = 0;
        std::thread reader([&] {
            std::vector<std::byte> buffer(65536);
            for (;;) {
                auto n = pair.server.recv(buffer);
                if (!n || *n == 0) break;
                received += *n;
            }
        });
        auto result = pair.client.sendAll(big);
        test::require(pair.client.shutdown(ShutdownHow::Write));
        reader.join();
        REQUIRE(result.has_value());
        CHECK(result->bytes == big.size());
        CHECK(result->calls >= 1);
        CHECK(received == big.size());
    }
}

TEST_CASE("socket: half-close (shutdown write) gives the peer EOF while it can still answer") {
    auto pair = test::connectedPair();
    test::require(pair.client.sendAll(test::bytes("request")));
    test::require(pair.client.shutdown(ShutdownHow::Write));
    std::array<std::byte, 32> buffer{};
    CHECK(test::require(pair.server.recv(buffer)) == 7);
    CHECK(test::require(pair.server.recv(buffer)) == 0);
    test::require(pair.server.sendAll(test::bytes("answer")));
    CHECK(test::require(pair.client.recv(buffer)) == 6);
    auto error = pair.client.send(test::bytes("more"));
    REQUIRE_FALSE(error.has_value());
    CHECK(error.error().code == ErrorCode::BrokenPipe);
}

TEST_CASE("socket: a blocked call can be cancelled from another thread and the socket stays usable") {
    auto listener = test::listenOnLoopback();
    std::shared_ptr<Wakeup> wakeup = test::require(Wakeup::create());
    test::require(listener.socket.setCancelWakeup(wakeup));
    CHECK(listener.socket.mode() == BlockingMode::blocking());
    std::expected<Accepted, NetError> result;
    std::thread blocked([&] { result = listener.socket.accept(); });
    // Cancel until the accept reports it: a signal sent before accept() waits still cancels it.
    listener.socket.cancel();
    blocked.join();
    REQUIRE_FALSE(result.has_value());
    CHECK(result.error().code == ErrorCode::Cancelled);
    wakeup->drain();
    auto client = test::require(Socket::open(Family::IPv4, SocketType::Stream));
    test::require(client.connect(listener.address));
    CHECK(listener.socket.accept().has_value());
}

TEST_CASE("socket: every call is traced with its arguments, result and duration") {
    struct Collect : Tracer {
        std::mutex mutex;
        std::vector<TraceRecord> records;
        void record(TraceRecord record) override {
            std::lock_guard lock(mutex);
            records.push_back(std::move(record));
        }
    };
    auto tracer = std::make_shared<Collect>();
    auto target = test::listenOnLoopback();
    {
        std::string address = target.address.toString();
        auto socket = test::require(Socket::open(Family::IPv4, SocketType::Stream));
        socket.setTracer(tracer);
        test::require(socket.connect(target.address));
        test::require(socket.sendAll(test::bytes("abc")));
        REQUIRE(tracer->records.size() == 2);
        CHECK(tracer->records[0].toString() == "connect(" + address + ") -> ok");
        CHECK(tracer->records[0].socket == socket.id());
        CHECK(tracer->records[1].toString() == "sendall(3) -> 3 bytes in 1 call");
        CHECK(tracer->records[1].end >= tracer->records[1].start);
    }
    auto refused = test::require(Socket::open(Family::IPv4, SocketType::Stream));
    refused.setTracer(tracer);
    test::require(refused.setTimeout(0.05s));
    std::array<std::byte, 4> buffer{};
    (void)refused.recv(buffer); // not connected: ENOTCONN (or the OS's word for it)
    REQUIRE(tracer->records.back().error.has_value());
    CHECK(tracer->records.back().call == "recv");
}

TEST_CASE("socket: SIGPIPE is not ignored process-wide (suppressed per socket instead)") {
#ifdef SIGPIPE
    auto previous = std::signal(SIGPIPE, SIG_DFL);
    CHECK(reinterpret_cast<void*>(previous) == reinterpret_cast<void*>(SIG_DFL));
#endif
}

TEST_CASE("socket: calls on a closed socket fail cleanly") {
    auto socket = test::require(Socket::open(Family::IPv4, SocketType::Stream));
    test::require(socket.close());
    CHECK_FALSE(socket.isOpen());
    test::requireError(socket.bind(Address::loopback(Family::IPv4)), ErrorCode::Closed);
    test::requireError(socket.close(), ErrorCode::Closed);
    Socket moved = std::move(socket);
    CHECK_FALSE(moved.isOpen());
}

TEST_CASE("socket: ids are unique and survive moves") {
    auto a = test::require(Socket::open(Family::IPv4, SocketType::Datagram));
    auto b = test::require(Socket::open(Family::IPv4, SocketType::Datagram));
    CHECK(a.id() != b.id());
    const auto id = a.id();
    Socket moved = std::move(a);
    CHECK(moved.id() == id);
}
