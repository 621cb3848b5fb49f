#pragma once
// Helpers for the session tests: an EventQueue with the events drained so far, and bounded waits
// on it (never a sleep: the queue's own wait wakes the test when events arrive).

#include "test_support.h"

#include "netcore/event_queue.h"
#include "netcore/session_event.h"

#include <chrono>
#include <memory>
#include <string>
#include <vector>

namespace netcore::test {

inline constexpr std::chrono::milliseconds kEventBound{10000};

struct EventLog {
    std::shared_ptr<EventQueue> queue = std::make_shared<EventQueue>();
    std::vector<SessionEvent> events;

    /// Drains until `predicate(events)` holds or `bound` passes; returns whether it held.
    template <typename Predicate>
    bool waitUntil(Predicate predicate, std::chrono::milliseconds bound = kEventBound) {
        const auto deadline = std::chrono::steady_clock::now() + bound;
        for (;;) {
            queue->drain(events);
            if (predicate(events)) return true;
            const auto now = std::chrono::steady_clock::now();
            if (now >= deadline) return false;
            queue->waitForEvents(std::chrono::ceil<std::chrono::milliseconds>(deadline - now));
        }
    }

    /// The first event of `kind` (for `connection`, unless any) at or after `from`, or nullptr.
    const SessionEvent* find(SessionEventKind kind, std::size_t from = 0,
                             std::optional<ConnectionId> connection = {}) const {
        for (std::size_t i = from; i < events.size(); ++i)
            if (events[i].kind == kind && (!connection || events[i].connection == *connection))
                return &events[i];
        return nullptr;
    }

    /// Waits for an event of `kind`; fails the test when none comes within the bound. A copy: later
    /// drains grow `events` and would leave a reference dangling (AddressSanitizer caught one).
    SessionEvent waitFor(SessionEventKind kind, std::optional<ConnectionId> connection = {}) {
        const bool found = waitUntil([&](const auto&) { return find(kind, 0, connection) != nullptr; });
        if (!found) FAIL("no " << sessionEventKindName(kind) << " event within the bound; " << describe());
        return *find(kind, 0, connection);
    }

    std::size_t count(SessionEventKind kind, std::optional<ConnectionId> connection = {}) const {
        std::size_t n = 0;
        for (const auto& event : events)
            if (event.kind == kind && (!connection || event.connection == *connection)) ++n;
        return n;
    }

    /// The Data payloads of `connection`, joined.
    std::string received(ConnectionId connection) const {
        std::string all;
        for (const auto& event : events)
            if (event.kind == SessionEventKind::Data && event.connection == connection)
                all += text(event.bytes);
        return all;
    }

    /// Waits until `connection` has received `size` bytes.
    std::string waitForData(ConnectionId connection, std::size_t size) {
        waitUntil([&](const auto&) { return received(connection).size() >= size; });
        return received(connection);
    }

    bool hasTrace(const std::string& call) const {
        for (const auto& event : events)
            if (event.kind == SessionEventKind::CallTraced && event.trace && event.trace->call == call)
                return true;
        return false;
    }

    std::string describe() const {
        std::string out = std::to_string(events.size()) + " events:";
        for (const auto& event : events) {
            out += " ";
            out += sessionEventKindName(event.kind);
            if (event.kind == SessionEventKind::Closed)
                out += "(" + std::string(closeReasonName(event.closeReason)) + ")";
            if (event.error) out += "[" + event.error->summary() + "]";
        }
        return out;
    }
};

} // namespace netcore::test
