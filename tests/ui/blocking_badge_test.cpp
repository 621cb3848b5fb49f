#include "ui/blocking_badge.h"

#include <QRegularExpression>
#include <QSignalSpy>
#include <QTest>
#include <QToolButton>

#include <chrono>

using namespace Qt::StringLiterals;
using namespace std::chrono_literals;

Q_DECLARE_METATYPE(netcore::BlockingMode)

class BlockingBadgeTest : public QObject {
    Q_OBJECT

private slots:
    void showsTheMode_data();
    void showsTheMode();
    void countsWhileBlocked_data();
    void countsWhileBlocked();
    void noTimerWhenIdle();
    void cancelEmitsOnce();
};

namespace {

// The seconds in "blocked in recv() for 1.3 s" (locale is C in tests: '.' decimal point).
double shownSeconds(const QString& text) {
    static const QRegularExpression number(u"for ([0-9]+(?:[.,][0-9]+)?) s"_s);
    const auto match = number.match(text);
    if (!match.hasMatch()) return -1;
    return match.captured(1).replace(u',', u'.').toDouble();
}

} // namespace

void BlockingBadgeTest::showsTheMode_data() {
    QTest::addColumn<netcore::BlockingMode>("mode");
    QTest::addColumn<QString>("expected");
    QTest::newRow("blocking") << netcore::BlockingMode::blocking() << u"blocking"_s;
    QTest::newRow("non-blocking") << netcore::BlockingMode::nonBlocking() << u"non-blocking"_s;
    QTest::newRow("timeout 2 s") << netcore::BlockingMode::timeout(2s) << u"timeout 2 s"_s;
    QTest::newRow("timeout 0.25 s") << netcore::BlockingMode::timeout(250ms) << u"timeout 0.25 s"_s;
    QTest::newRow("settimeout(0) is non-blocking") << netcore::BlockingMode::timeout(0s) << u"non-blocking"_s;
}

void BlockingBadgeTest::showsTheMode() {
    QFETCH(netcore::BlockingMode, mode);
    QFETCH(QString, expected);
    BlockingBadge badge;
    badge.show();
    badge.setMode(mode);
    QCOMPARE(badge.text(), expected);
    QVERIFY(badge.mode() == mode);
    QVERIFY(!badge.findChild<QToolButton*>(u"blockingBadgeCancel"_s)->isVisible());
}

void BlockingBadgeTest::countsWhileBlocked_data() {
    QTest::addColumn<QString>("call");
    QTest::addColumn<netcore::BlockingMode>("mode");
    QTest::addColumn<QString>("suffix");
    QTest::newRow("recv, blocking") << u"recv"_s << netcore::BlockingMode::blocking() << QString();
    QTest::newRow("accept, timeout") << u"accept"_s << netcore::BlockingMode::timeout(5s) << u" of 5 s"_s;
}

void BlockingBadgeTest::countsWhileBlocked() {
    QFETCH(QString, call);
    QFETCH(netcore::BlockingMode, mode);
    QFETCH(QString, suffix);
    BlockingBadge badge;
    badge.setMode(mode);
    badge.show();
    // Started 2 s ago: the label must start from there, not from when the badge heard of it.
    badge.callStarted(call, BlockingBadge::Clock::now() - 2s);
    QVERIFY(badge.isBlocked());
    QVERIFY(badge.isTimerActive());
    QVERIFY2(badge.text().startsWith(u"blocked in %1() for "_s.arg(call)), qPrintable(badge.text()));
    QVERIFY(badge.text().endsWith(u" s"_s + suffix));
    QVERIFY(badge.findChild<QToolButton*>(u"blockingBadgeCancel"_s)->isVisible());
    const double first = shownSeconds(badge.text());
    QVERIFY2(first >= 2.0 && first < 3.0, qPrintable(badge.text()));
    // The count grows on its own (timer-driven), within a bound.
    QTRY_VERIFY_WITH_TIMEOUT(shownSeconds(badge.text()) >= first + 0.3, 5000);

    badge.callFinished();
    QVERIFY(!badge.isBlocked());
    QVERIFY(!badge.isTimerActive());
    QVERIFY(!badge.text().contains(u"blocked"_s));
    QCOMPARE(badge.blockedSeconds(), 0.0);
}

void BlockingBadgeTest::noTimerWhenIdle() {
    BlockingBadge badge;
    badge.show();
    // No timer of any kind while nothing blocks: an idle window must not wake the CPU.
    auto activeTimers = [&badge] {
        int active = 0;
        for (const QTimer* timer : badge.findChildren<QTimer*>())
            if (timer->isActive()) ++active;
        return active;
    };
    QCOMPARE(activeTimers(), 0);
    QVERIFY(!badge.isTimerActive());
    badge.setMode(netcore::BlockingMode::timeout(1s));
    QVERIFY(!badge.isTimerActive());
    badge.callStarted(u"connect"_s);
    QCOMPARE(activeTimers(), 1);
    badge.callFinished();
    QCOMPARE(activeTimers(), 0);
}

void BlockingBadgeTest::cancelEmitsOnce() {
    BlockingBadge badge;
    badge.show();
    QSignalSpy cancel(&badge, &BlockingBadge::cancelRequested);
    badge.callStarted(u"accept"_s);
    auto* button = badge.findChild<QToolButton*>(u"blockingBadgeCancel"_s);
    QVERIFY(button && button->isEnabled());
    button->click();
    QCOMPARE(cancel.count(), 1);
    QVERIFY(!button->isEnabled()); // one request per call
    button->click();
    QCOMPARE(cancel.count(), 1);
    badge.callFinished();
    badge.callStarted(u"accept"_s);
    QVERIFY(button->isEnabled());
    button->click();
    QCOMPARE(cancel.count(), 2);
}

QTEST_MAIN(BlockingBadgeTest)
#include "blocking_badge_test.moc"
