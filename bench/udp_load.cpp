// UDP load against an echoing (or silent) server, from one thread.
//   udp_load rr    --target H:P [--seconds 5] [--size 32]
//       closed loop: one request in flight, the next sent when its reply is back (a reply that
//       does not come within 200 ms counts as lost and the request is sent again). Prints
//       "round_trips N lost L seconds S rate R".
//   udp_load flood --target H:P --rate 200000 [--seconds 10 | --count N] [--size 32]
//       open loop: datagrams at a fixed rate whatever comes back, paced in 1 ms ticks with
//       sendmmsg(); replies are drained with recvmmsg() between ticks and for 1 s after the last
//       send. Prints "sent N replies M send_errors E seconds S".
#include "bench_net.h"

#include <poll.h>
#include <sys/socket.h>
#include <unistd.h>

#include <algorithm>
#include <array>
#include <cerrno>
#include <cstdint>
#include <cstdio>
#include <string>
#include <vector>

namespace {

constexpr unsigned kBatch = 256;

int openSocket(const sockaddr_in& target) {
    const int fd = socket(AF_INET, SOCK_DGRAM | SOCK_CLOEXEC, 0);
    if (fd < 0) bench::fail("socket");
    int buffer = 4 << 20; // replies queue here between ticks: large, so the generator drops none
    setsockopt(fd, SOL_SOCKET, SO_RCVBUF, &buffer, sizeof buffer);
    sockaddr_in any{};
    any.sin_family = AF_INET;
    any.sin_addr = target.sin_addr;
    if (bind(fd, reinterpret_cast<const sockaddr*>(&any), sizeof any) != 0) bench::fail("bind");
    if (connect(fd, reinterpret_cast<const sockaddr*>(&target), sizeof target) != 0) bench::fail("connect");
    return fd;
}

int roundTrips(int fd, double seconds, std::size_t size) {
    std::vector<char> request(size, 'r');
    std::vector<char> reply(65536);
    unsigned long long trips = 0;
    unsigned long long lost = 0;
    const std::int64_t start = bench::nowNs();
    const auto end = start + static_cast<std::int64_t>(seconds * 1e9);
    std::int64_t now = start;
    while (now < end) {
        if (send(fd, request.data(), request.size(), 0) < 0 && errno != ECONNREFUSED) bench::fail("send");
        pollfd readable{fd, POLLIN, 0};
        if (poll(&readable, 1, 200) == 1 && recv(fd, reply.data(), reply.size(), 0) >= 0)
            ++trips;
        else
            ++lost;
        now = bench::nowNs();
    }
    const double elapsed = static_cast<double>(now - start) / 1e9;
    std::printf("round_trips %llu lost %llu seconds %.3f rate %.1f\n", trips, lost, elapsed,
                static_cast<double>(trips) / elapsed);
    return 0;
}

unsigned long long drain(int fd, std::array<mmsghdr, kBatch>& messages) {
    unsigned long long total = 0;
    for (;;) {
        const int count = recvmmsg(fd, messages.data(), kBatch, MSG_DONTWAIT, nullptr);
        if (count <= 0) return total;
        total += static_cast<unsigned>(count);
    }
}

int flood(int fd, double rate, double seconds, unsigned long long count, std::size_t size) {
    if (count == 0) count = static_cast<unsigned long long>(rate * seconds);
    std::vector<char> payload(size, 'f');
    std::array<iovec, kBatch> sendIov{};
    std::array<mmsghdr, kBatch> sendMessages{};
    for (unsigned i = 0; i < kBatch; ++i) {
        sendIov[i] = {payload.data(), payload.size()};
        sendMessages[i].msg_hdr.msg_iov = &sendIov[i];
        sendMessages[i].msg_hdr.msg_iovlen = 1;
    }
    std::array<std::array<char, 2048>, kBatch> replyBuffers{};
    std::array<iovec, kBatch> replyIov{};
    std::array<mmsghdr, kBatch> replyMessages{};
    for (unsigned i = 0; i < kBatch; ++i) {
        replyIov[i] = {replyBuffers[i].data(), replyBuffers[i].size()};
        replyMessages[i].msg_hdr.msg_iov = &replyIov[i];
        replyMessages[i].msg_hdr.msg_iovlen = 1;
    }

    unsigned long long sent = 0;
    unsigned long long replies = 0;
    unsigned long long errors = 0;
    const std::int64_t start = bench::nowNs();
    constexpr std::int64_t kTickNs = 1'000'000;
    std::int64_t tick = start;
    while (sent < count) {
        // Catch up to where the schedule says we should be: the rate holds even when a tick is late.
        const auto due = std::min<unsigned long long>(
            count, static_cast<unsigned long long>(static_cast<double>(bench::nowNs() - start) * rate / 1e9));
        while (sent < due) {
            const auto batch = static_cast<unsigned>(std::min<unsigned long long>(kBatch, due - sent));
            const int done = sendmmsg(fd, sendMessages.data(), batch, 0);
            if (done <= 0) {
                ++errors; // ENOBUFS or a refused port: the datagram is gone, as the OS dropped it
                ++sent;
                continue;
            }
            sent += static_cast<unsigned>(done);
        }
        replies += drain(fd, replyMessages);
        tick += kTickNs;
        const std::int64_t wait = tick - bench::nowNs();
        if (wait > 0) {
            pollfd readable{fd, POLLIN, 0};
            // Sleep until the next tick (replies can wake it early; they are drained next turn).
            timespec pause{0, wait};
            static_cast<void>(ppoll(&readable, 1, &pause, nullptr));
        }
    }
    const double elapsed = static_cast<double>(bench::nowNs() - start) / 1e9;
    // Stragglers: replies still in flight when the last datagram left.
    const std::int64_t settleEnd = bench::nowNs() + 1'000'000'000;
    while (bench::nowNs() < settleEnd && replies < sent) {
        pollfd readable{fd, POLLIN, 0};
        if (poll(&readable, 1, 100) == 1) replies += drain(fd, replyMessages);
    }
    std::printf("sent %llu replies %llu send_errors %llu seconds %.3f\n", sent, replies, errors, elapsed);
    return 0;
}

} // namespace

int main(int argc, char** argv) {
    if (argc < 2) {
        std::fprintf(stderr, "usage: udp_load rr|flood --target HOST:PORT ...\n");
        return 2;
    }
    const std::string mode = argv[1];
    const int fd = openSocket(bench::parseEndpoint(bench::option(argc, argv, "--target", "")));
    const auto size = static_cast<std::size_t>(bench::numberOption(argc, argv, "--size", 32));
    const double seconds = bench::numberOption(argc, argv, "--seconds", mode == "rr" ? 5 : 10);
    if (mode == "rr") return roundTrips(fd, seconds, size);
    if (mode == "flood")
        return flood(fd, bench::numberOption(argc, argv, "--rate", 200000), seconds,
                     static_cast<unsigned long long>(bench::numberOption(argc, argv, "--count", 0)), size);
    std::fprintf(stderr, "unknown mode %s\n", mode.c_str());
    return 2;
}
