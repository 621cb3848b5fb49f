// The bare TCP server SockLab's TCP server tab is compared with: one thread, epoll, accept4() every
// client, read and discard (or, with --echo, send back what arrived; with --capture, write every
// byte that arrived to a file: a writer thread of its own takes the received buffers as they are,
// as SockLab's capture does, and a client's end is answered once its bytes are written). No
// tracing, no GUI.
//   tcp_sink_reference [--bind 127.0.0.1:0] [--echo 1] [--capture PATH]
// Prints "port N" once listening, and "accepted N bytes M" when SIGTERM ends it.
#include "bench_net.h"

#include <fcntl.h>
#include <sys/epoll.h>
#include <sys/socket.h>
#include <unistd.h>

#include <array>
#include <cerrno>
#include <condition_variable>
#include <cstdio>
#include <deque>
#include <memory>
#include <mutex>
#include <string>
#include <thread>
#include <vector>

namespace {

/// Writes the buffers it is given to a file, in order, on a thread of its own; at most 64 MiB wait.
class CaptureThread {
public:
    explicit CaptureThread(int fd) : m_fd(fd), m_thread([this] { run(); }) {}
    ~CaptureThread() {
        {
            std::lock_guard lock(m_mutex);
            m_stopping = true;
        }
        m_changed.notify_all();
        m_thread.join();
    }
    void write(std::vector<char> bytes) {
        std::unique_lock lock(m_mutex);
        m_changed.wait(lock, [&] { return m_pending < kMaxPending; });
        m_pending += bytes.size();
        m_queue.push_back(std::move(bytes));
        m_changed.notify_all();
    }
    /// Returns once everything given so far is in the file.
    void drain() {
        std::unique_lock lock(m_mutex);
        m_changed.wait(lock, [&] { return m_pending == 0; });
    }

private:
    static constexpr std::size_t kMaxPending = 64 << 20;
    void run() {
        for (;;) {
            std::vector<char> bytes;
            {
                std::unique_lock lock(m_mutex);
                m_changed.wait(lock, [&] { return !m_queue.empty() || m_stopping; });
                if (m_queue.empty()) return;
                bytes = std::move(m_queue.front());
                m_queue.pop_front();
            }
            for (std::size_t written = 0; written < bytes.size();) {
                const ssize_t done = ::write(m_fd, bytes.data() + written, bytes.size() - written);
                if (done < 0) bench::fail("write --capture");
                written += static_cast<std::size_t>(done);
            }
            {
                std::lock_guard lock(m_mutex);
                m_pending -= bytes.size();
            }
            m_changed.notify_all();
        }
    }
    int m_fd;
    std::mutex m_mutex;
    std::condition_variable m_changed;
    std::deque<std::vector<char>> m_queue;
    std::size_t m_pending = 0;
    bool m_stopping = false;
    std::thread m_thread;
};

} // namespace

int main(int argc, char** argv) {
    bench::handleTermination();
    bench::raiseFileLimit();
    const sockaddr_in bindTo = bench::parseEndpoint(bench::option(argc, argv, "--bind", "127.0.0.1:0"));
    const bool echo = bench::numberOption(argc, argv, "--echo", 0) != 0;
    const std::string capturePath = bench::option(argc, argv, "--capture", "");
    const int capture =
        capturePath.empty() ? -1 : open(capturePath.c_str(), O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0644);
    if (!capturePath.empty() && capture < 0) bench::fail("open --capture");
    std::unique_ptr<CaptureThread> writer = capture >= 0 ? std::make_unique<CaptureThread>(capture) : nullptr;
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

    constexpr std::size_t kBufferSize = 256 * 1024;
    std::vector<char> buffer(kBufferSize);
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
            if (writer && buffer.empty()) buffer.resize(kBufferSize); // the last one went to the writer
            const ssize_t got = recv(fd, buffer.data(), buffer.size(), 0);
            if (got > 0) {
                bytes += static_cast<unsigned long long>(got);
                if (writer) {
                    buffer.resize(static_cast<std::size_t>(got));
                    writer->write(std::move(buffer));
                    buffer = {};
                    continue;
                }
                if (echo)
                    static_cast<void>(send(fd, buffer.data(), static_cast<std::size_t>(got), MSG_NOSIGNAL));
            } else if (got == 0 || (errno != EAGAIN && errno != EINTR)) {
                if (writer) writer->drain(); // the capture holds every byte before the client is let go
                close(fd); // EOF: the client sees its connection end, which is how tcp_stream times it
            }
        }
    }
    std::printf("accepted %llu bytes %llu\n", accepted, bytes);
    return 0;
}
