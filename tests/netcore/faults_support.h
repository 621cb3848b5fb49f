#pragma once
// Helpers for the fault tests: a byte pattern whose every position can be checked (a lost or
// repeated byte shows as a wrong value), and a peer that reads a socket on a thread of its own and
// counts what it really got. Waits are bounded (the peer's socket has a timeout), never sleeps.

#include "test_support.h"

#include "netcore/socket.h"

#include <atomic>
#include <chrono>
#include <condition_variable>
#include <cstddef>
#include <cstdint>
#include <mutex>
#include <optional>
#include <span>
#include <thread>
#include <vector>

namespace netcore::test {

/// The byte at stream position `index`: 251 is prime, so the pattern never lines up with a
/// power-of-two buffer and a shifted chunk is caught.
[[nodiscard]] inline std::byte patternByte(std::uint64_t index) {
    return static_cast<std::byte>(index % 251);
}

[[nodiscard]] inline std::vector<std::byte> pattern(std::size_t size, std::uint64_t from = 0) {
    std::vector<std::byte> out(size);
    for (std::size_t i = 0; i < size; ++i)
        out[i] = patternByte(from + i);
    return out;
}

/// Reads `socket` on a thread until EOF, an error, `stopAt` bytes, or the bound; counts the bytes
/// and checks them against the pattern (unless told not to).
class PeerReader {
public:
    struct Options {
        std::optional<std::uint64_t> stopAt; ///< stop reading (socket left open) once this many came
        bool checkPattern = true;
        std::chrono::seconds bound{20}; ///< the socket's timeout per recv()
    };
    /// Reads until `count` bytes came (the socket stays open).
    static Options upTo(std::uint64_t count) {
        Options options;
        options.stopAt = count;
        return options;
    }
    /// Counts only (a 1 GiB stream of zeros has no pattern to check).
    static Options countOnly() {
        Options options;
        options.checkPattern = false;
        return options;
    }

    PeerReader(Socket& socket, Options options) : m_socket(socket), m_options(options) {
        (void)m_socket.setTimeout(BlockingMode::Seconds(static_cast<double>(m_options.bound.count())));
        m_thread = std::thread([this] { run(); });
    }
    ~PeerReader() { join(); }
    PeerReader(const PeerReader&) = delete;
    PeerReader& operator=(const PeerReader&) = delete;

    void join() {
        if (m_thread.joinable()) m_thread.join();
    }
    /// Waits until `count` bytes came or the reader stopped; returns the bytes read so far.
    std::uint64_t waitFor(std::uint64_t count) {
        std::unique_lock lock(m_mutex);
        m_changed.wait_for(lock, m_options.bound, [&] { return m_count >= count || m_done; });
        return m_count;
    }

    [[nodiscard]] std::uint64_t count() const {
        std::lock_guard lock(m_mutex);
        return m_count;
    }
    [[nodiscard]] bool sawEof() const { return m_eof; }
    [[nodiscard]] std::optional<NetError> error() const { return m_error; }
    [[nodiscard]] std::optional<std::uint64_t> firstMismatch() const { return m_mismatch; }

private:
    void run() {
        std::vector<std::byte> buffer(256 * 1024);
        for (;;) {
            std::span<std::byte> into(buffer);
            if (m_options.stopAt) {
                const auto left = *m_options.stopAt - m_count;
                if (left == 0) break;
                into = into.first(static_cast<std::size_t>(std::min<std::uint64_t>(left, buffer.size())));
            }
            auto got = m_socket.recv(into);
            if (!got) {
                m_error = got.error();
                break;
            }
            if (*got == 0) {
                m_eof = true;
                break;
            }
            if (m_options.checkPattern && !m_mismatch)
                for (std::size_t i = 0; i < *got; ++i)
                    if (into[i] != patternByte(m_count + i)) {
                        m_mismatch = m_count + i;
                        break;
                    }
            std::lock_guard lock(m_mutex);
            m_count += *got;
            m_changed.notify_all();
        }
        std::lock_guard lock(m_mutex);
        m_done = true;
        m_changed.notify_all();
    }

    Socket& m_socket;
    Options m_options;
    mutable std::mutex m_mutex;
    std::condition_variable m_changed;
    std::uint64_t m_count = 0;
    bool m_done = false;
    std::atomic<bool> m_eof{false};
    std::optional<NetError> m_error;
    std::optional<std::uint64_t> m_mismatch;
    std::thread m_thread; ///< last: starts once the members exist
};

} // namespace netcore::test
