#include "ui/hex_dump_view.h"
#include "ui/traffic_capture.h"
#include "ui/traffic_filter_model.h"
#include "ui/traffic_view.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QComboBox>
#include <QElapsedTimer>
#include <QFile>
#include <QLabel>
#include <QScrollBar>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

#include <vector>

using namespace Qt::StringLiterals;

using Direction = TrafficRecord::Direction;

namespace {

TrafficRecord makeRecord(qint64 time, Direction direction, const QByteArray& bytes,
                         const QString& peer = u"127.0.0.1:50412"_s, quint64 connection = 1) {
    TrafficRecord record;
    record.timeMs = time;
    record.direction = direction;
    record.peer = peer;
    record.connectionId = connection;
    record.bytes = bytes;
    return record;
}

// Every record different, binary included, so a lost or altered one shows.
std::vector<TrafficRecord> distinct(qint64 first, qint64 count) {
    std::vector<TrafficRecord> records;
    for (qint64 i = first; i < first + count; ++i) {
        QByteArray bytes = QByteArray::number(i) + '\0' + char(i % 256) + "\r\n";
        records.push_back(makeRecord(i, i % 3 == 0 ? Direction::Sent : Direction::Received, bytes,
                                     u"10.0.0.%1:4000"_s.arg(i % 4), static_cast<quint64>(i % 4)));
    }
    return records;
}

// RFC 4180: fields separated by commas, quoted fields may hold commas, quotes ("") and line breaks.
QList<QStringList> parseCsv(const QString& text) {
    QList<QStringList> rows;
    QStringList row;
    QString field;
    bool quoted = false;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (quoted) {
            if (c == u'"' && i + 1 < text.size() && text.at(i + 1) == u'"') {
                field += u'"';
                ++i;
            } else if (c == u'"') {
                quoted = false;
            } else {
                field += c;
            }
        } else if (c == u'"') {
            quoted = true;
        } else if (c == u',') {
            row.append(field);
            field.clear();
        } else if (c == u'\r' && i + 1 < text.size() && text.at(i + 1) == u'\n') {
            row.append(field);
            rows.append(row);
            row.clear();
            field.clear();
            ++i;
        } else {
            field += c;
        }
    }
    return rows;
}

QByteArray readAll(const QString& path) {
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) return {};
    return file.readAll();
}

} // namespace

class TrafficViewTest : public QObject {
    Q_OBJECT

private slots:
    void filterByDirection_data();
    void filterByDirection();
    void filterByPeer_data();
    void filterByPeer();
    void findSelectsNextAndPrevious_data();
    void findSelectsNextAndPrevious();
    void saveCsvRoundTrip();
    void saveText();
    void captureHasEveryByteBeyondTheCapAndWhilePaused();
    void pauseKeepsCountingAndStatusIsExact();
    void hexDumpShowsTheSelectedRecordAsPlainText();
    void followsTheNewestRowUnlessScrolledUp();
    void timingOfAMillionRows();
};

void TrafficViewTest::filterByDirection_data() {
    QTest::addColumn<int>("comboIndex");
    QTest::addColumn<int>("rows");
    QTest::newRow("all") << 0 << 6;
    QTest::newRow("received") << 1 << 3;
    QTest::newRow("sent") << 2 << 2;
    QTest::newRow("data only") << 3 << 5;
    QTest::newRow("info") << 4 << 1;
}

void TrafficViewTest::filterByDirection() {
    QFETCH(int, comboIndex);
    QFETCH(int, rows);
    TrafficView view;
    QAbstractItemModelTester tester(view.filterModel(),
                                    QAbstractItemModelTester::FailureReportingMode::QtTest);
    // A QList converts to the span appendBatch() takes.
    const QList<TrafficRecord> batch{
        makeRecord(1, Direction::Info, "connected"_ba), makeRecord(2, Direction::Received, "a"_ba),
        makeRecord(3, Direction::Sent, "b"_ba),         makeRecord(4, Direction::Received, "c"_ba),
        makeRecord(5, Direction::Sent, "d"_ba),         makeRecord(6, Direction::Received, "e"_ba),
    };
    view.appendBatch(batch);
    view.findChild<QComboBox*>(u"directionCombo"_s)->setCurrentIndex(comboIndex);
    QCOMPARE(view.filterModel()->rowCount(), rows);
    // Rows arriving later are filtered too.
    view.appendBatch(batch);
    QCOMPARE(view.filterModel()->rowCount(), 2 * rows);
}

void TrafficViewTest::filterByPeer_data() {
    QTest::addColumn<QString>("peer");
    QTest::addColumn<bool>("exact");
    QTest::addColumn<int>("rows");
    QTest::newRow("nothing typed") << QString() << false << 4;
    QTest::newRow("picked from the list") << u"127.0.0.1:5041"_s << true << 1;
    QTest::newRow("typed prefix") << u"127.0.0.1:5041"_s << false << 3;
    QTest::newRow("typed host") << u"10.1."_s << false << 1;
    QTest::newRow("no such peer") << u"192.168."_s << false << 0;
}

void TrafficViewTest::filterByPeer() {
    QFETCH(QString, peer);
    QFETCH(bool, exact);
    QFETCH(int, rows);
    TrafficView view;
    const std::vector<TrafficRecord> batch{
        makeRecord(1, Direction::Received, "a"_ba, u"127.0.0.1:5041"_s, 1),
        makeRecord(2, Direction::Received, "b"_ba, u"127.0.0.1:50412"_s, 2),
        makeRecord(3, Direction::Received, "c"_ba, u"127.0.0.1:50413"_s, 3),
        makeRecord(4, Direction::Received, "d"_ba, u"10.1.2.3:80"_s, 4),
    };
    view.appendBatch(batch);
    auto* combo = view.findChild<QComboBox*>(u"peerCombo"_s);
    QCOMPARE(combo->count(), 4); // the peers seen are offered
    if (exact) {
        combo->setCurrentIndex(combo->findText(peer));
        emit combo->textActivated(peer);
    } else {
        combo->setEditText(peer);
    }
    QCOMPARE(view.filterModel()->rowCount(), rows);
}

void TrafficViewTest::findSelectsNextAndPrevious_data() {
    QTest::addColumn<bool>("hex");
    QTest::addColumn<QString>("needle");
    QTest::addColumn<QList<int>>("forward");
    QTest::addColumn<QList<int>>("backward");
    QTest::newRow("text") << false << u"ping"_s << QList<int>{1, 3, 1} << QList<int>{3, 1, 3};
    QTest::newRow("text with escape") << false << u"g\\r\\n"_s << QList<int>{3, 3} << QList<int>{3};
    QTest::newRow("hex") << true << u"00 ff"_s << QList<int>{2, 2} << QList<int>{2};
    QTest::newRow("not found") << false << u"pong"_s << QList<int>{-1} << QList<int>{-1};
}

void TrafficViewTest::findSelectsNextAndPrevious() {
    QFETCH(bool, hex);
    QFETCH(QString, needle);
    QFETCH(QList<int>, forward);
    QFETCH(QList<int>, backward);
    TrafficView view;
    const std::vector<TrafficRecord> batch{
        makeRecord(1, Direction::Received, "hello"_ba),
        makeRecord(2, Direction::Received, "ping"_ba),
        makeRecord(3, Direction::Sent, "\x00\xff"_ba),
        makeRecord(4, Direction::Received, "ping\r\n"_ba),
    };
    view.appendBatch(batch);
    view.findChild<QComboBox*>(u"displayCombo"_s)->setCurrentIndex(hex ? 1 : 0);
    view.setFindText(needle);
    for (const int row : forward) {
        QCOMPARE(view.findNext(), row >= 0);
        if (row >= 0) QCOMPARE(view.tableView()->currentIndex().row(), row);
    }
    for (const int row : backward) {
        QCOMPARE(view.findPrevious(), row >= 0);
        if (row >= 0) QCOMPARE(view.tableView()->currentIndex().row(), row);
    }
}

void TrafficViewTest::saveCsvRoundTrip() {
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    TrafficView view;
    std::vector<TrafficRecord> batch{
        makeRecord(1, Direction::Received, "plain"_ba),
        makeRecord(2, Direction::Sent, "a,b \"quoted\"\r\nnext line"_ba),
        makeRecord(3, Direction::Received, QByteArray("\0\x01\xff binary", 10)),
        makeRecord(4, Direction::Received, "=HYPERLINK(\"http://x\")"_ba),
        makeRecord(5, Direction::Info, "connected"_ba, u"[::1]:8080"_s),
    };
    batch[2].truncated = true;
    batch[2].realSize = 65'000;
    view.appendBatch(batch);
    const QString path = dir.filePath(u"traffic.csv"_s);
    QString error;
    QVERIFY2(view.saveCsv(path, &error), qPrintable(error));

    const QList<QStringList> rows = parseCsv(QString::fromUtf8(readAll(path)));
    QCOMPARE(rows.size(), 1 + static_cast<qsizetype>(batch.size()));
    QCOMPARE(rows.at(0),
             u"time_ms,direction,peer,connection,size,real_size,truncated,text,hex"_s.split(u','));
    for (std::size_t i = 0; i < batch.size(); ++i) {
        const QStringList& fields = rows.at(static_cast<qsizetype>(i) + 1);
        QCOMPARE(fields.size(), 9);
        QCOMPARE(fields.at(0).toLongLong(), batch[i].timeMs);
        QCOMPARE(fields.at(2), batch[i].peer);
        QCOMPARE(fields.at(4).toLongLong(), batch[i].bytes.size());
        QCOMPARE(QByteArray::fromHex(fields.at(8).toLatin1()), batch[i].bytes); // exact bytes
    }
    QCOMPARE(rows.at(1).at(1), u"in"_s);
    QCOMPARE(rows.at(2).at(1), u"out"_s);
    QCOMPARE(rows.at(2).at(7), u"a,b \"quoted\"\\r\\nnext line"_s);
    QCOMPARE(rows.at(3).at(5), u"65000"_s);
    QCOMPARE(rows.at(3).at(6), u"1"_s);
    // A spreadsheet must not run what a peer sent as a formula.
    QCOMPARE(rows.at(4).at(7), u"'=HYPERLINK(\"http://x\")"_s);
    QCOMPARE(rows.at(5).at(1), u"info"_s);
}

void TrafficViewTest::saveText() {
    QTemporaryDir dir;
    TrafficView view;
    const std::vector<TrafficRecord> batch{makeRecord(1500, Direction::Received, "<b>hi</b>\n"_ba),
                                           makeRecord(2000, Direction::Sent, "bye"_ba)};
    view.appendBatch(batch);
    view.findChild<QComboBox*>(u"directionCombo"_s)->setCurrentIndex(1); // received only: saves what is shown
    const QString path = dir.filePath(u"traffic.txt"_s);
    QVERIFY(view.saveText(path));
    const QStringList lines = QString::fromUtf8(readAll(path)).split(u'\n', Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), 2);
    QVERIFY(lines.at(1).contains(u"127.0.0.1:50412"_s));
    QVERIFY(lines.at(1).endsWith(u"<b>hi</b>\\n"_s));
}

void TrafficViewTest::captureHasEveryByteBeyondTheCapAndWhilePaused() {
    QTemporaryDir dir;
    TrafficView view;
    view.setCap(1000);
    const QString path = dir.filePath(u"capture.tsv"_s);
    QString error;
    QVERIFY2(view.startCapture(path, &error), qPrintable(error));
    QVERIFY(view.findChild<QAction*>(u"captureAction"_s)->isChecked());

    std::vector<TrafficRecord> all;
    for (qint64 first = 0; first < 5000; first += 500) {
        const auto batch = distinct(first, 500);
        view.appendBatch(batch);
        all.insert(all.end(), batch.begin(), batch.end());
    }
    view.setPaused(true);
    const auto paused = distinct(5000, 1500);
    view.appendBatch(paused);
    all.insert(all.end(), paused.begin(), paused.end());
    view.stopCapture();
    QCOMPARE(view.model()->rowCount(), 900); // the cap (1,000) and its slack (100) let the oldest go

    QList<QByteArray> lines = readAll(path).split('\n');
    QCOMPARE(lines.takeLast(), QByteArray()); // the file ends with a newline
    while (!lines.isEmpty() && lines.first().startsWith('#'))
        lines.removeFirst();
    QCOMPARE(lines.size(), static_cast<qsizetype>(all.size()));
    for (std::size_t i = 0; i < all.size(); ++i) {
        const QList<QByteArray> fields = lines.at(static_cast<qsizetype>(i)).split('\t');
        QCOMPARE(fields.size(), 7);
        QCOMPARE(fields.at(0).toLongLong(), all[i].timeMs);
        QCOMPARE(fields.at(1), all[i].direction == Direction::Sent ? "out"_ba : "in"_ba);
        QCOMPARE(QString::fromUtf8(fields.at(2)), all[i].peer);
        QCOMPARE(fields.at(3).toULongLong(), all[i].connectionId);
        QCOMPARE(QByteArray::fromHex(fields.at(6)), all[i].bytes);
    }
}

void TrafficViewTest::pauseKeepsCountingAndStatusIsExact() {
    TrafficView view;
    view.setCap(1000);
    view.appendBatch(distinct(0, 1500));
    view.findChild<QAction*>(u"pauseAction"_s)->trigger();
    QVERIFY(view.isPaused());
    view.appendBatch(distinct(1500, 500));
    QCOMPARE(view.model()->rowCount(), 1000);
    QCOMPARE(view.totals().rowsAdded, 2000u);
    const QString status = view.statusText();
    QVERIFY2(status.startsWith(
                 tr("%1 rows shown of %2 received").arg(QLocale().toString(1000), QLocale().toString(2000))),
             qPrintable(status));
    QVERIFY2(status.contains(QLocale().toString(500)), qPrintable(status)); // dropped by the cap
    view.findChild<QAction*>(u"pauseAction"_s)->trigger();
    QVERIFY(!view.isPaused());
    // The 500 waiting rows push out 500 and the cap's slack (100): 900 rows, the newest last.
    QCOMPARE(view.model()->rowCount(), 900);
    QCOMPARE(view.model()->record(899).timeMs, 1999);
    QCOMPARE(view.totals().rowsDropped, 1100u);
}

void TrafficViewTest::hexDumpShowsTheSelectedRecordAsPlainText() {
    TrafficView view;
    TrafficRecord record = makeRecord(12'345, Direction::Received, "<b>bold</b>\x01"_ba);
    record.truncated = true;
    record.realSize = 9000;
    view.appendBatch({&record, 1});
    view.tableView()->setCurrentIndex(view.filterModel()->index(0, 0));
    const HexDumpView* dump = view.hexDumpView();
    QVERIFY(dump->headerText().contains(u"127.0.0.1:50412"_s));
    QVERIFY(dump->headerText().contains(QLocale().toString(9000)));
    QCOMPARE(dump->dumpText(),
             QString::fromLatin1("00000000  3c 62 3e 62 6f 6c 64 3c  2f 62 3e 01              "
                                 "|<b>bold</b>.|\n"));
    for (const QLabel* label : dump->findChildren<QLabel*>())
        QCOMPARE(label->textFormat(), Qt::PlainText);
}

void TrafficViewTest::followsTheNewestRowUnlessScrolledUp() {
    TrafficView view;
    view.resize(800, 600);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    view.setCap(1000);
    QTableView* table = view.tableView();
    view.appendBatch(distinct(0, 500));
    QScrollBar* scrollBar = table->verticalScrollBar();
    QTRY_VERIFY(scrollBar->maximum() > 0 && scrollBar->value() == scrollBar->maximum());

    // Scrolled up: new rows and rows dropped by the cap do not move what the user reads.
    scrollBar->setValue(300);
    const qint64 topTime = view.model()->record(table->rowAt(0)).timeMs;
    view.appendBatch(distinct(500, 600)); // 200 dropped from the top: 100 over the cap, 100 of slack
    QCoreApplication::processEvents();    // runs the view's delayed layout and any pending scroll
    QCOMPARE(view.model()->record(table->rowAt(0)).timeMs, topTime);

    // Back at the bottom: following again.
    table->scrollToBottom();
    view.appendBatch(distinct(1100, 50));
    QTRY_COMPARE(scrollBar->value(), scrollBar->maximum());
    QCOMPARE(view.model()->rowCount(), 950);
    QTRY_VERIFY(table->rowAt(table->viewport()->height() - 2) >= 940); // the last rows are in sight
}

void TrafficViewTest::timingOfAMillionRows() {
    TrafficView view;
    view.resize(1000, 700);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    QElapsedTimer timer;
    timer.start();
    for (qint64 first = 0; first < 1'000'000; first += 1000) {
        view.appendBatch(distinct(first, 1000));
        if (first % 10'000 == 0) QCoreApplication::processEvents(); // let the view paint now and then
    }
    QCoreApplication::processEvents();
    qDebug("view: 1,000,000 rows in batches of 1,000 with cap 100,000, painted every 10 batches: %lld ms",
           timer.elapsed());
    QCOMPARE(view.totals().rowsAdded, 1'000'000u);
    QCOMPARE(view.model()->rowCount(), 98'000); // a removal every 11 batches, the last at batch 992
}

QTEST_MAIN(TrafficViewTest)
#include "traffic_view_test.moc"
