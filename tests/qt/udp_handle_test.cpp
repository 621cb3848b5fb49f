#include "netcore_qt/session_hub.h"
#include "netcore_qt/udp_handle.h"

#include "netcore/os_info.h"

#include <QTest>

#include <vector>

using namespace netcore;
using netcore_qt::SessionHub;
using netcore_qt::UdpHandle;

namespace {
struct Recorder {
    std::vector<SessionEvent> events;
    explicit Recorder(netcore_qt::SessionHandle& handle) {
        QObject::connect(&handle, &netcore_qt::SessionHandle::eventsArrived, &handle,
                         [this](std::span<const SessionEvent> batch) {
                             events.insert(events.end(), batch.begin(), batch.end());
                         });
    }
    [[nodiscard]] const SessionEvent* last(SessionEventKind kind) const {
        for (auto it = events.rbegin(); it != events.rend(); ++it)
            if (it->kind == kind) return &*it;
        return nullptr;
    }
};
std::string text(std::span<const std::byte> bytes) {
    return {reinterpret_cast<const char*>(bytes.data()), bytes.size()};
}
} // namespace

class UdpHandleTest : public QObject {
    Q_OBJECT
private slots:
    void upperCaseServerAnswersTheSender() {
        SessionHub hub;
        UdpHandle server(hub);
        UdpHandle::Settings serverSettings;
        serverSettings.responder = makeDatagramResponder({ReplyRule::Kind::Upper, {}});
        const auto serverAddress = server.start(serverSettings);
        QVERIFY(serverAddress.has_value());
        UdpHandle client(hub);
        Recorder clientEvents(client);
        const auto clientAddress = client.start({});
        QVERIFY(clientAddress.has_value());
        client.sendTo(*serverAddress, QByteArrayLiteral("hello"));
        QTRY_VERIFY_WITH_TIMEOUT(clientEvents.last(SessionEventKind::Datagram) != nullptr, 10000);
        const auto* reply = clientEvents.last(SessionEventKind::Datagram);
        QCOMPARE(text(reply->bytes), std::string("HELLO"));
        QCOMPARE(reply->peer, *serverAddress);
    }

    void aSmallReceiveBufferCutsTheDatagram() {
        SessionHub hub;
        UdpHandle server(hub);
        Recorder events(server);
        UdpHandle::Settings settings;
        settings.receiveBufferSize = 1024;
        const auto address = server.start(settings);
        QVERIFY(address.has_value());
        UdpHandle client(hub);
        QVERIFY(client.start({}).has_value());
        client.sendTo(*address, QByteArray(2000, 'x'));
        QTRY_VERIFY_WITH_TIMEOUT(events.last(SessionEventKind::Datagram) != nullptr, 10000);
        const auto* datagram = events.last(SessionEventKind::Datagram);
        QVERIFY(datagram->truncated);
        QCOMPARE(datagram->bytes.size(), std::size_t(1024));
        if (currentOs() == OsKind::Linux) QCOMPARE(datagram->realSize.value_or(0), std::size_t(2000));
    }

    void connectedUdpReportsTheRefusal() {
        if (currentOs() != OsKind::Linux) QSKIP("ICMP port unreachable is reported this way on Linux");
        SessionHub hub;
        Address closed;
        {
            UdpHandle gone(hub);
            closed = *gone.start({});
        }
        UdpHandle client(hub);
        Recorder events(client);
        UdpHandle::Settings settings;
        settings.connectTo = closed;
        QVERIFY(client.start(settings).has_value());
        client.send(QByteArrayLiteral("anyone?"));
        client.send(QByteArrayLiteral("anyone?"));
        QTRY_VERIFY_WITH_TIMEOUT(events.last(SessionEventKind::Error) != nullptr, 10000);
        QCOMPARE(events.last(SessionEventKind::Error)->error->code, ErrorCode::ConnectionRefused);
    }
};

QTEST_GUILESS_MAIN(UdpHandleTest)
#include "udp_handle_test.moc"
