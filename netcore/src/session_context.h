#pragma once
// What every session shares with its connections: the loop it runs on, the queue it reports to,
// its id, the tracing switch, and a batch of events waiting to be pushed.
//
// Events are collected while the loop runs one of the session's callbacks and pushed in one go
// when the outermost EmitBatch ends: one queue lock per wake-up instead of one per event, and the
// CallTraced records stay in order with the events they explain.

#include "netcore/event_queue.h"
#include "netcore/io_loop.h"
#include "netcore/session_event.h"
#include "netcore/socket.h"

#include <expected>
#include <functional>
#include <memory>
#include <vector>

namespace netcore {

class Tracer;

/// Loop thread only, except id() and the queue.
class SessionContext {
public:
    SessionContext(IoLoop& loop, std::shared_ptr<EventQueue> queue, bool tracing);

    [[nodiscard]] IoLoop& loop() const noexcept { return m_loop; }
    [[nodiscard]] SessionId id() const noexcept { return m_id; }

    /// An event of this session, stamped now.
    [[nodiscard]] SessionEvent event(SessionEventKind kind, ConnectionId connection = 0) const;
    void emit(SessionEvent event);
    void emitError(ConnectionId connection, NetError error);
    void emitClosed(ConnectionId connection, CloseReason reason, std::size_t droppedBytes = 0);
    /// Pushes what was collected (EmitBatch does this; call it where no batch is open).
    void flush();

    /// Any thread. Posts `task` to the loop inside an EmitBatch; it is skipped if the session
    /// has been retired meanwhile (a session destroyed on the loop thread leaves tasks behind).
    void post(std::function<void()> task);
    /// Loop thread (or loop stopped). Marks the session gone for the tasks still queued.
    void retire() noexcept { *m_alive = false; }

    [[nodiscard]] bool tracing() const noexcept { return m_tracing; }
    void setTracing(bool on) noexcept { m_tracing = on; }
    /// Socket::open, traced as a socket() call (a static call has no tracer of its own yet), with
    /// the session's tracer installed for `connection`. Errors are returned, not emitted.
    [[nodiscard]] std::expected<Socket, NetError> openSocket(Family family, SocketType type,
                                                             ConnectionId connection);
    /// A tracer reporting calls as `connection`'s, or nullptr while tracing is off.
    [[nodiscard]] std::shared_ptr<Tracer> tracerFor(ConnectionId connection);

    /// Opens a batch for the scope: nested batches push when the outermost closes.
    class EmitBatch {
    public:
        explicit EmitBatch(SessionContext& context) noexcept : m_context(context) { ++m_context.m_depth; }
        ~EmitBatch() {
            if (--m_context.m_depth == 0) m_context.flush();
        }
        EmitBatch(const EmitBatch&) = delete;
        EmitBatch& operator=(const EmitBatch&) = delete;

    private:
        SessionContext& m_context;
    };

private:
    IoLoop& m_loop;
    std::shared_ptr<EventQueue> m_queue;
    SessionId m_id;
    bool m_tracing;
    std::shared_ptr<bool> m_alive = std::make_shared<bool>(true); // read and written on the loop thread
    int m_depth = 0;
    std::vector<SessionEvent> m_pending;
};

} // namespace netcore
