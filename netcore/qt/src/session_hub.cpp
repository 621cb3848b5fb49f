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
    m_sliceTimer.setSingleShot(true);
    connect(&m_sliceTimer, &QTimer::timeout, this, &SessionHub::runSlice);
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
    m_sliceTimer.start(static_cast<int>(wait));
}

void SessionHub::runSlice() {
    m_drainScheduled = false;
    QElapsedTimer clock;
    clock.start();
    std::size_t left = 0;
    if (undelivered() == 0) left = refill();
    // The first step is small and measures what an event costs now (an accepted connection costs
    // far more than a traced call); the next steps are sized to fit the rest of the budget.
    constexpr qint64 budgetNs = qint64(kSliceBudgetMs) * 1'000'000;
    constexpr std::size_t firstStep = 64;
    std::size_t delivered = 0;
    while (undelivered() > 0) {
        const qint64 spent = clock.nsecsElapsed();
        if (delivered > 0 && spent >= budgetNs) break;
        std::size_t step = firstStep;
        if (delivered > 0) {
            const qint64 perEvent = std::max<qint64>(1, spent / qint64(delivered));
            step = std::max<std::size_t>(16, std::size_t((budgetNs - spent) / perEvent));
        }
        step = std::min(step, undelivered());
        deliver(step);
        delivered += step;
    }
    if (delivered > 0) ++m_slices;
    if (undelivered() > 0) {
        // The rest of this batch goes on at the loop's next turn, after what is waiting now.
        m_drainScheduled = true;
        m_sliceTimer.start(0);
    } else if (left > 0 || m_queue->size() > 0) {
        // More came while this batch was delivered (its notification found a drain scheduled).
        scheduleDrain();
    }
}

std::size_t SessionHub::refill() {
    m_batch.clear();
    m_delivered = 0;
    const auto left = m_queue->drain(m_batch);
    m_sinceDrain.restart();
    if (!m_batch.empty()) ++m_drains;
    return left;
}

void SessionHub::drainNow() {
    if (undelivered() > 0) deliver(undelivered());
    const auto left = refill();
    if (undelivered() > 0) {
        deliver(undelivered());
        ++m_slices;
    }
    if (left > 0) scheduleDrain();
}

void SessionHub::deliver(std::size_t count) {
    const auto slice = std::span(m_batch).subspan(m_delivered, count);
    m_delivered += count;
    // Hand each handle its run of consecutive events: one emission per session per run keeps the
    // order of events within a session and costs few signal emissions for a large batch.
    std::size_t begin = 0;
    while (begin < slice.size()) {
        const auto session = slice[begin].session;
        std::size_t end = begin + 1;
        while (end < slice.size() && slice[end].session == session)
            ++end;
        if (auto handle = m_handles.value(session)) handle->deliver(slice.subspan(begin, end - begin));
        begin = end;
    }
    emit eventsDelivered(std::span<const netcore::SessionEvent>(slice));
    emit batchDelivered(static_cast<int>(slice.size()));
}

} // namespace netcore_qt
