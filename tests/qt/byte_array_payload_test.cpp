#include "netcore_qt/byte_array_payload.h"
#include "netcore_qt/session_hub.h"
#include "netcore_qt/tcp_client_handle.h"
#include "netcore_qt/tcp_server_handle.h"

#include <QTest>

#include <algorithm>
#include <string>
#include <vector>

using namespace netcore;
using netcore_qt::toPayload;
using netcore_qt::toQByteArray;

namespace {

const char* dataOf(const Payload& payload) {
    return reinterpret_cast<const char*>(payload.data());
}

} // namespace

class BytePayloadTest : public QObject {
    Q_OBJECT
private slots:
    // What the GUI sends is shared with the session, and comes back whole without a copy.
    void aQByteArrayIsSharedBothWays() {
        const QByteArray sent(100000, 'x');
        const Payload payload = toPayload(sent);
        QCOMPARE(dataOf(payload), sent.constData());
        QCOMPARE(payload.size(), std::size_t(100000));
        const QByteArray back = toQByteArray(payload);
        QCOMPARE(back.constData(), sent.constData());
        QVERIFY(toPayload(QByteArray()).empty());
    }

    // An array that does not own its memory cannot keep it alive for the I/O thread: it is copied.
    void rawDataIsCopied() {
        const std::string owner(1000, 'r');
        const QByteArray raw = QByteArray::fromRawData(owner.data(), qsizetype(owner.size()));
        const Payload payload = toPayload(raw);
        QVERIFY(dataOf(payload) != owner.data());
        QCOMPARE(toQByteArray(payload), QByteArray(1000, 'r'));
    }

    // A part of an array, or bytes that never were one, come back as a copy with the same bytes.
    void partsAndForeignBytesAreCopied_data() {
        QTest::addColumn<int>("offset");
        QTest::addColumn<int>("count");
        QTest::newRow("a partial send's first part") << 0 << 3;
        QTest::newRow("its rest") << 3 << 7;
        QTest::newRow("a middle") << 2 << 5;
    }
    void partsAndForeignBytesAreCopied() {
        QFETCH(int, offset);
        QFETCH(int, count);
        const QByteArray whole = QByteArrayLiteral("0123456789");
        const Payload part = toPayload(whole).sliced(std::size_t(offset), std::size_t(count));
        const QByteArray back = toQByteArray(part);
        QCOMPARE(back, whole.mid(offset, count));
        QVERIFY(back.constData() != whole.constData() + offset);
        const Payload foreign = Payload::copyOf(part.span());
        QCOMPARE(toQByteArray(foreign), whole.mid(offset, count));
    }

    // A block made for recv() and handed on, whole or cut to what was read, is the QByteArray.
    void aReceivedBlockIsTheQByteArray_data() {
        QTest::addColumn<int>("read");
        QTest::newRow("a full read") << 65536;
        QTest::newRow("a read of half the block") << 32768;
        QTest::newRow("one byte") << 1;
    }
    void aReceivedBlockIsTheQByteArray() {
        QFETCH(int, read);
        auto block = netcore_qt::byteArrayStorage()(65536);
        std::ranges::fill(block->bytes().first(std::size_t(read)), std::byte{'r'});
        const Payload payload = Payload::adopt(block, std::size_t(read));
        const QByteArray array = toQByteArray(payload);
        QCOMPARE(array.size(), qsizetype(read));
        QCOMPARE(array.constData(), dataOf(payload));
        QCOMPARE(array, QByteArray(read, 'r'));
    }

    // Through real sessions on loopback: the client's Sent events carry the very array it sent, and
    // the server's big reads arrive as arrays recv() wrote into.
    void aStreamReachesTheGuiWithoutCopies() {
        netcore_qt::SessionHub hub;
        netcore_qt::TcpServerHandle server(hub);
        std::vector<SessionEvent> serverEvents, clientEvents;
        const auto keep = [](std::vector<SessionEvent>& into) {
            return [&into](std::span<const SessionEvent> batch) {
                into.insert(into.end(), batch.begin(), batch.end());
            };
        };
        connect(&server, &netcore_qt::SessionHandle::eventsArrived, this, keep(serverEvents));
        netcore_qt::TcpServerHandle::Settings serverSettings;
        serverSettings.bind = Address::loopback(Family::IPv4, 0);
        const auto address = server.start(serverSettings);
        QVERIFY(address.has_value());
        netcore_qt::TcpClientHandle client(hub);
        connect(&client, &netcore_qt::SessionHandle::eventsArrived, this, keep(clientEvents));
        netcore_qt::TcpClientHandle::Settings settings;
        settings.host = QString::fromStdString(address->host());
        settings.port = address->port();
        client.connectTo(settings);
        const auto count = [](const std::vector<SessionEvent>& events, SessionEventKind kind) {
            return std::ranges::count_if(events, [kind](const auto& e) { return e.kind == kind; });
        };
        QTRY_VERIFY_WITH_TIMEOUT(count(clientEvents, SessionEventKind::Connected) == 1, 10000);

        const QByteArray chunk(1000, 'c');
        client.send(chunk);
        QTRY_VERIFY_WITH_TIMEOUT(count(clientEvents, SessionEventKind::Sent) == 1, 10000);
        const auto sent = std::ranges::find(clientEvents, SessionEventKind::Sent, &SessionEvent::kind);
        QCOMPARE(toQByteArray(sent->bytes).constData(), chunk.constData());

        const QByteArray big(4 << 20, 'b');
        client.send(big);
        const auto received = [&] {
            std::size_t total = 0;
            for (const auto& event : serverEvents)
                if (event.kind == SessionEventKind::Data) total += event.bytes.size();
            return total;
        };
        QTRY_COMPARE_WITH_TIMEOUT(received(), std::size_t(1000 + (4 << 20)), 20000);
        int shared = 0;
        for (const auto& event : serverEvents) {
            if (event.kind != SessionEventKind::Data) continue;
            const QByteArray array = toQByteArray(event.bytes);
            QCOMPARE(array.size(), qsizetype(event.byteCount));
            if (array.constData() == dataOf(event.bytes)) ++shared;
        }
        // Loopback hands most reads of a 4 MiB stream over whole (64 KiB): those are not copied.
        QVERIFY2(shared >= 1, qPrintable(QString::number(shared)));
    }
};

QTEST_GUILESS_MAIN(BytePayloadTest)
#include "byte_array_payload_test.moc"
