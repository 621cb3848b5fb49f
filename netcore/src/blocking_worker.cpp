#include "netcore/blocking_worker.h"

#include "netcore/wakeup.h"
#include "thread_name.h"

namespace netcore {

std::expected<std::unique_ptr<BlockingWorker>, NetError> BlockingWorker::create(Socket socket) {
    auto wakeup = Wakeup::create();
    if (!wakeup) return std::unexpected(wakeup.error());
    std::shared_ptr<Wakeup> shared(std::move(*wakeup));
    if (auto set = socket.setCancelWakeup(shared); !set) return std::unexpected(set.error());
    std::unique_ptr<BlockingWorker> worker(new BlockingWorker(std::move(socket), std::move(shared)));
    worker->m_thread = std::thread([raw = worker.get()] { raw->run(); });
    return worker;
}

BlockingWorker::BlockingWorker(Socket socket, std::shared_ptr<Wakeup> wakeup)
    : m_socket(std::move(socket)), m_wakeup(std::move(wakeup)) {}

BlockingWorker::~BlockingWorker() {
    std::deque<Queued> dropped; // destroyed after the join, outside the lock
    {
        std::lock_guard lock(m_mutex);
        m_stopping = true;
        dropped.swap(m_jobs);
    }
    m_changed.notify_all();
    m_wakeup->signal(); // a job stuck in a wait gives up with Cancelled
    if (m_thread.joinable()) m_thread.join();
}

void BlockingWorker::submit(Job job, std::string label) {
    {
        std::lock_guard lock(m_mutex);
        if (m_stopping) return;
        m_jobs.push_back({std::move(job), std::move(label)});
    }
    m_changed.notify_all();
}

// The wakeup is ours, not read through the Socket: Socket::cancel() would read the socket's
// member from this thread while the worker's thread may be using the socket.
void BlockingWorker::cancel() noexcept {
    m_wakeup->signal();
}

std::expected<void, NetError> BlockingWorker::armCancel(Socket& socket) const {
    return socket.setCancelWakeup(m_wakeup);
}

std::optional<BlockingWorker::Busy> BlockingWorker::busy() const {
    std::lock_guard lock(m_mutex);
    return m_busy;
}

std::size_t BlockingWorker::pending() const {
    std::lock_guard lock(m_mutex);
    return m_jobs.size();
}

bool BlockingWorker::waitIdle(std::chrono::milliseconds timeout) const {
    std::unique_lock lock(m_mutex);
    return m_changed.wait_for(lock, timeout, [this] { return m_jobs.empty() && !m_busy; });
}

void BlockingWorker::run() {
    platform::setThreadName("netcore-block");
    for (;;) {
        Queued next;
        {
            std::unique_lock lock(m_mutex);
            m_changed.wait(lock, [this] { return m_stopping || !m_jobs.empty(); });
            if (m_stopping) return;
            next = std::move(m_jobs.front());
            m_jobs.pop_front();
            // A cancel aimed at an earlier job (or at none) must not cancel this one. Drained
            // under the lock so that busy() never shows a job a pending cancel still applies to.
            m_wakeup->drain();
            m_busy = Busy{TraceClock::now(), next.label};
        }
        next.job(m_socket);
        next.job = nullptr; // its captures go before the worker reports idle
        {
            std::lock_guard lock(m_mutex);
            m_busy.reset();
        }
        m_changed.notify_all();
    }
}

} // namespace netcore
