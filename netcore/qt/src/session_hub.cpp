#include "netcore_qt/session_hub.h"

#include "netcore_qt/meta_types.h"
#include "netcore_qt/session_handle.h"

#include <QMetaObject>
#include <QTimer>

#include <algorithm>
#include <stdexcept>

namespace netcore_qt {

SessionHub::SessionHub(QObject* parent) : QObject(parent), m_queue(std::make_shared<netcore::EventQueue>()) {
    registerMetaTypes();
    auto loop = netcore::IoLoop::create();
    if (!loop) throw std::runtime_error("cannot start the I/O thread: " + loop.error().summary());
    m_loop = std::move(*loop);
    m_sinceDrain.start();
    // Called on producer threads: only hop to this thread; the drain itself decides the pace.
    m_queue->setNonEmptyCallback(
        [this] { QMetaObject::invokeMethod(this, &SessionHub::scheduleDrain, Qt::QueuedConnection); });
}

SessionHub::~SessionHub() {
    m_queue->setNonEmptyCallback(nullptr);
    m_loop->stop(); // joins the I/O thread: no session callback runs after this
}

void SessionHub::attach(netcore::SessionId id, SessionHandle* handle) {
    m_handles.insert(id, handle);
}

void SessionHub::detach(netcore::SessionId id) {
    m_handles.remove(id);
}

void SessionHub::scheduleDrain() {
    if (m_drainScheduled) return;
    m_drainScheduled = true;
    const auto wait = std::max<qint64>(0, kMinDrainIntervalMs - m_sinceDrain.elapsed());
    QTimer::singleShot(static_cast<int>(wait), this, [this] {
        m_drainScheduled = false;
        drainNow();
    });
}

void SessionHub::drainNow() {
    m_batch.clear();
    const auto left = m_queue->drain(m_batch);
    m_sinceDrain.restart();
    if (m_batch.empty()) return;
    ++m_drains;
    // Hand each handle its run of consecutive events: one emission per session per run keeps the
    // order of events within a session and costs few signal emissions for a large batch.
    std::size_t begin = 0;
    while (begin < m_batch.size()) {
        const auto session = m_batch[begin].session;
        std::size_t end = begin + 1;
        while (end < m_batch.size() && m_batch[end].session == session)
            ++end;
        if (auto handle = m_handles.value(session))
            handle->deliver(std::span(m_batch).subspan(begin, end - begin));
        begin = end;
    }
    emit eventsDelivered(std::span<const netcore::SessionEvent>(m_batch));
    emit batchDelivered(static_cast<int>(m_batch.size()));
    if (left > 0) scheduleDrain();
}

} // namespace netcore_qt
