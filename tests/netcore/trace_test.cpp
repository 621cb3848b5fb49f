// The addresses and counts a TraceRecord carries, so that a view (the call timeline) can tell which
// socket is which and draw data from one socket to the other from the records alone.

#include "test_support.h"

#include <array>
#include <memory>
#include <mutex>
#include <vector>

using namespace netcore;

namespace {

struct Collect : Tracer {
    std::mutex mutex;
    std::vector<TraceRecord> records;
    void record(TraceRecord record) override {
        std::lock_guard lock(mutex);
        records.push_back(std::move(record));
    }
    const TraceRecord& last(std::string_view call) {
        for (auto it = records.rbegin(); it != records.rend(); ++it)
            if (it->call == call) return *it;
        FAIL("no " << call << " call was traced");
        return records.front();
    }
};

} // namespace

TEST_CASE("trace: TCP calls name the socket's ends, the accepted socket and the bytes moved") {
    auto tracer = std::make_shared<Collect>();
    auto listener = test::require(Socket::open(Family::IPv4, SocketType::Stream));
    listener.setTracer(tracer);
    test::require(listener.bind(Address::loopback(Family::IPv4)));
    CHECK(tracer->last("bind").local == Address::loopback(Family::IPv4));
    test::require(listener.listen(4));
    const auto listening = test::require(listener.localAddress());
    CHECK(tracer->last("getsockname").local == listening);
    CHECK_FALSE(tracer->last("getsockname").peer.isValid());

    auto client = test::require(Socket::open(Family::IPv4, SocketType::Stream));
    client.setTracer(tracer);
    test::require(client.connect(listening));
    CHECK(tracer->last("connect").peer == listening);
    const auto clientLocal = test::require(client.localAddress());

    auto accepted = test::require(listener.accept());
    const auto& accept = tracer->last("accept");
    CHECK(accept.newSocket == accepted.socket.id());
    CHECK(accept.newSocket != listener.id());
    CHECK(accept.peer == clientLocal);

    accepted.socket.setTracer(tracer);
    test::require(client.sendAll(test::bytes("hello")));
    CHECK(tracer->last("sendall").byteCount == std::optional<std::size_t>(5));
    std::array<std::byte, 16> buffer{};
    const auto received = test::require(accepted.socket.recv(buffer));
    CHECK(tracer->last("recv").byteCount == std::optional<std::size_t>(received));
    CHECK(test::require(accepted.socket.send(test::bytes("HI"))) == 2);
    CHECK(tracer->last("send").byteCount == std::optional<std::size_t>(2));
    CHECK(test::require(accepted.socket.peerAddress()) == clientLocal);
    CHECK(tracer->last("getpeername").peer == clientLocal);
    // Calls that tell nothing about an address leave both invalid.
    CHECK_FALSE(tracer->last("listen").local.isValid());
    CHECK_FALSE(tracer->last("listen").peer.isValid());
    CHECK_FALSE(tracer->last("listen").byteCount.has_value());
}

TEST_CASE("trace: a refused connect still names its target") {
    auto tracer = std::make_shared<Collect>();
    // A port nobody listens on: bind one, read its number, close it.
    Address closed;
    {
        auto probe = test::require(Socket::open(Family::IPv4, SocketType::Stream));
        test::require(probe.bind(Address::loopback(Family::IPv4)));
        closed = test::require(probe.localAddress());
    }
    auto client = test::require(Socket::open(Family::IPv4, SocketType::Stream));
    client.setTracer(tracer);
    CHECK_FALSE(client.connect(closed).has_value());
    const auto& connect = tracer->last("connect");
    REQUIRE(connect.error.has_value());
    CHECK(connect.peer == closed);
}

TEST_CASE("trace: sendto and recvfrom name the other end") {
    auto tracer = std::make_shared<Collect>();
    auto a = test::udpOnLoopback();
    auto b = test::udpOnLoopback();
    a.socket.setTracer(tracer);
    b.socket.setTracer(tracer);
    CHECK(test::require(a.socket.sendTo(test::bytes("ping"), b.address)) == 4);
    CHECK(tracer->last("sendto").peer == b.address);
    CHECK(tracer->last("sendto").byteCount == std::optional<std::size_t>(4));
    test::require(b.socket.setTimeout(std::chrono::seconds(5)));
    std::array<std::byte, 16> buffer{};
    const auto datagram = test::require(b.socket.recvFrom(buffer));
    CHECK(datagram.from == a.address);
    CHECK(tracer->last("recvfrom").peer == a.address);
    CHECK(tracer->last("recvfrom").byteCount == std::optional<std::size_t>(4));
}
