#include "test_support.h"

#include "netcore/blocking_worker.h"

#include <chrono>
#include <future>
#include <vector>

using namespace netcore;
using namespace netcore::test;
using namespace std::chrono_literals;

namespace {
constexpr auto kBound = 10s;
} // namespace

TEST_CASE("blocking_worker: cancel() ends a blocked accept with Cancelled; the socket stays usable") {
    auto listener = listenOnLoopback();
    auto worker = require(BlockingWorker::create(std::move(listener.socket)), "BlockingWorker::create");
    CHECK_FALSE(worker->busy().has_value());

    std::promise<void> started;
    std::promise<std::expected<Accepted, NetError>> result;
    worker->submit(
        [&](Socket& socket) {
            started.set_value();
            result.set_value(socket.accept());
        },
        "accept()");
    REQUIRE(started.get_future().wait_for(kBound) == std::future_status::ready);
    const auto busy = worker->busy();
    REQUIRE(busy.has_value());
    CHECK(busy->label == "accept()");
    CHECK(busy->since <= TraceClock::now());

    const auto cancelledAt = std::chrono::steady_clock::now();
    worker->cancel();
    auto future = result.get_future();
    REQUIRE(future.wait_for(kBound) == std::future_status::ready);
    requireError(future.get(), ErrorCode::Cancelled);
    CHECK(std::chrono::steady_clock::now() - cancelledAt < kBound);
    REQUIRE(worker->waitIdle(kBound));
    CHECK_FALSE(worker->busy().has_value());

    // The listener still works: the next accept takes a real connection.
    std::promise<std::expected<Accepted, NetError>> second;
    worker->submit([&](Socket& socket) { second.set_value(socket.accept()); }, "accept()");
    auto client = require(Socket::open(Family::IPv4, SocketType::Stream));
    require(client.connect(listener.address), "connect");
    auto secondFuture = second.get_future();
    REQUIRE(secondFuture.wait_for(kBound) == std::future_status::ready);
    auto accepted = require(secondFuture.get(), "accept");
    CHECK(accepted.peer == require(client.localAddress()));
}

TEST_CASE("blocking_worker: a cancel while idle does not cancel the next job") {
    auto pair = connectedPair();
    auto worker = require(BlockingWorker::create(std::move(pair.server)), "BlockingWorker::create");
    worker->cancel();
    require(pair.client.sendAll(bytes("data")), "sendall");
    std::promise<std::expected<std::size_t, NetError>> result;
    worker->submit([&](Socket& socket) {
        std::byte buffer[16];
        result.set_value(socket.recv(buffer));
    });
    auto future = result.get_future();
    REQUIRE(future.wait_for(kBound) == std::future_status::ready);
    CHECK(require(future.get(), "recv") == 4);
}

TEST_CASE("blocking_worker: a timeout-mode recv fails with Timeout") {
    auto pair = connectedPair();
    require(pair.server.setTimeout(BlockingMode::Seconds(0.1)));
    auto worker = require(BlockingWorker::create(std::move(pair.server)), "BlockingWorker::create");
    std::promise<std::expected<std::size_t, NetError>> result;
    worker->submit([&](Socket& socket) {
        std::byte buffer[16];
        result.set_value(socket.recv(buffer));
    });
    auto future = result.get_future();
    REQUIRE(future.wait_for(kBound) == std::future_status::ready);
    requireError(future.get(), ErrorCode::Timeout);
}

TEST_CASE("blocking_worker: jobs run in submission order; the destructor cancels and joins") {
    auto listener = listenOnLoopback();
    std::vector<int> order;
    std::promise<std::expected<Accepted, NetError>> blocked;
    {
        auto worker = require(BlockingWorker::create(std::move(listener.socket)), "BlockingWorker::create");
        for (int i = 0; i < 5; ++i)
            worker->submit([&order, i](Socket&) { order.push_back(i); });
        REQUIRE(worker->waitIdle(kBound));
        std::promise<void> started;
        worker->submit(
            [&](Socket& socket) {
                started.set_value();
                blocked.set_value(socket.accept());
            },
            "accept()");
        REQUIRE(started.get_future().wait_for(kBound) == std::future_status::ready);
    } // blocked in accept(): the destructor must end it
    CHECK(order == std::vector<int>{0, 1, 2, 3, 4});
    auto future = blocked.get_future();
    REQUIRE(future.wait_for(0s) == std::future_status::ready);
    requireError(future.get(), ErrorCode::Cancelled);
}
