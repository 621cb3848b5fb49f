// The UDP server tab over real loopback sockets: the tab binds port 0 (the port is read back), and
// the clients are plain netcore UDP sockets in timeout mode, so a lost datagram fails the test
// instead of hanging it. Waits are QTRY_* with their bound, never sleeps.

#include "ui/cut_datagram_banner.h"
#include "ui/error_model.h"
#include "ui/error_panel.h"
#include "ui/inline_error_label.h"
#include "ui/multicast_panel.h"
#include "ui/reply_mode_editor.h"
#include "ui/send_composer.h"
#include "ui/traffic_model.h"
#include "ui/traffic_view.h"
#include "ui/udp_senders_model.h"
#include "ui/udp_server_settings_bar.h"
#include "ui/udp_server_tab.h"

#include "netcore/os_info.h"
#include "netcore/socket.h"
#include "netcore_qt/session_hub.h"
#include "netcore_qt/udp_handle.h"

#include <QAbstractItemModelTester>
#include <QCheckBox>
#include <QComboBox>
#include <QItemSelectionModel>
#include <QLabel>
#include <QPushButton>
#include <QSpinBox>
#include <QTableView>
#include <QTest>

#include <chrono>
#include <memory>

using namespace Qt::StringLiterals;
using namespace std::chrono_literals;

namespace {

constexpr int kWaitMs = 5000;

TabSpec serverSpec(ReplySpec::Mode mode, int receiveBufferSize = 65535) {
    TabSpec spec;
    spec.kind = TabKind::UdpServer;
    spec.host = u"127.0.0.1"_s;
    spec.port = 0;
    spec.reply.mode = mode;
    spec.receiveBufferSize = receiveBufferSize;
    spec.autoStart = true;
    return spec;
}

// A client written like the seed's: socket(AF_INET, SOCK_DGRAM), sendto, recvfrom.
struct Client {
    netcore::Socket socket;
    netcore::Address local;

    static Client open() {
        auto socket = netcore::Socket::open(netcore::Family::IPv4, netcore::SocketType::Datagram);
        if (!socket) qFatal("socket: %s", socket.error().summary().c_str());
        if (auto timeout = socket->setTimeout(5s); !timeout)
            qFatal("timeout: %s", timeout.error().summary().c_str());
        if (auto bound = socket->bind(netcore::Address::loopback(netcore::Family::IPv4)); !bound)
            qFatal("bind: %s", bound.error().summary().c_str());
        auto local = socket->localAddress();
        if (!local) qFatal("getsockname: %s", local.error().summary().c_str());
        return {std::move(*socket), *local};
    }

    [[nodiscard]] QString text() const { return QString::fromStdString(local.toString()); }

    bool send(const netcore::Address& to, const QByteArray& bytes) {
        const auto* data = reinterpret_cast<const std::byte*>(bytes.constData());
        auto sent = socket.sendTo({data, static_cast<std::size_t>(bytes.size())}, to);
        return sent && *sent == static_cast<std::size_t>(bytes.size());
    }

    // One recvfrom(): the bytes, or the error's native name in angle brackets.
    QByteArray receive(netcore::Address* from = nullptr) {
        std::array<std::byte, 65536> buffer{};
        auto got = socket.recvFrom(buffer);
        if (!got) return "<" + QByteArray::fromStdString(got.error().nativeName) + ">";
        if (from) *from = got->from;
        return {reinterpret_cast<const char*>(buffer.data()), static_cast<qsizetype>(got->bytes)};
    }
};

const TrafficRecord* findRow(const TrafficView& view, TrafficRecord::Direction direction,
                             const QByteArray& bytes) {
    const TrafficModel& model = *view.model();
    for (int row = 0; row < model.rowCount(); ++row) {
        const TrafficRecord& record = model.record(row);
        if (record.direction == direction && record.bytes == bytes) return &record;
    }
    return nullptr;
}

const TrafficRecord* findCutRow(const TrafficView& view) {
    const TrafficModel& model = *view.model();
    for (int row = 0; row < model.rowCount(); ++row)
        if (model.record(row).truncated) return &model.record(row);
    return nullptr;
}

} // namespace

class UdpServerTabTest : public QObject {
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void upperCaseReplyComesFromTheServer();
    void cutDatagramIsShown();
    void receiveBufferAppliesLive();
    void repliesToTheSelectedSenderOnly();
    void trafficRowSelectsItsSender();
    void broadcastTogglesWithoutError();
    void multicastJoinAndLeave_data();
    void multicastJoinAndLeave();
    void multicastRefusalIsShown();
    void multicastOptionsApplyLive();
    void chatRoomIsNotOffered();
    void multicastRejectsANonGroupAddress();
    void statsAreExact();
    void specRoundTrips();
    void stopAndStartAgain();

private:
    void startTab(ReplySpec::Mode mode, int receiveBufferSize = 65535);
    // The first setsockopt() the session traced whose arguments contain `what`, or null.
    [[nodiscard]] const netcore::TraceRecord* traced(const std::string& what) const;

    std::unique_ptr<netcore_qt::SessionHub> m_hub;
    std::unique_ptr<UdpServerTab> m_tab;
    std::unique_ptr<QAbstractItemModelTester> m_tester;
    std::vector<netcore::TraceRecord> m_traces;
    netcore::Address m_server;
};

void UdpServerTabTest::init() {
    m_hub = std::make_unique<netcore_qt::SessionHub>();
}

void UdpServerTabTest::cleanup() {
    m_tester.reset();
    m_tab.reset();
    m_hub.reset();
    m_traces.clear();
}

void UdpServerTabTest::startTab(ReplySpec::Mode mode, int receiveBufferSize) {
    m_tab = std::make_unique<UdpServerTab>(serverSpec(mode, receiveBufferSize), *m_hub);
    QVERIFY2(m_tab->isRunning(), qPrintable(m_tab->statusText()));
    m_server = *m_tab->boundAddress();
    QVERIFY(m_server.port() != 0);
    m_tester = std::make_unique<QAbstractItemModelTester>(
        m_tab->sendersModel(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    // The test listens to the session too, for the calls it traces (no UI shows every setsockopt).
    auto* handle = m_tab->findChild<netcore_qt::UdpHandle*>();
    QVERIFY(handle);
    connect(handle, &netcore_qt::SessionHandle::eventsArrived, this,
            [this](std::span<const netcore::SessionEvent> events) {
                for (const auto& event : events)
                    if (event.kind == netcore::SessionEventKind::CallTraced && event.trace)
                        m_traces.push_back(*event.trace);
            });
}

const netcore::TraceRecord* UdpServerTabTest::traced(const std::string& what) const {
    for (const auto& trace : m_traces)
        if (trace.call == "setsockopt" && trace.arguments.find(what) != std::string::npos) return &trace;
    return nullptr;
}

void UdpServerTabTest::upperCaseReplyComesFromTheServer() {
    startTab(ReplySpec::Mode::Upper);
    QCOMPARE(m_tab->statusText(), u"Bound to %1 (UDP)"_s.arg(QString::fromStdString(m_server.toString())));
    QVERIFY(m_tab->title().endsWith(u':' + QString::number(m_server.port())));

    Client client = Client::open();
    QVERIFY(client.send(m_server, "hello"));
    netcore::Address from;
    QCOMPARE(client.receive(&from), QByteArray("HELLO"));
    QCOMPARE(from, m_server); // the reply leaves from the server's own socket

    // A row per direction, each naming the client's address.
    QTRY_VERIFY_WITH_TIMEOUT(findRow(*m_tab->trafficView(), TrafficRecord::Direction::Received, "hello"),
                             kWaitMs);
    QTRY_VERIFY_WITH_TIMEOUT(findRow(*m_tab->trafficView(), TrafficRecord::Direction::Sent, "HELLO"),
                             kWaitMs);
    QCOMPARE(findRow(*m_tab->trafficView(), TrafficRecord::Direction::Received, "hello")->peer,
             client.text());
    QCOMPARE(findRow(*m_tab->trafficView(), TrafficRecord::Direction::Sent, "HELLO")->peer, client.text());
    QCOMPARE(m_tab->senders(), QStringList{client.text()});
    QCOMPARE(m_tab->cutCount(), quint64(0));
    QVERIFY(!m_tab->cutBanner()->isVisibleTo(m_tab.get()));
}

void UdpServerTabTest::cutDatagramIsShown() {
    startTab(ReplySpec::Mode::None, 1024);
    QCOMPARE(m_tab->settingsBar()->receiveBufferSize(), 1024);
    Client client = Client::open();
    QVERIFY(client.send(m_server, QByteArray(2000, 'x')));

    QTRY_COMPARE_WITH_TIMEOUT(m_tab->cutCount(), quint64(1), kWaitMs);
    const TrafficRecord* row = findCutRow(*m_tab->trafficView());
    QVERIFY(row);
    QCOMPARE(row->bytes.size(), qsizetype(1024)); // exactly the buffer: the rest is gone
    QCOMPARE(row->peer, client.text());
    QVERIFY(m_tab->cutBanner()->isVisibleTo(m_tab.get()));
    QVERIFY2(m_tab->lastCutText().contains(client.text()), qPrintable(m_tab->lastCutText()));
    QVERIFY2(m_tab->cutBanner()->text().contains(m_tab->lastCutText()),
             qPrintable(m_tab->cutBanner()->text()));
    if (netcore::currentOs() == netcore::OsKind::Linux) {
        // Linux tells the real size (MSG_TRUNC): the lesson in the seed's own words.
        QVERIFY2(m_tab->lastCutText().contains(u"2000 bytes sent, 1024 kept"),
                 qPrintable(m_tab->lastCutText()));
        QCOMPARE(row->realSize, std::optional<qint64>(2000));
    }
    QVERIFY(m_tab->countersLabel()->text().contains(u"Cut: 1"));
    const UdpSendersModel& senders = *m_tab->sendersModel();
    QCOMPARE(
        senders.data(senders.index(0, UdpSendersModel::CutColumn), UdpSendersModel::SortRole).toULongLong(),
        1ULL);
}

void UdpServerTabTest::receiveBufferAppliesLive() {
    startTab(ReplySpec::Mode::None);
    Client client = Client::open();
    QVERIFY(client.send(m_server, QByteArray(2000, 'a')));
    QTRY_VERIFY_WITH_TIMEOUT(
        findRow(*m_tab->trafficView(), TrafficRecord::Direction::Received, QByteArray(2000, 'a')), kWaitMs);
    QCOMPARE(m_tab->cutCount(), quint64(0));

    m_tab->settingsBar()->receiveBufferSpin()->setValue(1024);
    // Commands run on the I/O thread in order: once a later one (SO_BROADCAST) is traced, the
    // buffer has its new size.
    m_tab->settingsBar()->broadcastCheck()->setChecked(true);
    QTRY_VERIFY_WITH_TIMEOUT(traced("SO_BROADCAST"), kWaitMs);
    QVERIFY(client.send(m_server, QByteArray(2000, 'b')));
    QTRY_COMPARE_WITH_TIMEOUT(m_tab->cutCount(), quint64(1), kWaitMs);
    QCOMPARE(findCutRow(*m_tab->trafficView())->bytes, QByteArray(1024, 'b'));
    QCOMPARE(m_tab->spec().receiveBufferSize, 1024);
}

void UdpServerTabTest::repliesToTheSelectedSenderOnly() {
    startTab(ReplySpec::Mode::None);
    Client first = Client::open();
    Client second = Client::open();
    QVERIFY(first.send(m_server, "from first"));
    QVERIFY(second.send(m_server, "from second"));
    QTRY_COMPARE_WITH_TIMEOUT(m_tab->senders().size(), qsizetype(2), kWaitMs);
    QCOMPARE(m_tab->senders(), (QStringList{first.text(), second.text()}));

    // With nobody selected, Send sends nothing (checked below: "to first" is the first to arrive)
    // and says why.
    SendComposer& composer = *m_tab->composer();
    QVERIFY(m_tab->targets().isEmpty());
    composer.setText(u"to nobody"_s);
    QTRY_VERIFY_WITH_TIMEOUT(composer.isSendEnabled(), kWaitMs);
    composer.send();
    auto* targets = m_tab->findChild<QLabel*>(u"udpServerSendTargets"_s);
    QVERIFY(targets);
    QVERIFY2(targets->text().contains(u"Select a sender"), qPrintable(targets->text()));

    // To the second only. Then to the first: had the first message also gone to the first
    // client, it would arrive before "to first" (one socket pair keeps order on loopback).
    QVERIFY(m_tab->selectSender(second.text()));
    QCOMPARE(m_tab->targets().size(), qsizetype(1));
    composer.setText(u"to second"_s);
    QTRY_VERIFY_WITH_TIMEOUT(composer.isSendEnabled(), kWaitMs);
    composer.send();
    netcore::Address from;
    QCOMPARE(second.receive(&from), QByteArray("to second"));
    QCOMPARE(from, m_server);

    QVERIFY(m_tab->selectSender(first.text()));
    composer.setText(u"to first"_s);
    QTRY_VERIFY_WITH_TIMEOUT(composer.isSendEnabled(), kWaitMs);
    composer.send();
    QCOMPARE(first.receive(), QByteArray("to first"));
    // And the second did not get "to first": its next datagram is the one sent to it next.
    QVERIFY(m_tab->selectSender(second.text()));
    m_tab->sendToTargets("last");
    QCOMPARE(second.receive(), QByteArray("last"));

    const UdpSendersModel& senders = *m_tab->sendersModel();
    QTRY_COMPARE_WITH_TIMEOUT(
        senders.data(senders.index(1, UdpSendersModel::DatagramsOutColumn), UdpSendersModel::SortRole)
            .toULongLong(),
        2ULL, kWaitMs);
    QTRY_COMPARE_WITH_TIMEOUT(m_tab->stats().txMessages, quint64(3), kWaitMs);
}

void UdpServerTabTest::trafficRowSelectsItsSender() {
    startTab(ReplySpec::Mode::None);
    Client first = Client::open();
    Client second = Client::open();
    QVERIFY(first.send(m_server, "one"));
    QVERIFY(second.send(m_server, "two"));
    QTRY_VERIFY_WITH_TIMEOUT(findRow(*m_tab->trafficView(), TrafficRecord::Direction::Received, "two"),
                             kWaitMs);

    // Selecting the row of the second datagram makes its sender the target.
    QTableView& table = *m_tab->trafficView()->tableView();
    const QAbstractItemModel& shown = *table.model();
    int rowOfTwo = -1;
    for (int row = 0; row < shown.rowCount(); ++row)
        if (shown.index(row, 0).data(TrafficModel::BytesRole).toByteArray() == "two") rowOfTwo = row;
    QVERIFY(rowOfTwo >= 0);
    table.selectionModel()->setCurrentIndex(shown.index(rowOfTwo, 0),
                                            QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    QCOMPARE(m_tab->targets().size(), qsizetype(1));
    QCOMPARE(m_tab->targets().front(), second.local);

    m_tab->sendToTargets("back");
    QCOMPARE(second.receive(), QByteArray("back"));
}

void UdpServerTabTest::broadcastTogglesWithoutError() {
    startTab(ReplySpec::Mode::None);
    m_tab->settingsBar()->broadcastCheck()->setChecked(true);
    QTRY_VERIFY_WITH_TIMEOUT(traced("SO_BROADCAST, on"), kWaitMs);
    QVERIFY2(!traced("SO_BROADCAST, on")->error, traced("SO_BROADCAST, on")->toString().c_str());
    QVERIFY(m_tab->spec().broadcast);

    m_traces.clear();
    m_tab->settingsBar()->broadcastCheck()->setChecked(false);
    QTRY_VERIFY_WITH_TIMEOUT(traced("SO_BROADCAST, off"), kWaitMs);
    QVERIFY2(!traced("SO_BROADCAST, off")->error, traced("SO_BROADCAST, off")->toString().c_str());
    m_hub->drainNow();
    QCOMPARE(m_tab->stats().errors, quint64(0));
    QCOMPARE(m_tab->errorPanel()->model()->totalCount(), qint64(0));
}

void UdpServerTabTest::multicastJoinAndLeave_data() {
    QTest::addColumn<QString>("bind");
    QTest::addColumn<QString>("group");
    QTest::addColumn<QString>("interfaceHost"); // empty: the OS picks
    QTest::addColumn<QString>("call");
    QTest::newRow("IPv4 on loopback")
        << u"127.0.0.1"_s << u"239.255.42.99"_s << u"127.0.0.1"_s << u"IP_ADD_MEMBERSHIP"_s;
    QTest::newRow("IPv4, default interface")
        << u"127.0.0.1"_s << u"239.255.42.98"_s << QString() << u"IP_ADD_MEMBERSHIP"_s;
    QTest::newRow("IPv6, default interface")
        << u"::1"_s << u"ff02::4242"_s << QString() << u"IPV6_JOIN_GROUP"_s;
}

void UdpServerTabTest::multicastJoinAndLeave() {
    QFETCH(QString, bind);
    QFETCH(QString, group);
    QFETCH(QString, interfaceHost);
    QFETCH(QString, call);
    TabSpec spec = serverSpec(ReplySpec::Mode::None);
    spec.host = bind;
    m_tab = std::make_unique<UdpServerTab>(spec, *m_hub);
    if (!m_tab->isRunning()) QSKIP(qPrintable(u"cannot bind "_s + bind + u": "_s + m_tab->statusText()));
    MulticastPanel& panel = *m_tab->multicastPanel();
    panel.setGroupText(group);
    if (!interfaceHost.isEmpty() && !panel.selectInterface(interfaceHost))
        QSKIP(qPrintable(interfaceHost + u" is not among this machine's interfaces"_s));
    QVERIFY(panel.problem().isEmpty());
    QVERIFY(panel.requestJoin());

    // Either the OS lets the socket join (then the group is listed) or its refusal is shown.
    QTRY_VERIFY_WITH_TIMEOUT(!panel.joinedGroups().isEmpty() || m_tab->stats().errors > 0, kWaitMs);
    if (panel.joinedGroups().isEmpty()) {
        const ErrorModel& errors = *m_tab->errorPanel()->model();
        QCOMPARE(errors.rowCount(), 1);
        QVERIFY(ErrorModel::callText(*errors.errorAt(0)).contains(call));
        QSKIP(qPrintable(u"this machine refuses the join; the error is shown: "_s +
                         ErrorModel::callText(*errors.errorAt(0))));
    }
    const QString expected =
        interfaceHost.isEmpty() ? group + u" (default interface)"_s : group + u" on "_s + interfaceHost;
    QCOMPARE(panel.joinedGroups(), QStringList{expected});
    QVERIFY(findRow(*m_tab->trafficView(), TrafficRecord::Direction::Info,
                    (u"Joined multicast group "_s + group).toUtf8()));

    auto leaveButtons = panel.findChildren<QPushButton*>(u"multicastLeave"_s);
    QCOMPARE(leaveButtons.size(), qsizetype(1));
    leaveButtons.front()->click();
    QTRY_VERIFY_WITH_TIMEOUT(panel.joinedGroups().isEmpty(), kWaitMs);
    QCOMPARE(m_tab->stats().errors, quint64(0));
}

void UdpServerTabTest::multicastRefusalIsShown() {
    // An IPv6 group on an IPv4 socket: the OS refuses, the error says which call, nothing is listed.
    startTab(ReplySpec::Mode::None);
    MulticastPanel& panel = *m_tab->multicastPanel();
    panel.setGroupText(u"ff02::4242"_s);
    QVERIFY(panel.requestJoin());
    QTRY_COMPARE_WITH_TIMEOUT(m_tab->stats().errors, quint64(1), kWaitMs);
    QVERIFY(panel.joinedGroups().isEmpty());
    QVERIFY(ErrorModel::callText(*m_tab->errorPanel()->model()->errorAt(0)).contains(u"IPV6_JOIN_GROUP"));
    QTRY_VERIFY_WITH_TIMEOUT(m_tab->inlineError()->hasError(), kWaitMs);
}

void UdpServerTabTest::multicastOptionsApplyLive() {
    startTab(ReplySpec::Mode::None);
    auto* ttl = m_tab->multicastPanel()->findChild<QSpinBox*>(u"multicastTtl"_s);
    auto* loopback = m_tab->multicastPanel()->findChild<QCheckBox*>(u"multicastLoopback"_s);
    QVERIFY(ttl && loopback);
    ttl->setValue(4);
    loopback->setChecked(false);
    QTRY_VERIFY_WITH_TIMEOUT(traced("IP_MULTICAST_TTL, 4"), kWaitMs);
    QTRY_VERIFY_WITH_TIMEOUT(traced("IP_MULTICAST_LOOP, off"), kWaitMs);
    QVERIFY(!traced("IP_MULTICAST_TTL, 4")->error);
    QVERIFY(!traced("IP_MULTICAST_LOOP, off")->error);

    // A restarted socket gets them again (the OS defaults are TTL 1 and loopback on).
    m_traces.clear();
    m_tab->stop();
    m_tab->start();
    QTRY_VERIFY_WITH_TIMEOUT(traced("IP_MULTICAST_TTL, 4") && traced("IP_MULTICAST_LOOP, off"), kWaitMs);
    m_hub->drainNow();
    QCOMPARE(m_tab->stats().errors, quint64(0));
}

void UdpServerTabTest::chatRoomIsNotOffered() {
    TabSpec spec = serverSpec(ReplySpec::Mode::ChatRoom);
    spec.autoStart = false;
    UdpServerTab tab(spec, *m_hub);
    QCOMPARE(tab.spec().reply.mode, ReplySpec::Mode::None);
    auto* mode = tab.replyEditor()->findChild<QComboBox*>();
    QVERIFY(mode);
    for (int i = 0; i < mode->count(); ++i)
        QVERIFY(mode->itemData(i).toInt() != static_cast<int>(ReplySpec::Mode::ChatRoom));
}

void UdpServerTabTest::multicastRejectsANonGroupAddress() {
    startTab(ReplySpec::Mode::None);
    MulticastPanel& panel = *m_tab->multicastPanel();
    panel.setGroupText(u"10.1.2.3"_s);
    QVERIFY(!panel.problem().isEmpty());
    QVERIFY(!panel.requestJoin());
    panel.setGroupText(u"ff02::1234"_s); // IPv6: the interface choice follows the family
    QVERIFY(panel.problem().isEmpty());
    QVERIFY(!panel.selectInterface(u"127.0.0.1"_s));
}

void UdpServerTabTest::statsAreExact() {
    startTab(ReplySpec::Mode::Upper, 1024);
    Client client = Client::open();
    QVERIFY(client.send(m_server, "hello"));
    QCOMPARE(client.receive(), QByteArray("HELLO"));
    QVERIFY(client.send(m_server, "abc"));
    QCOMPARE(client.receive(), QByteArray("ABC"));
    QVERIFY(client.send(m_server, QByteArray(2000, 'z')));
    QCOMPARE(client.receive(), QByteArray(1024, 'Z')); // the server answers what it kept

    QTRY_COMPARE_WITH_TIMEOUT(m_tab->stats().txMessages, quint64(3), kWaitMs);
    const TabStats stats = m_tab->stats();
    QCOMPARE(stats.kind, u"udp-server"_s);
    QCOMPARE(stats.local, QString::fromStdString(m_server.toString()));
    QCOMPARE(stats.rxMessages, quint64(3));
    QCOMPARE(stats.rxBytes, quint64(5 + 3 + 1024));
    QCOMPARE(stats.txMessages, quint64(3));
    QCOMPARE(stats.txBytes, quint64(5 + 3 + 1024));
    QCOMPARE(stats.errors, quint64(0));
    QCOMPARE(stats.connections, quint64(0));
    QCOMPARE(m_tab->cutCount(), quint64(1));
    QCOMPARE(m_tab->countersLabel()->text(),
             u"In: 3 datagrams, 1,032 bytes · Out: 3 datagrams, 1,032 bytes · Cut: 1 · Errors: 0"_s.replace(
                 u"1,032"_s, QLocale().toString(1032)));
}

void UdpServerTabTest::specRoundTrips() {
    TabSpec spec = serverSpec(ReplySpec::Mode::Echo, 4096);
    spec.broadcast = true;
    spec.name = u"udp"_s;
    spec.autoStart = false;
    UdpServerTab tab(spec, *m_hub);
    QVERIFY(!tab.isRunning());
    QCOMPARE(tab.spec(), spec);
    QCOMPARE(tab.title(), u"udp"_s);
    QCOMPARE(tab.statusText(), u"Stopped"_s);
}

void UdpServerTabTest::stopAndStartAgain() {
    startTab(ReplySpec::Mode::Echo);
    m_tab->stop();
    QVERIFY(!m_tab->isRunning());
    QVERIFY(m_tab->stats().local.isEmpty());
    m_tab->start();
    QVERIFY(m_tab->isRunning());
    Client client = Client::open();
    QVERIFY(client.send(*m_tab->boundAddress(), "again"));
    QCOMPARE(client.receive(), QByteArray("again"));
}

QTEST_MAIN(UdpServerTabTest)
#include "udp_server_tab_test.moc"
