// The event-loop lag written to --stats (issue 7): a stall of the GUI thread shows in the figures,
// a free-running loop does not.

#include "ui/loop_lag_monitor.h"

#include <QElapsedTimer>
#include <QTest>

class LoopLagMonitorTest : public QObject {
    Q_OBJECT
private slots:
    void noProbeNoFigure() {
        const LoopLagMonitor monitor;
        QCOMPARE(monitor.summary().probes, quint64(0));
        QCOMPARE(monitor.summary().p99Ms, 0.0);
    }

    void aStallShowsAsLag() {
        LoopLagMonitor monitor;
        QTRY_VERIFY_WITH_TIMEOUT(monitor.summary().probes >= 5, 5000);
        // The stimulus, not a synchronisation: the GUI thread is kept busy for 300 ms, as a slow
        // model update would keep it.
        QElapsedTimer busy;
        busy.start();
        while (busy.elapsed() < 300) {
        }
        const quint64 before = monitor.summary().probes;
        QTRY_VERIFY_WITH_TIMEOUT(monitor.summary().probes >= before + 2, 5000);
        const auto summary = monitor.summary();
        // Fewer than 100 probes: the 99th percentile is the largest, the stall (less the interval).
        QVERIFY2(summary.probes < 100, qPrintable(QString::number(summary.probes)));
        QVERIFY2(summary.maxMs >= 300 - LoopLagMonitor::kProbeIntervalMs - 1,
                 qPrintable(QString::number(summary.maxMs)));
        QCOMPARE(summary.p99Ms, summary.maxMs);
    }
};

QTEST_MAIN(LoopLagMonitorTest)
#include "loop_lag_monitor_test.moc"
