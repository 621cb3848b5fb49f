// CaptureWriter: the capture's writer thread. Every record handed over reaches the file, in order,
// whatever the back-pressure limit; a failing disk is reported once and never blocks the caller.
#include "ui/capture_writer.h"
#include "ui/traffic_capture.h"

#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

#include <atomic>
#include <cstdint>
#include <vector>

using namespace Qt::StringLiterals;

namespace {

// Record i holds i's decimal digits then i % 251 bytes of i % 256: every record differs in size and
// content, so a lost, repeated or reordered one shows.
std::vector<TrafficRecord> numbered(int first, int count) {
    std::vector<TrafficRecord> records;
    for (int i = first; i < first + count; ++i) {
        TrafficRecord record;
        record.timeMs = i;
        record.direction = i % 2 ? TrafficRecord::Direction::Sent : TrafficRecord::Direction::Received;
        record.peer = u"127.0.0.1:50412"_s;
        record.connectionId = static_cast<quint64>(i % 7);
        record.bytes = QByteArray::number(i) + QByteArray(i % 251, char(i % 256));
        records.push_back(record);
    }
    return records;
}

QByteArray expectedText(const std::vector<TrafficRecord>& records) {
    QByteArray text;
    for (const auto& record : records)
        text += TrafficCapture::formatRecord(record);
    return text;
}

} // namespace

class CaptureWriterTest : public QObject {
    Q_OBJECT

private slots:
    void writesEveryRecordInOrder_data();
    void writesEveryRecordInOrder();
    void aFailingDiskIsReportedOnceAndNeverBlocks();
    void formatMatchesTheDocumentedLine();
};

void CaptureWriterTest::writesEveryRecordInOrder_data() {
    QTest::addColumn<qint64>("maxPendingBytes");
    QTest::addColumn<int>("batchSize");
    QTest::newRow("roomy queue") << qint64(64 << 20) << 500;
    QTest::newRow("tiny queue: the caller waits for the writer") << qint64(1000) << 37;
    QTest::newRow("a batch larger than the limit") << qint64(100) << 2000;
}

void CaptureWriterTest::writesEveryRecordInOrder() {
    QFETCH(qint64, maxPendingBytes);
    QFETCH(int, batchSize);
    QTemporaryDir dir;
    QFile file(dir.filePath(u"capture.tsv"_s));
    QVERIFY(file.open(QIODevice::WriteOnly));
    std::atomic<int> failures{0};
    CaptureWriter writer(
        file, TrafficCapture::textFormat(), [&](const QString&) { ++failures; }, maxPendingBytes);

    const auto all = numbered(0, 20'000);
    for (std::size_t first = 0; first < all.size(); first += static_cast<std::size_t>(batchSize)) {
        const std::size_t count = std::min(all.size() - first, static_cast<std::size_t>(batchSize));
        writer.enqueue(std::span(all).subspan(first, count));
    }
    writer.finish();
    file.close();

    QCOMPARE(failures.load(), 0);
    QCOMPARE(writer.recordsWritten(), std::uint64_t(all.size()));
    QVERIFY(!writer.hasFailed());
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray written = file.readAll();
    const QByteArray expected = expectedText(all);
    QCOMPARE(written.size(), expected.size());
    QVERIFY(written == expected);
}

void CaptureWriterTest::aFailingDiskIsReportedOnceAndNeverBlocks() {
    if (!QFileInfo::exists(u"/dev/full"_s)) QSKIP("no /dev/full (a device whose writes fail with ENOSPC)");
    QFile file(u"/dev/full"_s);
    QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Unbuffered));
    std::atomic<int> failures{0};
    QString reason;
    std::atomic<bool> reported{false};
    CaptureWriter writer(
        file, TrafficCapture::textFormat(),
        [&](const QString& why) {
            reason = why;
            ++failures;
            reported = true;
        },
        1000);

    // With a 1000-byte limit, these batches would wait forever on a writer that stopped draining.
    for (int round = 0; round < 50; ++round)
        writer.enqueue(numbered(round * 100, 100));
    QTRY_VERIFY_WITH_TIMEOUT(reported.load(), 10000);
    for (int round = 0; round < 50; ++round)
        writer.enqueue(numbered(round * 100, 100)); // dropped at once
    writer.finish();
    QCOMPARE(failures.load(), 1);
    QVERIFY(writer.hasFailed());
    QVERIFY2(!reason.isEmpty(), "the failure says why");
    QCOMPARE(writer.recordsWritten(), std::uint64_t(0));
}

void CaptureWriterTest::formatMatchesTheDocumentedLine() {
    TrafficRecord record;
    record.timeMs = 1234;
    record.direction = TrafficRecord::Direction::Received;
    record.peer = u"127.0.0.1:50412"_s;
    record.connectionId = 3;
    record.bytes = QByteArray("hello\0\xff", 7);
    QCOMPARE(TrafficCapture::formatRecord(record), "1234\tin\t127.0.0.1:50412\t3\t7\t\t68656c6c6f00ff\n"_ba);
    QByteArray appended = "already here\n"_ba;
    TrafficCapture::appendRecord(appended, record);
    QCOMPARE(appended, "already here\n1234\tin\t127.0.0.1:50412\t3\t7\t\t68656c6c6f00ff\n"_ba);
}

QTEST_MAIN(CaptureWriterTest)
#include "capture_writer_test.moc"
