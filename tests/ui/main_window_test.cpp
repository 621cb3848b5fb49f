// The main window's own behaviour (tabs, actions, shortcuts, status totals, saved state) with
// stand-in tabs: what the window does with a tab does not depend on sockets. main_window_tabs_test
// drives the real TCP tabs through the same window.

#include "ui/byte_order_inspector.h"
#include "ui/main_window.h"
#include "ui/session_tab.h"
#include "ui/status_totals.h"

#include "netcore_qt/session_hub.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QDockWidget>
#include <QFile>
#include <QHash>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMessageBox>
#include <QPointer>
#include <QSettings>
#include <QStatusBar>
#include <QStyle>
#include <QTabBar>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QToolBar>

#include <functional>

using namespace Qt::StringLiterals;

namespace {

// What a stand-in tab was asked to do, kept beyond the tab's life (closing deletes it).
struct FakeLog {
    int starts = 0;
    int stops = 0;
};

// A SessionTab without a session: it counts start()/stop() and reports the counters it is given.
// Like the real tabs, it starts itself when the spec says autoStart.
class FakeTab : public SessionTab {
    Q_OBJECT

public:
    FakeTab(const TabSpec& spec, FakeLog& log) : m_spec(spec), m_log(log) {
        if (spec.autoStart) start();
    }

    [[nodiscard]] TabSpec spec() const override { return m_spec; }
    [[nodiscard]] TabStats stats() const override {
        TabStats stats = m_stats;
        stats.name = title();
        stats.kind = tabKindName(m_spec.kind);
        return stats;
    }
    void start() override { ++m_log.starts; }
    void stop() override { ++m_log.stops; }
    [[nodiscard]] QString title() const override {
        return m_spec.name.isEmpty() ? u"Fake :%1"_s.arg(m_spec.port) : m_spec.name;
    }

    void setStats(const TabStats& stats) {
        m_stats = stats;
        emit statsChanged();
    }
    void setPort(quint16 port) {
        m_spec.port = port;
        emit titleChanged();
    }

private:
    TabSpec m_spec;
    FakeLog& m_log;
    TabStats m_stats;
};

template <typename T>
T* child(const QObject& parent, const QString& name) {
    auto* found = parent.findChild<T*>(name);
    if (found == nullptr) qWarning("no child named %s", qPrintable(name));
    return found;
}

TabSpec fakeSpec(TabKind kind, quint16 port, const QString& name = {}) {
    TabSpec spec;
    spec.kind = kind;
    spec.port = port;
    spec.name = name;
    return spec;
}

TabStats counters(quint64 rxBytes, quint64 txBytes, quint64 connections, quint64 errors) {
    TabStats stats;
    stats.rxBytes = rxBytes;
    stats.txBytes = txBytes;
    stats.connections = connections;
    stats.errors = errors;
    return stats;
}

// Runs check on the modal dialog that action opens (QInputDialog and QMessageBox run a nested
// event loop, so the test looks for it from a timer inside that loop).
template <typename Dialog>
bool onModalDialog(const std::function<void()>& action, const std::function<void(Dialog*)>& check) {
    bool seen = false;
    QTimer poll;
    poll.setInterval(10);
    QObject::connect(&poll, &QTimer::timeout, &poll, [&] {
        if (auto* dialog = qobject_cast<Dialog*>(QApplication::activeModalWidget())) {
            poll.stop();
            seen = true;
            check(dialog);
        }
    });
    poll.start();
    action();
    return seen;
}

} // namespace

class MainWindowTest : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void showsTheEmptyStateWhenNoTabIsOpen();
    void offersNewActions_data();
    void offersNewActions();
    void noTwoActionsShareAShortcut();
    void newActionsOpenTabsThatWaitForStart_data();
    void newActionsOpenTabsThatWaitForStart();
    void applicationIconRenders();
    void byteOrderInspectorDocks();
    void aboutTextNamesTheVersion();
    void aboutActionShowsTheVersion();
    void closingATabStopsItsSession();
    void shortcutsCloseAndSwitchTabs();
    void renamesTabs();
    void doubleClickRenamesTheTab();
    void tabsFollowTheirTitleAndCanBeReordered();
    void copiesTheTabAsACommandLine();
    void statusBarShowsTotals();
    void totalsSummary();
    void quitStopsSessionsAndSavesTheWindow();
    void restoresTheSavedGeometry();
    void restoresTabsWithoutStartingThem();
    void commandLineSessionsLeaveSavedTabsAlone();
    void workspaceRoundTrip();
    void workspaceErrorsNameTheProblem();

private:
    MainWindowOptions options() {
        return {.rememberTabs = true,
                .tabFactory = [this](const TabSpec& spec, netcore_qt::SessionHub&, QWidget*) {
                    return new FakeTab(spec, m_log);
                }};
    }

    QTemporaryDir m_settingsDir;
    QTemporaryDir m_files;
    netcore_qt::SessionHub m_hub;
    FakeLog m_log;
};

void MainWindowTest::initTestCase() {
    // Keep the tests away from the user's real settings (the registry on Windows, a plist on macOS):
    // MainWindow uses a default-constructed QSettings, which follows the default format and path.
    QVERIFY(m_settingsDir.isValid());
    QVERIFY(m_files.isValid());
    QSettings::setDefaultFormat(QSettings::IniFormat);
    QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, m_settingsDir.path());
    QCoreApplication::setOrganizationName(u"SockLabTest"_s);
    QCoreApplication::setApplicationName(u"ui_tests"_s);
}

void MainWindowTest::init() {
    QSettings().clear();
    m_log = {};
}

void MainWindowTest::showsTheEmptyStateWhenNoTabIsOpen() {
    MainWindow window(u"1.2.3"_s, m_hub, options());
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));

    QCOMPARE(window.tabCount(), 0);
    auto* tabs = child<QTabWidget>(window, u"sessionTabs"_s);
    auto* emptyState = child<QWidget>(window, u"emptyState"_s);
    auto* heading = child<QLabel>(window, u"emptyStateHeading"_s);
    QVERIFY(tabs && emptyState && heading);
    QVERIFY(emptyState->isVisible());
    QVERIFY(!tabs->isVisible());
    QVERIFY(heading->text().contains(u"No tabs open"_s));
    QVERIFY(tabs->tabsClosable());
    QVERIFY(tabs->isMovable());
    QVERIFY(tabs->documentMode());
    QVERIFY(window.statusBar()->isVisible());
    QCOMPARE(window.windowTitle(), u"SockLab"_s);
    // Nothing to close or rename yet.
    QVERIFY(!child<QAction>(window, u"closeTabAction"_s)->isEnabled());
    QVERIFY(!child<QAction>(window, u"renameTabAction"_s)->isEnabled());
}

void MainWindowTest::offersNewActions_data() {
    QTest::addColumn<QString>("objectName");
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("available");
    QTest::newRow("TCP server") << u"newTcpServerAction"_s << u"TCP Server"_s << true;
    QTest::newRow("TCP client") << u"newTcpClientAction"_s << u"TCP Client"_s << true;
    QTest::newRow("UDP server") << u"newUdpServerAction"_s << u"UDP Server"_s << true;
    QTest::newRow("UDP client") << u"newUdpClientAction"_s << u"UDP Client"_s << true;
    QTest::newRow("UDP chat") << u"newUdpChatAction"_s << u"UDP Chat"_s << true;
}

void MainWindowTest::offersNewActions() {
    QFETCH(QString, objectName);
    QFETCH(QString, text);
    QFETCH(bool, available);
    MainWindow window(u"1.2.3"_s, m_hub, options());

    auto* action = child<QAction>(window, objectName);
    auto* menu = child<QMenu>(window, u"newMenu"_s);
    auto* toolBar = child<QToolBar>(window, u"newToolBar"_s);
    QVERIFY(action && menu && toolBar);
    QCOMPARE(action->text().remove(u'&'), text);
    QVERIFY(menu->actions().contains(action));
    QVERIFY(toolBar->actions().contains(action));
    QCOMPARE(action->isEnabled(), available);
    // Kinds still to come say so.
    QCOMPARE(action->toolTip().contains(u"next release"_s), !available);
    // A null pixmap means the SVG could not be rendered: Qt Svg's plugins are missing at run time.
    QVERIFY(!action->icon().pixmap(QSize(24, 24)).isNull());
}

// Every menu and dock adds actions: a shortcut given twice makes Qt trigger neither ("ambiguous").
void MainWindowTest::noTwoActionsShareAShortcut() {
    MainWindow window(u"1.2.3"_s, m_hub, options());
    QHash<QKeySequence, QString> owners;
    for (QAction* action : window.findChildren<QAction*>()) {
        for (const QKeySequence& shortcut : action->shortcuts()) {
            const QString owner = action->objectName().isEmpty() ? action->text() : action->objectName();
            const QString first = owners.value(shortcut, owner);
            QVERIFY2(first == owner, qPrintable(shortcut.toString() + u": "_s + first + u" and "_s + owner));
            owners.insert(shortcut, owner);
        }
    }
    QVERIFY(owners.size() >= 10);
}

void MainWindowTest::newActionsOpenTabsThatWaitForStart_data() {
    QTest::addColumn<QString>("objectName");
    QTest::addColumn<TabKind>("kind");
    QTest::addColumn<QKeySequence>("shortcut");
    QTest::newRow("server") << u"newTcpServerAction"_s << TabKind::TcpServer
                            << QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_S);
    QTest::newRow("client") << u"newTcpClientAction"_s << TabKind::TcpClient
                            << QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_C);
    QTest::newRow("udp server") << u"newUdpServerAction"_s << TabKind::UdpServer
                                << QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_U);
    QTest::newRow("udp client") << u"newUdpClientAction"_s << TabKind::UdpClient
                                << QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_L);
    QTest::newRow("chat") << u"newUdpChatAction"_s << TabKind::Chat
                          << QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_H);
}

void MainWindowTest::newActionsOpenTabsThatWaitForStart() {
    QFETCH(QString, objectName);
    QFETCH(TabKind, kind);
    QFETCH(QKeySequence, shortcut);
    MainWindow window(u"1.2.3"_s, m_hub, options());
    auto* action = child<QAction>(window, objectName);
    QVERIFY(action);
    QCOMPARE(action->shortcut(), shortcut);

    action->trigger();
    QCOMPARE(window.tabCount(), 1);
    const TabSpec spec = window.tabSpecs().at(0);
    QCOMPARE(spec.kind, kind);
    QCOMPARE(spec.host, u"127.0.0.1"_s);
    // The tutorials' ports: 8080 for TCP, 9000 for UDP, 8081 for the QQ chat.
    const quint16 port = kind == TabKind::Chat                                        ? 8081
                         : (kind == TabKind::UdpServer || kind == TabKind::UdpClient) ? 9000
                                                                                      : 8080;
    QCOMPARE(spec.port, port);
    QVERIFY(!spec.autoStart);
    QCOMPARE(m_log.starts, 0);
}

void MainWindowTest::byteOrderInspectorDocks() {
    MainWindow window(u"1.2.3"_s, m_hub, options());
    window.show();
    auto* action = child<QAction>(window, u"byteOrderInspectorAction"_s);
    auto* dock = child<QDockWidget>(window, u"byteOrderDock"_s);
    QVERIFY(action && dock);
    QVERIFY(!dock->isVisible());
    action->trigger();
    QVERIFY(dock->isVisible());
    QVERIFY(qobject_cast<ByteOrderInspector*>(dock->widget()));
}

void MainWindowTest::applicationIconRenders() {
    QVERIFY(!MainWindow::applicationIcon().pixmap(QSize(64, 64)).isNull());
}

void MainWindowTest::aboutTextNamesTheVersion() {
    const MainWindow window(u"9.8.7"_s, m_hub, options());
    QVERIFY(window.aboutText().contains(u"SockLab 9.8.7"_s));
}

void MainWindowTest::aboutActionShowsTheVersion() {
    MainWindow window(u"9.8.7"_s, m_hub, options());
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    auto* about = child<QAction>(window, u"aboutAction"_s);
    QVERIFY(about);

    QString shownText;
    QVERIFY(onModalDialog<QMessageBox>([about] { about->trigger(); },
                                       [&](QMessageBox* box) {
                                           shownText = box->text();
                                           box->accept();
                                       }));
    QVERIFY(shownText.contains(u"9.8.7"_s));
}

void MainWindowTest::closingATabStopsItsSession() {
    MainWindow window(u"1.2.3"_s, m_hub, options());
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    auto* tabs = child<QTabWidget>(window, u"sessionTabs"_s);
    auto* emptyState = child<QWidget>(window, u"emptyState"_s);
    QVERIFY(tabs && emptyState);

    const QPointer<SessionTab> tab = window.openTab(fakeSpec(TabKind::TcpServer, 7001));
    QVERIFY(tab);
    QCOMPARE(m_log.starts, 1);
    QCOMPARE(window.tabCount(), 1);
    QCOMPARE(window.tabs(), QList<SessionTab*>{tab.data()});
    QVERIFY(tabs->isVisible());
    QVERIFY(!emptyState->isVisible());

    // Click the tab's own close button, wherever the style puts it (macOS: on the left).
    QTabBar* bar = tabs->tabBar();
    const auto side = static_cast<QTabBar::ButtonPosition>(
        bar->style()->styleHint(QStyle::SH_TabBar_CloseButtonPosition, nullptr, bar));
    QWidget* closeButton = bar->tabButton(0, side);
    QVERIFY(closeButton);
    QTest::mouseClick(closeButton, Qt::LeftButton);

    QCOMPARE(m_log.stops, 1);
    QCOMPARE(window.tabCount(), 0);
    QVERIFY(emptyState->isVisible());
    QVERIFY(!tabs->isVisible());
    QTRY_VERIFY(tab.isNull());
}

void MainWindowTest::shortcutsCloseAndSwitchTabs() {
    MainWindow window(u"1.2.3"_s, m_hub, options());
    window.show();
    QVERIFY(QTest::qWaitForWindowActive(&window));
    auto* tabs = child<QTabWidget>(window, u"sessionTabs"_s);
    QVERIFY(tabs);
    for (const quint16 port : {quint16{7001}, quint16{7002}, quint16{7003}})
        window.openTab(fakeSpec(TabKind::TcpClient, port));
    QCOMPARE(tabs->currentIndex(), 2);

    QTest::keyClick(&window, Qt::Key_Tab, Qt::ControlModifier);
    QCOMPARE(tabs->currentIndex(), 0); // wraps around
    QTest::keyClick(&window, Qt::Key_Backtab, Qt::ControlModifier | Qt::ShiftModifier);
    QCOMPARE(tabs->currentIndex(), 2);
    QTest::keyClick(&window, Qt::Key_PageUp, Qt::ControlModifier);
    QCOMPARE(tabs->currentIndex(), 1);

    QTest::keyClick(&window, Qt::Key_W, Qt::ControlModifier);
    QCOMPARE(window.tabCount(), 2);
    QCOMPARE(m_log.stops, 1);
    QCOMPARE(window.tabSpecs().at(0).port, quint16{7001});
    QCOMPARE(window.tabSpecs().at(1).port, quint16{7003});
}

void MainWindowTest::renamesTabs() {
    MainWindow window(u"1.2.3"_s, m_hub, options());
    auto* tabs = child<QTabWidget>(window, u"sessionTabs"_s);
    QVERIFY(tabs);
    window.openTab(fakeSpec(TabKind::TcpServer, 7001));
    QCOMPARE(tabs->tabText(0), u"Fake :7001"_s);

    window.renameTab(0, u"R&D echo"_s);
    // '&' is shown as typed, not as a mnemonic.
    QCOMPARE(tabs->tabText(0), u"R&&D echo"_s);
    QCOMPARE(window.tabSpecs().at(0).name, u"R&D echo"_s);
    QCOMPARE(window.tabStats().at(0).name, u"R&D echo"_s);
    QVERIFY(tabs->tabToolTip(0).contains(u"name='R&D echo'"_s));

    // An empty name gives the tab its own title back.
    window.renameTab(0, u"  "_s);
    QCOMPARE(tabs->tabText(0), u"Fake :7001"_s);
    QVERIFY(window.tabSpecs().at(0).name.isEmpty());
}

void MainWindowTest::doubleClickRenamesTheTab() {
    MainWindow window(u"1.2.3"_s, m_hub, options());
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    auto* tabs = child<QTabWidget>(window, u"sessionTabs"_s);
    QVERIFY(tabs);
    window.openTab(fakeSpec(TabKind::TcpServer, 7001));
    window.openTab(fakeSpec(TabKind::TcpServer, 7002));
    QTabBar* bar = tabs->tabBar();

    QString offered;
    QVERIFY(onModalDialog<QInputDialog>(
        [&] { QTest::mouseDClick(bar, Qt::LeftButton, {}, bar->tabRect(0).center()); },
        [&](QInputDialog* dialog) {
            offered = dialog->textValue();
            dialog->setTextValue(u"Upper"_s);
            dialog->accept();
        }));
    QCOMPARE(offered, u"Fake :7001"_s);
    QCOMPARE(tabs->tabText(0), u"Upper"_s);
    QCOMPARE(tabs->tabText(1), u"Fake :7002"_s);

    // F2 renames the current tab; Cancel changes nothing.
    auto* rename = child<QAction>(window, u"renameTabAction"_s);
    QCOMPARE(rename->shortcut(), QKeySequence(Qt::Key_F2));
    QVERIFY(onModalDialog<QInputDialog>([rename] { rename->trigger(); },
                                        [](QInputDialog* dialog) {
                                            dialog->setTextValue(u"ignored"_s);
                                            dialog->reject();
                                        }));
    QCOMPARE(tabs->tabText(0), u"Upper"_s);
}

void MainWindowTest::tabsFollowTheirTitleAndCanBeReordered() {
    MainWindow window(u"1.2.3"_s, m_hub, options());
    auto* tabs = child<QTabWidget>(window, u"sessionTabs"_s);
    QVERIFY(tabs);
    auto* first = qobject_cast<FakeTab*>(window.openTab(fakeSpec(TabKind::TcpServer, 7001)));
    auto* second = window.openTab(fakeSpec(TabKind::TcpClient, 7002));
    QVERIFY(first && second);

    first->setPort(7005);
    QCOMPARE(tabs->tabText(0), u"Fake :7005"_s);
    QCOMPARE(tabs->tabToolTip(0), u"tcp-server 127.0.0.1:7005"_s);

    tabs->tabBar()->moveTab(0, 1);
    QCOMPARE(window.tabs(), (QList<SessionTab*>{second, first}));
    QCOMPARE(window.tabSpecs().at(0).kind, TabKind::TcpClient);
    QCOMPARE(window.tabStats().at(1).name, u"Fake :7005"_s);
}

void MainWindowTest::copiesTheTabAsACommandLine() {
    MainWindow window(u"1.2.3"_s, m_hub, options());
    TabSpec spec = fakeSpec(TabKind::TcpClient, 7001);
    spec.send = u"it's $HOME"_s;
    window.openTab(spec);
    auto* copy = child<QAction>(window, u"copyCommandLineAction"_s);
    QVERIFY(copy);
    copy->trigger();
    // Pasted into a POSIX shell, the spec arrives unchanged: nothing expands inside '...'.
    QCOMPARE(QApplication::clipboard()->text(),
             u"socklab --open 'tcp-client 127.0.0.1:7001 send=\"it'\\''s $HOME\"'"_s);
}

void MainWindowTest::statusBarShowsTotals() {
    MainWindow window(u"1.2.3"_s, m_hub, options());
    auto* totals = child<StatusTotals>(window, u"statusTotals"_s);
    QVERIFY(totals);
    QVERIFY(totals->text().contains(u"Tabs: 0"_s));

    auto* server = qobject_cast<FakeTab*>(window.openTab(fakeSpec(TabKind::TcpServer, 7001)));
    auto* client = qobject_cast<FakeTab*>(window.openTab(fakeSpec(TabKind::TcpClient, 7001)));
    QVERIFY(server && client);
    // A new tab shows at once; counters follow within the throttle interval.
    QVERIFY(totals->text().contains(u"Tabs: 2"_s));
    server->setStats(counters(2048, 10, 2, 1));
    client->setStats(counters(10, 2048, 1, 0));
    QTRY_VERIFY_WITH_TIMEOUT(totals->text().contains(u"Connections: 3"_s), 2000);
    QVERIFY(totals->text().contains(u"Errors: 1"_s));

    window.closeTab(0);
    QVERIFY(totals->text().contains(u"Tabs: 1"_s));
    QVERIFY(totals->text().contains(u"Connections: 1"_s));
}

void MainWindowTest::totalsSummary() {
    const QString summary = StatusTotals::summary({counters(5, 7, 1, 2), counters(5, 0, 2, 0)});
    QVERIFY(summary.contains(u"Tabs: 2"_s));
    QVERIFY(summary.contains(u"Connections: 3"_s));
    QVERIFY(summary.contains(u"In: 10 bytes"_s));
    QVERIFY(summary.contains(u"Out: 7 bytes"_s));
    QVERIFY(summary.contains(u"Errors: 2"_s));
}

void MainWindowTest::quitStopsSessionsAndSavesTheWindow() {
    MainWindow window(u"1.2.3"_s, m_hub, options());
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    window.openTab(fakeSpec(TabKind::TcpServer, 7001));
    window.openTab(fakeSpec(TabKind::TcpClient, 7001));
    auto* quit = child<QAction>(window, u"quitAction"_s);
    QVERIFY(quit);
    QCOMPARE(quit->shortcut(), QKeySequence(Qt::CTRL | Qt::Key_Q));

    quit->trigger();
    QVERIFY(!window.isVisible());
    QCOMPARE(m_log.stops, 2);
    const QSettings settings;
    QVERIFY(settings.contains(u"mainWindow/geometry"_s));
    QVERIFY(settings.contains(u"mainWindow/state"_s));
    QVERIFY(settings.value(u"mainWindow/tabs"_s).toString().contains(u"tcp-client"_s));
}

void MainWindowTest::restoresTheSavedGeometry() {
    const QSize size(640, 420);
    {
        MainWindow first(u"1.2.3"_s, m_hub, options());
        first.show();
        QVERIFY(QTest::qWaitForWindowExposed(&first));
        first.resize(size);
        QTRY_COMPARE(first.size(), size);
        first.close();
    }
    const MainWindow second(u"1.2.3"_s, m_hub, options());
    QCOMPARE(second.size(), size);
}

void MainWindowTest::restoresTabsWithoutStartingThem() {
    QList<TabSpec> before;
    {
        MainWindow first(u"1.2.3"_s, m_hub, options());
        TabSpec server = fakeSpec(TabKind::TcpServer, 7001);
        server.reply.mode = ReplySpec::Mode::Echo;
        first.openTab(server);
        TabSpec client = fakeSpec(TabKind::TcpClient, 7001);
        client.send = u"hello"_s;
        first.openTab(client);
        first.renameTab(1, u"Greeter"_s);
        auto* tabs = child<QTabWidget>(first, u"sessionTabs"_s);
        tabs->setCurrentIndex(0);
        before = first.tabSpecs();
        first.close();
    }
    m_log = {};
    MainWindow second(u"1.2.3"_s, m_hub, options());
    QCOMPARE(second.tabCount(), 2);
    QCOMPARE(m_log.starts, 0);
    QList<TabSpec> after = second.tabSpecs();
    for (auto& spec : before)
        spec.autoStart = false;
    QCOMPARE(after, before);
    QCOMPARE(child<QTabWidget>(second, u"sessionTabs"_s)->currentIndex(), 0);
    QCOMPARE(child<QTabWidget>(second, u"sessionTabs"_s)->tabText(1), u"Greeter"_s);
    QVERIFY(second.statusBar()->currentMessage().contains(u"not started"_s));
}

void MainWindowTest::commandLineSessionsLeaveSavedTabsAlone() {
    {
        MainWindow first(u"1.2.3"_s, m_hub, options());
        first.openTab(fakeSpec(TabKind::TcpServer, 7001));
        first.close();
    }
    auto scripted = options();
    scripted.rememberTabs = false;
    {
        MainWindow second(u"1.2.3"_s, m_hub, scripted);
        QCOMPARE(second.tabCount(), 0);
        second.openTab(fakeSpec(TabKind::TcpClient, 7009));
        second.close();
    }
    const MainWindow third(u"1.2.3"_s, m_hub, options());
    QCOMPARE(third.tabCount(), 1);
    QCOMPARE(third.tabSpecs().at(0).port, quint16{7001});
}

void MainWindowTest::workspaceRoundTrip() {
    const QString path = m_files.filePath(u"round-trip.json"_s);
    QList<TabSpec> saved;
    {
        MainWindow first(u"1.2.3"_s, m_hub, options());
        TabSpec server = fakeSpec(TabKind::TcpServer, 7001, u"Echo"_s);
        server.reply.mode = ReplySpec::Mode::Upper;
        first.openTab(server);
        TabSpec client = fakeSpec(TabKind::TcpClient, 7001);
        client.send = u"hello world"_s;
        client.autoStart = false;
        first.openTab(client);
        first.renameTab(1, u"Client one"_s);
        QVERIFY(first.saveWorkspace(path).has_value());
        saved = first.tabSpecs();
    }
    m_log = {};
    MainWindow second(u"1.2.3"_s, m_hub, options());
    second.openTab(fakeSpec(TabKind::TcpServer, 9000));
    const auto opened = second.openWorkspace(path);
    QVERIFY(opened.has_value());
    QCOMPARE(*opened, 2);
    // Added after the open tab; each starts as its workspace entry says.
    QCOMPARE(second.tabSpecs().mid(1), saved);
    QCOMPARE(m_log.starts, 2);
}

void MainWindowTest::workspaceErrorsNameTheProblem() {
    const QString path = m_files.filePath(u"bad.json"_s);
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(R"({"version": 1, "tabs": [{"kind": "tcp-server", "host": "127.0.0.1", "port": 70000}]})");
    file.close();

    MainWindow window(u"1.2.3"_s, m_hub, options());
    const auto opened = window.openWorkspace(path);
    QVERIFY(!opened.has_value());
    QVERIFY2(opened.error().contains(u"tabs[0].port"_s), qPrintable(opened.error()));
    QVERIFY(opened.error().contains(u"bad.json"_s));
    QCOMPARE(window.tabCount(), 0);

    const auto saved = window.saveWorkspace(m_files.filePath(u"no-such-folder/w.json"_s));
    QVERIFY(!saved.has_value());
    QVERIFY(saved.error().contains(u"no-such-folder"_s));
}

QTEST_MAIN(MainWindowTest)
#include "main_window_test.moc"
