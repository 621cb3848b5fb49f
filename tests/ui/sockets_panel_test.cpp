// The Sockets dock's panel over real server and client tabs on 127.0.0.1:0: it lists the
// listener, the accepted connection and the client; with the server's reading paused, the
// accepted socket is readable with exactly the bytes sent waiting; resuming delivers them all.

#include "ui/main_window.h"
#include "ui/open_spec_parser.h"
#include "ui/socket_list_model.h"
#include "ui/socket_options_editor.h"
#include "ui/sockets_panel.h"
#include "ui/tcp_client_tab.h"
#include "ui/tcp_server_tab.h"

#include "netcore_qt/session_hub.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QCheckBox>
#include <QDockWidget>
#include <QSettings>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

int rowOfRole(const SocketListModel& model, netcore::SocketRole role) {
    for (int row = 0; row < model.rowCount(); ++row)
        if (model.entryAt(row)->snapshot.role == role) return row;
    return -1;
}

QString cell(const SocketListModel& model, int row, int column) {
    return model.index(row, column).data().toString();
}

} // namespace

class SocketsPanelTest : public QObject {
    Q_OBJECT
    QTemporaryDir m_settingsDir;

private slots:
    void initTestCase() {
        // MainWindow reads and writes a default QSettings: keep it away from the user's.
        QVERIFY(m_settingsDir.isValid());
        QSettings::setDefaultFormat(QSettings::IniFormat);
        QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, m_settingsDir.path());
        QCoreApplication::setOrganizationName(u"SockLabTest"_s);
        QCoreApplication::setApplicationName(u"sockets_panel_test"_s);
    }

    void theDockFollowsTheCurrentTab() {
        netcore_qt::SessionHub hub;
        MainWindowOptions options;
        options.rememberTabs = false;
        MainWindow window(u"1.0"_s, hub, options);
        auto* dock = window.findChild<QDockWidget*>(u"socketsDock"_s);
        QVERIFY(dock);
        QCOMPARE(dock->windowTitle(), u"Sockets"_s);
        QCOMPARE(window.dockWidgetArea(dock), Qt::RightDockWidgetArea);
        auto* action = window.findChild<QAction*>(u"socketsAction"_s);
        QVERIFY(action);
        QCOMPARE(action->shortcut(), QKeySequence(u"Ctrl+Shift+O"_s));
        auto* panel = qobject_cast<SocketsPanel*>(dock->widget());
        QVERIFY(panel);

        auto* server = window.openTab(*OpenSpecParser::parse(u"tcp-server 127.0.0.1:0"_s));
        auto clientSpec = *OpenSpecParser::parse(u"tcp-client 127.0.0.1:9"_s);
        clientSpec.autoStart = false; // never connects: no socket
        auto* client = window.openTab(clientSpec);
        QVERIFY(server && client);
        window.show();
        QVERIFY(dock->isHidden()); // hidden at start: nothing polls
        QVERIFY(!panel->isPolling());
        action->trigger();
        QVERIFY(dock->isVisible());
        window.setCurrentTab(0);
        QCOMPARE(panel->tab(), server);
        QTRY_COMPARE_WITH_TIMEOUT(panel->model()->rowCount(), 1, 10000); // the listener
        QVERIFY(panel->isPolling());
        window.setCurrentTab(1);
        QCOMPARE(panel->tab(), client);
        QCOMPARE(panel->model()->rowCount(), 0);
        QVERIFY(!panel->isPolling()); // no socket, no timer
        action->trigger();
        QVERIFY(!dock->isVisible());
        QVERIFY(!panel->isPolling());
    }

    void listsListenerAcceptedAndClient() {
        netcore_qt::SessionHub hub;
        TcpServerTab server(*OpenSpecParser::parse(u"tcp-server 127.0.0.1:0"_s), hub);
        QVERIFY(server.listeningAddress().has_value());
        const auto port = QString::number(server.listeningAddress()->port());
        TcpClientTab client(*OpenSpecParser::parse(u"tcp-client 127.0.0.1:"_s + port), hub);

        SocketsPanel panel;
        QAbstractItemModelTester tester(panel.model(),
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        panel.setTab(&server);
        panel.show();
        QVERIFY(QTest::qWaitForWindowExposed(&panel));
        auto& model = *panel.model();
        // The accepted connection appears with the hub's Accepted batch.
        QTRY_COMPARE_WITH_TIMEOUT(model.rowCount(), 2, 10000);
        const int listener = rowOfRole(model, netcore::SocketRole::Listener);
        const int accepted = rowOfRole(model, netcore::SocketRole::Accepted);
        QVERIFY(listener >= 0);
        QVERIFY(accepted >= 0);
        QCOMPARE(cell(model, listener, SocketListModel::Local),
                 QString::fromStdString(server.listeningAddress()->toString()));
        QCOMPARE(cell(model, listener, SocketListModel::Peer), u"—"_s);
        QCOMPARE(cell(model, accepted, SocketListModel::Role), u"accepted #1"_s);
        QCOMPARE(cell(model, accepted, SocketListModel::Local),
                 QString::fromStdString(server.listeningAddress()->toString()));
        QVERIFY(model.index(accepted, SocketListModel::Writable).data(SocketListModel::FlagRole).toBool());
        QVERIFY(!model.index(accepted, SocketListModel::Readable).data(SocketListModel::FlagRole).toBool());
        QCOMPARE(cell(model, accepted, SocketListModel::ToRead), u"0"_s);
        QVERIFY(panel.isPolling());
        // A first socket is selected at once: its options are shown.
        QVERIFY(panel.optionsEditor()->socketId().has_value());

        panel.setTab(&client);
        QCOMPARE(model.rowCount(), 1);
        QCOMPARE(model.entryAt(0)->snapshot.role, netcore::SocketRole::Client);
        QCOMPARE(cell(model, 0, SocketListModel::Peer),
                 QString::fromStdString(server.listeningAddress()->toString()));
        QCOMPARE(cell(model, 0, SocketListModel::Local),
                 cell(model, 0, SocketListModel::Local)); // formatted once
        QVERIFY(cell(model, 0, SocketListModel::Local).startsWith(u"127.0.0.1:"_s));

        // Hidden, nothing polls.
        panel.hide();
        QVERIFY(!panel.isPolling());
        panel.show();
        QVERIFY(panel.isPolling());

        // The client disconnects: its row goes with the Closed batch; with no socket, no polling.
        client.closeConnection();
        QTRY_COMPARE_WITH_TIMEOUT(model.rowCount(), 0, 10000);
        QVERIFY(!panel.isPolling());
        panel.setTab(nullptr);
        QCOMPARE(model.rowCount(), 0);
    }

    void pausedServerLeavesTheBytesWaiting() {
        netcore_qt::SessionHub hub;
        TcpServerTab server(*OpenSpecParser::parse(u"tcp-server 127.0.0.1:0"_s), hub);
        QVERIFY(server.listeningAddress().has_value());
        auto* pause = server.findChild<QCheckBox*>(u"pauseReadingCheck"_s);
        QVERIFY(pause);
        pause->setChecked(true);
        const auto port = QString::number(server.listeningAddress()->port());
        TcpClientTab client(*OpenSpecParser::parse(u"tcp-client 127.0.0.1:"_s + port), hub);

        SocketsPanel panel;
        QAbstractItemModelTester tester(panel.model(),
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        panel.setTab(&server);
        panel.show();
        auto& model = *panel.model();
        QTRY_COMPARE_WITH_TIMEOUT(model.rowCount(), 2, 10000);

        const QByteArray payload = "select() says: readable"_ba;
        client.sendBytes(payload);
        QTRY_COMPARE_WITH_TIMEOUT(client.stats().txBytes, quint64(payload.size()), 10000);
        const int accepted = rowOfRole(model, netcore::SocketRole::Accepted);
        QVERIFY(accepted >= 0);
        // Readable, with exactly the bytes sent waiting (one probe: poll, then FIONREAD).
        QTRY_VERIFY_WITH_TIMEOUT(
            model.index(accepted, SocketListModel::Readable).data(SocketListModel::FlagRole).toBool() &&
                cell(model, accepted, SocketListModel::ToRead) == QString::number(payload.size()),
            10000);
        QCOMPARE(server.stats().rxBytes, quint64(0));

        pause->setChecked(false);
        QTRY_COMPARE_WITH_TIMEOUT(server.stats().rxBytes, quint64(payload.size()), 10000);
        QTRY_COMPARE_WITH_TIMEOUT(cell(model, accepted, SocketListModel::ToRead), u"0"_s, 10000);
        QVERIFY(!model.index(accepted, SocketListModel::Readable).data(SocketListModel::FlagRole).toBool());
    }

    void pauseSurvivesARestart() {
        netcore_qt::SessionHub hub;
        TcpServerTab server(*OpenSpecParser::parse(u"tcp-server 127.0.0.1:0"_s), hub);
        auto* pause = server.findChild<QCheckBox*>(u"pauseReadingCheck"_s);
        QVERIFY(pause);
        pause->setChecked(true);
        server.stop();
        server.start();
        QVERIFY(server.listeningAddress().has_value());
        const auto port = QString::number(server.listeningAddress()->port());
        TcpClientTab client(*OpenSpecParser::parse(u"tcp-client 127.0.0.1:"_s + port), hub);
        SocketsPanel panel;
        panel.setTab(&server);
        panel.show();
        auto& model = *panel.model();
        QTRY_COMPARE_WITH_TIMEOUT(model.rowCount(), 2, 10000);
        client.sendBytes("abc"_ba);
        const int accepted = rowOfRole(model, netcore::SocketRole::Accepted);
        QTRY_COMPARE_WITH_TIMEOUT(cell(model, accepted, SocketListModel::ToRead), u"3"_s, 10000);
        QCOMPARE(server.stats().rxBytes, quint64(0));
    }
};

QTEST_MAIN(SocketsPanelTest)
#include "sockets_panel_test.moc"
