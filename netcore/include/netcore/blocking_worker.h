#pragma once

#include "netcore/net_error.h"
#include "netcore/socket.h"
#include "netcore/trace.h"

#include <condition_variable>
#include <cstddef>
#include <deque>
#include <expected>
#include <functional>
#include <memory>
#include <mutex>
#include <optional>
#include <string>
#include <thread>

namespace netcore {

class Wakeup;

/// A thread of its own for a blocking-mode or timeout-mode Socket: calls that block are what the
/// user wants to watch, so they must not block the IoLoop or the GUI. Jobs run in submission
/// order on the socket the worker owns; cancel() from any thread makes the job's current wait fail
/// with ErrorCode::Cancelled, and the socket stays usable.
///
/// The destructor cancels the running job, drops the queued ones and joins the thread.
class BlockingWorker {
public:
    using Job = std::function<void(Socket&)>;

    /// What the worker is doing right now, for "blocked in accept() for 3.2 s".
    struct Busy {
        TraceClock::time_point since;
        std::string label; ///< as given to submit()
    };

    /// Takes the socket and starts the thread (named "netcore-block").
    [[nodiscard]] static std::expected<std::unique_ptr<BlockingWorker>, NetError> create(Socket socket);
    ~BlockingWorker();
    BlockingWorker(const BlockingWorker&) = delete;
    BlockingWorker& operator=(const BlockingWorker&) = delete;

    /// Queues `job`; `label` names it in busy() ("accept()").
    void submit(Job job, std::string label = {});
    /// For a job that replaces the worker's socket with a new one: makes the new socket's waits
    /// cancellable by cancel() too. Call it from the job (the worker's thread).
    [[nodiscard]] std::expected<void, NetError> armCancel(Socket& socket) const;
    /// Makes the running job's current (or next) wait fail with Cancelled. Thread-safe. A cancel
    /// with no job running is forgotten when the next job starts.
    void cancel() noexcept;

    /// Since when, and in what, the worker is busy; nullopt when idle. Thread-safe.
    [[nodiscard]] std::optional<Busy> busy() const;
    /// Jobs waiting behind the running one. Thread-safe.
    [[nodiscard]] std::size_t pending() const;
    /// Blocks until every submitted job has finished or `timeout` passes; returns whether idle.
    bool waitIdle(std::chrono::milliseconds timeout) const;

private:
    struct Queued {
        Job job;
        std::string label;
    };

    BlockingWorker(Socket socket, std::shared_ptr<Wakeup> wakeup);
    void run();

    Socket m_socket; ///< the worker thread's alone once it runs
    std::shared_ptr<Wakeup> m_wakeup;
    mutable std::mutex m_mutex;
    mutable std::condition_variable m_changed;
    std::deque<Queued> m_jobs;
    std::optional<Busy> m_busy;
    bool m_stopping = false;
    std::thread m_thread;
};

} // namespace netcore
