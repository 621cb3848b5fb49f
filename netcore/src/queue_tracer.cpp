#include "queue_tracer.h"

#include "session_context.h"

namespace netcore {

void QueueTracer::record(TraceRecord record) {
    auto event = m_context.event(SessionEventKind::CallTraced, m_connection);
    event.time = record.end;
    event.trace = std::move(record);
    m_context.emit(std::move(event));
}

} // namespace netcore
