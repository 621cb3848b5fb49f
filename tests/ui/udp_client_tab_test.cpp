// The UDP client tab over real loopback sockets. Peers are plain netcore datagram sockets on port 0
// (the port is read back) whose waits have a bound: a lost datagram fails the test instead of
// hanging it. While the test waits on a peer socket it keeps the event loop turning, because the
// tab's events travel through the GUI thread. No sleeps: where the test must show that nothing
// happened (no error on an unconnected socket, nothing sent), a later datagram that did arrive
// proves the earlier one had its chance.

#include "ui/error_model.h"
#include "ui/error_panel.h"
#include "ui/inline_error_label.h"
#include "ui/send_composer.h"
#include "ui/traffic_model.h"
#include "ui/traffic_view.h"
#include "ui/udp_client_settings_bar.h"
#include "ui/udp_client_tab.h"

#include "netcore/explanation.h"
#include "netcore/os_info.h"
#include "netcore/resolve.h"
#include "netcore/socket.h"
#include "netcore_qt/session_hub.h"

#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QTemporaryFile>
#include <QTest>

#include <array>
#include <chrono>
#include <optional>

using namespace Qt::StringLiterals;
using namespace std::chrono_literals;

Q_DECLARE_METATYPE(netcore::OsKind)

namespace {

constexpr int kWaitMs = 5000;

struct Peer {
    netcore::Socket socket;
    netcore::Address address;
    quint16 port = 0;
};

Peer udpPeer(const netcore::Address& bindTo = netcore::Address::loopback(netcore::Family::IPv4)) {
    auto socket = netcore::Socket::open(netcore::Family::IPv4, netcore::SocketType::Datagram);
    if (!socket) qFatal("socket: %s", socket.error().summary().c_str());
    if (auto bound = socket->bind(bindTo); !bound) qFatal("bind: %s", bound.error().summary().c_str());
    const auto local = socket->localAddress();
    if (!local) qFatal("getsockname: %s", local.error().summary().c_str());
    return {std::move(*socket), *local, local->port()};
}

// A UDP port nothing listens on: bound once by the OS's choice, then closed.
quint16 unusedPort() {
    return udpPeer().port;
}

struct Received {
    QByteArray bytes;
    netcore::Address from;
};

// One datagram, or nullopt after kWaitMs; the event loop turns between short waits.
std::optional<Received> receiveFrom(netcore::Socket& socket) {
    std::array<std::byte, 65536> buffer{};
    QDeadlineTimer deadline(kWaitMs);
    while (!deadline.hasExpired()) {
        QCoreApplication::processEvents();
        auto ready = socket.wait(netcore::Readable, 10ms);
        if (!ready || *ready == netcore::NotReady) continue;
        auto got = socket.recvFrom(buffer);
        if (!got) return std::nullopt;
        return Received{
            QByteArray(reinterpret_cast<const char*>(buffer.data()), static_cast<qsizetype>(got->bytes)),
            got->from};
    }
    return std::nullopt;
}

bool sendTo(netcore::Socket& socket, const QByteArray& bytes, const netcore::Address& to) {
    const auto* data = reinterpret_cast<const std::byte*>(bytes.constData());
    return socket.sendTo({data, static_cast<std::size_t>(bytes.size())}, to).has_value();
}

TabSpec clientSpec(quint16 port, const QString& host = u"127.0.0.1"_s) {
    TabSpec spec;
    spec.kind = TabKind::UdpClient;
    spec.host = host;
    spec.port = port;
    spec.autoStart = false;
    return spec;
}

QList<QByteArray> rows(const UdpClientTab& tab, TrafficDirection direction) {
    const TrafficModel* model = tab.trafficView()->model();
    QList<QByteArray> found;
    for (int row = 0; row < model->rowCount(); ++row)
        if (model->record(row).direction == direction) found.append(model->record(row).bytes);
    return found;
}

QStringList peers(const UdpClientTab& tab, TrafficDirection direction) {
    const TrafficModel* model = tab.trafficView()->model();
    QStringList found;
    for (int row = 0; row < model->rowCount(); ++row)
        if (model->record(row).direction == direction) found.append(model->record(row).peer);
    return found;
}

QStringList errorNames(const UdpClientTab& tab) {
    const ErrorModel* model = tab.errorPanel()->model();
    QStringList names;
    for (int row = 0; row < model->rowCount(); ++row) {
        const netcore::NetError* error = model->errorAt(row);
        names.append(error->nativeName.empty()
                         ? QString::fromStdString(std::string(errorCodeName(error->code)))
                         : QString::fromStdString(error->nativeName));
    }
    return names;
}

QString text(const netcore::Address& address) {
    return QString::fromStdString(address.toString());
}

// The tab inside a window without a layout, as inside the main window's tab widget.
struct Client {
    netcore_qt::SessionHub hub; // first: outlives the tab
    QWidget window;
    UdpClientTab* tab;

    explicit Client(const TabSpec& spec) : tab(new UdpClientTab(spec, hub, &window)) {
        tab->resize(1000, 700);
        window.resize(1000, 700);
        window.show();
    }
};

void open(UdpClientTab& tab) {
    tab.start();
    QTRY_COMPARE_WITH_TIMEOUT(tab.state(), UdpClientTab::State::Open, kWaitMs);
}

} // namespace

class UdpClientTabTest : public QObject {
    Q_OBJECT

private slots:
    void sendsAndGetsTheReply_data();
    void sendsAndGetsTheReply();
    void closedPort_data();
    void closedPort();
    void replyFromAnotherSourceIsFlagged();
    void broadcastRefusedThenAllowed();
    void oversizedDatagramIsRefused();
    void statsAreExact();
    void sendsAFileInDatagrams();
    void specSendIsSentOnceOpen();
    void hostNameIsLookedUp();
    void sendWhileClosedIsAnError();
    void modeExplanationPerOs_data();
    void modeExplanationPerOs();
};

void UdpClientTabTest::sendsAndGetsTheReply_data() {
    QTest::addColumn<bool>("connected");
    QTest::newRow("unconnected: sendto") << false;
    QTest::newRow("connected: connect + send") << true;
}

void UdpClientTabTest::sendsAndGetsTheReply() {
    QFETCH(bool, connected);
    Peer peer = udpPeer();
    TabSpec spec = clientSpec(peer.port);
    spec.connectedUdp = connected;
    Client client(spec);
    UdpClientTab& tab = *client.tab;
    open(tab);
    QVERIFY(tab.localAddress().isValid());
    QVERIFY(tab.localAddress().isLoopback());
    QCOMPARE(tab.isConnectedMode(), connected);

    tab.composer()->setText(u"hello"_s);
    QTRY_VERIFY_WITH_TIMEOUT(tab.composer()->isSendEnabled(), kWaitMs);
    tab.composer()->send();
    const auto request = receiveFrom(peer.socket);
    QVERIFY(request);
    QCOMPARE(request->bytes, "hello"_ba);
    QCOMPARE(request->from, tab.localAddress());
    QVERIFY(sendTo(peer.socket, "HELLO"_ba, request->from));

    QTRY_COMPARE_WITH_TIMEOUT(rows(tab, TrafficDirection::Received), QList<QByteArray>{"HELLO"_ba}, kWaitMs);
    QCOMPARE(rows(tab, TrafficDirection::Sent), QList<QByteArray>{"hello"_ba});
    QCOMPARE(peers(tab, TrafficDirection::Received), QStringList{text(peer.address)});
    QCOMPARE(tab.foreignReplyCount(), 0u);
    QVERIFY(tab.lastForeignReplyText().isEmpty());
    QCOMPARE(tab.title(), u"UDP client 127.0.0.1:%1"_s.arg(peer.port));
}

void UdpClientTabTest::closedPort_data() {
    QTest::addColumn<bool>("connected");
    QTest::newRow("connected: ECONNREFUSED") << true;
    QTest::newRow("unconnected: nothing") << false;
}

void UdpClientTabTest::closedPort() {
    QFETCH(bool, connected);
    if (netcore::currentOs() != netcore::OsKind::Linux)
        QSKIP("The ICMP port unreachable is reported this way on Linux");
    TabSpec spec = clientSpec(unusedPort());
    spec.connectedUdp = connected;
    Client client(spec);
    UdpClientTab& tab = *client.tab;
    open(tab);
    QVERIFY(tab.modeExplanation().contains(connected ? u"ECONNREFUSED"_s : u"nothing is reported"_s));

    tab.sendBytes("ping"_ba);
    QTRY_COMPARE_WITH_TIMEOUT(rows(tab, TrafficDirection::Sent), QList<QByteArray>{"ping"_ba}, kWaitMs);
    if (connected) {
        QTRY_VERIFY_WITH_TIMEOUT(errorNames(tab).contains(u"ECONNREFUSED"_s), kWaitMs);
        QVERIFY(tab.inlineError()->hasError());
        QVERIFY2(tab.inlineError()->text().contains(u"ECONNREFUSED"_s),
                 qPrintable(tab.inlineError()->text()));
        QVERIFY2(tab.adviceText().contains(u"port unreachable"_s), qPrintable(tab.adviceText()));
        QCOMPARE(tab.stats().errors, 1u);
        return;
    }
    // On loopback the ICMP error is queued while sendto() runs; a datagram the tab receives after
    // that proves the socket had its chance to report it.
    Peer witness = udpPeer();
    QVERIFY(sendTo(witness.socket, "later"_ba, tab.localAddress()));
    QTRY_COMPARE_WITH_TIMEOUT(rows(tab, TrafficDirection::Received), QList<QByteArray>{"later"_ba}, kWaitMs);
    QCOMPARE(errorNames(tab), QStringList{});
    QVERIFY(!tab.inlineError()->hasError());
    QCOMPARE(tab.stats().errors, 0u);
}

void UdpClientTabTest::replyFromAnotherSourceIsFlagged() {
    Peer target = udpPeer();
    Peer other = udpPeer();
    Client client(clientSpec(target.port));
    UdpClientTab& tab = *client.tab;
    open(tab);
    tab.sendBytes("who?"_ba);
    const auto request = receiveFrom(target.socket);
    QVERIFY(request);

    QVERIFY(sendTo(target.socket, "from the target"_ba, request->from));
    QVERIFY(sendTo(other.socket, "from elsewhere"_ba, request->from));
    QTRY_COMPARE_WITH_TIMEOUT(rows(tab, TrafficDirection::Received).size(), 2, kWaitMs);
    QCOMPARE(peers(tab, TrafficDirection::Received),
             (QStringList{text(target.address), text(other.address)}));
    QCOMPARE(tab.foreignReplyCount(), 1u);
    QCOMPARE(tab.lastForeignReplyText(),
             u"Reply from %1, not the target %2"_s.arg(text(other.address), text(target.address)));

    QVERIFY(sendTo(other.socket, "again"_ba, request->from));
    QTRY_COMPARE_WITH_TIMEOUT(tab.foreignReplyCount(), 2u, kWaitMs);
}

void UdpClientTabTest::broadcastRefusedThenAllowed() {
    if (netcore::currentOs() != netcore::OsKind::Linux)
        QSKIP("127.255.255.255 is a broadcast address of lo on Linux only");
    // Linux lets a socket bind to a broadcast address: it receives exactly what is sent there,
    // and nothing leaves the machine.
    auto broadcast = netcore::Address::fromHostPort("127.255.255.255", 0);
    QVERIFY(broadcast);
    Peer listener = udpPeer(*broadcast);
    Client client(clientSpec(listener.port, u"127.255.255.255"_s));
    UdpClientTab& tab = *client.tab;
    open(tab);

    tab.sendBytes("refused"_ba);
    QTRY_VERIFY_WITH_TIMEOUT(errorNames(tab).contains(u"EACCES"_s), kWaitMs);
    const netcore::NetError* error = tab.errorPanel()->model()->errorAt(0);
    QCOMPARE(error->code, netcore::ErrorCode::AccessDenied);
    QCOMPARE(QString::fromStdString(error->call), u"sendto"_s);
    QVERIFY(error->explanation().tryThis.find("SO_BROADCAST") != std::string_view::npos);
    QVERIFY2(tab.adviceText().contains(u"SO_BROADCAST"_s), qPrintable(tab.adviceText()));
    QVERIFY(tab.adviceText().contains(u"127.255.255.255"_s));
    QVERIFY(tab.inlineError()->text().contains(u"EACCES"_s));
    QCOMPARE(rows(tab, TrafficDirection::Sent), QList<QByteArray>{});

    tab.setBroadcast(true);
    QVERIFY2(tab.adviceText().contains(u"It is on now"_s), qPrintable(tab.adviceText()));
    tab.sendBytes("allowed"_ba);
    const auto got = receiveFrom(listener.socket);
    QVERIFY(got);
    QCOMPARE(got->bytes, "allowed"_ba);
    QTRY_COMPARE_WITH_TIMEOUT(rows(tab, TrafficDirection::Sent), QList<QByteArray>{"allowed"_ba}, kWaitMs);
    QCOMPARE(errorNames(tab), QStringList{u"EACCES"_s});
    QVERIFY(tab.spec().broadcast);
}

void UdpClientTabTest::oversizedDatagramIsRefused() {
    Peer peer = udpPeer();
    Client client(clientSpec(peer.port));
    UdpClientTab& tab = *client.tab;
    open(tab);

    tab.sendBytes(QByteArray(70'000, 'x'));
    QTRY_VERIFY_WITH_TIMEOUT(!errorNames(tab).isEmpty(), kWaitMs);
    const netcore::NetError* error = tab.errorPanel()->model()->errorAt(0);
    QCOMPARE(error->code, netcore::ErrorCode::MessageTooLong);
    if (netcore::currentOs() != netcore::OsKind::Windows)
        QCOMPARE(QString::fromStdString(error->nativeName), u"EMSGSIZE"_s);
    QVERIFY2(tab.adviceText().startsWith(u"Oversized datagram"_s), qPrintable(tab.adviceText()));
    QVERIFY(tab.adviceText().contains(u"65507"_s));
    QVERIFY(tab.inlineError()->hasError());

    // Nothing went: the next datagram is the first the peer sees.
    tab.sendBytes("small"_ba);
    const auto got = receiveFrom(peer.socket);
    QVERIFY(got);
    QCOMPARE(got->bytes, "small"_ba);
    QTRY_COMPARE_WITH_TIMEOUT(rows(tab, TrafficDirection::Sent), QList<QByteArray>{"small"_ba}, kWaitMs);
    QCOMPARE(tab.stats().txMessages, 1u);
    QCOMPARE(tab.stats().txBytes, 5u);
    QCOMPARE(tab.stats().errors, 1u);
}

void UdpClientTabTest::statsAreExact() {
    Peer peer = udpPeer();
    Client client(clientSpec(peer.port));
    UdpClientTab& tab = *client.tab;
    TabStats stats = tab.stats();
    QCOMPARE(stats.kind, u"udp-client"_s);
    QVERIFY(stats.local.isEmpty());
    open(tab);

    for (const QByteArray& bytes : {"a"_ba, "bb"_ba, "ccc"_ba}) {
        tab.sendBytes(bytes);
        const auto got = receiveFrom(peer.socket);
        QVERIFY(got);
        QCOMPARE(got->bytes, bytes);
        QVERIFY(sendTo(peer.socket, got->bytes + got->bytes, got->from));
    }
    QTRY_COMPARE_WITH_TIMEOUT(tab.stats().rxMessages, 3u, kWaitMs);
    stats = tab.stats();
    QCOMPARE(stats.name, tab.title());
    QCOMPARE(stats.kind, u"udp-client"_s);
    QCOMPARE(stats.local, text(tab.localAddress()));
    QCOMPARE(stats.txMessages, 3u);
    QCOMPARE(stats.txBytes, 6u);
    QCOMPARE(stats.rxMessages, 3u);
    QCOMPARE(stats.rxBytes, 12u);
    QCOMPARE(stats.errors, 0u);
    QCOMPARE(stats.connections, 0u);

    // Connected mode is a new socket, with its one peer counted as a connection.
    tab.setConnectedMode(true);
    QTRY_COMPARE_WITH_TIMEOUT(tab.state(), UdpClientTab::State::Open, kWaitMs);
    QCOMPARE(tab.stats().connections, 1u);
    QVERIFY(tab.spec().connectedUdp);
    tab.stop();
    QCOMPARE(tab.state(), UdpClientTab::State::Closed);
    QVERIFY(tab.stats().local.isEmpty());
    QCOMPARE(tab.stats().connections, 0u);
}

void UdpClientTabTest::sendsAFileInDatagrams() {
    Peer peer = udpPeer();
    Client client(clientSpec(peer.port));
    UdpClientTab& tab = *client.tab;
    tab.settingsBar()->setDatagramSize(1400);
    open(tab);

    QTemporaryFile file;
    QVERIFY(file.open());
    QByteArray content;
    for (int i = 0; i < 5000; ++i)
        content.append(static_cast<char>('a' + i % 26));
    file.write(content);
    file.flush();

    tab.sendFile(file.fileName());
    QByteArray all;
    QList<qsizetype> sizes;
    while (all.size() < content.size()) {
        const auto got = receiveFrom(peer.socket);
        QVERIFY(got);
        sizes.append(got->bytes.size());
        all.append(got->bytes);
    }
    QCOMPARE(sizes, (QList<qsizetype>{1400, 1400, 1400, 800}));
    QCOMPARE(all, content);
    QTRY_COMPARE_WITH_TIMEOUT(tab.stats().txMessages, 4u, kWaitMs);
}

void UdpClientTabTest::specSendIsSentOnceOpen() {
    Peer peer = udpPeer();
    TabSpec spec = clientSpec(peer.port);
    spec.send = u"hi\\n"_s;
    spec.autoStart = true;
    Client client(spec);
    QCOMPARE(client.tab->state(), UdpClientTab::State::Open);
    const auto got = receiveFrom(peer.socket);
    QVERIFY(got);
    QCOMPARE(got->bytes, "hi\n"_ba);
}

void UdpClientTabTest::hostNameIsLookedUp() {
    // The tab sends to the resolver's first answer: the peer listens in that answer's family.
    netcore::ResolveOptions options;
    options.type = netcore::SocketType::Datagram;
    const auto resolved = netcore::resolve("localhost", "0", options);
    if (!resolved || resolved->addresses.empty()) QSKIP("localhost does not resolve here");
    const netcore::Family family = resolved->addresses.front().address.family();
    auto socket = netcore::Socket::open(family, netcore::SocketType::Datagram);
    if (!socket || !socket->bind(netcore::Address::loopback(family))) QSKIP("no loopback in that family");
    const auto local = socket->localAddress();
    QVERIFY(local);

    Client client(clientSpec(local->port(), u"localhost"_s));
    UdpClientTab& tab = *client.tab;
    tab.start();
    // getaddrinfo runs on a worker thread; what is sent meanwhile waits for the answer.
    tab.sendBytes("early"_ba);
    QTRY_COMPARE_WITH_TIMEOUT(tab.state(), UdpClientTab::State::Open, kWaitMs);
    QCOMPARE(tab.targetAddress(), *local);
    const auto got = receiveFrom(*socket);
    QVERIFY(got);
    QCOMPARE(got->bytes, "early"_ba);
}

void UdpClientTabTest::sendWhileClosedIsAnError() {
    Client client(clientSpec(unusedPort()));
    UdpClientTab& tab = *client.tab;
    tab.sendBytes("x"_ba);
    QCOMPARE(tab.errorPanel()->model()->rowCount(), 1);
    QCOMPARE(tab.errorPanel()->model()->errorAt(0)->code, netcore::ErrorCode::Closed);
}

void UdpClientTabTest::modeExplanationPerOs_data() {
    QTest::addColumn<bool>("connected");
    QTest::addColumn<netcore::OsKind>("os");
    QTest::addColumn<QString>("says");
    QTest::newRow("Linux connected") << true << netcore::OsKind::Linux << u"ECONNREFUSED"_s;
    QTest::newRow("Linux unconnected") << false << netcore::OsKind::Linux << u"nothing is reported"_s;
    QTest::newRow("Windows connected") << true << netcore::OsKind::Windows << u"WSAECONNRESET"_s;
    QTest::newRow("Windows unconnected") << false << netcore::OsKind::Windows << u"WSAECONNRESET"_s;
}

void UdpClientTabTest::modeExplanationPerOs() {
    QFETCH(bool, connected);
    QFETCH(netcore::OsKind, os);
    QFETCH(QString, says);
    const QString explanation = UdpClientSettingsBar::explanationFor(connected, os);
    QVERIFY2(explanation.contains(says), qPrintable(explanation));
}

QTEST_MAIN(UdpClientTabTest)
#include "udp_client_tab_test.moc"
