#include "ui/traffic_model.h"

#include <QAbstractItemModelTester>
#include <QElapsedTimer>
#include <QSignalSpy>
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

// Rows numbered by their time, so a test can tell which ones the cap kept.
std::vector<TrafficRecord> numbered(qint64 first, qint64 count) {
    std::vector<TrafficRecord> records;
    records.reserve(static_cast<std::size_t>(count));
    for (qint64 i = first; i < first + count; ++i)
        records.push_back(makeRecord(i, i % 2 == 0 ? Direction::Received : Direction::Sent, "0123456789"_ba));
    return records;
}

QStringList column(const TrafficModel& model, int column) {
    QStringList texts;
    for (int row = 0; row < model.rowCount(); ++row)
        texts.append(model.index(row, column).data().toString());
    return texts;
}

netcore::FramingSpec framingOf(netcore::FramingKind kind) {
    netcore::FramingSpec spec;
    spec.kind = kind;
    spec.fixedSize = 3;
    return spec;
}

} // namespace

class TrafficModelTest : public QObject {
    Q_OBJECT

private slots:
    void capIsHonouredWithExactTotals_data();
    void capIsHonouredWithExactTotals();
    void changingTheCapDropsTheOldest();
    void byteCapBoundsThePayloadKept_data();
    void byteCapBoundsThePayloadKept();
    void framing_data();
    void framing();
    void framingKeepsConnectionsAndDirectionsApart();
    void changingFramingShowsTheUnfinishedMessage();
    void framingErrorShowsTheRestRaw();
    void displayText_data();
    void displayText();
    void pauseKeepsCounting();
    void clearResetsRowsAndTotals();
    void timingOfAMillionRows();
};

void TrafficModelTest::capIsHonouredWithExactTotals_data() {
    QTest::addColumn<int>("batchSize");
    QTest::addColumn<int>("rowsKept");
    QTest::addColumn<int>("removals");
    // Cap 10,000 (the model tester checks every row on each change, so the default cap would be
    // slow here), 25,000 rows. Full at batch 100; each removal then makes room for 11 batches (the
    // overflow and a tenth of the cap): removals at batches 101, 112, ..., 244, then 6 more batches.
    QTest::newRow("batches of 100: a removal every 11 batches") << 100 << 9'600 << 14;
    // A batch larger than the slack: every batch past the cap removes.
    QTest::newRow("batches of 2,500") << 2'500 << 9'000 << 6;
    // The batch alone is over the cap: its oldest rows never reach the view, nothing is removed.
    QTest::newRow("one batch over the cap") << 25'000 << 10'000 << 0;
}

void TrafficModelTest::capIsHonouredWithExactTotals() {
    QFETCH(int, batchSize);
    QFETCH(int, rowsKept);
    QFETCH(int, removals);
    TrafficModel model;
    QCOMPARE(model.cap(), 100'000);
    model.setCap(10'000);
    QCOMPARE(model.capSlack(), 1'000);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
    QSignalSpy removed(&model, &QAbstractItemModel::rowsRemoved);

    constexpr int total = 25'000;
    for (int first = 0; first < total; first += batchSize) {
        const auto batch = numbered(first, batchSize);
        model.appendBatch(batch);
        QVERIFY(model.rowCount() <= model.cap());
    }
    QCOMPARE(model.rowCount(), rowsKept);
    QCOMPARE(model.totals().rowsAdded, quint64(total));
    QCOMPARE(model.totals().rowsDropped, quint64(total - rowsKept));
    QCOMPARE(model.totals().bytesReceived + model.totals().bytesSent, 250'000u);
    QCOMPARE(model.totals().messagesReceived, 12'500u);
    QCOMPARE(inserted.count(), total / batchSize); // one insertion per batch, never per row
    QCOMPARE(removed.count(), removals);
    // The newest rows are kept, oldest first.
    QCOMPARE(model.record(0).timeMs, total - rowsKept);
    QCOMPARE(model.record(rowsKept - 1).timeMs, total - 1);
}

void TrafficModelTest::byteCapBoundsThePayloadKept_data() {
    QTest::addColumn<int>("batchSize");
    QTest::newRow("batches of 64 chunks") << 64;
    QTest::newRow("one batch over the byte cap") << 3000;
}

// A stream's 64 KiB chunks: far fewer rows than the row cap, far more bytes than the byte cap.
void TrafficModelTest::byteCapBoundsThePayloadKept() {
    QFETCH(int, batchSize);
    TrafficModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    const QByteArray chunk(64 * 1024, 'x');
    constexpr int total = 3000; // 187.5 MiB
    for (int first = 0; first < total; first += batchSize) {
        std::vector<TrafficRecord> batch;
        for (int i = first; i < std::min(total, first + batchSize); ++i)
            batch.push_back(makeRecord(i, Direction::Received, chunk));
        model.appendBatch(batch);
    }
    const qint64 kept = TrafficModel::byteCap / chunk.size();
    QCOMPARE(model.rowCount(), kept);
    QCOMPARE(model.totals().rowsAdded, quint64(total));
    QCOMPARE(model.totals().rowsDropped, quint64(total - kept));
    QCOMPARE(model.totals().bytesReceived, quint64(total) * quint64(chunk.size())); // counted exactly
    QCOMPARE(model.record(0).timeMs, total - kept);                                 // the newest rows stay
    QCOMPARE(model.record(model.rowCount() - 1).timeMs, total - 1);
    QCOMPARE(model.record(0).bytes.size(), chunk.size());
}

void TrafficModelTest::changingTheCapDropsTheOldest() {
    TrafficModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.appendBatch(numbered(0, 500));
    model.setCap(100);
    QCOMPARE(model.rowCount(), 100);
    QCOMPARE(model.record(0).timeMs, 400);
    QCOMPARE(model.totals().rowsDropped, 400u);
    model.setCap(1000);
    model.appendBatch(numbered(500, 700)); // 800 rows: nothing dropped
    QCOMPARE(model.rowCount(), 800);
    // 1,200 rows: the 200 over the cap go, and the slack (a tenth of the cap) with them.
    model.appendBatch(numbered(1200, 400));
    QCOMPARE(model.rowCount(), 900);
    QCOMPARE(model.record(0).timeMs, 700);
    QCOMPARE(model.record(899).timeMs, 1599);
    QCOMPARE(model.totals().rowsDropped, 700u);
    QCOMPARE(model.totals().rowsAdded, 1600u);
}

void TrafficModelTest::framing_data() {
    QTest::addColumn<int>("kind");
    QTest::addColumn<QByteArrayList>("chunks");
    QTest::addColumn<QStringList>("rows");

    const auto lines = static_cast<int>(netcore::FramingKind::Delimiter);
    QTest::newRow("raw: one row per chunk")
        << static_cast<int>(netcore::FramingKind::Raw) << QByteArrayList{"hel"_ba, "lo\nwor"_ba, "ld\n"_ba}
        << QStringList{u"hel"_s, u"lo\\nwor"_s, u"ld\\n"_s};
    QTest::newRow("lines split mid-line")
        << lines << QByteArrayList{"hel"_ba, "lo\nwor"_ba, "ld\n"_ba} << QStringList{u"hello"_s, u"world"_s};
    QTest::newRow("lines split at the newline")
        << lines << QByteArrayList{"hello"_ba, "\n"_ba, "world"_ba, "\n"_ba}
        << QStringList{u"hello"_s, u"world"_s};
    QTest::newRow("many lines in one chunk")
        << lines << QByteArrayList{"a\nb\nc\nd"_ba} << QStringList{u"a"_s, u"b"_s, u"c"_s};
    QTest::newRow("lines byte by byte")
        << lines << QByteArrayList{"o"_ba, "k"_ba, "\n"_ba, "\n"_ba} << QStringList{u"ok"_s, QString()};
    QTest::newRow("length prefix across chunks")
        << static_cast<int>(netcore::FramingKind::LengthPrefix)
        << QByteArrayList{"\0\0"_ba, "\0\x02h"_ba, "i\0\0\0\x01!"_ba} << QStringList{u"hi"_s, u"!"_s};
    QTest::newRow("fixed size 3") << static_cast<int>(netcore::FramingKind::FixedSize)
                                  << QByteArrayList{"ab"_ba, "cdefg"_ba, "hi"_ba}
                                  << QStringList{u"abc"_s, u"def"_s, u"ghi"_s};
}

void TrafficModelTest::framing() {
    QFETCH(int, kind);
    QFETCH(QByteArrayList, chunks);
    QFETCH(QStringList, rows);

    TrafficModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QVERIFY(!model.setFraming(framingOf(static_cast<netcore::FramingKind>(kind))).has_value());
    qint64 time = 0;
    quint64 bytes = 0;
    for (const QByteArray& chunk : chunks) {
        const TrafficRecord record = makeRecord(++time, Direction::Received, chunk);
        model.appendBatch({&record, 1});
        bytes += static_cast<quint64>(chunk.size());
    }
    QCOMPARE(column(model, TrafficModel::DataColumn), rows);
    QCOMPARE(model.totals().bytesReceived, bytes); // bytes count what arrived, framed or not
    QCOMPARE(model.totals().chunksReceived, static_cast<quint64>(chunks.size()));
    QCOMPARE(model.totals().messagesReceived, static_cast<quint64>(rows.size()));
}

void TrafficModelTest::framingKeepsConnectionsAndDirectionsApart() {
    TrafficModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QVERIFY(!model.setFraming(framingOf(netcore::FramingKind::Delimiter)).has_value());
    const std::vector<TrafficRecord> batch{
        makeRecord(1, Direction::Received, "ab"_ba, u"10.0.0.1:1"_s, 1),
        makeRecord(2, Direction::Received, "cd\n"_ba, u"10.0.0.2:2"_s, 2),
        makeRecord(3, Direction::Sent, "xy"_ba, u"10.0.0.1:1"_s, 1),
        makeRecord(4, Direction::Received, "\n"_ba, u"10.0.0.1:1"_s, 1),
        makeRecord(5, Direction::Sent, "z\n"_ba, u"10.0.0.1:1"_s, 1),
    };
    model.appendBatch(batch);
    QCOMPARE(column(model, TrafficModel::DataColumn), (QStringList{u"cd"_s, u"ab"_s, u"xyz"_s}));
    QCOMPARE(column(model, TrafficModel::PeerColumn),
             (QStringList{u"10.0.0.2:2"_s, u"10.0.0.1:1"_s, u"10.0.0.1:1"_s}));
    QCOMPARE(model.record(1).timeMs, 4); // when the message became complete
    QCOMPARE(model.record(2).direction, Direction::Sent);
}

void TrafficModelTest::changingFramingShowsTheUnfinishedMessage() {
    TrafficModel model;
    QVERIFY(!model.setFraming(framingOf(netcore::FramingKind::Delimiter)).has_value());
    const TrafficRecord partial = makeRecord(1, Direction::Received, "no newline yet"_ba);
    model.appendBatch({&partial, 1});
    QCOMPARE(model.rowCount(), 0);
    QVERIFY(!model.setFraming(framingOf(netcore::FramingKind::Raw)).has_value());
    QCOMPARE(column(model, TrafficModel::DataColumn), QStringList{u"no newline yet"_s});

    netcore::FramingSpec invalid = framingOf(netcore::FramingKind::FixedSize);
    invalid.fixedSize = 0;
    QVERIFY(model.setFraming(invalid).has_value());
    QCOMPARE(model.framing().kind, netcore::FramingKind::Raw);
}

void TrafficModelTest::framingErrorShowsTheRestRaw() {
    TrafficModel model;
    QVERIFY(!model.setFraming(framingOf(netcore::FramingKind::LengthPrefix)).has_value());
    const std::vector<TrafficRecord> batch{makeRecord(1, Direction::Received, "GET / HTTP/1.1"_ba),
                                           makeRecord(2, Direction::Received, "\r\n"_ba)};
    model.appendBatch(batch);
    QCOMPARE(model.rowCount(), 3);
    QCOMPARE(model.record(0).direction, Direction::Info);
    QVERIFY(model.record(0).bytes.contains("Framing error"));
    QCOMPARE(model.record(1).bytes, "GET / HTTP/1.1"_ba);
    QCOMPARE(model.record(2).bytes, "\r\n"_ba);
}

void TrafficModelTest::displayText_data() {
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<bool>("hex");
    QTest::addColumn<QString>("shown");

    QTest::newRow("plain") << "hello"_ba << false << u"hello"_s;
    QTest::newRow("control characters escaped") << "a\r\n\t\0\x7f"_ba << false << u"a\\r\\n\\t\\x00\\x7f"_s;
    QTest::newRow("markup shown literally") << "<b>bold</b>"_ba << false << u"<b>bold</b>"_s;
    QTest::newRow("UTF-8 kept") << "gr\xc3\xbc\xc3\x9f"_ba << false << u"gr\u00fc\u00df"_s;
    QTest::newRow("invalid UTF-8 escaped") << "\xff\xfe"_ba << false << u"\\xff\\xfe"_s;
    QTest::newRow("hex") << "<b>\n"_ba << true << u"3c 62 3e 0a"_s;
    QTest::newRow("long text cut") << QByteArray(300, 'x') << false << QString(200, u'x') + u"\u2026"_s;
    QTest::newRow("long escapes cut")
        << QByteArray(300, '\0') << false << QString(u"\\x00"_s.repeated(50)) + u"\u2026"_s;
    QTest::newRow("long hex cut") << QByteArray(100, 'A') << true
                                  << u"41 "_s.repeated(66).chopped(1) + u"\u2026"_s;
}

void TrafficModelTest::displayText() {
    QFETCH(QByteArray, bytes);
    QFETCH(bool, hex);
    QFETCH(QString, shown);

    TrafficModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setDisplayMode(hex ? TrafficModel::DisplayMode::Hex : TrafficModel::DisplayMode::Text);
    const TrafficRecord record = makeRecord(1234, Direction::Received, bytes);
    model.appendBatch({&record, 1});
    const QModelIndex cell = model.index(0, TrafficModel::DataColumn);
    QCOMPARE(cell.data(Qt::DisplayRole).toString(), shown);
    QCOMPARE(cell.data(TrafficModel::BytesRole).toByteArray(), bytes);
    QCOMPARE(model.index(0, TrafficModel::SizeColumn).data().toString(), QLocale().toString(bytes.size()));
    QVERIFY(model.index(0, TrafficModel::TimeColumn)
                .data()
                .toString()
                .contains(QLocale().toString(1.234, 'f', 3)));
}

void TrafficModelTest::pauseKeepsCounting() {
    TrafficModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setCap(1000);
    model.appendBatch(numbered(0, 10));
    model.setPaused(true);
    QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
    model.appendBatch(numbered(10, 700));
    model.appendBatch(numbered(710, 700));
    QCOMPARE(model.rowCount(), 10);
    QCOMPARE(inserted.count(), 0);
    QCOMPARE(model.totals().rowsAdded, 1410u);
    QCOMPARE(model.totals().bytesReceived + model.totals().bytesSent, 14'100u);
    QCOMPARE(model.pendingCount(), 1000); // the waiting rows are capped too
    QCOMPARE(model.totals().rowsDropped, 400u);

    model.setPaused(false);
    QCOMPARE(inserted.count(), 1);
    QCOMPARE(model.rowCount(), 1000);
    QCOMPARE(model.record(999).timeMs, 1409);
    QCOMPARE(model.totals().rowsDropped, 410u);
    QCOMPARE(model.pendingCount(), 0);
}

void TrafficModelTest::clearResetsRowsAndTotals() {
    TrafficModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.appendBatch(numbered(0, 50));
    QCOMPARE(model.peers(), QStringList{u"127.0.0.1:50412"_s});
    model.clear();
    QCOMPARE(model.rowCount(), 0);
    QCOMPARE(model.totals().rowsAdded, 0u);
    QVERIFY(model.peers().isEmpty());
    model.appendBatch(numbered(0, 5));
    QCOMPARE(model.rowCount(), 5);
}

void TrafficModelTest::timingOfAMillionRows() {
    TrafficModel model;
    QElapsedTimer timer;
    timer.start();
    for (qint64 first = 0; first < 1'000'000; first += 1000)
        model.appendBatch(numbered(first, 1000));
    qDebug("model only: 1,000,000 rows in batches of 1,000 with cap 100,000: %lld ms", timer.elapsed());
    QCOMPARE(model.totals().rowsAdded, 1'000'000u);
    QCOMPARE(model.rowCount(), 98'000); // a removal every 11 batches, the last at batch 992
}

QTEST_MAIN(TrafficModelTest)
#include "traffic_model_test.moc"
