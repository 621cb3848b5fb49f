// Streams N bytes to a TCP server as fast as the socket takes them, then shuts down its write side
// and waits for the server to close (the bare sink closes on EOF), so the time covers delivery, not
// just the copy into the local send buffer. With --file, the bytes are read from a file chunk by chunk
// as they are sent (read() then send(), as SockLab's file send does), and --bytes is the file's size.
//   tcp_stream --target H:P [--bytes 1073741824 | --file PATH]
// Prints "bytes N seconds S mbps M" (M: 10^6 bytes per second).
#include "bench_net.h"

#include <fcntl.h>
#include <sys/socket.h>
#include <sys/stat.h>
#include <unistd.h>

#include <algorithm>
#include <cstdio>
#include <vector>

int main(int argc, char** argv) {
    const sockaddr_in target = bench::parseEndpoint(bench::option(argc, argv, "--target", ""));
    const std::string path = bench::option(argc, argv, "--file", "");
    const int file = path.empty() ? -1 : open(path.c_str(), O_RDONLY | O_CLOEXEC);
    if (!path.empty() && file < 0) bench::fail("open --file");
    struct stat status {};
    if (file >= 0 && fstat(file, &status) != 0) bench::fail("fstat --file");
    const auto total =
        file >= 0 ? static_cast<unsigned long long>(status.st_size)
                  : static_cast<unsigned long long>(bench::numberOption(argc, argv, "--bytes", 1 << 30));
    const int fd = socket(AF_INET, SOCK_STREAM | SOCK_CLOEXEC, 0);
    if (fd < 0) bench::fail("socket");
    if (connect(fd, reinterpret_cast<const sockaddr*>(&target), sizeof target) != 0) bench::fail("connect");
    std::vector<char> chunk(128 * 1024, 's');
    const std::int64_t start = bench::nowNs();
    unsigned long long sent = 0;
    while (sent < total) {
        auto size = static_cast<std::size_t>(std::min<unsigned long long>(chunk.size(), total - sent));
        if (file >= 0) {
            const ssize_t got = read(file, chunk.data(), size);
            if (got <= 0) bench::fail("read --file");
            size = static_cast<std::size_t>(got);
        }
        // A blocking send() takes the whole chunk (or fails), so no byte read is left unsent.
        const ssize_t done = send(fd, chunk.data(), size, MSG_NOSIGNAL);
        if (done < 0 || static_cast<std::size_t>(done) != size) bench::fail("send");
        sent += static_cast<unsigned long long>(done);
    }
    shutdown(fd, SHUT_WR);
    char byte = 0;
    while (recv(fd, &byte, 1, 0) > 0) {
    }
    const double seconds = static_cast<double>(bench::nowNs() - start) / 1e9;
    std::printf("bytes %llu seconds %.3f mbps %.1f\n", sent, seconds,
                static_cast<double>(sent) / seconds / 1e6);
    close(fd);
    if (file >= 0) close(file);
    return 0;
}
