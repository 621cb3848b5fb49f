// CaptureOutput: what a capture format writes reaches the file in order and byte for byte, whether
// a payload went through the buffer or straight to the file; a failing file is reported.
#include "ui/capture_output.h"

#include <QBuffer>
#include <QFile>
#include <QTest>

class CaptureOutputTest : public QObject {
    Q_OBJECT
private slots:
    // Steps: "h" appends a 40-byte header to the buffer, a number a payload of that many bytes.
    void theFileHoldsWhatWasAppendedInOrder_data() {
        QTest::addColumn<QList<int>>("payloads");
        QTest::addColumn<int>("directWrites");
        const int direct = int(CaptureOutput::kDirectWriteBytes);
        QTest::newRow("small payloads gather") << QList<int>{10, 200, 3000} << 0;
        QTest::newRow("one byte short of direct") << QList<int>{direct - 1} << 0;
        QTest::newRow("exactly direct") << QList<int>{direct} << 1;
        QTest::newRow("a pcap chunk: one big, one small") << QList<int>{65495, 41} << 1;
        QTest::newRow("big ones in a row") << QList<int>{65536, 65536, 65536} << 3;
        QTest::newRow("mixed") << QList<int>{5, 70000, 7, 16384, 0} << 2;
    }
    void theFileHoldsWhatWasAppendedInOrder() {
        QFETCH(QList<int>, payloads);
        QFETCH(int, directWrites);
        QByteArray expected;
        QByteArray fileBytes;
        QBuffer file(&fileBytes);
        QVERIFY(file.open(QIODevice::WriteOnly));
        QByteArray buffer;
        CaptureOutput out(buffer, &file);
        QByteArray gatheredBuffer;
        CaptureOutput gathered(gatheredBuffer);
        int direct = 0;
        for (int i = 0; i < payloads.size(); ++i) {
            const QByteArray header(40, char('A' + i));
            const QByteArray payload(payloads[i], char('a' + i));
            for (CaptureOutput* each : {&out, &gathered}) {
                each->buffer().append(header);
                each->appendPayload(payload.constData(), payload.size());
            }
            // A direct write leaves nothing behind in the buffer: the payload went to the file.
            if (buffer.isEmpty()) ++direct;
            expected += header + payload;
        }
        QVERIFY(out.flush());
        QCOMPARE(direct, directWrites);
        QCOMPARE(fileBytes, expected);
        QCOMPARE(gatheredBuffer, expected); // no device: everything in the buffer
        QVERIFY(buffer.isEmpty());
    }

    void aFailingFileIsReported() {
        QFile full(QStringLiteral("/dev/full"));
        if (!full.open(QIODevice::WriteOnly | QIODevice::Unbuffered)) QSKIP("no /dev/full here");
        QByteArray buffer;
        CaptureOutput out(buffer, &full);
        const QByteArray big(100000, 'x');
        out.appendPayload(big.constData(), big.size());
        QVERIFY(!out.ok());
        QVERIFY(!out.flush());
    }
};

QTEST_MAIN(CaptureOutputTest)
#include "capture_output_test.moc"
