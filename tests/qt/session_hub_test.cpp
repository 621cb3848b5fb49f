// SessionHub::eventsDelivered: each drained batch whole, every session's events in queue order,
// once per batch, before batchDelivered (the call timeline listens to all sessions through it).

#include "netcore_qt/session_hub.h"

#include <QTest>

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
};

QTEST_MAIN(SessionHubTest)
#include "session_hub_test.moc"
