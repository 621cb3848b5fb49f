#include "ui/main_window.h"

#include <QAction>
#include <QApplication>
#include <QLabel>
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

using namespace Qt::StringLiterals;

class MainWindowTest : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void showsTheEmptyStateWhenNoTabIsOpen();
    void offersNewActions_data();
    void offersNewActions();
    void applicationIconRenders();
    void aboutTextNamesTheVersion();
    void aboutActionShowsTheVersion();
    void tabsShowAndCloseBackToTheEmptyState();
    void quitClosesTheWindowAndSavesItsGeometry();
    void restoresTheSavedGeometry();

private:
    QTemporaryDir m_settingsDir;
};

namespace {

template <typename T>
T* child(const QObject& parent, const QString& name) {
    auto* found = parent.findChild<T*>(name);
    if (found == nullptr) qWarning("no child named %s", qPrintable(name));
    return found;
}

} // namespace

void MainWindowTest::initTestCase() {
    // Keep the tests away from the user's real settings (the registry on Windows, a plist on macOS):
    // MainWindow uses a default-constructed QSettings, which follows the default format and path.
    QVERIFY(m_settingsDir.isValid());
    QSettings::setDefaultFormat(QSettings::IniFormat);
    QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, m_settingsDir.path());
    QCoreApplication::setOrganizationName(u"SockLabTest"_s);
    QCoreApplication::setApplicationName(u"ui_tests"_s);
}

void MainWindowTest::init() {
    QSettings().clear();
}

void MainWindowTest::showsTheEmptyStateWhenNoTabIsOpen() {
    MainWindow window(u"1.2.3"_s);
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
}

void MainWindowTest::offersNewActions_data() {
    QTest::addColumn<QString>("objectName");
    QTest::addColumn<QString>("text");
    QTest::newRow("TCP server") << u"newTcpServerAction"_s << u"TCP Server"_s;
    QTest::newRow("TCP client") << u"newTcpClientAction"_s << u"TCP Client"_s;
    QTest::newRow("UDP server") << u"newUdpServerAction"_s << u"UDP Server"_s;
    QTest::newRow("UDP client") << u"newUdpClientAction"_s << u"UDP Client"_s;
    QTest::newRow("UDP chat") << u"newUdpChatAction"_s << u"UDP Chat"_s;
}

void MainWindowTest::offersNewActions() {
    QFETCH(QString, objectName);
    QFETCH(QString, text);
    MainWindow window(u"1.2.3"_s);

    auto* action = child<QAction>(window, objectName);
    auto* menu = child<QMenu>(window, u"newMenu"_s);
    auto* toolBar = child<QToolBar>(window, u"newToolBar"_s);
    QVERIFY(action && menu && toolBar);
    QCOMPARE(action->text().remove(u'&'), text);
    QVERIFY(menu->actions().contains(action));
    QVERIFY(toolBar->actions().contains(action));
    // Placeholders until the tab kinds land: disabled, and they say so.
    QVERIFY(!action->isEnabled());
    QVERIFY(action->toolTip().contains(u"coming soon"_s));
    // A null pixmap means the SVG could not be rendered: Qt Svg's plugins are missing at run time.
    QVERIFY(!action->icon().pixmap(QSize(24, 24)).isNull());
}

void MainWindowTest::applicationIconRenders() {
    QVERIFY(!MainWindow::applicationIcon().pixmap(QSize(64, 64)).isNull());
}

void MainWindowTest::aboutTextNamesTheVersion() {
    const MainWindow window(u"9.8.7"_s);
    QVERIFY(window.aboutText().contains(u"SockLab 9.8.7"_s));
}

void MainWindowTest::aboutActionShowsTheVersion() {
    MainWindow window(u"9.8.7"_s);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    auto* about = child<QAction>(window, u"aboutAction"_s);
    QVERIFY(about);

    // QMessageBox::about() runs a nested event loop: poll from inside it for the box, read it, close it.
    QString shownText;
    QTimer poll;
    poll.setInterval(10);
    connect(&poll, &QTimer::timeout, &window, [&] {
        if (auto* box = qobject_cast<QMessageBox*>(QApplication::activeModalWidget())) {
            shownText = box->text();
            box->accept();
            poll.stop();
        }
    });
    poll.start();
    about->trigger();
    QVERIFY(shownText.contains(u"9.8.7"_s));
}

void MainWindowTest::tabsShowAndCloseBackToTheEmptyState() {
    MainWindow window(u"1.2.3"_s);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    auto* tabs = child<QTabWidget>(window, u"sessionTabs"_s);
    auto* emptyState = child<QWidget>(window, u"emptyState"_s);
    QVERIFY(tabs && emptyState);

    const QPointer<QWidget> page = new QLabel(u"a session"_s);
    QCOMPARE(window.addTab(page, QIcon(), u"Session"_s), 0);
    QCOMPARE(window.tabCount(), 1);
    QVERIFY(tabs->isVisible());
    QVERIFY(!emptyState->isVisible());

    // Click the tab's own close button, wherever the style puts it (macOS: on the left).
    QTabBar* bar = tabs->tabBar();
    const auto side = static_cast<QTabBar::ButtonPosition>(
        bar->style()->styleHint(QStyle::SH_TabBar_CloseButtonPosition, nullptr, bar));
    QWidget* closeButton = bar->tabButton(0, side);
    QVERIFY(closeButton);
    QTest::mouseClick(closeButton, Qt::LeftButton);

    QCOMPARE(window.tabCount(), 0);
    QVERIFY(emptyState->isVisible());
    QVERIFY(!tabs->isVisible());
    QTRY_VERIFY(page.isNull());
}

void MainWindowTest::quitClosesTheWindowAndSavesItsGeometry() {
    MainWindow window(u"1.2.3"_s);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    auto* quit = child<QAction>(window, u"quitAction"_s);
    QVERIFY(quit);
    QCOMPARE(quit->shortcut(), QKeySequence(Qt::CTRL | Qt::Key_Q));

    quit->trigger();
    QVERIFY(!window.isVisible());
    const QSettings settings;
    QVERIFY(settings.contains(u"mainWindow/geometry"_s));
    QVERIFY(settings.contains(u"mainWindow/state"_s));
}

void MainWindowTest::restoresTheSavedGeometry() {
    const QSize size(640, 420);
    {
        MainWindow first(u"1.2.3"_s);
        first.show();
        QVERIFY(QTest::qWaitForWindowExposed(&first));
        first.resize(size);
        QTRY_COMPARE(first.size(), size);
        first.close();
    }
    const MainWindow second(u"1.2.3"_s);
    QCOMPARE(second.size(), size);
}

QTEST_MAIN(MainWindowTest)
#include "main_window_test.moc"
