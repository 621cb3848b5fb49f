#pragma once

#include "netcore/native_handle.h"
#include "netcore/net_error.h"

#include <atomic>
#include <chrono>
#include <condition_variable>
#include <cstdint>
#include <expected>
#include <functional>
#include <future>
#include <memory>
#include <mutex>
#include <optional>
#include <string>
#include <thread>
#include <type_traits>
#include <unordered_map>
#include <vector>

namespace netcore {

class Poller;
class Wakeup;
struct PollerEvent;

/// Identifies a timer of an IoLoop; 0 is never a valid id.
using TimerId = std::uint64_t;

/// One I/O thread: it sleeps in the OS's multiplexer (epoll / kqueue / WSAPoll) until a watched
/// handle is ready, a timer is due, or another thread posts work; there is no periodic tick.
/// Sessions (TcpListenerSession, TcpClientSession, UdpSession) run their sockets on it.
///
/// Threads: post(), invoke(), addTimer(), cancelTimer(), stop() and isLoopThread() may be called
/// from any thread. watch(), setInterest() and unwatch() belong to the loop's thread (call them
/// from a posted task, a timer or a watch callback). Callbacks run on the loop's thread with no
/// lock of the loop held, so they may call back into the loop.
class IoLoop {
public:
    using Task = std::function<void()>;
    /// Receives the handle's readiness: a mask of netcore::Readiness (Readable, Writable, Failed).
    using WatchCallback = std::function<void(int readiness)>;
    using Clock = std::chrono::steady_clock;

    /// Creates the loop and starts its thread, named `threadName` where the OS allows it.
    [[nodiscard]] static std::expected<std::unique_ptr<IoLoop>, NetError>
    create(std::string threadName = "netcore-io");
    /// Stops and joins the thread (must not run on the loop's own thread).
    ~IoLoop();
    IoLoop(const IoLoop&) = delete;
    IoLoop& operator=(const IoLoop&) = delete;

    /// Queues `task` to run on the loop's thread, in posting order. Returns false once the loop
    /// has stopped (the task is then dropped unrun). Tasks posted before stop() still run.
    bool post(Task task);
    /// Runs `function` on the loop's thread and waits for its result. Runs it right here when
    /// called on the loop's thread, or when the loop has stopped (nothing else runs loop code then).
    template <typename Function>
    auto invoke(Function&& function) -> std::invoke_result_t<Function&>;

    /// Calls `callback` once on the loop's thread after `delay`. Timers due at the same time run
    /// in the order they were added.
    TimerId addTimer(std::chrono::nanoseconds delay, Task callback);
    /// Forgets a timer that has not fired yet. From another thread the timer may already be running.
    void cancelTimer(TimerId id);

    /// Loop thread only. Watches `handle` for `interest` (Readable | Writable; 0 = errors only).
    /// Failed, and a hang-up (reported as Readable), come whatever the interest: the poller is
    /// level-triggered, so an owner must react to them (read, close, or unwatch).
    [[nodiscard]] std::expected<void, NetError> watch(NativeHandle handle, int interest,
                                                      WatchCallback callback);
    /// Loop thread only. Changes what a watched handle is waited for.
    [[nodiscard]] std::expected<void, NetError> setInterest(NativeHandle handle, int interest);
    /// Loop thread only. Stops watching; safe from the handle's own callback. Call before closing.
    void unwatch(NativeHandle handle);

    /// Stops the loop: runs the tasks already posted, then ends the thread and joins it (from the
    /// loop's own thread it only requests the stop).
    void stop();

    [[nodiscard]] bool isLoopThread() const noexcept;
    [[nodiscard]] bool isRunning() const noexcept { return !m_stopRequested.load(std::memory_order_acquire); }
    /// How many times the thread has returned from the poller: shows that an idle loop sleeps.
    [[nodiscard]] std::uint64_t iterations() const noexcept {
        return m_iterations.load(std::memory_order_relaxed);
    }
    /// The poller's error if the loop ended because waiting failed.
    [[nodiscard]] std::optional<NetError> failure() const;

private:
    struct Timer {
        Clock::time_point due;
        TimerId id = 0;
    };
    struct Watch {
        NativeHandle handle = kInvalidHandle;
        WatchCallback callback;
        bool removed = false;
    };

    IoLoop(std::unique_ptr<Poller> poller, std::unique_ptr<Wakeup> wakeup, std::string threadName);
    void run();
    void waitUntilFinished();
    void dispatch(const PollerEvent& event);
    bool runTasks(std::vector<Task>& batch);
    void runDueTimers();
    [[nodiscard]] std::optional<std::chrono::milliseconds> nextTimeout();

    std::unique_ptr<Poller> m_poller;
    std::unique_ptr<Wakeup> m_wakeup;
    std::string m_threadName;
    std::thread m_thread;
    std::mutex m_joinMutex;
    std::atomic<std::thread::id> m_threadId{};
    std::atomic<bool> m_stopRequested{false};
    std::atomic<std::uint64_t> m_iterations{0};

    mutable std::mutex m_mutex; // guards everything below up to the loop-thread-only part
    bool m_accepting = true;
    std::vector<Task> m_tasks;
    std::vector<Timer> m_timerHeap; // min-heap on (due, id); cancelled ids linger until popped
    std::unordered_map<TimerId, Task> m_timerTasks;
    TimerId m_nextTimer = 1;
    std::optional<NetError> m_failure;
    bool m_finished = false;
    std::condition_variable m_finishedChanged;

    // Loop thread only.
    std::unordered_map<std::uint64_t, Watch> m_watches; // by token
    std::unordered_map<NativeHandle, std::uint64_t> m_tokens;
    std::vector<std::uint64_t> m_removedTokens;
    std::uint64_t m_nextToken = 1; // 0 is the wakeup
    bool m_dispatching = false;
};

template <typename Function>
auto IoLoop::invoke(Function&& function) -> std::invoke_result_t<Function&> {
    using Result = std::invoke_result_t<Function&>;
    if (isLoopThread()) return function();
    std::promise<Result> promise;
    auto future = promise.get_future();
    const bool posted = post([&function, &promise] {
        if constexpr (std::is_void_v<Result>) {
            function();
            promise.set_value();
        } else {
            promise.set_value(function());
        }
    });
    if (!posted) {
        waitUntilFinished(); // the thread may still be running its last tasks
        return function();
    }
    return future.get();
}

} // namespace netcore
