#include "netcore_qt/termination_watcher.h"

#include <QSignalSpy>
#include <QTest>

#include <csignal>

class TerminationWatcherTest : public QObject {
    Q_OBJECT
private slots:
    void sigtermReachesTheEventLoop() {
#ifdef SIGTERM
        netcore_qt::TerminationWatcher watcher;
        QSignalSpy requested(&watcher, &netcore_qt::TerminationWatcher::terminationRequested);
        std::raise(SIGTERM); // would end the test process without the watcher
        QTRY_COMPARE_WITH_TIMEOUT(requested.count(), 1, 5000);
#endif
    }
};

QTEST_GUILESS_MAIN(TerminationWatcherTest)
#include "termination_watcher_test.moc"
