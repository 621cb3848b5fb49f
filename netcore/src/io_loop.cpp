#include "netcore/io_loop.h"

#include "netcore/socket.h"
#include "netcore/wakeup.h"
#include "poller.h"
#include "thread_name.h"

#include <algorithm>

namespace netcore {

namespace {

constexpr std::uint64_t kWakeupToken = 0;

// std::push_heap builds a max-heap: "greater" puts the earliest (due, id) on top.
bool later(const auto& a, const auto& b) {
    return a.due != b.due ? a.due > b.due : a.id > b.id;
}

} // namespace

std::expected<std::unique_ptr<IoLoop>, NetError> IoLoop::create(std::string threadName) {
    auto wakeup = Wakeup::create();
    if (!wakeup) return std::unexpected(wakeup.error());
    auto poller = Poller::create();
    if (!poller) return std::unexpected(poller.error());
    if (auto added = (*poller)->add((*wakeup)->pollHandle(), Readable, kWakeupToken); !added)
        return std::unexpected(added.error());
    std::unique_ptr<IoLoop> loop(new IoLoop(std::move(*poller), std::move(*wakeup), std::move(threadName)));
    loop->m_thread = std::thread([raw = loop.get()] { raw->run(); });
    return loop;
}

IoLoop::IoLoop(std::unique_ptr<Poller> poller, std::unique_ptr<Wakeup> wakeup, std::string threadName)
    : m_poller(std::move(poller)), m_wakeup(std::move(wakeup)), m_threadName(std::move(threadName)) {}

IoLoop::~IoLoop() {
    stop();
}

bool IoLoop::isLoopThread() const noexcept {
    return m_threadId.load(std::memory_order_acquire) == std::this_thread::get_id();
}

std::optional<NetError> IoLoop::failure() const {
    std::lock_guard lock(m_mutex);
    return m_failure;
}

bool IoLoop::post(Task task) {
    bool wasEmpty = false;
    {
        std::lock_guard lock(m_mutex);
        if (!m_accepting) return false;
        wasEmpty = m_tasks.empty();
        m_tasks.push_back(std::move(task));
    }
    // One signal per batch: later posts find the queue non-empty and know a wake-up is on its way.
    // The loop's own thread runs the queue before it waits again, so it needs no signal at all.
    if (wasEmpty && !isLoopThread()) m_wakeup->signal();
    return true;
}

TimerId IoLoop::addTimer(std::chrono::nanoseconds delay, Task callback) {
    const auto due = Clock::now() + std::chrono::duration_cast<Clock::duration>(std::max(delay, {}));
    TimerId id = 0;
    {
        std::lock_guard lock(m_mutex);
        id = m_nextTimer++;
        m_timerHeap.push_back({due, id});
        std::push_heap(m_timerHeap.begin(), m_timerHeap.end(), later<Timer, Timer>);
        m_timerTasks.emplace(id, std::move(callback));
    }
    // The loop computes its timeout before each wait: only a sleeping loop needs telling.
    if (!isLoopThread()) m_wakeup->signal();
    return id;
}

void IoLoop::cancelTimer(TimerId id) {
    Task dropped; // destroyed outside the lock: its captures may do anything
    std::lock_guard lock(m_mutex);
    if (auto found = m_timerTasks.find(id); found != m_timerTasks.end()) {
        dropped = std::move(found->second);
        m_timerTasks.erase(found);
    }
}

std::expected<void, NetError> IoLoop::watch(NativeHandle handle, int interest, WatchCallback callback) {
    if (!isLoopThread() && isRunning())
        return std::unexpected(NetError::make(ErrorCode::InvalidArgument, "watch", std::to_string(handle),
                                              Message{"IoLoop::watch called outside the loop's thread"}));
    if (m_tokens.contains(handle)) unwatch(handle);
    const std::uint64_t token = m_nextToken++;
    if (auto added = m_poller->add(handle, interest, token); !added) return added;
    m_tokens.emplace(handle, token);
    m_watches.emplace(token, Watch{handle, std::move(callback), false});
    return {};
}

std::expected<void, NetError> IoLoop::setInterest(NativeHandle handle, int interest) {
    auto found = m_tokens.find(handle);
    if (found == m_tokens.end())
        return std::unexpected(NetError::make(ErrorCode::InvalidArgument, "setInterest",
                                              std::to_string(handle), Message{"the handle is not watched"}));
    return m_poller->modify(handle, interest, found->second);
}

void IoLoop::unwatch(NativeHandle handle) {
    auto found = m_tokens.find(handle);
    if (found == m_tokens.end()) return;
    const std::uint64_t token = found->second;
    m_tokens.erase(found);
    m_poller->remove(handle);
    // A callback may unwatch itself (or another handle of this batch): keep the callback alive
    // until the batch is over and skip it from now on.
    if (m_dispatching) {
        m_watches[token].removed = true;
        m_removedTokens.push_back(token);
    } else {
        m_watches.erase(token);
    }
}

void IoLoop::stop() {
    m_stopRequested.store(true, std::memory_order_release);
    m_wakeup->signal();
    if (isLoopThread()) return;
    std::lock_guard lock(m_joinMutex);
    if (m_thread.joinable()) m_thread.join();
}

void IoLoop::run() {
    m_threadId.store(std::this_thread::get_id(), std::memory_order_release);
    platform::setThreadName(m_threadName.c_str());
    std::vector<PollerEvent> ready;
    ready.reserve(256);
    std::vector<Task> batch;
    while (isRunning()) {
        const auto timeout = nextTimeout();
        if (auto waited = m_poller->wait(timeout, ready); !waited) {
            std::lock_guard lock(m_mutex);
            m_failure = waited.error();
            break;
        }
        m_iterations.fetch_add(1, std::memory_order_relaxed);
        m_dispatching = true;
        for (const auto& event : ready)
            dispatch(event);
        m_dispatching = false;
        for (const auto token : m_removedTokens)
            m_watches.erase(token);
        m_removedTokens.clear();
        runTasks(batch);
        runDueTimers();
    }
    // Tasks posted before the stop still run (invoke() waits on them); later posts are refused.
    while (runTasks(batch)) {
    }
    {
        std::lock_guard lock(m_mutex);
        m_accepting = false;
    }
    runTasks(batch);
    m_watches.clear();
    m_tokens.clear();
    {
        std::lock_guard lock(m_mutex);
        m_finished = true;
    }
    m_finishedChanged.notify_all();
}

void IoLoop::waitUntilFinished() {
    std::unique_lock lock(m_mutex);
    m_finishedChanged.wait(lock, [this] { return m_finished; });
}

void IoLoop::dispatch(const PollerEvent& event) {
    if (event.token == kWakeupToken) {
        m_wakeup->drain();
        return;
    }
    auto found = m_watches.find(event.token);
    if (found == m_watches.end() || found->second.removed) return; // unwatched earlier in this batch
    found->second.callback(event.readiness);
}

bool IoLoop::runTasks(std::vector<Task>& batch) {
    {
        std::lock_guard lock(m_mutex);
        batch.swap(m_tasks);
    }
    if (batch.empty()) return false;
    for (auto& task : batch)
        task();
    batch.clear(); // keeps the capacity: swapped back into m_tasks next time
    return true;
}

void IoLoop::runDueTimers() {
    // Only timers due now: a timer that re-arms itself with no delay waits for the next turn.
    const auto now = Clock::now();
    for (;;) {
        Task task;
        {
            std::lock_guard lock(m_mutex);
            if (m_timerHeap.empty() || m_timerHeap.front().due > now) return;
            const TimerId id = m_timerHeap.front().id;
            std::pop_heap(m_timerHeap.begin(), m_timerHeap.end(), later<Timer, Timer>);
            m_timerHeap.pop_back();
            auto found = m_timerTasks.find(id);
            if (found == m_timerTasks.end()) continue; // cancelled
            task = std::move(found->second);
            m_timerTasks.erase(found);
        }
        task();
    }
}

std::optional<std::chrono::milliseconds> IoLoop::nextTimeout() {
    std::lock_guard lock(m_mutex);
    if (!m_tasks.empty()) return std::chrono::milliseconds(0);
    while (!m_timerHeap.empty() && !m_timerTasks.contains(m_timerHeap.front().id)) {
        std::pop_heap(m_timerHeap.begin(), m_timerHeap.end(), later<Timer, Timer>);
        m_timerHeap.pop_back();
    }
    if (m_timerHeap.empty()) return std::nullopt;
    const auto left = m_timerHeap.front().due - Clock::now();
    // Rounded up: waking a little early would spin until the deadline.
    return std::max(std::chrono::ceil<std::chrono::milliseconds>(left), std::chrono::milliseconds(0));
}

} // namespace netcore
