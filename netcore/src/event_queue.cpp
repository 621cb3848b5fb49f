#include "netcore/event_queue.h"

#include <algorithm>
#include <iterator>
#include <span>

namespace netcore {

void EventQueue::count(const SessionEvent& event) {
    ++m_counters.events;
    ++m_counters.byKind[static_cast<std::size_t>(event.kind)];
    if (event.kind == SessionEventKind::Data || event.kind == SessionEventKind::Datagram)
        m_counters.bytesReceived += event.byteCount;
    else if (event.kind == SessionEventKind::Sent)
        m_counters.bytesSent += event.byteCount;
}

void EventQueue::notify(bool fire, const std::shared_ptr<const NotifyCallback>& callback) {
    if (fire && callback && *callback) (*callback)();
}

void EventQueue::push(SessionEvent event) {
    pushRange(std::span(&event, 1));
}

void EventQueue::pushBatch(std::vector<SessionEvent>& events) {
    pushRange(events);
    events.clear();
}

void EventQueue::pushRange(std::span<SessionEvent> events) {
    if (events.empty()) return;
    bool fire = false;
    std::shared_ptr<const NotifyCallback> callback;
    {
        std::lock_guard lock(m_mutex);
        for (auto& event : events) {
            // A consumer this far behind cannot show every call anyway: traces give way so that the
            // data (and its exact counters) keep flowing and memory stays bounded by the backlog.
            if (event.kind == SessionEventKind::CallTraced && m_events.size() >= kTraceShedBacklog) {
                ++m_counters.tracesShed;
                continue;
            }
            count(event);
            m_events.push_back(std::move(event));
        }
        if (m_armed && m_callback) {
            m_armed = false;
            fire = true;
            callback = m_callback;
            ++m_counters.notifications;
        }
        if (m_waiters > 0) m_nonEmpty.notify_all();
    }
    notify(fire, callback);
}

std::size_t EventQueue::drain(std::vector<SessionEvent>& out, std::size_t max) {
    std::lock_guard lock(m_mutex);
    const std::size_t taken = std::min(max, m_events.size());
    if (taken == m_events.size() && out.empty()) {
        // The whole queue: swap buffers, O(1) under the lock. Moving a large batch event by event
        // held the lock for milliseconds, and the I/O thread waiting on it let the kernel drop
        // datagrams (docs/PERFORMANCE.md).
        out.swap(m_events);
    } else {
        const auto end = m_events.begin() + static_cast<std::ptrdiff_t>(taken);
        out.insert(out.end(), std::make_move_iterator(m_events.begin()), std::make_move_iterator(end));
        m_events.erase(m_events.begin(), end);
    }
    m_counters.drained += taken;
    m_armed = m_events.empty();
    return m_events.size();
}

bool EventQueue::waitForEvents(std::chrono::milliseconds timeout) {
    std::unique_lock lock(m_mutex);
    ++m_waiters;
    const bool any = m_nonEmpty.wait_for(lock, timeout, [this] { return !m_events.empty(); });
    --m_waiters;
    return any;
}

void EventQueue::setNonEmptyCallback(NotifyCallback callback) {
    bool fire = false;
    std::shared_ptr<const NotifyCallback> installed;
    {
        std::lock_guard lock(m_mutex);
        m_callback = callback ? std::make_shared<const NotifyCallback>(std::move(callback)) : nullptr;
        m_armed = m_events.empty();
        if (!m_armed && m_callback) {
            fire = true;
            installed = m_callback;
            ++m_counters.notifications;
        }
    }
    notify(fire, installed);
}

std::size_t EventQueue::size() const {
    std::lock_guard lock(m_mutex);
    return m_events.size();
}

EventQueue::Counters EventQueue::counters() const {
    std::lock_guard lock(m_mutex);
    return m_counters;
}

} // namespace netcore
