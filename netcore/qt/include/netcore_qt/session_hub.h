#pragma once

#include "netcore/event_queue.h"
#include "netcore/io_loop.h"
#include "netcore/session_event.h"

#include <QElapsedTimer>
#include <QHash>
#include <QObject>
#include <QPointer>

#include <memory>
#include <span>
#include <vector>

namespace netcore_qt {

class SessionHandle;

/// Owns netcore's I/O thread and the event queue its sessions post to, and brings their events to
/// the thread this object lives in (the GUI thread) in batches: a flood of datagrams costs the GUI
/// at most one drain per kMinDrainIntervalMs, not one wake-up per packet. Each batch is split by
/// session and handed to that session's handle.
class SessionHub : public QObject {
    Q_OBJECT
public:
    /// Drains are at least this far apart while events keep coming (~60 per second).
    static constexpr int kMinDrainIntervalMs = 16;

    explicit SessionHub(QObject* parent = nullptr);
    ~SessionHub() override;

    [[nodiscard]] netcore::IoLoop& loop() const { return *m_loop; }
    [[nodiscard]] const std::shared_ptr<netcore::EventQueue>& queue() const { return m_queue; }

    void attach(netcore::SessionId id, SessionHandle* handle);
    void detach(netcore::SessionId id);

    /// Delivers what is queued now (tests and shutdown use it; normally drains are scheduled).
    void drainNow();

    [[nodiscard]] quint64 drains() const { return m_drains; }

signals:
    /// Each drained batch whole, every session's events in queue order, once per batch and before
    /// batchDelivered (the call timeline watches all sessions at once). The span is valid during
    /// the emission only; connect directly (same thread), never queued.
    void eventsDelivered(std::span<const netcore::SessionEvent> events);
    /// After each batch was delivered; `events` is its size (for the status bar's totals).
    void batchDelivered(int events);

private:
    void scheduleDrain();

    std::unique_ptr<netcore::IoLoop> m_loop;
    std::shared_ptr<netcore::EventQueue> m_queue;
    QHash<netcore::SessionId, QPointer<SessionHandle>> m_handles;
    std::vector<netcore::SessionEvent> m_batch;
    QElapsedTimer m_sinceDrain;
    bool m_drainScheduled = false; ///< GUI thread only
    quint64 m_drains = 0;
};

} // namespace netcore_qt
