#include "test_support.h"

#include "netcore/io_loop.h"
#include "netcore/socket.h"

#include <atomic>
#include <chrono>
#include <future>
#include <vector>

using namespace netcore;
using namespace netcore::test;
using namespace std::chrono_literals;

namespace {
constexpr auto kBound = 10s;
} // namespace

TEST_CASE("io_loop: posted tasks run on the loop's thread in posting order") {
    auto loop = require(IoLoop::create(), "IoLoop::create");
    std::vector<int> order; // touched on the loop's thread only, read after invoke() synchronised
    bool allOnLoop = true;
    for (int i = 0; i < 100; ++i) {
        CHECK(loop->post([&, i] {
            order.push_back(i);
            allOnLoop = allOnLoop && loop->isLoopThread();
        }));
    }
    CHECK_FALSE(loop->isLoopThread());
    const auto size = loop->invoke([&] { return order.size(); });
    CHECK(size == 100);
    CHECK(allOnLoop);
    for (int i = 0; i < 100; ++i)
        CHECK(order[static_cast<std::size_t>(i)] == i);
}

TEST_CASE("io_loop: posts from many threads all run") {
    auto loop = require(IoLoop::create(), "IoLoop::create");
    std::atomic<int> ran{0};
    std::vector<std::thread> threads;
    for (int t = 0; t < 4; ++t)
        threads.emplace_back([&] {
            for (int i = 0; i < 1000; ++i)
                loop->post([&] { ran.fetch_add(1); });
        });
    for (auto& thread : threads)
        thread.join();
    loop->invoke([] {});
    CHECK(ran.load() == 4000);
}

TEST_CASE("io_loop: timers fire in deadline order, ties in the order added") {
    auto loop = require(IoLoop::create(), "IoLoop::create");
    std::vector<std::string> order;
    std::promise<void> done;
    loop->addTimer(60ms, [&] {
        order.push_back("60");
        done.set_value();
    });
    loop->addTimer(20ms, [&] { order.push_back("20"); });
    loop->addTimer(40ms, [&] { order.push_back("40"); });
    loop->addTimer(0ms, [&] { order.push_back("0a"); });
    loop->addTimer(0ms, [&] { order.push_back("0b"); });
    REQUIRE(done.get_future().wait_for(kBound) == std::future_status::ready);
    loop->invoke([] {});
    CHECK(order == std::vector<std::string>{"0a", "0b", "20", "40", "60"});
}

TEST_CASE("io_loop: a timer fires no earlier than its delay") {
    auto loop = require(IoLoop::create(), "IoLoop::create");
    std::promise<std::chrono::steady_clock::time_point> fired;
    const auto start = std::chrono::steady_clock::now();
    loop->addTimer(50ms, [&] { fired.set_value(std::chrono::steady_clock::now()); });
    auto future = fired.get_future();
    REQUIRE(future.wait_for(kBound) == std::future_status::ready);
    CHECK(future.get() - start >= 50ms);
}

TEST_CASE("io_loop: a cancelled timer does not fire") {
    auto loop = require(IoLoop::create(), "IoLoop::create");
    std::atomic<bool> cancelledRan{false};
    std::promise<void> done;
    const TimerId id = loop->addTimer(10ms, [&] { cancelledRan = true; });
    CHECK(id != 0);
    loop->cancelTimer(id);
    loop->addTimer(40ms, [&] { done.set_value(); });
    REQUIRE(done.get_future().wait_for(kBound) == std::future_status::ready);
    CHECK_FALSE(cancelledRan.load());

    SUBCASE("a timer cancelled by an earlier timer of the same turn") {
        std::promise<void> second;
        std::atomic<bool> victimRan{false};
        TimerId victim = 0; // written and read on the loop's thread
        loop->invoke([&] {
            loop->addTimer(0ms, [&] { loop->cancelTimer(victim); });
            victim = loop->addTimer(0ms, [&] { victimRan = true; });
            loop->addTimer(1ms, [&] { second.set_value(); });
        });
        REQUIRE(second.get_future().wait_for(kBound) == std::future_status::ready);
        CHECK_FALSE(victimRan.load());
    }
}

TEST_CASE("io_loop: stop runs what was posted, joins, and refuses later posts") {
    auto loop = require(IoLoop::create(), "IoLoop::create");
    std::atomic<int> ran{0};
    for (int i = 0; i < 10; ++i)
        loop->post([&] { ran.fetch_add(1); });
    loop->stop();
    CHECK(ran.load() == 10);
    CHECK_FALSE(loop->isRunning());
    CHECK_FALSE(loop->post([] {}));
    // invoke() after the stop runs on the caller's thread.
    CHECK(loop->invoke([] { return 42; }) == 42);
    loop->stop(); // twice is fine
}

TEST_CASE("io_loop: the destructor stops and joins") {
    std::atomic<bool> ran{false};
    {
        auto loop = require(IoLoop::create(), "IoLoop::create");
        loop->post([&] { ran = true; });
    }
    CHECK(ran.load());
}

TEST_CASE("io_loop: watch reports readiness, and a callback may unwatch itself") {
    auto loop = require(IoLoop::create(), "IoLoop::create");
    auto receiver = udpOnLoopback();
    auto sender = udpOnLoopback();
    require(receiver.socket.setBlocking(false));
    std::promise<int> readiness;
    int calls = 0;
    const auto handle = receiver.socket.nativeHandle();
    auto watched = loop->invoke([&] {
        return loop->watch(handle, Readable, [&](int ready) {
            if (++calls == 1) readiness.set_value(ready);
            loop->unwatch(handle); // level-triggered: without this it would fire again
        });
    });
    require(std::move(watched), "watch");
    // Off the loop's thread, watch() refuses instead of racing the loop.
    CHECK_FALSE(loop->watch(handle, Readable, [](int) {}).has_value());

    require(sender.socket.sendTo(bytes("ping"), receiver.address), "sendto");
    auto future = readiness.get_future();
    REQUIRE(future.wait_for(kBound) == std::future_status::ready);
    CHECK((future.get() & Readable) != 0);
    CHECK(loop->invoke([&] { return calls; }) == 1);
}

TEST_CASE("io_loop: setInterest switches between readable and writable") {
    auto loop = require(IoLoop::create(), "IoLoop::create");
    auto pair = connectedPair();
    require(pair.client.setBlocking(false));
    const auto handle = pair.client.nativeHandle();
    std::promise<int> writable;
    bool fired = false;
    require(loop->invoke([&] {
        return loop->watch(handle, 0, [&](int ready) {
            if (!fired && (ready & Writable)) {
                fired = true;
                writable.set_value(ready);
            }
        });
    }));
    require(loop->invoke([&] { return loop->setInterest(handle, Writable); }));
    auto future = writable.get_future();
    REQUIRE(future.wait_for(kBound) == std::future_status::ready);
    CHECK((future.get() & Writable) != 0);
    loop->invoke([&] { loop->unwatch(handle); });
}

TEST_CASE("io_loop: an idle loop sleeps until its timer instead of ticking") {
    auto loop = require(IoLoop::create(), "IoLoop::create");
    loop->invoke([] {});
    const auto before = loop->iterations();
    std::promise<void> done;
    loop->addTimer(150ms, [&] { done.set_value(); });
    REQUIRE(done.get_future().wait_for(kBound) == std::future_status::ready);
    // One wake-up for addTimer's signal, one for the deadline; a little slack for rounding.
    CHECK(loop->iterations() - before <= 4);
}
