// SessionHub::eventsDelivered: each delivered slice whole, every session's events in queue order,
// once per slice, before batchDelivered (the call timeline listens to all sessions through it).
// A scheduled drain whose events are costly is delivered in slices with the event loop's turns
// between them, in order and exactly once.

#include "netcore_qt/session_hub.h"

#include <QElapsedTimer>
#include <QTest>
#include <QTimer>

#include <algorithm>

#include <vector>

using namespace Qt::StringLiterals;

class SessionHubTest : public QObject {
    Q_OBJECT
private slots:
    void deliversEachBatchWhole() {
        netcore_qt::SessionHub hub;
        std::vector<std::vector<std::pair<netcore::SessionId, netcore::SessionEventKind>>> batches;
        QStringList order;
        connect(&hub, &netcore_qt::SessionHub::eventsDelivered, this,
                [&](std::span<const netcore::SessionEvent> events) {
                    auto& batch = batches.emplace_back();
                    for (const auto& event : events)
                        batch.emplace_back(event.session, event.kind);
                    order << u"events"_s;
                });
        connect(&hub, &netcore_qt::SessionHub::batchDelivered, this,
                [&](int count) { order << u"batch %1"_s.arg(count); });
        const auto push = [&](netcore::SessionId session, netcore::SessionEventKind kind) {
            netcore::SessionEvent event;
            event.session = session;
            event.kind = kind;
            hub.queue()->push(std::move(event));
        };
        // Sessions with no handle attached are delivered too: the timeline sees every session.
        push(7, netcore::SessionEventKind::CallTraced);
        push(8, netcore::SessionEventKind::CallStarted);
        push(7, netcore::SessionEventKind::Data);
        hub.drainNow();
        QCOMPARE(batches.size(), std::size_t(1));
        const std::vector<std::pair<netcore::SessionId, netcore::SessionEventKind>> expected{
            {7, netcore::SessionEventKind::CallTraced},
            {8, netcore::SessionEventKind::CallStarted},
            {7, netcore::SessionEventKind::Data}};
        QVERIFY(batches.front() == expected);
        QCOMPARE(order, (QStringList{u"events"_s, u"batch 3"_s}));
        hub.drainNow(); // nothing queued: no emission
        QCOMPARE(batches.size(), std::size_t(1));
    }

    void costlyBatchesAreSliced_data() {
        QTest::addColumn<int>("eventCostUs");
        QTest::addColumn<bool>("sliced");
        // 3,000 events at 40 us each are 120 ms of GUI work: far past one slice's budget.
        QTest::newRow("costly events are sliced") << 40 << true;
        // Cheap events fit one slice: a batch is not cut when it need not be.
        QTest::newRow("cheap events are one delivery") << 0 << false;
    }

    void costlyBatchesAreSliced() {
        QFETCH(int, eventCostUs);
        QFETCH(bool, sliced);
        constexpr std::size_t kEvents = 3000;
        netcore_qt::SessionHub hub;
        std::vector<netcore::ConnectionId> seen;
        qint64 longestSliceNs = 0;
        int loopTurnsDuringBatch = 0;
        bool batchDone = false;
        connect(&hub, &netcore_qt::SessionHub::eventsDelivered, this,
                [&](std::span<const netcore::SessionEvent> events) {
                    QElapsedTimer slice;
                    slice.start();
                    for (const auto& event : events) {
                        seen.push_back(event.connection);
                        // Stands for an event that costs GUI work (a row, a repaint, a relayout).
                        QElapsedTimer cost;
                        cost.start();
                        while (cost.nsecsElapsed() < qint64(eventCostUs) * 1000) {
                        }
                    }
                    longestSliceNs = std::max(longestSliceNs, slice.nsecsElapsed());
                    batchDone = seen.size() == kEvents;
                    // Counts the loop's turns between this slice and the next one.
                    if (!batchDone)
                        QMetaObject::invokeMethod(
                            this, [&] { loopTurnsDuringBatch += batchDone ? 0 : 1; }, Qt::QueuedConnection);
                });
        std::vector<netcore::SessionEvent> events(kEvents);
        for (std::size_t i = 0; i < kEvents; ++i) {
            events[i].session = 1;
            events[i].kind = netcore::SessionEventKind::CallTraced;
            events[i].connection = netcore::ConnectionId(i);
        }
        hub.queue()->pushBatch(events); // schedules a drain, as the I/O thread's pushes do
        QTRY_VERIFY_WITH_TIMEOUT(batchDone, 10000);
        QCOMPARE(seen.size(), kEvents);
        for (std::size_t i = 0; i < kEvents; ++i)
            QCOMPARE(seen[i], netcore::ConnectionId(i));
        QCOMPARE(hub.drains(), quint64(1));
        if (sliced) {
            QVERIFY2(hub.slices() > 1, qPrintable(u"%1 slices"_s.arg(hub.slices())));
            QVERIFY(loopTurnsDuringBatch >= 1);
            // A slice stops once its budget is spent; one step may overrun it. Generous for a busy
            // CI machine, and still far below the 120 ms the whole batch costs.
            QVERIFY2(longestSliceNs < qint64(netcore_qt::SessionHub::kSliceBudgetMs) * 4'000'000,
                     qPrintable(u"longest slice %1 ms"_s.arg(double(longestSliceNs) / 1e6)));
        } else {
            QCOMPARE(hub.slices(), quint64(1));
        }
    }
};

QTEST_MAIN(SessionHubTest)
#include "session_hub_test.moc"
