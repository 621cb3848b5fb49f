// ChunkedFileSender: every byte of the file handed over once, in order, in chunks; never more than
// the window not yet acknowledged; refilled in bursts once a quarter of the window is free.

#include "ui/chunked_file_sender.h"

#include <QSignalSpy>
#include <QTemporaryFile>
#include <QTest>

using namespace Qt::StringLiterals;

class ChunkedFileSenderTest : public QObject {
    Q_OBJECT
private slots:
    void windowIsRefilledInBursts_data() {
        QTest::addColumn<qint64>("fileSize");
        QTest::addColumn<int>("unit"); // ChunkedFileSender::WindowUnit
        QTest::addColumn<qint64>("window");
        QTest::addColumn<qint64>("chunkSize");
        QTest::addColumn<qint64>("ackStep"); // acknowledged at a time, in the window's unit
        // A window of 8 chunks of 1,000 bytes: 1,000 bytes acknowledged (one chunk) does not refill,
        // 2,000 (a quarter) does, with two chunks at once.
        QTest::newRow("bytes, acknowledged a chunk at a time")
            << qint64(50'500) << 0 << qint64(8000) << qint64(1000) << qint64(1000);
        QTest::newRow("bytes, acknowledged in odd pieces")
            << qint64(50'500) << 0 << qint64(8000) << qint64(1000) << qint64(700);
        QTest::newRow("datagrams, counted in chunks")
            << qint64(9'999) << 1 << qint64(8) << qint64(100) << qint64(1);
    }

    void windowIsRefilledInBursts() {
        QFETCH(qint64, fileSize);
        QFETCH(int, unit);
        QFETCH(qint64, window);
        QFETCH(qint64, chunkSize);
        QFETCH(qint64, ackStep);
        QTemporaryFile file;
        QVERIFY(file.open());
        QByteArray content(fileSize, Qt::Uninitialized);
        for (qint64 i = 0; i < fileSize; ++i)
            content[i] = char(i * 31 + i / 256);
        QCOMPARE(file.write(content), fileSize);
        file.flush();

        QByteArray received;
        qint64 inFlight = 0; // in the window's unit
        qint64 maxInFlight = 0;
        int burstsBelowAQuarter = 0;
        int sendsThisCall = 0;
        const bool bytes = unit == 0;
        ChunkedFileSender sender([&](const QByteArray& chunk) {
            received += chunk;
            inFlight += bytes ? chunk.size() : 1;
            maxInFlight = std::max(maxInFlight, inFlight);
            ++sendsThisCall;
        });
        QSignalSpy finished(&sender, &ChunkedFileSender::finished);
        const ChunkedFileSender::Pacing pacing{.chunkSize = chunkSize,
                                               .window = window,
                                               .unit = static_cast<ChunkedFileSender::WindowUnit>(unit)};
        QVERIFY(sender.start(file.fileName(), pacing));
        while (finished.isEmpty()) {
            QVERIFY2(inFlight > 0, "stalled: nothing in flight and not finished");
            const qint64 done = std::min(ackStep, inFlight);
            inFlight -= done;
            const qint64 freeBefore = window - inFlight;
            sendsThisCall = 0;
            sender.acknowledge(quint64(done));
            // Sends come only once a quarter of the window is free, and then fill it.
            if (sendsThisCall > 0 && freeBefore < window / 4) ++burstsBelowAQuarter;
            if (freeBefore >= window / 4 && finished.isEmpty())
                QVERIFY(window - inFlight < (bytes ? chunkSize : 1));
        }
        QCOMPARE(burstsBelowAQuarter, 0);
        // The last chunk of a refill may cross the window's edge (it is sent while the window is not full).
        QVERIFY(maxInFlight <= window + (bytes ? chunkSize - 1 : 0));
        QCOMPARE(received, content); // every byte, once, in order
        QCOMPARE(finished.first().at(1).toLongLong(), fileSize);
        QCOMPARE(finished.first().at(2).toLongLong(), (fileSize + chunkSize - 1) / chunkSize);
    }
};

QTEST_MAIN(ChunkedFileSenderTest)
#include "chunked_file_sender_test.moc"
