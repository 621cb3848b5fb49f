// The bare UDP echo SockLab's UDP server tab is compared with: one thread, recvmmsg() a batch,
// sendmmsg() it back to each sender. Nothing else (no tracing, no GUI), so it is the most this
// machine's kernel gives one echoing thread.
//   udp_echo_reference [--bind 127.0.0.1:0]
// Prints "port N" once bound, and "received N" when SIGTERM ends it.
#include "bench_net.h"

#include <sys/socket.h>
#include <unistd.h>

#include <array>
#include <cerrno>
#include <cstdio>

int main(int argc, char** argv) {
    bench::handleTermination();
    const sockaddr_in bindTo = bench::parseEndpoint(bench::option(argc, argv, "--bind", "127.0.0.1:0"));
    const int fd = socket(AF_INET, SOCK_DGRAM | SOCK_CLOEXEC, 0);
    if (fd < 0) bench::fail("socket");
    int buffer = 4 << 20; // as large as the generator's, so neither side is the queue that overflows
    setsockopt(fd, SOL_SOCKET, SO_RCVBUF, &buffer, sizeof buffer);
    if (bind(fd, reinterpret_cast<const sockaddr*>(&bindTo), sizeof bindTo) != 0) bench::fail("bind");
    std::printf("port %d\n", bench::boundPort(fd));
    std::fflush(stdout);

    constexpr unsigned kBatch = 64;
    std::array<std::array<char, 2048>, kBatch> payloads{};
    std::array<iovec, kBatch> iovecs{};
    std::array<sockaddr_in, kBatch> peers{};
    std::array<mmsghdr, kBatch> messages{};
    unsigned long long received = 0;
    while (!bench::stopRequested()) {
        for (unsigned i = 0; i < kBatch; ++i) {
            iovecs[i] = {payloads[i].data(), payloads[i].size()};
            messages[i].msg_hdr = {};
            messages[i].msg_hdr.msg_name = &peers[i];
            messages[i].msg_hdr.msg_namelen = sizeof(sockaddr_in);
            messages[i].msg_hdr.msg_iov = &iovecs[i];
            messages[i].msg_hdr.msg_iovlen = 1;
        }
        // Blocks for the first datagram, then takes whatever else is already queued.
        const int count = recvmmsg(fd, messages.data(), kBatch, MSG_WAITFORONE, nullptr);
        if (count < 0) {
            if (errno == EINTR) continue;
            bench::fail("recvmmsg");
        }
        received += static_cast<unsigned>(count);
        for (int i = 0; i < count; ++i)
            iovecs[static_cast<unsigned>(i)].iov_len = messages[static_cast<unsigned>(i)].msg_len;
        static_cast<void>(sendmmsg(fd, messages.data(), static_cast<unsigned>(count), 0));
    }
    std::printf("received %llu\n", received);
    close(fd);
    return 0;
}
