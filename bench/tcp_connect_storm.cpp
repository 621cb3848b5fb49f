// Many concurrent TCP clients against one server that echoes: each client connects (non-blocking,
// at most --inflight handshakes at a time so the listen queue is never the limit), sends one byte
// and waits for it to come back, which proves the server accepted and served it. All stay open
// for --hold seconds (the server shows them all), then end with RST (SO_LINGER 0), so no
// TIME_WAIT eats the ephemeral ports of the next run.
//   tcp_connect_storm --target H:P [--clients 10000] [--inflight 512] [--hold 2] [--timeout 30]
// Prints "served N of C seconds S rate R" (rate: clients served per second, first connect to
// last echo) and "held N" after the hold.
#include "bench_net.h"

#include <sys/epoll.h>
#include <sys/socket.h>
#include <unistd.h>

#include <array>
#include <cerrno>
#include <cstdio>
#include <vector>

int main(int argc, char** argv) {
    const auto limit = bench::raiseFileLimit();
    const sockaddr_in target = bench::parseEndpoint(bench::option(argc, argv, "--target", ""));
    const auto clients = static_cast<std::size_t>(bench::numberOption(argc, argv, "--clients", 10000));
    const auto inflight = static_cast<std::size_t>(bench::numberOption(argc, argv, "--inflight", 512));
    const double hold = bench::numberOption(argc, argv, "--hold", 2);
    const double timeout = bench::numberOption(argc, argv, "--timeout", 30);
    if (clients + 16 > limit) {
        std::fprintf(stderr, "RLIMIT_NOFILE is %llu: too low for %zu clients\n",
                     static_cast<unsigned long long>(limit), clients);
        return 1;
    }

    enum class State : unsigned char { Connecting, Waiting, Served, Failed };
    std::vector<int> fds;
    std::vector<State> states;
    fds.reserve(clients);
    states.reserve(clients);
    const int poller = epoll_create1(EPOLL_CLOEXEC);
    std::size_t pending = 0; // connecting or waiting for the echo
    std::size_t served = 0;
    std::size_t failed = 0;
    const std::int64_t start = bench::nowNs();
    const std::int64_t deadline = start + static_cast<std::int64_t>(timeout * 1e9);
    std::int64_t lastServed = start;
    std::array<epoll_event, 512> ready{};
    while (served + failed < clients && bench::nowNs() < deadline) {
        while (fds.size() < clients && pending < inflight) {
            const int fd = socket(AF_INET, SOCK_STREAM | SOCK_CLOEXEC | SOCK_NONBLOCK, 0);
            if (fd < 0) bench::fail("socket");
            if (connect(fd, reinterpret_cast<const sockaddr*>(&target), sizeof target) != 0 &&
                errno != EINPROGRESS)
                bench::fail("connect");
            epoll_event event{};
            event.events = EPOLLOUT;
            event.data.u64 = fds.size();
            epoll_ctl(poller, EPOLL_CTL_ADD, fd, &event);
            fds.push_back(fd);
            states.push_back(State::Connecting);
            ++pending;
        }
        const int count = epoll_wait(poller, ready.data(), static_cast<int>(ready.size()), 100);
        for (int i = 0; i < count; ++i) {
            const auto index = ready[static_cast<unsigned>(i)].data.u64;
            const int fd = fds[index];
            if (states[index] == State::Connecting) {
                int error = 0;
                socklen_t length = sizeof error;
                getsockopt(fd, SOL_SOCKET, SO_ERROR, &error, &length);
                const char byte = 'c';
                if (error != 0 || send(fd, &byte, 1, MSG_NOSIGNAL) != 1) {
                    states[index] = State::Failed;
                    ++failed;
                    --pending;
                    epoll_ctl(poller, EPOLL_CTL_DEL, fd, nullptr);
                    continue;
                }
                epoll_event event{};
                event.events = EPOLLIN;
                event.data.u64 = index;
                epoll_ctl(poller, EPOLL_CTL_MOD, fd, &event);
                states[index] = State::Waiting;
            } else if (states[index] == State::Waiting) {
                char byte = 0;
                const ssize_t got = recv(fd, &byte, 1, 0);
                if (got < 0 && errno == EAGAIN) continue;
                states[index] = got == 1 ? State::Served : State::Failed;
                ++(got == 1 ? served : failed);
                --pending;
                lastServed = bench::nowNs();
                epoll_ctl(poller, EPOLL_CTL_DEL, fd, nullptr);
            }
        }
    }
    const double seconds = static_cast<double>(lastServed - start) / 1e9;
    std::printf("served %zu of %zu failed %zu seconds %.3f rate %.1f\n", served, clients, failed, seconds,
                seconds > 0 ? static_cast<double>(served) / seconds : 0.0);
    std::fflush(stdout);

    // Hold: the server has every client open now; the driver reads its counters meanwhile.
    const std::int64_t holdEnd = bench::nowNs() + static_cast<std::int64_t>(hold * 1e9);
    while (bench::nowNs() < holdEnd)
        usleep(10000);
    std::size_t held = 0;
    for (std::size_t i = 0; i < fds.size(); ++i) {
        if (states[i] == State::Served) ++held;
        linger abort{1, 0};
        setsockopt(fds[i], SOL_SOCKET, SO_LINGER, &abort, sizeof abort);
        close(fds[i]);
    }
    std::printf("held %zu\n", held);
    return 0;
}
