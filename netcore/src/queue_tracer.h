#pragma once
// A Tracer that turns each socket call into a CallTraced event of one session and connection.

#include "netcore/session_event.h"
#include "netcore/trace.h"

namespace netcore {

class SessionContext;

class QueueTracer final : public Tracer {
public:
    QueueTracer(SessionContext& context, ConnectionId connection) noexcept
        : m_context(context), m_connection(connection) {}
    /// Runs on the thread that made the call: the session's loop thread.
    void record(TraceRecord record) override;

private:
    SessionContext& m_context;
    ConnectionId m_connection;
};

} // namespace netcore
