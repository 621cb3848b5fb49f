// The bare TCP server SockLab's TCP server tab is compared with: one thread, epoll, accept4() every
// client, read and discard (or, with --echo, send back what arrived; with --capture, write every
// byte that arrived to a file, in the same thread, before reading more). No tracing, no GUI.
//   tcp_sink_reference [--bind 127.0.0.1:0] [--echo 1] [--capture PATH]
// Prints "port N" once listening, and "accepted N bytes M" when SIGTERM ends it.
#include "bench_net.h"

#include <fcntl.h>
#include <sys/epoll.h>
#include <sys/socket.h>
#include <unistd.h>

#include <array>
#include <cerrno>
#include <cstdio>
#include <string>
#include <vector>

int main(int argc, char** argv) {
    bench::handleTermination();
    bench::raiseFileLimit();
    const sockaddr_in bindTo = bench::parseEndpoint(bench::option(argc, argv, "--bind", "127.0.0.1:0"));
    const bool echo = bench::numberOption(argc, argv, "--echo", 0) != 0;
    const std::string capturePath = bench::option(argc, argv, "--capture", "");
    const int capture =
        capturePath.empty() ? -1 : open(capturePath.c_str(), O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0644);
    if (!capturePath.empty() && capture < 0) bench::fail("open --capture");
    const int listener = socket(AF_INET, SOCK_STREAM | SOCK_CLOEXEC | SOCK_NONBLOCK, 0);
    if (listener < 0) bench::fail("socket");
    int on = 1;
    setsockopt(listener, SOL_SOCKET, SO_REUSEADDR, &on, sizeof on);
    if (bind(listener, reinterpret_cast<const sockaddr*>(&bindTo), sizeof bindTo) != 0) bench::fail("bind");
    if (listen(listener, 4096) != 0) bench::fail("listen");
    const int poller = epoll_create1(EPOLL_CLOEXEC);
    epoll_event event{};
    event.events = EPOLLIN;
    event.data.fd = listener;
    epoll_ctl(poller, EPOLL_CTL_ADD, listener, &event);
    std::printf("port %d\n", bench::boundPort(listener));
    std::fflush(stdout);

    std::vector<char> buffer(256 * 1024);
    std::array<epoll_event, 256> ready{};
    unsigned long long accepted = 0;
    unsigned long long bytes = 0;
    while (!bench::stopRequested()) {
        const int count = epoll_wait(poller, ready.data(), static_cast<int>(ready.size()), -1);
        if (count < 0) {
            if (errno == EINTR) continue;
            bench::fail("epoll_wait");
        }
        for (int i = 0; i < count; ++i) {
            const int fd = ready[static_cast<unsigned>(i)].data.fd;
            if (fd == listener) {
                for (;;) {
                    const int client = accept4(listener, nullptr, nullptr, SOCK_CLOEXEC | SOCK_NONBLOCK);
                    if (client < 0) break;
                    ++accepted;
                    epoll_event clientEvent{};
                    clientEvent.events = EPOLLIN;
                    clientEvent.data.fd = client;
                    epoll_ctl(poller, EPOLL_CTL_ADD, client, &clientEvent);
                }
                continue;
            }
            const ssize_t got = recv(fd, buffer.data(), buffer.size(), 0);
            if (got > 0) {
                bytes += static_cast<unsigned long long>(got);
                for (ssize_t written = 0; capture >= 0 && written < got;) {
                    const ssize_t done =
                        write(capture, buffer.data() + written, static_cast<std::size_t>(got - written));
                    if (done < 0) bench::fail("write --capture");
                    written += done;
                }
                if (echo)
                    static_cast<void>(send(fd, buffer.data(), static_cast<std::size_t>(got), MSG_NOSIGNAL));
            } else if (got == 0 || (errno != EAGAIN && errno != EINTR)) {
                close(fd); // EOF: the client sees its connection end, which is how tcp_stream times it
            }
        }
    }
    std::printf("accepted %llu bytes %llu\n", accepted, bytes);
    return 0;
}
