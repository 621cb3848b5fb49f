// PcapFormat: records become the packets a pcap reader expects. Each row formats a few records and
// reads the file back with a small reader written from the format's description (libpcap file
// header, LINKTYPE_RAW, IPv4/IPv6, TCP/UDP), checking every header field a reader uses, the
// payloads, and what is left out.

#include "ui/pcap_format.h"
#include "ui/traffic_capture.h"

#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <cstring>

using namespace Qt::StringLiterals;

namespace {

using Direction = TrafficRecord::Direction;

TrafficRecord record(Direction direction, const QString& peer, const QString& local, quint64 connection,
                     const QByteArray& bytes, std::optional<qint64> realSize = {}) {
    TrafficRecord r;
    r.timeMs = 1500;
    r.direction = direction;
    r.peer = peer;
    r.local = local;
    r.connectionId = connection;
    r.bytes = bytes;
    r.truncated = realSize.has_value();
    r.realSize = realSize;
    return r;
}

quint32 be16(const char* at) {
    return (quint32(quint8(at[0])) << 8) | quint8(at[1]);
}

quint32 be32(const char* at) {
    return (be16(at) << 16) | be16(at + 2);
}

template <typename T>
T host(const char* at) {
    T value;
    std::memcpy(&value, at, sizeof value);
    return value;
}

QString ipText(const char* at, bool v6) {
    QStringList parts;
    if (v6)
        for (int i = 0; i < 16; i += 2)
            parts << QString::number(be16(at + i), 16);
    else
        for (int i = 0; i < 4; ++i)
            parts << QString::number(quint8(at[i]));
    return parts.join(v6 ? u':' : u'.');
}

struct Read {
    QStringList packets; // one line per packet: what a reader would show
    QByteArray payload;  // every packet's payload, in order
    QString error;
};

// Reads a whole pcap file as written by PcapFormat, checking the lengths and checksums on the way.
Read readPcap(const QByteArray& file) {
    Read read;
    if (file.size() < 24 || host<quint32>(file.constData()) != 0xa1b2c3d4u) return {{}, {}, u"bad magic"_s};
    if (host<quint16>(file.constData() + 4) != 2 || host<quint16>(file.constData() + 6) != 4 ||
        host<quint32>(file.constData() + 20) != 101)
        return {{}, {}, u"bad file header"_s};
    qsizetype at = 24;
    while (at < file.size()) {
        if (file.size() - at < 16) return {{}, {}, u"cut record header"_s};
        const char* rec = file.constData() + at;
        const auto captured = host<quint32>(rec + 8);
        const auto wire = host<quint32>(rec + 12);
        if (host<quint32>(rec + 4) >= 1'000'000) return {{}, {}, u"microseconds out of range"_s};
        if (file.size() - at - 16 < qsizetype(captured)) return {{}, {}, u"cut packet"_s};
        const char* ip = rec + 16;
        const bool v6 = (quint8(ip[0]) >> 4) == 6;
        const int ipHeader = v6 ? 40 : 20;
        const quint32 ipLength = v6 ? be16(ip + 4) + 40 : be16(ip + 2);
        if (ipLength != wire) return {{}, {}, u"IP length %1, record says %2"_s.arg(ipLength).arg(wire)};
        if (!v6) {
            quint32 sum = 0;
            for (int i = 0; i < 20; i += 2)
                sum += be16(ip + i);
            while (sum >> 16)
                sum = (sum & 0xffff) + (sum >> 16);
            if (sum != 0xffff) return {{}, {}, u"bad IPv4 header checksum"_s};
        }
        const int protocol = quint8(ip[v6 ? 6 : 9]);
        const char* seg = ip + ipHeader;
        const QString from = ipText(ip + (v6 ? 8 : 12), v6) + u':' + QString::number(be16(seg));
        const QString to = ipText(ip + (v6 ? 24 : 16), v6) + u':' + QString::number(be16(seg + 2));
        QString line = (v6 ? u"v6 "_s : u"v4 "_s) + from + u" > "_s + to;
        int header = 0;
        if (protocol == 6) {
            header = (quint8(seg[12]) >> 4) * 4;
            line += u" tcp seq %1 ack %2 flags %3"_s.arg(be32(seg + 4))
                        .arg(be32(seg + 8))
                        .arg(quint8(seg[13]), 0, 16);
        } else if (protocol == 17) {
            header = 8;
            if (be16(seg + 4) != wire - quint32(ipHeader)) return {{}, {}, u"bad UDP length"_s};
            line += u" udp"_s;
        } else {
            return {{}, {}, u"protocol %1"_s.arg(protocol)};
        }
        const int payload = int(captured) - ipHeader - header;
        line += u" %1 bytes"_s.arg(payload);
        if (wire != captured) line += u" of %1"_s.arg(int(wire) - ipHeader - header);
        read.packets << line;
        read.payload.append(seg + header, payload);
        at += 16 + captured;
    }
    return read;
}

QByteArray pattern(int size) {
    QByteArray bytes(size, Qt::Uninitialized);
    for (int i = 0; i < size; ++i)
        bytes[i] = char(i * 7 + i / 251);
    return bytes;
}

} // namespace

class PcapFormatTest : public QObject {
    Q_OBJECT
private slots:
    void packetsReadBack_data() {
        QTest::addColumn<bool>("udp");
        QTest::addColumn<QList<TrafficRecord>>("records");
        QTest::addColumn<QStringList>("packets");
        QTest::addColumn<QByteArray>("payload");

        const QString client = u"127.0.0.1:50412"_s;
        const QString server = u"127.0.0.1:7000"_s;
        QTest::newRow("TCP: received from the peer, then a reply acknowledging it")
            << false
            << QList{record(Direction::Received, client, server, 3, "hello"_ba),
                     record(Direction::Sent, client, server, 3, "hi"_ba)}
            << QStringList{u"v4 127.0.0.1:50412 > 127.0.0.1:7000 tcp seq 1 ack 1 flags 18 5 bytes"_s,
                           u"v4 127.0.0.1:7000 > 127.0.0.1:50412 tcp seq 1 ack 6 flags 18 2 bytes"_s}
            << "hellohi"_ba;
        QTest::newRow("TCP: two connections count their bytes apart")
            << false
            << QList{record(Direction::Received, client, server, 3, "abc"_ba),
                     record(Direction::Received, u"127.0.0.1:50413"_s, server, 4, "xy"_ba),
                     record(Direction::Received, client, server, 3, "d"_ba)}
            << QStringList{u"v4 127.0.0.1:50412 > 127.0.0.1:7000 tcp seq 1 ack 1 flags 18 3 bytes"_s,
                           u"v4 127.0.0.1:50413 > 127.0.0.1:7000 tcp seq 1 ack 1 flags 18 2 bytes"_s,
                           u"v4 127.0.0.1:50412 > 127.0.0.1:7000 tcp seq 4 ack 1 flags 18 1 bytes"_s}
            << "abcxyd"_ba;
        const QByteArray big = pattern(150000);
        QTest::newRow("TCP: a chunk longer than a packet is cut, sequence numbers run on")
            << false << QList{record(Direction::Sent, client, server, 9, big)}
            << QStringList{u"v4 127.0.0.1:7000 > 127.0.0.1:50412 tcp seq 1 ack 1 flags 18 65495 bytes"_s,
                           u"v4 127.0.0.1:7000 > 127.0.0.1:50412 tcp seq 65496 ack 1 flags 18 65495 bytes"_s,
                           u"v4 127.0.0.1:7000 > 127.0.0.1:50412 tcp seq 130991 ack 1 flags 18 19010 bytes"_s}
            << big;
        QTest::newRow("TCP over IPv6")
            << false << QList{record(Direction::Received, u"[::1]:40000"_s, u"[::1]:8080"_s, 1, "v6"_ba)}
            << QStringList{u"v6 0:0:0:0:0:0:0:1:40000 > 0:0:0:0:0:0:0:1:8080 tcp seq 1 ack 1 flags 18 2 bytes"_s}
            << "v6"_ba;
        QTest::newRow("UDP: a datagram cut by the receive buffer keeps its real size")
            << true
            << QList{record(Direction::Received, u"127.0.0.1:5353"_s, u"127.0.0.1:9000"_s, 0, pattern(100),
                            3000),
                     record(Direction::Sent, u"127.0.0.1:5353"_s, u"127.0.0.1:9000"_s, 0, "pong"_ba)}
            << QStringList{u"v4 127.0.0.1:5353 > 127.0.0.1:9000 udp 100 bytes of 3000"_s,
                           u"v4 127.0.0.1:9000 > 127.0.0.1:5353 udp 4 bytes"_s}
            << pattern(100) + "pong"_ba;
        QTest::newRow("UDP over IPv6: a datagram longer than IPv4 could carry stays whole")
            << true << QList{record(Direction::Received, u"[::1]:5353"_s, u"[::1]:9000"_s, 0, pattern(65520))}
            << QStringList{u"v6 0:0:0:0:0:0:0:1:5353 > 0:0:0:0:0:0:0:1:9000 udp 65520 bytes"_s}
            << pattern(65520);
        QTest::newRow("info lines are not packets; an end not known is 0.0.0.0:0, its bytes kept")
            << true
            << QList{record(Direction::Info, {}, {}, 0, "listening on 127.0.0.1:9000"_ba),
                     record(Direction::Received, u"(none)"_s, {}, 0, "lost"_ba),
                     record(Direction::Received, u"127.0.0.1:5353"_s, {}, 0, "early"_ba)}
            << QStringList{u"v4 0.0.0.0:0 > 0.0.0.0:0 udp 4 bytes"_s,
                           u"v4 127.0.0.1:5353 > 0.0.0.0:0 udp 5 bytes"_s}
            << "lostearly"_ba;
    }

    void packetsReadBack() {
        QFETCH(bool, udp);
        QFETCH(QList<TrafficRecord>, records);
        QFETCH(QStringList, packets);
        QFETCH(QByteArray, payload);
        PcapFormat format(udp ? PcapFormat::Transport::Udp : PcapFormat::Transport::Tcp);
        QByteArray file = PcapFormat::fileHeader();
        for (const auto& r : records)
            format.appendRecord(file, r);
        const Read read = readPcap(file);
        QVERIFY2(read.error.isEmpty(), qPrintable(read.error));
        QCOMPARE(read.packets, packets);
        QCOMPARE(read.payload, payload);
    }

    // The whole path: a capture started on a .pcap path writes the file header and, from the writer
    // thread, the packets; another path still gets the text form.
    void captureChoosesTheFormatByItsPath() {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        TrafficCapture capture;
        const QString pcapPath = dir.filePath(u"trace.PCAP"_s);
        QCOMPARE(TrafficCapture::formatFor(pcapPath), TrafficCapture::Format::Pcap);
        QCOMPARE(TrafficCapture::formatFor(dir.filePath(u"trace.tsv"_s)), TrafficCapture::Format::Text);
        QVERIFY(capture.start(pcapPath, TrafficCapture::formatFor(pcapPath), PcapFormat::Transport::Tcp));
        const std::vector<TrafficRecord> batch{
            record(Direction::Received, u"127.0.0.1:1"_s, u"127.0.0.1:2"_s, 1, "ping"_ba)};
        capture.write(batch);
        capture.stop();
        QFile file(pcapPath);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const Read read = readPcap(file.readAll());
        QVERIFY2(read.error.isEmpty(), qPrintable(read.error));
        QCOMPARE(read.packets,
                 QStringList{u"v4 127.0.0.1:1 > 127.0.0.1:2 tcp seq 1 ack 1 flags 18 4 bytes"_s});
        QCOMPARE(capture.recordsWritten(), quint64(1));
    }

    // A real reader: tcpdump (scripts/install-deps.sh test installs it) reads the file and sees the
    // addresses, ports, sequence numbers and lengths the records imply.
    void tcpdumpReadsIt() {
        const QString tcpdump = QStandardPaths::findExecutable(u"tcpdump"_s, {u"/usr/sbin"_s, u"/usr/bin"_s});
        if (tcpdump.isEmpty()) QSKIP("tcpdump is not installed (scripts/install-deps.sh test installs it)");
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString path = dir.filePath(u"trace.pcap"_s);
        PcapFormat format(PcapFormat::Transport::Tcp);
        QByteArray bytes = PcapFormat::fileHeader();
        format.appendRecord(
            bytes, record(Direction::Received, u"127.0.0.1:50412"_s, u"127.0.0.1:7000"_s, 3, "hello"_ba));
        format.appendRecord(bytes, record(Direction::Sent, u"[::1]:50412"_s, u"[::1]:7000"_s, 4, "hi"_ba));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        QCOMPARE(file.write(bytes), bytes.size());
        file.close();
        QProcess process;
        process.start(tcpdump, {u"-nn"_s, u"-r"_s, path});
        QVERIFY(process.waitForFinished(10000));
        QCOMPARE(process.exitCode(), 0);
        const QStringList lines =
            QString::fromUtf8(process.readAllStandardOutput()).split(u'\n', Qt::SkipEmptyParts);
        QCOMPARE(lines.size(), 2);
        QVERIFY2(
            lines[0].contains(
                u"IP 127.0.0.1.50412 > 127.0.0.1.7000: Flags [P.], seq 1:6, ack 1, win 65535, length 5"_s),
            qPrintable(lines[0]));
        QVERIFY2(
            lines[1].contains(u"IP6 ::1.7000 > ::1.50412: Flags [P.], seq 1:3, ack 1, win 65535, length 2"_s),
            qPrintable(lines[1]));
    }
};

QTEST_MAIN(PcapFormatTest)
#include "pcap_format_test.moc"
