#include "netcore_qt/session_hub.h"
#include "netcore_qt/tcp_client_handle.h"
#include "netcore_qt/tcp_server_handle.h"

#include "netcore/socket.h"

#include <QSignalSpy>
#include <QTest>

#include <string>
#include <vector>

using namespace netcore;
using netcore_qt::SessionHub;
using netcore_qt::TcpClientHandle;
using netcore_qt::TcpServerHandle;
using namespace std::chrono_literals;

namespace {

/// Every event a handle delivered, kept for the checks.
struct Recorder {
    std::vector<SessionEvent> events;
    int batches = 0;
    explicit Recorder(netcore_qt::SessionHandle& handle) {
        QObject::connect(&handle, &netcore_qt::SessionHandle::eventsArrived, &handle,
                         [this](std::span<const SessionEvent> batch) {
                             ++batches;
                             events.insert(events.end(), batch.begin(), batch.end());
                         });
    }
    [[nodiscard]] int count(SessionEventKind kind) const {
        return static_cast<int>(
            std::count_if(events.begin(), events.end(), [&](const auto& e) { return e.kind == kind; }));
    }
    [[nodiscard]] std::string data(SessionEventKind kind = SessionEventKind::Data) const {
        std::string all;
        for (const auto& event : events)
            if (event.kind == kind)
                all.append(reinterpret_cast<const char*>(event.bytes.data()), event.bytes.size());
        return all;
    }
    [[nodiscard]] const SessionEvent* first(SessionEventKind kind) const {
        for (const auto& event : events)
            if (event.kind == kind) return &event;
        return nullptr;
    }
};

Address startUpperServer(TcpServerHandle& server) {
    TcpServerHandle::Settings settings;
    settings.bind = Address::loopback(Family::IPv4, 0);
    settings.responder = makeUpperResponder();
    auto started = server.start(settings);
    if (!started) qFatal("server start: %s", started.error().summary().c_str());
    return *started;
}

} // namespace

class SessionHandlesTest : public QObject {
    Q_OBJECT
private slots:
    void clientAndServerTalkThroughTheHub_data() {
        QTest::addColumn<int>("mode");
        QTest::newRow("non-blocking") << int(BlockingMode::Kind::NonBlocking);
        QTest::newRow("blocking") << int(BlockingMode::Kind::Blocking);
        QTest::newRow("timeout") << int(BlockingMode::Kind::Timeout);
    }
    void clientAndServerTalkThroughTheHub() {
        QFETCH(int, mode);
        SessionHub hub;
        TcpServerHandle server(hub);
        Recorder serverEvents(server);
        const auto address = startUpperServer(server);

        TcpClientHandle client(hub);
        Recorder clientEvents(client);
        QSignalSpy resolved(&client, &TcpClientHandle::resolved);
        TcpClientHandle::Settings settings;
        settings.host = QString::fromStdString(address.host());
        settings.port = address.port();
        settings.mode = mode == int(BlockingMode::Kind::NonBlocking) ? BlockingMode::nonBlocking()
                        : mode == int(BlockingMode::Kind::Blocking)  ? BlockingMode::blocking()
                                                                     : BlockingMode::timeout(5s);
        client.connectTo(settings);
        QTRY_COMPARE_WITH_TIMEOUT(resolved.count(), 1, 10000);
        QTRY_VERIFY_WITH_TIMEOUT(clientEvents.count(SessionEventKind::Connected) == 1, 10000);
        QCOMPARE(clientEvents.first(SessionEventKind::Connected)->peer, address);
        client.send(QByteArrayLiteral("hello"));
        QTRY_COMPARE_WITH_TIMEOUT(clientEvents.data(), std::string("HELLO"), 10000);
        QTRY_COMPARE_WITH_TIMEOUT(serverEvents.data(), std::string("hello"), 10000);
        // The server's reply is in its Sent events with its bytes, for the traffic view.
        QTRY_COMPARE_WITH_TIMEOUT(serverEvents.data(SessionEventKind::Sent), std::string("HELLO"), 10000);
        QCOMPARE(clientEvents.data(SessionEventKind::Sent), std::string("hello"));
        if (mode != int(BlockingMode::Kind::NonBlocking))
            QVERIFY(clientEvents.count(SessionEventKind::CallStarted) >= 2);
    }

    void portInUseIsReturnedAndPosted() {
        SessionHub hub;
        TcpServerHandle first(hub);
        const auto address = startUpperServer(first);
        TcpServerHandle second(hub);
        Recorder events(second);
        TcpServerHandle::Settings settings;
        settings.bind = address;
        auto started = second.start(settings);
        QVERIFY(!started.has_value());
        QCOMPARE(started.error().code, ErrorCode::AddressInUse);
        QVERIFY(!second.isRunning());
        QTRY_COMPARE_WITH_TIMEOUT(events.count(SessionEventKind::Error), 1, 10000);
    }

    void resolveFailureIsReported() {
        SessionHub hub;
        TcpClientHandle client(hub);
        QSignalSpy failed(&client, &TcpClientHandle::resolveFailed);
        TcpClientHandle::Settings settings;
        settings.host = QStringLiteral("no-such-host.invalid");
        client.connectTo(settings);
        QTRY_COMPARE_WITH_TIMEOUT(failed.count(), 1, 30000);
    }

    void aFloodArrivesInFewBatches() {
        // 20,000 chunks from a raw client: the hub must deliver them in far fewer drains.
        SessionHub hub;
        TcpServerHandle server(hub);
        Recorder events(server);
        TcpServerHandle::Settings settings;
        settings.bind = Address::loopback(Family::IPv4, 0);
        const auto address = *server.start(settings);
        auto socket = *Socket::open(Family::IPv4, SocketType::Stream);
        QVERIFY(socket.connect(address).has_value());
        QVERIFY(socket.setOption(SocketOption::NoDelay, true).has_value());
        const std::vector<std::byte> chunk(100, std::byte{'x'});
        for (int i = 0; i < 20000; ++i)
            QVERIFY(socket.sendAll(chunk).has_value());
        QTRY_COMPARE_WITH_TIMEOUT(events.data().size(), std::size_t(2000000), 20000);
        qInfo("events %zu in %d batches, %llu drains", events.events.size(), events.batches, hub.drains());
        QVERIFY(events.batches < 1000);
    }
};

QTEST_GUILESS_MAIN(SessionHandlesTest)
#include "session_handles_test.moc"
