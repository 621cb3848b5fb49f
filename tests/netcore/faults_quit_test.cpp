// Quitting with 1,000 open connections: the server session and its loop go within 1 s, every
// connection is closed gracefully (each client reads EOF after all it was sent), no thread and no
// descriptor is left behind, and the counters agree with what the clients sent.

#include "session_test_support.h"

#include "netcore/io_loop.h"
#include "netcore/os_info.h"
#include "netcore/tcp_listener_session.h"

#include <chrono>
#include <filesystem>
#include <memory>
#include <string>
#include <vector>

#ifndef _WIN32
#include <sys/resource.h>
#endif

using namespace netcore;
using namespace netcore::test;
using namespace std::chrono_literals;

namespace {

using Kind = SessionEventKind;
constexpr int kClients = 1000;

/// Entries of a /proc folder (descriptors, threads); nullopt where there is no /proc.
std::optional<std::size_t> countEntries(const char* folder) {
    std::error_code error;
    std::filesystem::directory_iterator it(folder, error);
    if (error) return std::nullopt;
    std::size_t n = 0;
    for (; it != std::filesystem::directory_iterator(); it.increment(error))
        ++n;
    return n;
}

void raiseDescriptorLimit() {
#ifndef _WIN32
    // 1,000 clients and 1,000 accepted sockets in one process: more than a default 1024.
    rlimit limit{};
    REQUIRE(getrlimit(RLIMIT_NOFILE, &limit) == 0);
    if (limit.rlim_cur < 4096 && limit.rlim_max > limit.rlim_cur) {
        limit.rlim_cur = std::min<rlim_t>(limit.rlim_max, 4096);
        REQUIRE(setrlimit(RLIMIT_NOFILE, &limit) == 0);
    }
#endif
}

} // namespace

TEST_CASE("faults: a server with 1,000 connections stops within 1 s, leaving no thread or socket") {
    raiseDescriptorLimit();
    const auto fdsBefore = countEntries("/proc/self/fd");
    [[maybe_unused]] const auto threadsBefore = countEntries("/proc/self/task");

    std::vector<Socket> clients;
    clients.reserve(kClients);
    std::uint64_t clientsSent = 0;
    std::chrono::steady_clock::duration stopTook{};
    {
        auto loop = require(IoLoop::create(), "IoLoop::create");
        EventLog log;
        TcpListenerSession::Config config;
        config.backlog = 1024;
        config.tracing = false;
        auto server = std::make_unique<TcpListenerSession>(*loop, log.queue, config);
        const auto address = require(server->start(), "listen");
        for (int i = 0; i < kClients; ++i) {
            auto client = require(Socket::open(Family::IPv4, SocketType::Stream), "socket");
            require(client.setTimeout(BlockingMode::Seconds(10)), "settimeout");
            require(client.connect(address), "connect");
            const auto message = "hello from " + std::to_string(i);
            require(client.sendAll(bytes(message)), "sendall");
            clientsSent += message.size();
            clients.push_back(std::move(client));
        }
        REQUIRE(log.waitUntil([&](const auto&) {
            std::uint64_t received = 0;
            for (const auto& event : log.events)
                if (event.kind == Kind::Data) received += event.byteCount;
            return log.count(Kind::Accepted) == kClients && received == clientsSent;
        }));
        std::uint64_t counted = 0;
        for (const auto& connection : server->connections())
            counted += connection.bytesIn;
        CHECK(counted == clientsSent);
        CHECK(server->connections().size() == kClients);

        const auto before = std::chrono::steady_clock::now();
        server.reset(); // closes every connection and the listener, on the loop, and waits
        loop.reset();   // joins the I/O thread
        stopTook = std::chrono::steady_clock::now() - before;
        log.queue->drain(log.events);
        CHECK(log.count(Kind::Closed) == kClients + 1); // each connection and the listener
    }
    CHECK(stopTook < 1s);
    MESSAGE("stopping 1,000 connections took "
            << std::chrono::duration_cast<std::chrono::milliseconds>(stopTook).count() << " ms");

    // Graceful: every client reads EOF, nothing else (the server sent nothing).
    int eofs = 0;
    for (auto& client : clients) {
        std::byte buffer[16];
        auto got = client.recv(buffer);
        if (got && *got == 0) ++eofs;
    }
    CHECK(eofs == kClients);
    clients.clear();

    if (currentOs() == OsKind::Linux) { // Wine's process also shows a /proc of its own helpers
        REQUIRE(fdsBefore.has_value());
        CHECK(countEntries("/proc/self/fd") == fdsBefore);
#ifndef __SANITIZE_THREAD__ // TSan's runtime starts a background thread of its own when it needs one
        CHECK(countEntries("/proc/self/task") == threadsBefore);
#endif
    }
}
