// The server tab over real loopback sockets: the tab listens on port 0 (the port is read back), and
// the clients are plain netcore sockets in timeout mode, so a lost answer fails the test instead of
// hanging it. Waits are QTRY_* with their bound, never sleeps.

#include "ui/connections_model.h"
#include "ui/error_model.h"
#include "ui/error_panel.h"
#include "ui/inline_error_label.h"
#include "ui/reply_mode_editor.h"
#include "ui/send_composer.h"
#include "ui/server_clients_panel.h"
#include "ui/tcp_server_tab.h"
#include "ui/traffic_model.h"
#include "ui/traffic_view.h"

#include "netcore/os_info.h"
#include "netcore/socket.h"
#include "netcore_qt/session_hub.h"

#include <QAction>
#include <QComboBox>
#include <QElapsedTimer>
#include <QLabel>
#include <QLineEdit>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryFile>
#include <QTest>
#include <QToolButton>

#include <chrono>
#include <memory>

using namespace Qt::StringLiterals;
using namespace std::chrono_literals;

namespace {

constexpr int kWaitMs = 5000;

TabSpec serverSpec(ReplySpec::Mode mode, quint16 port = 0) {
    TabSpec spec;
    spec.kind = TabKind::TcpServer;
    spec.host = u"127.0.0.1"_s;
    spec.port = port;
    spec.reply.mode = mode;
    spec.autoStart = true;
    return spec;
}

netcore::Socket connectTo(const netcore::Address& address) {
    auto socket = netcore::Socket::open(netcore::Family::IPv4, netcore::SocketType::Stream);
    if (!socket) qFatal("socket: %s", socket.error().summary().c_str());
    if (auto timeout = socket->setTimeout(5s); !timeout)
        qFatal("timeout: %s", timeout.error().summary().c_str());
    if (auto connected = socket->connect(address); !connected)
        qFatal("connect: %s", connected.error().summary().c_str());
    return std::move(*socket);
}

bool sendText(netcore::Socket& socket, const QByteArray& text) {
    const auto* data = reinterpret_cast<const std::byte*>(text.constData());
    return socket.sendAll({data, static_cast<std::size_t>(text.size())}).has_value();
}

// One recv(): the bytes, or "<EOF>", or the error's native name ("<ECONNRESET>").
QByteArray receive(netcore::Socket& socket) {
    std::array<std::byte, 4096> buffer{};
    auto got = socket.recv(buffer);
    if (!got) return "<" + QByteArray::fromStdString(got.error().nativeName) + ">";
    if (*got == 0) return "<EOF>";
    return {reinterpret_cast<const char*>(buffer.data()), static_cast<qsizetype>(*got)};
}

// Receives until `expected.size()` bytes came (a reply may arrive in pieces).
QByteArray receiveExactly(netcore::Socket& socket, qsizetype size) {
    QByteArray all;
    while (all.size() < size) {
        const QByteArray piece = receive(socket);
        if (piece.startsWith('<')) return all + piece;
        all += piece;
    }
    return all;
}

bool hasTrafficRow(const TrafficView& view, TrafficRecord::Direction direction, const QByteArray& bytes) {
    const TrafficModel& model = *view.model();
    for (int row = 0; row < model.rowCount(); ++row) {
        const TrafficRecord& record = model.record(row);
        if (record.direction == direction && record.bytes == bytes) return true;
    }
    return false;
}

void trigger(const ServerClientsPanel& panel, const QString& actionName) {
    auto* action = panel.findChild<QAction*>(actionName);
    QVERIFY2(action != nullptr, qPrintable(actionName));
    QVERIFY2(action->isEnabled(), qPrintable(actionName));
    action->trigger();
}

quint64 counter(const ConnectionsModel& model, int row, int column) {
    return model.data(model.index(row, column), ConnectionsModel::SortRole).toULongLong();
}

} // namespace

class TcpServerTabTest : public QObject {
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void upperCaseReplyShowsBothRows();
    void portInUseIsExplained();
    void listsThreeClientsWithTheirBytes();
    void shutdownWriteGivesTheClientEof();
    void abortGivesTheClientConnectionReset();
    void closeEndsTheConnection();
    void sendsToTheSelectedClientOrToAll();
    void replyModeSwitchesLive_data();
    void replyModeSwitchesLive();
    void badReplyTextIsNotApplied();
    void statsAreExact();
    void sendsAFileInChunks();
    void warnsWhenOpenToTheNetwork();
    void specRoundTrips();
    void withoutAutoStartNothingListens();

private:
    // Starts a tab and one client connected to it, and waits until the tab lists the client.
    void startWithClients(ReplySpec::Mode mode, int clients);

    std::unique_ptr<netcore_qt::SessionHub> m_hub;
    std::unique_ptr<TcpServerTab> m_tab;
    std::vector<netcore::Socket> m_clients;
};

void TcpServerTabTest::init() {
    m_hub = std::make_unique<netcore_qt::SessionHub>();
}

void TcpServerTabTest::cleanup() {
    m_clients.clear();
    m_tab.reset();
    m_hub.reset();
}

void TcpServerTabTest::startWithClients(ReplySpec::Mode mode, int clients) {
    m_tab = std::make_unique<TcpServerTab>(serverSpec(mode), *m_hub);
    QVERIFY(m_tab->isListening());
    const auto address = m_tab->listeningAddress();
    QVERIFY(address && address->port() != 0);
    for (int i = 0; i < clients; ++i)
        m_clients.push_back(connectTo(*address));
    QTRY_COMPARE_WITH_TIMEOUT(m_tab->clientsPanel()->model()->openCount(), clients, kWaitMs);
}

void TcpServerTabTest::upperCaseReplyShowsBothRows() {
    startWithClients(ReplySpec::Mode::Upper, 1);
    const auto address = *m_tab->listeningAddress();
    QCOMPARE(m_tab->statusText(), u"Listening on "_s + QString::fromStdString(address.toString()));
    QVERIFY(m_tab->title().endsWith(u':' + QString::number(address.port())));

    QVERIFY(sendText(m_clients[0], "hello"));
    QCOMPARE(receiveExactly(m_clients[0], 5), QByteArray("HELLO"));
    QTRY_VERIFY_WITH_TIMEOUT(
        hasTrafficRow(*m_tab->trafficView(), TrafficRecord::Direction::Received, "hello"), kWaitMs);
    QTRY_VERIFY_WITH_TIMEOUT(hasTrafficRow(*m_tab->trafficView(), TrafficRecord::Direction::Sent, "HELLO"),
                             kWaitMs);
}

void TcpServerTabTest::portInUseIsExplained() {
    TcpServerTab first(serverSpec(ReplySpec::Mode::None), *m_hub);
    QVERIFY(first.isListening());
    const quint16 port = first.listeningAddress()->port();

    TcpServerTab second(serverSpec(ReplySpec::Mode::None, port), *m_hub);
    QVERIFY(!second.isListening());
    QVERIFY2(second.statusText().contains(u"Address already in use"), qPrintable(second.statusText()));
    QTRY_VERIFY_WITH_TIMEOUT(second.inlineError()->hasError(), kWaitMs);
    QVERIFY2(second.inlineError()->text().contains(u"EADDRINUSE") ||
                 second.inlineError()->text().contains(u"WSAEADDRINUSE"),
             qPrintable(second.inlineError()->text()));
    QVERIFY(second.inlineError()->text().contains(u"bind("));

    // The error panel has the row with its explanation; returned and posted, it is counted once.
    m_hub->drainNow();
    const ErrorModel& errors = *second.errorPanel()->model();
    QCOMPARE(errors.rowCount(), 1);
    QCOMPARE(errors.errorAt(0)->code, netcore::ErrorCode::AddressInUse);
    QVERIFY(!errors.data(errors.index(0, ErrorModel::ExplanationColumn)).toString().isEmpty());
    QCOMPARE(second.stats().errors, quint64(1));
    QVERIFY(second.stats().local.isEmpty());

    // "Details…" on the inline error brings the error panel to the front.
    QVERIFY(second.logTabs()->currentWidget() != second.errorPanel());
    auto* details = second.inlineError()->findChild<QToolButton*>(u"inlineErrorDetails"_s);
    QVERIFY(details);
    details->click();
    QCOMPARE(second.logTabs()->currentWidget(), second.errorPanel());
    QVERIFY(second.logTabs()->tabText(second.logTabs()->indexOf(second.errorPanel())).contains(u"(1)"));

    // The first server is untouched and the second one starts once the port is free.
    QVERIFY(first.isListening());
    first.stop();
    second.start();
    QVERIFY(second.isListening());
    QCOMPARE(second.listeningAddress()->port(), port);
}

void TcpServerTabTest::listsThreeClientsWithTheirBytes() {
    startWithClients(ReplySpec::Mode::Echo, 3);
    const ConnectionsModel& model = *m_tab->clientsPanel()->model();
    QCOMPARE(model.rowCount(), 3);
    const QList<QByteArray> messages{"a", "bb", "ccc"};
    for (std::size_t i = 0; i < 3; ++i) {
        QVERIFY(sendText(m_clients[i], messages[qsizetype(i)]));
        QCOMPARE(receiveExactly(m_clients[i], messages[qsizetype(i)].size()), messages[qsizetype(i)]);
    }
    // Rows are in accept order, which is connect order here (each connect finished before the next).
    for (int row = 0; row < 3; ++row) {
        const auto expected = static_cast<quint64>(row + 1);
        QTRY_COMPARE_WITH_TIMEOUT(counter(model, row, ConnectionsModel::BytesInColumn), expected, kWaitMs);
        QTRY_COMPARE_WITH_TIMEOUT(counter(model, row, ConnectionsModel::BytesOutColumn), expected, kWaitMs);
        QCOMPARE(model.data(model.index(row, ConnectionsModel::StateColumn)).toString(),
                 ConnectionsModel::stateText(ConnectionsModel::State::Connected));
        QVERIFY(
            model.data(model.index(row, ConnectionsModel::PeerColumn)).toString().startsWith(u"127.0.0.1:"));
    }
    QCOMPARE(m_tab->stats().connections, quint64(3));

    // The summary, the Send to all action and the send targets follow each batch of accepts and
    // closes (they are updated once per batch, not per connection).
    const auto* summary = m_tab->clientsPanel()->findChild<QLabel*>(u"clientsSummary"_s);
    const auto* targets = m_tab->findChild<QLabel*>(u"serverSendTargets"_s);
    const auto* sendToAll = m_tab->clientsPanel()->findChild<QAction*>(u"clientSendToAll"_s);
    QVERIFY(summary && targets && sendToAll);
    QCOMPARE(summary->text(), u"Clients: 3 connected"_s);
    QVERIFY2(targets->text().contains(u"all 3 client"_s), qPrintable(targets->text()));
    QVERIFY(sendToAll->isEnabled());
    m_clients.clear(); // all three close
    QTRY_COMPARE_WITH_TIMEOUT(summary->text(), u"Clients: 0 connected, 3 closed"_s, kWaitMs);
    QCOMPARE(targets->text(), u"No client is connected: nothing to send to."_s);
    QVERIFY(!sendToAll->isEnabled());
}

void TcpServerTabTest::shutdownWriteGivesTheClientEof() {
    startWithClients(ReplySpec::Mode::Echo, 1);
    ServerClientsPanel& panel = *m_tab->clientsPanel();
    const auto id = *panel.model()->connectionAt(0);
    panel.selectConnection(id);
    trigger(panel, u"clientShutdownWrite"_s);
    QCOMPARE(receive(m_clients[0]), QByteArray("<EOF>"));
    QCOMPARE(panel.model()->stateOf(id), ConnectionsModel::State::HalfClosed);
    // Half-closed: the server still reads what the client sends.
    QVERIFY(sendText(m_clients[0], "still here"));
    QTRY_VERIFY_WITH_TIMEOUT(
        hasTrafficRow(*m_tab->trafficView(), TrafficRecord::Direction::Received, "still here"), kWaitMs);
}

void TcpServerTabTest::abortGivesTheClientConnectionReset() {
    if (netcore::runsUnderWine()) QSKIP("Wine closes gracefully on SO_LINGER 0");
    startWithClients(ReplySpec::Mode::None, 1);
    ServerClientsPanel& panel = *m_tab->clientsPanel();
    const auto id = *panel.model()->connectionAt(0);
    panel.selectConnection(id);
    trigger(panel, u"clientAbort"_s);
    const QByteArray got = receive(m_clients[0]);
    QVERIFY2(got == "<ECONNRESET>" || got == "<WSAECONNRESET>", got.constData());
    QTRY_COMPARE_WITH_TIMEOUT(panel.model()->stateOf(id), std::optional(ConnectionsModel::State::Reset),
                              kWaitMs);
    QCOMPARE(m_tab->stats().connections, quint64(0));
}

void TcpServerTabTest::closeEndsTheConnection() {
    startWithClients(ReplySpec::Mode::None, 2);
    ServerClientsPanel& panel = *m_tab->clientsPanel();
    const auto id = *panel.model()->connectionAt(0);
    panel.selectConnection(id);
    trigger(panel, u"clientClose"_s);
    QCOMPARE(receive(m_clients[0]), QByteArray("<EOF>"));
    QTRY_COMPARE_WITH_TIMEOUT(panel.model()->stateOf(id), std::optional(ConnectionsModel::State::Closed),
                              kWaitMs);
    QCOMPARE(m_tab->stats().connections, quint64(1));
    // The closed row stays for inspection until Clear closed.
    QCOMPARE(panel.model()->rowCount(), 2);
    trigger(panel, u"clientClearClosed"_s);
    QCOMPARE(panel.model()->rowCount(), 1);
}

void TcpServerTabTest::sendsToTheSelectedClientOrToAll() {
    startWithClients(ReplySpec::Mode::None, 2);
    ServerClientsPanel& panel = *m_tab->clientsPanel();
    SendComposer& composer = *m_tab->composer();

    // Send on a selected row: that client only. Send to all afterwards: if the first message had
    // also gone to the second client, it would reach it before "all" (one connection keeps order).
    composer.setText(u"only-first"_s);
    QTRY_VERIFY_WITH_TIMEOUT(composer.isSendEnabled(), kWaitMs);
    panel.selectConnection(*panel.model()->connectionAt(0));
    trigger(panel, u"clientSend"_s);
    QCOMPARE(receiveExactly(m_clients[0], 10), QByteArray("only-first"));

    composer.setText(u"all"_s);
    QTRY_VERIFY_WITH_TIMEOUT(composer.isSendEnabled(), kWaitMs);
    trigger(panel, u"clientSendToAll"_s);
    QCOMPARE(receiveExactly(m_clients[0], 3), QByteArray("all"));
    QCOMPARE(receiveExactly(m_clients[1], 3), QByteArray("all"));

    // The composer's own Send goes to every client while none is selected.
    panel.view()->clearSelection();
    composer.setText(u"x\\n"_s);
    QTRY_VERIFY_WITH_TIMEOUT(composer.isSendEnabled(), kWaitMs);
    composer.send();
    QCOMPARE(receiveExactly(m_clients[0], 2), QByteArray("x\n"));
    QCOMPARE(receiveExactly(m_clients[1], 2), QByteArray("x\n"));
    QTRY_COMPARE_WITH_TIMEOUT(m_tab->stats().txBytes, quint64(10 + 3 + 3 + 2 + 2), kWaitMs);
}

void TcpServerTabTest::replyModeSwitchesLive_data() {
    QTest::addColumn<int>("modeIndex");
    QTest::addColumn<QString>("text");
    QTest::addColumn<QByteArray>("expected");
    // The combo's order: None, Echo, Upper-case, Fixed text, Fixed hex.
    QTest::newRow("echo") << 1 << QString() << QByteArray("abc");
    QTest::newRow("upper") << 2 << QString() << QByteArray("ABC");
    QTest::newRow("fixed text with escapes") << 3 << u"ok\\r\\n"_s << QByteArray("ok\r\n");
    QTest::newRow("fixed hex") << 4 << u"de ad:be 0xef"_s << QByteArray("\xde\xad\xbe\xef");
}

void TcpServerTabTest::replyModeSwitchesLive() {
    QFETCH(int, modeIndex);
    QFETCH(QString, text);
    QFETCH(QByteArray, expected);
    startWithClients(ReplySpec::Mode::Upper, 1);
    QVERIFY(sendText(m_clients[0], "abc"));
    QCOMPARE(receiveExactly(m_clients[0], 3), QByteArray("ABC"));

    auto* mode = m_tab->replyEditor()->findChild<QComboBox*>(u"replyMode"_s);
    auto* line = m_tab->replyEditor()->findChild<QLineEdit*>(u"replyText"_s);
    QVERIFY(mode && line);
    mode->setCurrentIndex(modeIndex);
    if (!text.isEmpty()) line->setText(text);
    QVERIFY2(m_tab->replyEditor()->problem().isEmpty(), qPrintable(m_tab->replyEditor()->problem()));
    // The change is posted to the I/O thread; this round trip returns once it has been applied.
    (void)m_tab->connectionsSnapshot();

    QVERIFY(sendText(m_clients[0], "abc"));
    QCOMPARE(receiveExactly(m_clients[0], expected.size()), expected);
    QCOMPARE(m_tab->spec().reply.mode, static_cast<ReplySpec::Mode>(mode->currentData().toInt()));
}

void TcpServerTabTest::badReplyTextIsNotApplied() {
    startWithClients(ReplySpec::Mode::None, 1);
    ReplyModeEditor& editor = *m_tab->replyEditor();
    auto* mode = editor.findChild<QComboBox*>(u"replyMode"_s);
    auto* line = editor.findChild<QLineEdit*>(u"replyText"_s);
    mode->setCurrentIndex(4);
    line->setText(u"4f 4b"_s);
    QVERIFY(editor.problem().isEmpty());
    line->setText(u"4f 4g"_s);
    QVERIFY2(editor.problem().contains(u"column 5"), qPrintable(editor.problem()));
    QCOMPARE(editor.reply().bytes, QByteArray("OK"));
    (void)m_tab->connectionsSnapshot();
    QVERIFY(sendText(m_clients[0], "?"));
    QCOMPARE(receiveExactly(m_clients[0], 2), QByteArray("OK"));
    // Each mode keeps its own text: hex typed above does not become the fixed text.
    mode->setCurrentIndex(3);
    QVERIFY(line->text().isEmpty());
    QVERIFY(!editor.problem().isEmpty());
    mode->setCurrentIndex(4);
    QCOMPARE(line->text(), u"4f 4g"_s);
}

void TcpServerTabTest::statsAreExact() {
    startWithClients(ReplySpec::Mode::Upper, 1);
    QVERIFY(sendText(m_clients[0], "hello"));
    QCOMPARE(receiveExactly(m_clients[0], 5), QByteArray("HELLO"));
    QTRY_COMPARE_WITH_TIMEOUT(m_tab->stats().txBytes, quint64(5), kWaitMs);
    TabStats stats = m_tab->stats();
    QCOMPARE(stats.kind, u"tcp-server"_s);
    QCOMPARE(stats.name, m_tab->title());
    QCOMPARE(stats.local, QString::fromStdString(m_tab->listeningAddress()->toString()));
    QCOMPARE(stats.rxBytes, quint64(5));
    QCOMPARE(stats.txBytes, quint64(5));
    QCOMPARE(stats.rxMessages, quint64(1));
    QCOMPARE(stats.txMessages, quint64(1));
    QCOMPARE(stats.connections, quint64(1));
    QCOMPARE(stats.errors, quint64(0));

    m_tab->stop();
    QCOMPARE(m_tab->statusText(), u"Stopped"_s);
    stats = m_tab->stats();
    QVERIFY(stats.local.isEmpty());
    QCOMPARE(stats.connections, quint64(0));
    QCOMPARE(stats.rxBytes, quint64(5)); // totals of the tab survive a stop
    QCOMPARE(receive(m_clients[0]), QByteArray("<EOF>"));
}

void TcpServerTabTest::sendsAFileInChunks() {
    startWithClients(ReplySpec::Mode::None, 1);
    // Larger than the sender's window, so the transfer has to be paced by Sent events.
    QByteArray content;
    for (int i = 0; content.size() < 1'000'000; ++i)
        content += QByteArray::number(i) + '\n';
    QTemporaryFile file;
    QVERIFY(file.open());
    QCOMPARE(file.write(content), content.size());
    file.close();
    emit m_tab->composer()->sendFileRequested(file.fileName());
    // The sender is paced by Sent events, which reach it through this thread's event loop: the
    // client waits in short recv() timeouts and lets the loop run in between.
    QVERIFY(m_clients[0].setTimeout(20ms).has_value());
    QByteArray got;
    QElapsedTimer deadline;
    deadline.start();
    while (got.size() < content.size() && deadline.elapsed() < 20 * kWaitMs) {
        QCoreApplication::processEvents();
        const QByteArray piece = receive(m_clients[0]);
        if (piece.startsWith('<')) {
            QVERIFY2(piece == "<>", piece.constData()); // "timed out" has no native name
            continue;
        }
        got += piece;
    }
    QCOMPARE(got, content);
    QTRY_COMPARE_WITH_TIMEOUT(m_tab->stats().txBytes, quint64(content.size()), kWaitMs);
}

void TcpServerTabTest::warnsWhenOpenToTheNetwork() {
    TabSpec spec = serverSpec(ReplySpec::Mode::None);
    spec.host = u"0.0.0.0"_s;
    TcpServerTab tab(spec, *m_hub);
    QVERIFY(tab.isListening());
    QVERIFY2(tab.statusText().contains(u"open to the network"), qPrintable(tab.statusText()));

    TcpServerTab local(serverSpec(ReplySpec::Mode::None), *m_hub);
    QVERIFY(!local.statusText().contains(u"open to the network"));
}

void TcpServerTabTest::specRoundTrips() {
    TabSpec spec = serverSpec(ReplySpec::Mode::Text);
    spec.reply.typed = u"hi\\n"_s;
    spec.reply.bytes = "hi\n";
    spec.name = u"Echo box"_s;
    spec.backlog = 7;
    spec.reuseAddress = false;
    spec.autoStart = false;
    TcpServerTab tab(spec, *m_hub);
    QCOMPARE(tab.spec(), spec);
    QCOMPARE(tab.title(), u"Echo box"_s);
}

void TcpServerTabTest::withoutAutoStartNothingListens() {
    TabSpec spec = serverSpec(ReplySpec::Mode::None);
    spec.autoStart = false;
    TcpServerTab tab(spec, *m_hub);
    QVERIFY(!tab.isListening());
    QCOMPARE(tab.statusText(), u"Stopped"_s);
    QCOMPARE(tab.title(), u"Server :0"_s);
    tab.start();
    QVERIFY(tab.isListening());
    QCOMPARE(tab.title(), u"Server :"_s + QString::number(tab.listeningAddress()->port()));
}

QTEST_MAIN(TcpServerTabTest)
#include "tcp_server_tab_test.moc"
