// The call timeline (issue 5): lanes per socket from real server and client tabs on loopback,
// arrows for the bytes between them, red error boxes, boxes as long as the call waited, the cap on
// the records kept, hit testing, zoom and follow, and export to PNG and SVG.

#include "ui/call_timeline_export.h"
#include "ui/call_timeline_model.h"
#include "ui/call_timeline_panel.h"
#include "ui/call_timeline_view.h"
#include "ui/main_window.h"
#include "ui/open_spec_parser.h"
#include "ui/tcp_client_tab.h"
#include "ui/tcp_server_tab.h"
#include "ui/udp_client_tab.h"
#include "ui/udp_server_tab.h"

#include "netcore/socket.h"
#include "netcore_qt/session_hub.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QDockWidget>
#include <QElapsedTimer>
#include <QFile>
#include <QImage>
#include <QPainter>
#include <QScrollBar>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QWheelEvent>

#include <chrono>

using namespace Qt::StringLiterals;
using namespace std::chrono_literals;

namespace {

constexpr int kWaitMs = 10'000;
using Clock = netcore::TraceClock;

// A CallTraced event as a session posts it.
netcore::SessionEvent traced(netcore::SocketId socket, const std::string& call, Clock::time_point start,
                             std::chrono::nanoseconds duration, std::string result = {},
                             std::optional<netcore::NetError> error = std::nullopt) {
    netcore::SessionEvent event;
    event.session = 1;
    event.kind = netcore::SessionEventKind::CallTraced;
    netcore::TraceRecord record;
    record.socket = socket;
    record.call = call;
    record.arguments = "4096";
    record.result = std::move(result);
    record.error = std::move(error);
    record.start = start;
    record.end = start + duration;
    event.trace = std::move(record);
    return event;
}

netcore::Address address(const char* text) {
    return *netcore::Address::parse(text);
}

// The calls of one lane, by name.
QList<const CallTimelineModel::Call*> callsNamed(const CallTimelineModel& model, int lane,
                                                 const std::string& name) {
    QList<const CallTimelineModel::Call*> found;
    if (lane < 0) return found;
    for (quint64 sequence : model.laneAt(lane).calls)
        if (const auto* call = model.call(sequence); call != nullptr && call->call == name) found << call;
    return found;
}

int laneStartingWith(const CallTimelineModel& model, const QString& prefix) {
    const QStringList labels = model.laneLabels();
    for (int i = 0; i < labels.size(); ++i)
        if (labels[i].startsWith(prefix)) return i;
    return -1;
}

bool hasArrow(const CallTimelineModel& model, quint64 from, quint64 to) {
    return std::ranges::any_of(model.arrows(), [&](const auto& a) { return a.from == from && a.to == to; });
}

// An arrow from a call of lane `from` named one of `sends` to a call of lane `to` named `receive`.
bool dataFlows(const CallTimelineModel& model, int from, int to) {
    if (from < 0 || to < 0) return false;
    for (const auto& arrow : model.arrows()) {
        const auto* send = model.call(arrow.from);
        const auto* recv = model.call(arrow.to);
        if (send == nullptr || recv == nullptr) continue;
        if (model.laneIndex(send->socket) == from && model.laneIndex(recv->socket) == to &&
            (send->call == "send" || send->call == "sendall") && recv->call == "recv")
            return true;
    }
    return false;
}

const CallTimelineModel::Call* findCall(const CallTimelineModel& model,
                                        const std::function<bool(const CallTimelineModel::Call&)>& match) {
    for (int lane = 0; lane < model.laneCount(); ++lane)
        for (quint64 sequence : model.laneAt(lane).calls)
            if (const auto* call = model.call(sequence); call != nullptr && match(*call)) return call;
    return nullptr;
}

QImage paint(const CallTimelineView& view) {
    QImage image(timelineExportSize(view, TimelineExportScope::Visible), QImage::Format_ARGB32);
    QPainter painter(&image);
    view.render(painter, view.visibleArea());
    return image;
}

// A loopback port nobody listens on: bound, read back, closed.
quint16 closedPort() {
    auto socket = netcore::Socket::open(netcore::Family::IPv4, netcore::SocketType::Stream);
    if (!socket || !socket->bind(netcore::Address::loopback(netcore::Family::IPv4))) return 0;
    const auto local = socket->localAddress();
    return local ? local->port() : 0;
}

struct Timeline {
    netcore_qt::SessionHub hub;
    CallTimelinePanel panel;
    QAbstractItemModelTester tester{&panel.model(), QAbstractItemModelTester::FailureReportingMode::QtTest};
    Timeline() {
        panel.attachHub(hub);
        panel.resize(1200, 700);
    }
    CallTimelineModel& model() { return panel.model(); }
    CallTimelineView& view() { return panel.view(); }
};

} // namespace

class CallTimelineTest : public QObject {
    Q_OBJECT
private slots:
    void serverAndClientGetThreeLanesAndArrows();
    void refusedConnectIsARedBoxWithItsExplanation();
    void timeoutRecvBoxIsAsLongAsItWaited();
    void blockedRecvGrowsLive();
    void closedSessionEndsAWaitingCall();
    void capDropsTheOldest_data();
    void capDropsTheOldest();
    void datagramsAreMatchedByAddresses();
    void udpTabsExchangeArrows();
    void hitTestReturnsTheCall();
    void zoomAndFollowLive();
    void exportsPngAndSvg_data();
    void exportsPngAndSvg();
    void floodStaysBounded();
    void mainWindowDockShowsEveryTabsCalls();

private:
    QTemporaryDir m_settingsDir;
};

void CallTimelineTest::serverAndClientGetThreeLanesAndArrows() {
    Timeline timeline;
    timeline.panel.setSessionLabelProvider([](netcore::SessionId id) { return u"session %1"_s.arg(id); });
    TcpServerTab server(*OpenSpecParser::parse(u"tcp-server 127.0.0.1:0 reply=upper"_s), timeline.hub);
    QVERIFY(server.listeningAddress().has_value());
    const auto port = QString::number(server.listeningAddress()->port());
    TcpClientTab client(*OpenSpecParser::parse(u"tcp-client 127.0.0.1:"_s + port + u" send=hello"_s),
                        timeline.hub);
    QTRY_COMPARE_WITH_TIMEOUT(client.stats().rxBytes, quint64(5), kWaitMs);

    auto& model = timeline.model();
    QTRY_COMPARE_WITH_TIMEOUT(timeline.panel.property("laneCount").toInt(), 3, kWaitMs);
    const int listener = laneStartingWith(model, u"listener 127.0.0.1:"_s + port);
    const int accepted = laneStartingWith(model, u"accepted 127.0.0.1:"_s);
    const int clientLane = laneStartingWith(model, u"client -> 127.0.0.1:"_s + port);
    const QString labels = timeline.panel.laneLabels().join(u" | "_s);
    QVERIFY2(listener >= 0 && accepted >= 0 && clientLane >= 0, qPrintable(labels));
    // The accepted connection's lane sits beside its client's, after the listener.
    QCOMPARE(listener, 0);
    QCOMPARE(std::abs(accepted - clientLane), 1);
    // The titles come from the provider; the accepted socket belongs to the server's session.
    QVERIFY2(labels.contains(u"\u2014 session "_s), qPrintable(labels));
    QCOMPARE(model.laneAt(accepted).session, model.laneAt(listener).session);
    QCOMPARE(model.laneAt(accepted).listener, model.laneAt(listener).socket);
    QCOMPARE(model.laneAt(accepted).partner, model.laneAt(clientLane).socket);

    // "hello" from the client's send to the server's recv, "HELLO" back.
    QTRY_VERIFY_WITH_TIMEOUT(dataFlows(model, clientLane, accepted), kWaitMs);
    QTRY_VERIFY_WITH_TIMEOUT(dataFlows(model, accepted, clientLane), kWaitMs);
    QVERIFY(!dataFlows(model, listener, accepted));
    const auto clientSends = callsNamed(model, clientLane, "send");
    QVERIFY(!clientSends.isEmpty());
    QCOMPARE(clientSends.front()->byteCount, std::optional<std::size_t>(5));
    const auto serverReceives = callsNamed(model, accepted, "recv");
    QVERIFY(!serverReceives.isEmpty());
    QVERIFY(hasArrow(model, clientSends.front()->sequence, serverReceives.front()->sequence));
    QVERIFY(callsNamed(model, listener, "accept").size() >= 1);
}

void CallTimelineTest::refusedConnectIsARedBoxWithItsExplanation() {
    Timeline timeline;
    const quint16 port = closedPort();
    QVERIFY(port != 0);
    TcpClientTab client(*OpenSpecParser::parse(u"tcp-client 127.0.0.1:"_s + QString::number(port)),
                        timeline.hub);
    auto& model = timeline.model();
    const auto refused = [&](const CallTimelineModel::Call& call) {
        return call.call == "connect" && CallTimelineModel::errorName(call) == u"ECONNREFUSED"_s;
    };
    QTRY_VERIFY_WITH_TIMEOUT(findCall(model, refused) != nullptr, kWaitMs);
    const auto* call = findCall(model, refused);
    QVERIFY2(model.laneLabels().contains(u"client -> 127.0.0.1:"_s + QString::number(port)),
             qPrintable(model.laneLabels().join(u" | "_s)));
    QVERIFY(CallTimelineModel::callLabel(*call).endsWith(u"-> ECONNREFUSED"_s));

    timeline.panel.show();
    QVERIFY(QTest::qWaitForWindowExposed(&timeline.panel));
    auto& view = timeline.view();
    view.setFollowLive(false); // later calls (close) must not scroll the box away
    const QRect box = view.callRect(call->sequence);
    QVERIFY(!box.isEmpty());
    // Red fill (a pixel left of the label) and the details with errno name and explanation.
    const QImage image = paint(view);
    const QColor fill = image.pixelColor(box.left() + 2, box.center().y());
    QVERIFY2(fill.red() > 200 && fill.green() < 240 && fill.red() - fill.blue() > 15,
             qPrintable(fill.name()));
    // Top left: clear of a call made inside this one (connect reads SO_ERROR), drawn indented.
    const QPoint inside = box.topLeft() + QPoint(4, 4);
    QCOMPARE(view.callAt(inside), std::optional<quint64>(call->sequence));
    QTest::mouseClick(view.viewport(), Qt::LeftButton, {}, inside);
    QCOMPARE(view.selectedCall(), call->sequence);
    const QString details = timeline.panel.detailsText();
    QVERIFY2(details.contains(u"ECONNREFUSED"_s), qPrintable(details));
    QVERIFY2(details.contains(u"Connection refused"_s), qPrintable(details));
    QVERIFY2(details.contains(u"Duration:"_s), qPrintable(details));
}

void CallTimelineTest::timeoutRecvBoxIsAsLongAsItWaited() {
    Timeline timeline;
    TcpServerTab server(*OpenSpecParser::parse(u"tcp-server 127.0.0.1:0 reply=upper"_s), timeline.hub);
    QVERIFY(server.listeningAddress().has_value());
    auto spec = *OpenSpecParser::parse(u"tcp-client 127.0.0.1:"_s +
                                       QString::number(server.listeningAddress()->port()));
    spec.autoStart = false;
    TcpClientTab client(spec, timeline.hub);
    constexpr auto timeout = 300ms;
    client.setMode(netcore::BlockingMode::timeout(timeout));
    client.start();
    QTRY_COMPARE_WITH_TIMEOUT(client.state(), TcpClientTab::State::Connected, kWaitMs);
    client.receiveOnce(); // the server sends nothing: the recv waits the whole timeout

    auto& model = timeline.model();
    const auto timedOut = [](const CallTimelineModel::Call& call) {
        return call.call == "recv" && call.error && call.error->code == netcore::ErrorCode::Timeout;
    };
    QTRY_VERIFY_WITH_TIMEOUT(findCall(model, timedOut) != nullptr, kWaitMs);
    const auto* recv = findCall(model, timedOut);
    QVERIFY(!recv->pending);
    QVERIFY2(recv->duration() >= std::chrono::nanoseconds(timeout).count(),
             qPrintable(QString::number(recv->duration())));
    QVERIFY(recv->waited >= std::chrono::nanoseconds(timeout).count() * 9 / 10);
    // The box is at least as tall as 0.3 s is at this zoom, and taller than a quick call's.
    auto& view = timeline.view();
    view.setZoom(1.0);
    const QRect box = view.callRect(recv->sequence);
    const double expected = CallTimelineView::kPixelsPerSecond * 0.3 * view.zoom();
    QVERIFY2(box.height() >= expected, qPrintable(u"%1 < %2"_s.arg(box.height()).arg(expected)));
    const auto* quick = findCall(model, [](const auto& call) { return call.call == "getsockname"; });
    QVERIFY(quick != nullptr);
    QVERIFY(view.callRect(quick->sequence).height() < box.height() / 2);
    QVERIFY(CallTimelineModel::callLabel(*recv).contains(u"timed out"_s));
}

void CallTimelineTest::blockedRecvGrowsLive() {
    Timeline timeline;
    TcpServerTab server(*OpenSpecParser::parse(u"tcp-server 127.0.0.1:0 reply=upper"_s), timeline.hub);
    QVERIFY(server.listeningAddress().has_value());
    auto spec = *OpenSpecParser::parse(u"tcp-client 127.0.0.1:"_s +
                                       QString::number(server.listeningAddress()->port()));
    spec.autoStart = false;
    TcpClientTab client(spec, timeline.hub);
    client.setMode(netcore::BlockingMode::blocking());
    client.start();
    QTRY_COMPARE_WITH_TIMEOUT(client.state(), TcpClientTab::State::Connected, kWaitMs);
    client.receiveOnce();

    auto& model = timeline.model();
    const auto waiting = [](const CallTimelineModel::Call& call) {
        return call.call == "recv" && call.pending;
    };
    QTRY_VERIFY_WITH_TIMEOUT(findCall(model, waiting) != nullptr, kWaitMs);
    const quint64 sequence = findCall(model, waiting)->sequence;
    auto& view = timeline.view();
    QVERIFY(CallTimelineModel::callLabel(*model.call(sequence)).contains(u"waiting"_s));
    const int before = view.callRect(sequence).height();
    // The box grows while the call waits (no record has come): 20 px is a tenth of a second.
    QTRY_VERIFY_WITH_TIMEOUT(view.callRect(sequence).height() > before + 20, kWaitMs);
    QVERIFY(model.call(sequence)->pending);
    client.stop(); // cancels the wait: the record comes, the box stops
    QTRY_VERIFY_WITH_TIMEOUT(!model.call(sequence)->pending, kWaitMs);
    QVERIFY(model.call(sequence)->error != nullptr);
    QVERIFY(!model.hasPendingCalls());
}

void CallTimelineTest::closedSessionEndsAWaitingCall() {
    CallTimelineModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    const auto start = Clock::now();
    netcore::SessionEvent started;
    started.session = 1;
    started.kind = netcore::SessionEventKind::CallStarted;
    started.trace = netcore::TraceRecord{};
    started.trace->call = "recv";
    started.trace->start = start + 1ms;
    // The socket is named by the session's latest record (blocking sessions announce without it).
    model.ingest(std::vector{traced(5, "setmode", start, 1us), started});
    QVERIFY(model.hasPendingCalls());
    const quint64 waiting = model.firstSequence() + 1;
    QCOMPARE(model.call(waiting)->socket, netcore::SocketId(5));
    QVERIFY(model.call(waiting)->pending);
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    netcore::SessionEvent closed;
    closed.session = 1;
    closed.kind = netcore::SessionEventKind::Closed;
    closed.time = start + 2s;
    model.ingest(std::vector{closed});
    QVERIFY(!model.hasPendingCalls());
    QVERIFY(!model.call(waiting)->pending);
    QCOMPARE(model.call(waiting)->duration(), std::chrono::nanoseconds(2s - 1ms).count());
    QCOMPARE(changed.count(), 1);
}

void CallTimelineTest::capDropsTheOldest_data() {
    QTest::addColumn<int>("capacity");
    QTest::addColumn<int>("calls");
    QTest::addColumn<int>("batch");
    QTest::newRow("under the cap") << 100 << 60 << 60;
    QTest::newRow("at the cap") << 100 << 100 << 7;
    QTest::newRow("over the cap, one batch") << 100 << 250 << 250;
    QTest::newRow("over the cap, small batches") << 100 << 250 << 9;
}

void CallTimelineTest::capDropsTheOldest() {
    QFETCH(int, capacity);
    QFETCH(int, calls);
    QFETCH(int, batch);
    CallTimelinePanel panel;
    auto& model = panel.model();
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setCapacity(capacity);
    // The first half of the calls on socket 1, the rest on socket 2: socket 1's lane goes when its
    // last call is dropped.
    const auto start = Clock::now();
    std::vector<netcore::SessionEvent> events;
    for (int i = 0; i < calls; ++i)
        events.push_back(traced(i < calls / 2 ? 1u : 2u, "recv", start + i * 1ms, 10us, "1 byte"));
    for (std::size_t i = 0; i < events.size(); i += static_cast<std::size_t>(batch))
        model.ingest(
            std::span(events).subspan(i, std::min(static_cast<std::size_t>(batch), events.size() - i)));
    const int dropped = std::max(0, calls - capacity);
    QCOMPARE(model.callCount(), std::min(calls, capacity));
    QCOMPARE(model.rowCount(), std::min(calls, capacity));
    QCOMPARE(model.droppedCount(), quint64(dropped));
    QCOMPARE(model.call(quint64(dropped)) == nullptr, true);
    QVERIFY(model.call(quint64(dropped + 1)) != nullptr);
    QCOMPARE(model.laneCount(), dropped >= calls / 2 ? 1 : 2);
    QCOMPARE(model.axis().size(), std::size_t(std::min(calls, capacity)));
    if (dropped > 0) {
        QVERIFY2(panel.statusText().contains(QString::number(dropped)), qPrintable(panel.statusText()));
    } else {
        QVERIFY2(!panel.statusText().contains(u"dropped"_s), qPrintable(panel.statusText()));
    }
    model.clear();
    QCOMPARE(model.callCount(), 0);
    QCOMPARE(model.laneCount(), 0);
    QCOMPARE(model.droppedCount(), quint64(0));
}

void CallTimelineTest::datagramsAreMatchedByAddresses() {
    CallTimelineModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    const auto start = Clock::now();
    const auto udp = [&](netcore::SocketId socket, const char* local, int at) {
        auto open = traced(socket, "socket", start + at * 1ms, 1us, "socket");
        open.trace->arguments = "AF_INET, SOCK_DGRAM";
        auto name = traced(socket, "getsockname", start + (at + 1) * 1ms, 1us);
        name.trace->local = address(local);
        return std::vector{open, name};
    };
    std::vector<netcore::SessionEvent> events;
    for (auto& e : udp(10, "0.0.0.0:9000", 0))
        events.push_back(e);
    for (auto& e : udp(11, "127.0.0.1:5555", 2))
        events.push_back(e);
    for (auto& e : udp(12, "127.0.0.1:6666", 4)) // not involved
        events.push_back(e);
    // The receive is traced before the send (two threads): matched all the same.
    auto recv = traced(10, "recvfrom", start + 6ms, 5us);
    recv.trace->peer = address("127.0.0.1:5555");
    recv.trace->byteCount = 4;
    auto send = traced(11, "sendto", start + 5ms, 5us);
    send.trace->peer = address("127.0.0.1:9000");
    send.trace->byteCount = 4;
    auto other = traced(12, "sendto", start + 7ms, 5us);
    other.trace->peer = address("127.0.0.1:9999");
    other.trace->byteCount = 4;
    events.push_back(recv);
    events.push_back(send);
    events.push_back(other);
    model.ingest(events);
    QCOMPARE(model.laneCount(), 3);
    QCOMPARE(model.arrows().size(), std::size_t(1));
    const auto* from = model.call(model.arrows().front().from);
    const auto* to = model.call(model.arrows().front().to);
    QVERIFY(from != nullptr && to != nullptr);
    QCOMPARE(from->socket, netcore::SocketId(11));
    QCOMPARE(to->socket, netcore::SocketId(10));
    QVERIFY(model.laneLabels().contains(u"UDP 0.0.0.0:9000"_s));
    // Partners sit side by side.
    QCOMPARE(std::abs(model.laneIndex(10) - model.laneIndex(11)), 1);
}

void CallTimelineTest::udpTabsExchangeArrows() {
    Timeline timeline;
    TabSpec serverSpec;
    serverSpec.kind = TabKind::UdpServer;
    serverSpec.host = u"127.0.0.1"_s;
    serverSpec.port = 0;
    serverSpec.reply.mode = ReplySpec::Mode::Echo;
    UdpServerTab server(serverSpec, timeline.hub);
    QVERIFY(server.boundAddress().has_value());
    TabSpec clientSpec;
    clientSpec.kind = TabKind::UdpClient;
    clientSpec.host = u"127.0.0.1"_s;
    clientSpec.port = server.boundAddress()->port();
    UdpClientTab client(clientSpec, timeline.hub);
    client.sendBytes("ping"_ba);
    QTRY_COMPARE_WITH_TIMEOUT(client.stats().rxBytes, quint64(4), kWaitMs);

    auto& model = timeline.model();
    QTRY_COMPARE_WITH_TIMEOUT(model.laneCount(), 2, kWaitMs);
    const int serverLane =
        model.laneIndex(findCall(model, [](const auto& call) { return call.call == "recvfrom"; })->socket);
    const int clientLane = 1 - serverLane;
    QVERIFY2(model.laneLabel(serverLane)
                 .startsWith(u"UDP "_s + QString::fromStdString(server.boundAddress()->toString())),
             qPrintable(model.laneLabels().join(u" | "_s)));
    // The datagram there and its echo back, each an arrow between the two lanes.
    const auto crosses = [&](int from, int to) {
        return std::ranges::any_of(model.arrows(), [&](const auto& arrow) {
            const auto* a = model.call(arrow.from);
            const auto* b = model.call(arrow.to);
            return a && b && model.laneIndex(a->socket) == from && model.laneIndex(b->socket) == to;
        });
    };
    QTRY_VERIFY_WITH_TIMEOUT(crosses(clientLane, serverLane), kWaitMs);
    QTRY_VERIFY_WITH_TIMEOUT(crosses(serverLane, clientLane), kWaitMs);
}

void CallTimelineTest::hitTestReturnsTheCall() {
    CallTimelinePanel panel;
    panel.resize(1000, 600);
    auto& model = panel.model();
    const auto start = Clock::now();
    std::vector<netcore::SessionEvent> events{
        traced(1, "connect", start, 100us),
        traced(1, "send", start + 1ms, 20us, "5 bytes"),
        traced(2, "recv", start + 2ms, 50us, "5 bytes"),
        traced(1, "recv", start + 3ms, 500ms, {},
               netcore::NetError::make(netcore::ErrorCode::Timeout, "recv", "4096")),
    };
    model.ingest(events);
    panel.show();
    QVERIFY(QTest::qWaitForWindowExposed(&panel));
    auto& view = panel.view();
    view.setFollowLive(false);
    view.verticalScrollBar()->setValue(0);
    for (quint64 sequence = model.firstSequence(); sequence < model.firstSequence() + 4; ++sequence) {
        const QRect box = view.callRect(sequence);
        QVERIFY(!box.isEmpty());
        QCOMPARE(view.callAt(box.center()), std::optional<quint64>(sequence));
        QCOMPARE(view.callAt(box.topLeft() + QPoint(1, 1)), std::optional<quint64>(sequence));
    }
    const QRect first = view.callRect(model.firstSequence());
    // Beside a box, on the axis, in the header: nothing.
    QCOMPARE(view.callAt(QPoint(first.left() - 5, first.center().y())), std::nullopt);
    QCOMPARE(view.callAt(QPoint(CallTimelineView::kAxisWidth / 2, first.center().y())), std::nullopt);
    QCOMPARE(view.callAt(QPoint(first.center().x(), CallTimelineView::kHeaderHeight / 2)), std::nullopt);
    // A click shows the details; a click on nothing clears the selection.
    const quint64 timeout = model.firstSequence() + 3;
    QTest::mouseClick(view.viewport(), Qt::LeftButton, {}, view.callRect(timeout).center());
    QCOMPARE(view.selectedCall(), timeout);
    QVERIFY2(panel.detailsText().startsWith(u"recv(4096) -> timed out"_s), qPrintable(panel.detailsText()));
    QVERIFY2(panel.detailsText().contains(u"Duration: 500.00 ms"_s), qPrintable(panel.detailsText()));
    QTest::mouseClick(view.viewport(), Qt::LeftButton, {}, QPoint(first.left() - 5, first.center().y()));
    QCOMPARE(view.selectedCall(), quint64(0));
}

void CallTimelineTest::zoomAndFollowLive() {
    CallTimelinePanel panel;
    panel.resize(900, 400);
    auto& model = panel.model();
    const auto start = Clock::now();
    std::vector<netcore::SessionEvent> events;
    for (int i = 0; i < 200; ++i)
        events.push_back(traced(netcore::SocketId(1 + i % 3), "send", start + i * 10ms, 50us, "1 byte"));
    model.ingest(events);
    panel.show();
    QVERIFY(QTest::qWaitForWindowExposed(&panel));
    auto& view = panel.view();
    QVERIFY(view.followLive());
    QScrollBar* bar = view.verticalScrollBar();
    QVERIFY(bar->maximum() > 0);
    QCOMPARE(bar->value(), bar->maximum());

    QSignalSpy zoomed(&view, &CallTimelineView::zoomChanged);
    const double before = view.zoom();
    const QPoint centre = view.viewport()->rect().center();
    QWheelEvent wheel(centre, view.viewport()->mapToGlobal(centre), {}, QPoint(0, 120), Qt::NoButton,
                      Qt::ControlModifier, Qt::NoScrollPhase, false);
    QCoreApplication::sendEvent(view.viewport(), &wheel);
    QCOMPARE(zoomed.count(), 1);
    QVERIFY(view.zoom() > before);
    // Still following: the newest call stays in view after the zoom.
    QCOMPARE(bar->value(), bar->maximum());

    QSignalSpy follow(&view, &CallTimelineView::followLiveChanged);
    bar->setValue(0); // the user scrolls back
    QCOMPARE(follow.count(), 1);
    QVERIFY(!view.followLive());
    model.ingest(std::vector{traced(1, "recv", start + 3s, 10us, "1 byte")});
    QCOMPARE(bar->value(), 0); // not dragged away from what the user reads

    view.zoomToFit();
    QVERIFY(view.contentSize().height() <= view.visibleArea().height());
    view.setFollowLive(true);
    QCOMPARE(bar->value(), bar->maximum());
}

void CallTimelineTest::exportsPngAndSvg_data() {
    QTest::addColumn<TimelineExportScope>("scope");
    QTest::newRow("whole") << TimelineExportScope::Whole;
    QTest::newRow("visible") << TimelineExportScope::Visible;
}

void CallTimelineTest::exportsPngAndSvg() {
    QFETCH(TimelineExportScope, scope);
    CallTimelinePanel panel;
    panel.resize(900, 400);
    auto& model = panel.model();
    const auto start = Clock::now();
    std::vector<netcore::SessionEvent> events;
    for (int i = 0; i < 60; ++i)
        events.push_back(
            traced(netcore::SocketId(1 + i % 2), i % 2 ? "recv" : "connect", start + i * 5ms, 100us, "ok"));
    model.ingest(events);
    panel.show();
    QVERIFY(QTest::qWaitForWindowExposed(&panel));
    const auto& view = panel.view();
    const QSize content = view.contentSize();
    const QSize expected = scope == TimelineExportScope::Whole
                               ? QSize(CallTimelineView::kAxisWidth + 2 * CallTimelineView::kLaneWidth,
                                       CallTimelineView::kHeaderHeight + content.height())
                               : view.viewport()->size();
    QCOMPARE(timelineExportSize(view, scope), expected);

    QTemporaryDir dir;
    const QString png = dir.filePath(u"timeline.png"_s);
    const auto pngDone = exportTimelinePng(view, png, scope);
    QVERIFY2(pngDone.has_value(), qPrintable(pngDone ? QString() : pngDone.error()));
    QImage image;
    QVERIFY(image.load(png, "PNG"));
    QCOMPARE(image.size(), expected);
    // Not blank: the boxes' light blue fill is in it.
    bool blue = false;
    for (int y = CallTimelineView::kHeaderHeight; y < image.height() && !blue; y += 2)
        for (int x = CallTimelineView::kAxisWidth; x < image.width() && !blue; ++x)
            blue = image.pixelColor(x, y) == QColor(0xe3, 0xf2, 0xfd);
    QVERIFY(blue);

    const QString svg = dir.filePath(u"timeline.svg"_s);
    QVERIFY(exportTimelineSvg(view, svg, scope).has_value());
    QFile file(svg);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray text = file.readAll();
    QVERIFY(text.startsWith("<?xml"));
    QVERIFY(text.contains("<svg"));
    QVERIFY(text.contains("connect(4096)"));
    QVERIFY(text.contains("recv(4096)"));

    // Too large for a PNG: refused with a reason, no file.
    if (scope == TimelineExportScope::Whole) {
        panel.view().setZoom(CallTimelineView::kMaxZoom);
        const QString huge = dir.filePath(u"huge.png"_s);
        const auto refused = exportTimelinePng(view, huge, scope);
        QVERIFY(!refused.has_value());
        QVERIFY(!QFile::exists(huge));
    }
}

void CallTimelineTest::floodStaysBounded() {
    // 200,000 calls arrive in drains of 4,000 (60 drains a second at 240k calls/s): the model keeps
    // its cap and each drain costs little.
    CallTimelinePanel panel;
    panel.resize(1000, 600);
    panel.show();
    QVERIFY(QTest::qWaitForWindowExposed(&panel));
    auto& model = panel.model();
    // No QAbstractItemModelTester here: it walks every row after each change (the other tests
    // have one); this one measures what the GUI pays.
    constexpr int kCalls = 200'000;
    constexpr int kBatch = 4'000;
    const auto start = Clock::now();
    std::vector<netcore::SessionEvent> batch;
    QElapsedTimer timer;
    timer.start();
    qint64 slowest = 0;
    for (int i = 0; i < kCalls; i += kBatch) {
        batch.clear();
        for (int j = i; j < i + kBatch; ++j)
            batch.push_back(traced(netcore::SocketId(1 + j % 50), j % 2 ? "recv" : "send", start + j * 5us,
                                   2us, "100 bytes"));
        QElapsedTimer one;
        one.start();
        model.ingest(batch);
        panel.view().viewport()->repaint(); // as the GUI would after the batch
        slowest = std::max(slowest, one.elapsed());
    }
    const qint64 total = timer.elapsed();
    qInfo("200k calls in batches of 4k: %lld ms in all, slowest batch (ingest + paint) %lld ms", total,
          slowest);
    QCOMPARE(model.callCount(), CallTimelineModel::kDefaultCapacity);
    QCOMPARE(model.droppedCount(), quint64(kCalls - CallTimelineModel::kDefaultCapacity));
    QCOMPARE(model.laneCount(), 50);
    QVERIFY(model.axis().size() <= std::size_t(CallTimelineModel::kDefaultCapacity));
    // A generous bound (debug build, shared machine): a frozen GUI would take seconds per batch.
    QVERIFY2(slowest < 1000, qPrintable(QString::number(slowest)));
}

void CallTimelineTest::mainWindowDockShowsEveryTabsCalls() {
    QSettings::setDefaultFormat(QSettings::IniFormat);
    QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, m_settingsDir.path());
    QCoreApplication::setOrganizationName(u"SockLabTest"_s);
    QCoreApplication::setApplicationName(u"call_timeline_test"_s);
    netcore_qt::SessionHub hub;
    MainWindow window(u"1.2.3"_s, hub, {.rememberTabs = false, .tabFactory = {}});
    auto* dock = window.findChild<QDockWidget*>(u"callTimelineDock"_s);
    QVERIFY(dock != nullptr);
    QCOMPARE(dock->windowTitle(), u"Call timeline"_s);
    QCOMPARE(window.dockWidgetArea(dock), Qt::BottomDockWidgetArea);
    QVERIFY(dock->isHidden());
    auto* action = window.findChild<QAction*>(u"callTimelineAction"_s);
    QVERIFY(action != nullptr);
    QCOMPARE(action->shortcut(), QKeySequence(u"Ctrl+Shift+T"_s));
    auto* panel = window.findChild<CallTimelinePanel*>(u"callTimeline"_s);
    QVERIFY(panel != nullptr);

    // Fed from the hub while hidden; lanes carry the tabs' titles.
    SessionTab* server = window.openTab(*OpenSpecParser::parse(u"tcp-server 127.0.0.1:0 reply=upper"_s));
    auto* serverTab = qobject_cast<TcpServerTab*>(server);
    QVERIFY(serverTab != nullptr && serverTab->listeningAddress().has_value());
    const auto port = QString::number(serverTab->listeningAddress()->port());
    window.openTab(*OpenSpecParser::parse(u"tcp-client 127.0.0.1:"_s + port + u" send=hi"_s));
    QTRY_COMPARE_WITH_TIMEOUT(panel->property("laneCount").toInt(), 3, kWaitMs);
    const QString labels = panel->laneLabels().join(u" | "_s);
    QVERIFY2(panel->laneLabels().front().startsWith(u"listener 127.0.0.1:"_s + port + u" \u2014 "_s),
             qPrintable(labels));
    QVERIFY2(labels.contains(server->title()), qPrintable(labels + u" / "_s + server->title()));

    action->trigger();
    QVERIFY(!dock->isHidden());
}

QTEST_MAIN(CallTimelineTest)
#include "call_timeline_test.moc"
