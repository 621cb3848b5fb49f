#pragma once

#include "netcore/session_event.h"

#include <array>
#include <chrono>
#include <condition_variable>
#include <cstddef>
#include <cstdint>
#include <deque>
#include <functional>
#include <limits>
#include <memory>
#include <mutex>
#include <span>
#include <vector>

namespace netcore {

/// Where sessions deliver their events: many producers (I/O threads, workers), one consumer that
/// drains in batches. The consumer installs a "became non-empty" callback to schedule a drain,
/// so a flood of events costs it one wake-up per batch, not one per event.
///
/// Protocol: the callback fires on the push that finds the queue armed (initially armed); drain()
/// re-arms it only when it leaves the queue empty. A consumer that drains with a cap and sees a
/// non-zero remainder schedules its next drain itself.
class EventQueue {
public:
    /// Called on the producer's thread, with no lock held. Must be thread-safe and quick.
    using NotifyCallback = std::function<void()>;

    static constexpr std::size_t kKindCount = static_cast<std::size_t>(SessionEventKind::CallTraced) + 1;

    /// Exact totals since construction, kept at push time: they stay right whatever the consumer
    /// shows or skips.
    struct Counters {
        std::uint64_t events = 0;
        std::array<std::uint64_t, kKindCount> byKind{};
        std::uint64_t bytesReceived = 0; ///< Data + Datagram payload bytes
        std::uint64_t bytesSent = 0;     ///< Sent byte counts
        std::uint64_t drained = 0;
        std::uint64_t notifications = 0; ///< how often the non-empty callback fired
        std::uint64_t tracesShed = 0;    ///< CallTraced events not queued: the consumer was too far behind
        [[nodiscard]] std::uint64_t count(SessionEventKind kind) const {
            return byKind[static_cast<std::size_t>(kind)];
        }
    };

    /// Past this many waiting events, CallTraced events are counted and dropped instead of queued.
    static constexpr std::size_t kTraceShedBacklog = 20000;

    void push(SessionEvent event);
    /// Pushes all of `events` under one lock (and at most one notification); leaves it empty.
    void pushBatch(std::vector<SessionEvent>& events);

    /// Moves up to `max` events, oldest first, to the end of `out`. Returns how many are left.
    std::size_t drain(std::vector<SessionEvent>& out,
                      std::size_t max = std::numeric_limits<std::size_t>::max());
    /// Blocks until an event is queued or `timeout` passes; returns whether one is queued.
    bool waitForEvents(std::chrono::milliseconds timeout);

    /// Replaces the callback (nullptr removes it). Arms the queue if it is empty, and fires at
    /// once if events are already waiting, so none are missed.
    void setNonEmptyCallback(NotifyCallback callback);

    [[nodiscard]] std::size_t size() const;
    [[nodiscard]] Counters counters() const;

private:
    void count(const SessionEvent& event);
    void pushRange(std::span<SessionEvent> events);
    void notify(bool fire, const std::shared_ptr<const NotifyCallback>& callback);

    mutable std::mutex m_mutex;
    std::condition_variable m_nonEmpty;
    // A vector, so that drain() of the whole queue swaps buffers instead of moving each event.
    std::vector<SessionEvent> m_events;
    bool m_armed = true;
    int m_waiters = 0;
    Counters m_counters;
    std::shared_ptr<const NotifyCallback> m_callback;
};

} // namespace netcore
