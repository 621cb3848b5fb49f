// The main window with the real TCP tabs over loopback: a server on port 0 (read back), a client
// sent to it, closing tabs stops their sessions, workspaces and the saved state carry the tabs, and
// the status bar adds up their counters. Waits are QTRY_* with a bound, never sleeps.

#include "ui/byte_order_inspector.h"
#include "ui/main_window.h"
#include "ui/status_totals.h"
#include "ui/tcp_client_tab.h"
#include "ui/tcp_server_tab.h"
#include "ui/traffic_filter_model.h"
#include "ui/traffic_model.h"
#include "ui/traffic_view.h"

#include "netcore_qt/session_hub.h"

#include <QSettings>
#include <QStatusBar>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

constexpr int kWaitMs = 5000;

TabSpec serverSpec(quint16 port = 0) {
    TabSpec spec;
    spec.kind = TabKind::TcpServer;
    spec.port = port;
    spec.reply.mode = ReplySpec::Mode::Upper;
    return spec;
}

TabSpec clientSpec(quint16 port, std::optional<QString> send = {}) {
    TabSpec spec;
    spec.kind = TabKind::TcpClient;
    spec.port = port;
    spec.send = std::move(send);
    return spec;
}

quint16 listeningPort(const TcpServerTab* server) {
    const auto address = server->listeningAddress();
    return address ? address->port() : quint16{0};
}

} // namespace

class MainWindowTabsTest : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void serverAnswersClientAndTotalsAddUp();
    void closingTheServerTabReleasesItsPort();
    void closingTheClientTabClosesItsConnection();
    void portInUseStillOpensTheTab();
    void workspaceRoundTrip();
    void restoresTabsAfterRestart();
    void selectedTrafficRowIsDecodedInTheInspector();

private:
    QTemporaryDir m_settingsDir;
    QTemporaryDir m_files;
    netcore_qt::SessionHub m_hub;
};

void MainWindowTabsTest::initTestCase() {
    QVERIFY(m_settingsDir.isValid());
    QVERIFY(m_files.isValid());
    QSettings::setDefaultFormat(QSettings::IniFormat);
    QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, m_settingsDir.path());
    QCoreApplication::setOrganizationName(u"SockLabTest"_s);
    QCoreApplication::setApplicationName(u"ui_tabs_tests"_s);
}

void MainWindowTabsTest::init() {
    QSettings().clear();
}

void MainWindowTabsTest::selectedTrafficRowIsDecodedInTheInspector() {
    MainWindow window(u"1.2.3"_s, m_hub);
    auto* server = qobject_cast<TcpServerTab*>(window.openTab(serverSpec()));
    QVERIFY(server);
    window.openTab(clientSpec(listeningPort(server), u"\\x00\\x00\\x01\\x00"_s));
    // The server received 00 00 01 00: select that row in the server's traffic view.
    auto* traffic = server->findChild<TrafficView*>();
    QVERIFY(traffic);
    QTRY_VERIFY_WITH_TIMEOUT(traffic->model()->rowCount() >= 2, kWaitMs);
    int received = -1;
    for (int row = 0; row < traffic->model()->rowCount(); ++row)
        if (traffic->model()->record(row).direction == TrafficRecord::Direction::Received) received = row;
    QVERIFY(received >= 0);
    traffic->tableView()->setCurrentIndex(
        traffic->filterModel()->mapFromSource(traffic->model()->index(received, 0)));
    auto* inspector = window.findChild<ByteOrderInspector*>();
    QVERIFY(inspector);
    QVERIFY2(inspector->decodedText().contains(u"256"_s), qPrintable(inspector->decodedText()));
}

void MainWindowTabsTest::serverAnswersClientAndTotalsAddUp() {
    MainWindow window(u"1.2.3"_s, m_hub);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    auto* server = qobject_cast<TcpServerTab*>(window.openTab(serverSpec()));
    QVERIFY(server);
    QVERIFY2(server->isListening(), qPrintable(server->statusText()));
    const quint16 port = listeningPort(server);
    auto* client = qobject_cast<TcpClientTab*>(window.openTab(clientSpec(port, u"hello"_s)));
    QVERIFY(client);
    QCOMPARE(window.tabCount(), 2);
    QCOMPARE(window.tabs(), (QList<SessionTab*>{server, client}));

    // The client sends "hello" once connected; the upper-case server answers "HELLO".
    QTRY_COMPARE_WITH_TIMEOUT(window.tabStats().at(1).rxBytes, quint64{5}, kWaitMs);
    const auto stats = window.tabStats();
    QCOMPARE(stats.at(0).kind, u"tcp-server"_s);
    QCOMPARE(stats.at(0).rxBytes, quint64{5});
    QCOMPARE(stats.at(0).txBytes, quint64{5});
    QCOMPARE(stats.at(0).local, u"127.0.0.1:%1"_s.arg(port));
    QCOMPARE(stats.at(1).kind, u"tcp-client"_s);
    QCOMPARE(stats.at(1).txBytes, quint64{5});

    auto* totals = window.findChild<StatusTotals*>(u"statusTotals"_s);
    QVERIFY(totals);
    QTRY_VERIFY_WITH_TIMEOUT(totals->text().contains(u"In: 10 bytes"_s), kWaitMs);
    QVERIFY2(totals->text().contains(u"Connections: 2"_s), qPrintable(totals->text()));
    QVERIFY(totals->text().contains(u"Out: 10 bytes"_s));
    QVERIFY(totals->text().contains(u"Errors: 0"_s));

    // A renamed tab keeps its name in the counters (--stats) and in the workspace.
    window.renameTab(0, u"Upper"_s);
    QCOMPARE(window.tabStats().at(0).name, u"Upper"_s);
    QCOMPARE(window.tabSpecs().at(0).name, u"Upper"_s);
}

void MainWindowTabsTest::closingTheServerTabReleasesItsPort() {
    MainWindow window(u"1.2.3"_s, m_hub);
    auto* server = qobject_cast<TcpServerTab*>(window.openTab(serverSpec()));
    QVERIFY(server && server->isListening());
    const quint16 port = listeningPort(server);
    auto* client = qobject_cast<TcpClientTab*>(window.openTab(clientSpec(port)));
    QVERIFY(client);
    QTRY_COMPARE_WITH_TIMEOUT(client->state(), TcpClientTab::State::Connected, kWaitMs);

    window.closeTab(0);
    QCOMPARE(window.tabCount(), 1);
    // The listener and its connection closed with the tab: the client sees the end, and a new
    // server can listen on the same port at once.
    QTRY_VERIFY_WITH_TIMEOUT(client->state() != TcpClientTab::State::Connected, kWaitMs);
    auto* again = qobject_cast<TcpServerTab*>(window.openTab(serverSpec(port)));
    QVERIFY(again);
    QVERIFY2(again->isListening(), qPrintable(again->statusText()));
}

void MainWindowTabsTest::closingTheClientTabClosesItsConnection() {
    MainWindow window(u"1.2.3"_s, m_hub);
    auto* server = qobject_cast<TcpServerTab*>(window.openTab(serverSpec()));
    QVERIFY(server && server->isListening());
    window.openTab(clientSpec(listeningPort(server)));
    QTRY_COMPARE_WITH_TIMEOUT(server->stats().connections, quint64{1}, kWaitMs);

    window.closeTab(1);
    QTRY_COMPARE_WITH_TIMEOUT(server->stats().connections, quint64{0}, kWaitMs);
}

void MainWindowTabsTest::portInUseStillOpensTheTab() {
    MainWindow window(u"1.2.3"_s, m_hub);
    auto* first = qobject_cast<TcpServerTab*>(window.openTab(serverSpec()));
    QVERIFY(first && first->isListening());

    // Not a bad spec: the tab opens and explains why it is not listening.
    auto* second = qobject_cast<TcpServerTab*>(window.openTab(serverSpec(listeningPort(first))));
    QVERIFY(second);
    QCOMPARE(window.tabCount(), 2);
    QVERIFY(!second->isListening());
    QVERIFY2(second->statusText().contains(u"EADDRINUSE"_s) || second->statusText().contains(u"in use"_s),
             qPrintable(second->statusText()));
    QTRY_COMPARE_WITH_TIMEOUT(window.tabStats().at(1).errors, quint64{1}, kWaitMs);
}

void MainWindowTabsTest::workspaceRoundTrip() {
    const QString path = m_files.filePath(u"tabs.json"_s);
    QList<TabSpec> saved;
    {
        MainWindow first(u"1.2.3"_s, m_hub);
        TabSpec server = serverSpec();
        server.name = u"Upper"_s;
        first.openTab(server);
        TabSpec client = clientSpec(9, u"hello world"_s);
        client.autoStart = false;
        first.openTab(client);
        QVERIFY(first.saveWorkspace(path).has_value());
        saved = first.tabSpecs();
    }
    MainWindow second(u"1.2.3"_s, m_hub);
    QCOMPARE(second.openWorkspace(path).value_or(-1), 2);
    QCOMPARE(second.tabSpecs(), saved);
    QVERIFY(qobject_cast<TcpServerTab*>(second.tabs().at(0))->isListening());
    QCOMPARE(qobject_cast<TcpClientTab*>(second.tabs().at(1))->state(), TcpClientTab::State::Idle);
}

void MainWindowTabsTest::restoresTabsAfterRestart() {
    quint16 port = 0;
    {
        MainWindow first(u"1.2.3"_s, m_hub);
        auto* server = qobject_cast<TcpServerTab*>(first.openTab(serverSpec()));
        QVERIFY(server && server->isListening());
        port = listeningPort(server);
        first.openTab(clientSpec(port, u"hi"_s));
        first.renameTab(1, u"Greeter"_s);
        first.close();
        // Closing the window stopped the sessions.
        QVERIFY(!server->isListening());
    }
    MainWindow second(u"1.2.3"_s, m_hub);
    QCOMPARE(second.tabCount(), 2);
    auto* server = qobject_cast<TcpServerTab*>(second.tabs().at(0));
    auto* client = qobject_cast<TcpClientTab*>(second.tabs().at(1));
    QVERIFY(server && client);
    // Back as they were, not started: the user presses Start / Connect.
    QVERIFY(!server->isListening());
    QCOMPARE(client->state(), TcpClientTab::State::Idle);
    QCOMPARE(second.tabSpecs().at(0).reply.mode, ReplySpec::Mode::Upper);
    QCOMPARE(second.tabSpecs().at(1).port, port);
    QCOMPARE(second.tabSpecs().at(1).send, std::optional<QString>(u"hi"_s));
    QCOMPARE(second.tabStats().at(1).name, u"Greeter"_s);
    QVERIFY(second.statusBar()->currentMessage().contains(u"not started"_s));
}

QTEST_MAIN(MainWindowTabsTest)
#include "main_window_tabs_test.moc"
