#pragma once

#include "netcore/event_queue.h"
#include "netcore/io_loop.h"
#include "netcore/session_event.h"

#include <QElapsedTimer>
#include <QHash>
#include <QObject>
#include <QPointer>
#include <QTimer>

#include <memory>
#include <span>
#include <vector>

namespace netcore_qt {

class SessionHandle;

/// Owns netcore's I/O thread and the event queue its sessions post to, and brings their events to
/// the thread this object lives in (the GUI thread) in batches: a flood of datagrams costs the GUI
/// at most one drain per kMinDrainIntervalMs, not one wake-up per packet. Each batch is split by
/// session and handed to that session's handle.
///
/// A drained batch is delivered in slices of about kSliceBudgetMs of work: when a slice's time is
/// up, the rest waits for the event loop's next turn, so paints, input and timers run between
/// slices however large the backlog (10,000 clients connecting at once made one drain a 150 ms
/// stall). The order of events is kept: the queue is drained again only when the batch is done.
class SessionHub : public QObject {
    Q_OBJECT
public:
    /// Drains are at least this far apart while events keep coming (~60 per second).
    static constexpr int kMinDrainIntervalMs = 16;
    /// GUI time a scheduled slice may take before the event loop gets its turn back.
    static constexpr int kSliceBudgetMs = 8;

    explicit SessionHub(QObject* parent = nullptr);
    ~SessionHub() override;

    [[nodiscard]] netcore::IoLoop& loop() const { return *m_loop; }
    [[nodiscard]] const std::shared_ptr<netcore::EventQueue>& queue() const { return m_queue; }

    void attach(netcore::SessionId id, SessionHandle* handle);
    void detach(netcore::SessionId id);

    /// Delivers what is queued now, whole, without slicing (tests and shutdown use it; normally
    /// drains are scheduled).
    void drainNow();

    [[nodiscard]] quint64 drains() const { return m_drains; }
    /// Turns of the event loop that delivered events: more than drains() when batches were sliced.
    [[nodiscard]] quint64 slices() const { return m_slices; }

signals:
    /// Each delivered slice of a batch, every session's events in queue order, once per slice and
    /// before batchDelivered (the call timeline watches all sessions at once). The span is valid
    /// during the emission only; connect directly (same thread), never queued.
    void eventsDelivered(std::span<const netcore::SessionEvent> events);
    /// After each slice was delivered; `events` is its size (for the status bar's totals).
    void batchDelivered(int events);

private:
    void scheduleDrain();
    /// The scheduled work: drains the queue when the last batch is done, delivers one slice.
    void runSlice();
    /// Moves what is queued into m_batch; returns how many events the queue still holds.
    std::size_t refill();
    /// Delivers the next `count` undelivered events of m_batch.
    void deliver(std::size_t count);
    [[nodiscard]] std::size_t undelivered() const { return m_batch.size() - m_delivered; }

    std::unique_ptr<netcore::IoLoop> m_loop;
    std::shared_ptr<netcore::EventQueue> m_queue;
    QHash<netcore::SessionId, QPointer<SessionHandle>> m_handles;
    std::vector<netcore::SessionEvent> m_batch;
    std::size_t m_delivered = 0; ///< m_batch's events before this index were delivered
    QElapsedTimer m_sinceDrain;
    // Runs the next slice. A timer, not a queued call: only the producers' notifications are posted
    // across threads, so ThreadSanitizer, which cannot see inside an uninstrumented Qt, has no two
    // threads appending to this thread's posted-event list to report.
    QTimer m_sliceTimer;
    bool m_drainScheduled = false; ///< GUI thread only
    quint64 m_drains = 0;
    quint64 m_slices = 0;
};

} // namespace netcore_qt
