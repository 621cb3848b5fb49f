#include "session_context.h"

#include "queue_tracer.h"

namespace netcore {

SessionContext::SessionContext(IoLoop& loop, std::shared_ptr<EventQueue> queue, bool tracing)
    : m_loop(loop), m_queue(std::move(queue)), m_id(newSessionId()), m_tracing(tracing) {}

SessionEvent SessionContext::event(SessionEventKind kind, ConnectionId connection) const {
    SessionEvent event;
    event.session = m_id;
    event.connection = connection;
    event.kind = kind;
    event.time = TraceClock::now();
    return event;
}

void SessionContext::emit(SessionEvent event) {
    if (m_depth == 0) {
        m_queue->push(std::move(event));
        return;
    }
    m_pending.push_back(std::move(event));
}

void SessionContext::emitError(ConnectionId connection, NetError error) {
    auto event = this->event(SessionEventKind::Error, connection);
    event.error = std::move(error);
    emit(std::move(event));
}

void SessionContext::emitClosed(ConnectionId connection, CloseReason reason, std::size_t droppedBytes) {
    auto event = this->event(SessionEventKind::Closed, connection);
    event.closeReason = reason;
    event.queuedBytes = droppedBytes;
    emit(std::move(event));
}

void SessionContext::post(std::function<void()> task) {
    m_loop.post([this, alive = m_alive, task = std::move(task)] {
        if (!*alive) return;
        EmitBatch batch(*this);
        task();
    });
}

void SessionContext::flush() {
    m_queue->pushBatch(m_pending);
}

std::expected<Socket, NetError> SessionContext::openSocket(Family family, SocketType type,
                                                           ConnectionId connection) {
    TraceRecord record;
    record.start = TraceClock::now();
    auto opened = Socket::open(family, type);
    if (!m_tracing) return opened;
    record.end = TraceClock::now();
    record.call = "socket";
    record.arguments = std::string(familyName(family)) + ", " + std::string(socketTypeName(type));
    if (opened) {
        record.socket = opened->id();
        record.result = "socket #" + std::to_string(opened->id());
        opened->setTracer(tracerFor(connection));
    } else {
        record.error = opened.error();
    }
    QueueTracer(*this, connection).record(std::move(record));
    return opened;
}

std::shared_ptr<Tracer> SessionContext::tracerFor(ConnectionId connection) {
    if (!m_tracing) return nullptr;
    return std::make_shared<QueueTracer>(*this, connection);
}

} // namespace netcore
