#include "ui/main_window.h"
#include "ui/byte_order_inspector.h"
#include "ui/call_timeline_panel.h"
#include "ui/traffic_view.h"

#include "ui/language_choice.h"
#include "ui/open_spec_parser.h"
#include "ui/scenario_panel.h"
#include "ui/scenario_runner.h"
#include "ui/session_tab.h"
#include "ui/settings_dialog.h"
#include "ui/sockets_panel.h"
#include "ui/start_page.h"
#include "ui/status_totals.h"
#include "ui/tab_area.h"
#include "ui/workspace_file.h"

#include "netcore_qt/session_handle.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QCloseEvent>
#include <QDir>
#include <QDockWidget>
#include <QFileDialog>
#include <QFileInfo>
#include <QIcon>
#include <QInputDialog>
#include <QJsonDocument>
#include <QKeySequence>
#include <QLocale>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QProcess>
#include <QScreen>
#include <QSettings>
#include <QStatusBar>
#include <QToolBar>

#include <algorithm>
#include <utility>

using namespace Qt::StringLiterals;

namespace {

// Bump when toolbars or docks change so that an old saved layout is ignored instead of misapplied.
constexpr int stateVersion = 1;
constexpr auto geometryKey = "mainWindow/geometry"_L1;
constexpr auto stateKey = "mainWindow/state"_L1;
// The open tabs as a workspace (the same JSON as File ▸ Save Workspace), and which was current.
constexpr auto tabsKey = "mainWindow/tabs"_L1;
constexpr auto currentTabKey = "mainWindow/currentTab"_L1;
constexpr auto workspaceDirKey = "workspace/lastDirectory"_L1;
constexpr int statusMessageMs = 8000;

} // namespace

MainWindow::MainWindow(QString version, netcore_qt::SessionHub& hub, MainWindowOptions options,
                       QWidget* parent)
    : QMainWindow(parent), m_version(std::move(version)), m_hub(hub), m_options(std::move(options)) {
    if (!m_options.tabFactory) m_options.tabFactory = createSessionTab;
    setWindowTitle(tr("SockLab"));
    setWindowIcon(applicationIcon());
    createActions();
    createMenus();
    createToolBar();
    auto* startPage = new StartPage(m_newActions, m_scenarios);
    connect(startPage, &StartPage::runRequested, this, [this](int id) { runScenario(id); });
    m_tabArea = new TabArea(startPage);
    setCentralWidget(m_tabArea);
    if (auto* sockets = findChild<SocketsPanel*>(u"socketsPanel"_s))
        connect(m_tabArea, &TabArea::currentChanged, sockets,
                [this, sockets](int index) { sockets->setTab(m_tabArea->tabAt(index)); });
    connect(m_tabArea, &TabArea::countChanged, this, &MainWindow::updateTabActions);
    connect(m_tabArea, &TabArea::renameRequested, this, [this](int index) {
        m_tabArea->setCurrentIndex(index);
        askToRenameCurrentTab();
    });
    connect(m_tabArea, &TabArea::contextMenuRequested, this,
            [this](int, const QPoint& globalPos) { showTabMenu(globalPos); });
    createStatusBar();
    statusBar()->showMessage(tr("Ready"));
    restoreWindowState();
    if (m_options.rememberTabs) restoreTabs();
    updateTabActions();
}

MainWindow::~MainWindow() {
    // Sessions stop while the window and the hub still exist; the tabs' own destructors run later.
    for (SessionTab* tab : m_tabArea->tabs())
        tab->stop();
}

QIcon MainWindow::applicationIcon() {
    return QIcon(u":/icons/socklab.svg"_s);
}

SessionTab* MainWindow::openTab(const TabSpec& spec) {
    SessionTab* tab = m_options.tabFactory(spec, m_hub, nullptr);
    if (tab == nullptr) return nullptr;
    // The tab has started itself already when spec.autoStart says so (TcpServerTab and
    // TcpClientTab do it at the end of their constructors); an error such as EADDRINUSE is in it.
    m_tabArea->addSessionTab(tab);
    // A row selected in any of the tab's traffic views is decoded in the byte-order inspector.
    for (auto* view : tab->findChildren<TrafficView*>())
        connect(view, &TrafficView::bytesSelected, m_inspector, &ByteOrderInspector::setBytes);
    return tab;
}

void MainWindow::closeTab(int index) {
    m_tabArea->closeTab(index);
}

void MainWindow::renameTab(int index, const QString& name) {
    m_tabArea->renameTab(index, name);
}

int MainWindow::tabCount() const {
    return m_tabArea->count();
}

int MainWindow::currentTab() const {
    return m_tabArea->currentIndex();
}

void MainWindow::setCurrentTab(int index) {
    m_tabArea->setCurrentIndex(index);
}

QList<SessionTab*> MainWindow::tabs() const {
    return m_tabArea->tabs();
}

QList<TabSpec> MainWindow::tabSpecs() const {
    return m_tabArea->specs();
}

QList<TabStats> MainWindow::tabStats() const {
    return m_tabArea->stats();
}

std::expected<int, QString> MainWindow::openWorkspace(const QString& path) {
    auto specs = WorkspaceFile::read(path);
    if (!specs) return std::unexpected(specs.error());
    for (const auto& spec : *specs)
        openTab(spec);
    return static_cast<int>(specs->size());
}

std::expected<void, QString> MainWindow::saveWorkspace(const QString& path) const {
    return WorkspaceFile::write(path, tabSpecs());
}

QString MainWindow::aboutText() const {
    return tr("<h3>SockLab %1</h3>"
              "<p>A desktop network tester that calls the operating system's sockets directly and shows "
              "what they did: every call with its result or error, and how long it blocked.</p>"
              "<p>Built with Qt %2, running on Qt %3.</p>")
        .arg(m_version.toHtmlEscaped(), QStringLiteral(QT_VERSION_STR), QString::fromLatin1(qVersion()));
}

void MainWindow::closeEvent(QCloseEvent* event) {
    saveWindowState();
    // Closing the window ends every session: no server keeps listening behind a closed window.
    for (SessionTab* tab : m_tabArea->tabs())
        tab->stop();
    QMainWindow::closeEvent(event);
}

void MainWindow::createActions() {
    m_newServerAction =
        createNewAction(u"newTcpServerAction"_s, u":/icons/tcp-server.svg"_s, tr("TCP &Server"),
                        tr("Listen for TCP connections and talk to each client"), true);
    m_newServerAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_S));
    connect(m_newServerAction, &QAction::triggered, this, [this] { openNewTab(TabKind::TcpServer); });
    m_newClientAction = createNewAction(u"newTcpClientAction"_s, u":/icons/tcp-client.svg"_s,
                                        tr("TCP &Client"), tr("Connect to a TCP server"), true);
    m_newClientAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_C));
    connect(m_newClientAction, &QAction::triggered, this, [this] { openNewTab(TabKind::TcpClient); });
    auto* newUdpServer =
        createNewAction(u"newUdpServerAction"_s, u":/icons/udp-server.svg"_s, tr("&UDP Server"),
                        tr("Receive UDP datagrams on a port and answer their senders"), true);
    newUdpServer->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_U));
    connect(newUdpServer, &QAction::triggered, this, [this] { openNewTab(TabKind::UdpServer); });
    auto* newUdpClient =
        createNewAction(u"newUdpClientAction"_s, u":/icons/udp-client.svg"_s, tr("UDP C&lient"),
                        tr("Send UDP datagrams to a host and port"), true);
    newUdpClient->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_L));
    connect(newUdpClient, &QAction::triggered, this, [this] { openNewTab(TabKind::UdpClient); });
    auto* newChat = createNewAction(u"newUdpChatAction"_s, u":/icons/chat.svg"_s, tr("UDP C&hat"),
                                    tr("Chat with other peers over UDP, like the tutorial's QQ chat"), true);
    newChat->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_H));
    connect(newChat, &QAction::triggered, this, [this] { openNewTab(TabKind::Chat); });
    m_newActions = {m_newServerAction, m_newClientAction, newUdpServer, newUdpClient, newChat};

    m_openWorkspaceAction =
        createAction(u"openWorkspaceAction"_s, tr("&Open Workspace…"), QKeySequence::Open);
    connect(m_openWorkspaceAction, &QAction::triggered, this, &MainWindow::chooseWorkspaceToOpen);
    // Ctrl+S rather than Save As's usual Ctrl+Shift+S, which opens a TCP server.
    m_saveWorkspaceAction =
        createAction(u"saveWorkspaceAction"_s, tr("&Save Workspace As…"), QKeySequence(Qt::CTRL | Qt::Key_S));
    connect(m_saveWorkspaceAction, &QAction::triggered, this, &MainWindow::chooseWorkspaceToSave);

    // QKeySequence::Quit is empty on Windows; Ctrl+Q is what users of a tester expect everywhere
    // (on macOS Qt maps Ctrl to Command).
    m_quitAction = createAction(u"quitAction"_s, tr("&Quit"), QKeySequence(Qt::CTRL | Qt::Key_Q));
    m_quitAction->setMenuRole(QAction::QuitRole);
    // close() rather than quit(): the window saves its state and stops the sessions in closeEvent.
    connect(m_quitAction, &QAction::triggered, this, &QWidget::close);

    m_renameTabAction = createAction(u"renameTabAction"_s, tr("&Rename Tab…"), QKeySequence(Qt::Key_F2));
    connect(m_renameTabAction, &QAction::triggered, this, &MainWindow::askToRenameCurrentTab);
    // Ctrl+W everywhere (QKeySequence::Close is Ctrl+F4 on Windows, which few testers know).
    m_closeTabAction =
        createAction(u"closeTabAction"_s, tr("&Close Tab"), QKeySequence(Qt::CTRL | Qt::Key_W));
    connect(m_closeTabAction, &QAction::triggered, this, [this] { closeTab(m_tabArea->currentIndex()); });
    // The platform's own bindings (Ctrl+Tab, Ctrl+Shift+Tab; Tab arrives as Backtab with Shift on
    // X11 and Windows), plus Ctrl+PgDown / Ctrl+PgUp as in browsers.
    m_nextTabAction = createAction(u"nextTabAction"_s, tr("&Next Tab"), {});
    m_nextTabAction->setShortcuts(QKeySequence::keyBindings(QKeySequence::NextChild)
                                  << QKeySequence(Qt::CTRL | Qt::Key_PageDown));
    connect(m_nextTabAction, &QAction::triggered, this, [this] { m_tabArea->selectNext(); });
    m_previousTabAction = createAction(u"previousTabAction"_s, tr("&Previous Tab"), {});
    m_previousTabAction->setShortcuts(QKeySequence::keyBindings(QKeySequence::PreviousChild)
                                      << QKeySequence(Qt::CTRL | Qt::Key_PageUp));
    connect(m_previousTabAction, &QAction::triggered, this, [this] { m_tabArea->selectPrevious(); });
    m_copyCommandLineAction = createAction(u"copyCommandLineAction"_s, tr("Copy as &Command Line"), {});
    m_copyCommandLineAction->setStatusTip(tr("Copy the socklab --open argument that opens this tab again"));
    connect(m_copyCommandLineAction, &QAction::triggered, this, &MainWindow::copyCurrentTabAsCommandLine);
    m_copyPythonAction = createAction(u"copyPythonAction"_s, tr("Copy as &Python"),
                                      QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_P));
    m_copyPythonAction->setStatusTip(
        tr("Copy the socket calls of this tab as a Python script that replays them"));
    connect(m_copyPythonAction, &QAction::triggered, this, [this] {
        const int index = m_tabArea->currentIndex();
        if (index >= 0) {
            QApplication::clipboard()->setText(tabs().at(index)->pythonScript());
            statusBar()->showMessage(tr("Copied this tab's calls as a Python script"), statusMessageMs);
        }
    });

    m_aboutAction = createAction(u"aboutAction"_s, tr("&About SockLab"), {});
    m_aboutAction->setMenuRole(QAction::AboutRole);
    connect(m_aboutAction, &QAction::triggered, this, &MainWindow::showAbout);
    m_aboutQtAction = createAction(u"aboutQtAction"_s, tr("About &Qt"), {});
    m_aboutQtAction->setMenuRole(QAction::AboutQtRole);
    connect(m_aboutQtAction, &QAction::triggered, qApp, &QApplication::aboutQt);

    m_settingsAction = createAction(u"settingsAction"_s, tr("&Settings…"), QKeySequence::Preferences);
    m_settingsAction->setMenuRole(QAction::PreferencesRole);
    connect(m_settingsAction, &QAction::triggered, this, &MainWindow::showSettings);
}

QAction* MainWindow::createAction(const QString& objectName, const QString& text,
                                  const QKeySequence& shortcut) {
    auto* action = new QAction(text, this);
    action->setObjectName(objectName);
    action->setShortcut(shortcut);
    // Window-wide shortcuts: they work wherever the focus is inside a tab.
    action->setShortcutContext(Qt::WindowShortcut);
    addAction(action);
    return action;
}

QAction* MainWindow::createNewAction(const QString& objectName, const QString& iconPath, const QString& text,
                                     const QString& description, bool available) {
    auto* action = new QAction(QIcon(iconPath), text, this);
    action->setObjectName(objectName);
    // Kinds still to come stay visible so the window shows where it is going, and disabled so
    // nothing pretends to work. Qt shows tooltips on disabled buttons too.
    action->setEnabled(available);
    const QString tip = available ? description : tr("%1 (coming in the next release)").arg(description);
    action->setToolTip(tip);
    action->setStatusTip(tip);
    return action;
}

void MainWindow::createMenus() {
    QMenu* fileMenu = menuBar()->addMenu(tr("&File"));
    fileMenu->addAction(m_openWorkspaceAction);
    fileMenu->addAction(m_saveWorkspaceAction);
    fileMenu->addSeparator();
    fileMenu->addAction(m_quitAction);

    QMenu* newMenu = menuBar()->addMenu(tr("&New"));
    newMenu->setObjectName(u"newMenu"_s);
    // Menus hide tooltips by default; here they carry the "coming in the next release" note.
    newMenu->setToolTipsVisible(true);
    newMenu->addActions(m_newActions);

    QMenu* tabMenu = menuBar()->addMenu(tr("&Tab"));
    tabMenu->setObjectName(u"tabMenu"_s);
    tabMenu->addActions({m_renameTabAction, m_copyCommandLineAction, m_copyPythonAction});
    tabMenu->addSeparator();
    tabMenu->addActions({m_nextTabAction, m_previousTabAction});
    tabMenu->addSeparator();
    tabMenu->addAction(m_closeTabAction);

    // The byte-order inspector: a dock beside the tabs, hidden until asked for (its toggle action
    // also remembers, through saveState(), whether it was open).
    auto* inspectorDock = new QDockWidget(tr("Byte-order inspector"), this);
    inspectorDock->setObjectName(u"byteOrderDock"_s);
    m_inspector = new ByteOrderInspector(inspectorDock);
    inspectorDock->setWidget(m_inspector);
    addDockWidget(Qt::RightDockWidgetArea, inspectorDock);
    inspectorDock->hide();
    QAction* inspectorAction = inspectorDock->toggleViewAction();
    inspectorAction->setObjectName(u"byteOrderInspectorAction"_s);
    inspectorAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_B));
    QMenu* viewMenu = menuBar()->addMenu(tr("&View"));
    viewMenu->setObjectName(u"viewMenu"_s);
    viewMenu->addAction(inspectorAction);

    // The call timeline: every session's socket calls as a sequence diagram, fed by the hub (it
    // records while hidden, so opening it shows what already happened, up to its cap).
    auto* timelineDock = new QDockWidget(tr("Call timeline"), this);
    timelineDock->setObjectName(u"callTimelineDock"_s);
    auto* timeline = new CallTimelinePanel(timelineDock);
    timeline->attachHub(m_hub);
    // Lanes carry the title of the tab whose session made them.
    timeline->setSessionLabelProvider([this](netcore::SessionId session) {
        for (SessionTab* tab : tabs())
            for (const auto* handle : tab->findChildren<netcore_qt::SessionHandle*>())
                if (handle->sessionId() == session) return tab->title();
        return QString();
    });
    timelineDock->setWidget(timeline);
    addDockWidget(Qt::BottomDockWidgetArea, timelineDock);
    timelineDock->hide();
    QAction* timelineAction = timelineDock->toggleViewAction();
    timelineAction->setObjectName(u"callTimelineAction"_s);
    timelineAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_T));
    viewMenu->addAction(timelineAction);

    // The Sockets dock: the current tab's sockets, what select() would say of each, and the
    // selected one's options. It follows the current tab (connected once the tab area exists)
    // and polls only while shown.
    auto* socketsDock = new QDockWidget(tr("Sockets"), this);
    socketsDock->setObjectName(u"socketsDock"_s);
    auto* socketsPanel = new SocketsPanel(socketsDock);
    socketsPanel->setObjectName(u"socketsPanel"_s);
    socketsDock->setWidget(socketsPanel);
    addDockWidget(Qt::RightDockWidgetArea, socketsDock);
    socketsDock->hide();
    QAction* socketsAction = socketsDock->toggleViewAction();
    socketsAction->setObjectName(u"socketsAction"_s);
    socketsAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_O));
    viewMenu->addAction(socketsAction);
    // The first time it opens, the dock gets the width its tables want; later the user's width stays.
    connect(socketsDock, &QDockWidget::visibilityChanged, this,
            [this, socketsDock, sized = false](bool visible) mutable {
                if (!visible || sized || socketsDock->isFloating()) return;
                sized = true;
                const int wanted = socketsDock->widget()->sizeHint().width();
                // The tabs keep their minimum width: grow the window into free screen space first.
                if (!isMaximized() && !isFullScreen() && screen()) {
                    const int room = screen()->availableGeometry().right() - frameGeometry().right();
                    const int grow = std::clamp(wanted - socketsDock->width(), 0, std::max(room, 0));
                    if (grow > 0) resize(width() + grow, height());
                }
                resizeDocks({socketsDock}, {wanted}, Qt::Horizontal);
            });

    createScenarios(menuBar());

    QMenu* toolsMenu = menuBar()->addMenu(tr("T&ools"));
    toolsMenu->setObjectName(u"toolsMenu"_s);
    toolsMenu->addAction(m_settingsAction);

    QMenu* helpMenu = menuBar()->addMenu(tr("&Help"));
    helpMenu->addAction(m_aboutAction);
    helpMenu->addAction(m_aboutQtAction);
}

void MainWindow::createScenarios(QMenuBar* bar) {
    QStringList problems;
    m_scenarios = Scenario::builtIn(&problems);
    for (const QString& problem : std::as_const(problems))
        qWarning("scenario not loaded: %s", qPrintable(problem));
    m_scenarioRunner = new ScenarioRunner(*this, this);
    m_scenarioRunner->setObjectName(u"scenarioRunner"_s);

    auto* dock = new QDockWidget(tr("Scenario"), this);
    dock->setObjectName(u"scenarioDock"_s);
    auto* panel = new ScenarioPanel(*m_scenarioRunner, this, dock);
    dock->setWidget(panel);
    addDockWidget(Qt::RightDockWidgetArea, dock);
    dock->hide();
    connect(panel, &ScenarioPanel::scriptCopied, this, [this](bool empty) {
        statusBar()->showMessage(empty ? tr("No client call to copy yet")
                                       : tr("Copied the scenario's client calls as a Python script"),
                                 statusMessageMs);
    });

    QMenu* menu = bar->addMenu(tr("&Scenarios"));
    menu->setObjectName(u"scenariosMenu"_s);
    menu->setToolTipsVisible(true);
    for (const Scenario& scenario : std::as_const(m_scenarios)) {
        QAction* action = menu->addAction(tr("%1. %2").arg(scenario.id).arg(scenario.title));
        action->setProperty("scenarioId", scenario.id);
        action->setToolTip(scenario.summary);
        action->setStatusTip(scenario.summary);
        const int id = scenario.id;
        connect(action, &QAction::triggered, this, [this, id] { runScenario(id); });
    }
    menu->addSeparator();
    QAction* panelAction = dock->toggleViewAction();
    panelAction->setObjectName(u"scenarioPanelAction"_s);
    panelAction->setText(tr("Scenario &Panel"));
    menu->addAction(panelAction);
}

bool MainWindow::runScenario(int id) {
    for (const Scenario& scenario : std::as_const(m_scenarios)) {
        if (scenario.id != id) continue;
        if (auto* dock = findChild<QDockWidget*>(u"scenarioDock"_s)) {
            dock->show();
            dock->raise();
            // Room for the narration, taken from the tabs as far as their minimum allows.
            resizeDocks({dock}, {fontMetrics().averageCharWidth() * 48}, Qt::Horizontal);
        }
        m_scenarioRunner->start(scenario);
        return true;
    }
    return false;
}

void MainWindow::createToolBar() {
    QToolBar* toolBar = addToolBar(tr("New"));
    // saveState() identifies toolbars by object name.
    toolBar->setObjectName(u"newToolBar"_s);
    toolBar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    toolBar->addActions(m_newActions);
}

void MainWindow::createStatusBar() {
    m_totals = new StatusTotals([this] { return tabStats(); });
    statusBar()->addPermanentWidget(m_totals);
    connect(m_tabArea, &TabArea::statsChanged, m_totals, &StatusTotals::scheduleUpdate);
    connect(m_tabArea, &TabArea::countChanged, m_totals, &StatusTotals::updateNow);
}

void MainWindow::updateTabActions() {
    const bool any = m_tabArea->count() > 0;
    for (QAction* action : {m_renameTabAction, m_closeTabAction, m_copyCommandLineAction, m_copyPythonAction})
        action->setEnabled(any);
    for (QAction* action : {m_nextTabAction, m_previousTabAction})
        action->setEnabled(m_tabArea->count() > 1);
}

void MainWindow::openNewTab(TabKind kind) {
    TabSpec spec;
    spec.kind = kind;
    // The tutorials' ports: 8080 for TCP, 9000 for the UDP server, 8081 for the QQ chat.
    if (kind == TabKind::UdpServer || kind == TabKind::UdpClient) spec.port = 9000;
    if (kind == TabKind::Chat) spec.port = 8081;
    // A tab from the New menu waits for its Start / Connect: the user sets it up first.
    spec.autoStart = false;
    openTab(spec);
}

void MainWindow::askToRenameCurrentTab() {
    const int index = m_tabArea->currentIndex();
    if (index < 0) return;
    bool ok = false;
    const QString name =
        QInputDialog::getText(this, tr("Rename Tab"), tr("Tab name (empty for the automatic name):"),
                              QLineEdit::Normal, m_tabArea->tabTitle(index), &ok);
    // The tab may have closed while the dialog was open (Ctrl+W cannot, a signal could).
    if (ok && index < m_tabArea->count()) renameTab(index, name);
}

void MainWindow::showSettings() {
    SettingsDialog dialog(LanguageChoice::installed(), QLocale::system().uiLanguages(), this);
    bool restart = false;
    connect(&dialog, &SettingsDialog::restartRequested, this, [&restart] { restart = true; });
    dialog.exec();
    if (restart) restartApplication();
}

void MainWindow::restartApplication() {
    // Closed first, as Quit does: the tabs and layout are saved before the new process reads them.
    if (!close()) return;
    QProcess::startDetached(QCoreApplication::applicationFilePath(),
                            SettingsDialog::argumentsForRestart(QCoreApplication::arguments()));
}

void MainWindow::showTabMenu(const QPoint& globalPos) {
    QMenu menu(this);
    menu.addActions({m_renameTabAction, m_copyCommandLineAction});
    menu.addSeparator();
    menu.addAction(m_closeTabAction);
    menu.exec(globalPos);
}

void MainWindow::copyCurrentTabAsCommandLine() {
    const int index = m_tabArea->currentIndex();
    if (index < 0) return;
    // POSIX shell quoting: inside '...' nothing is special ($, `, \), and ' itself is written '\''.
    QString spec = OpenSpecParser::format(tabSpecs().at(index));
    spec.replace(u"'"_s, u"'\\''"_s);
    QApplication::clipboard()->setText(u"socklab --open '"_s + spec + u"'"_s);
    statusBar()->showMessage(tr("Copied the command line that opens this tab"), statusMessageMs);
}

void MainWindow::chooseWorkspaceToOpen() {
    QSettings settings;
    const QString path = QFileDialog::getOpenFileName(
        this, tr("Open Workspace"), settings.value(workspaceDirKey, QDir::homePath()).toString(),
        tr("SockLab workspaces (*.json);;All files (*)"));
    if (path.isEmpty()) return;
    settings.setValue(workspaceDirKey, QFileInfo(path).absolutePath());
    const auto opened = openWorkspace(path);
    if (!opened) return showError(tr("Cannot open the workspace"), opened.error());
    statusBar()->showMessage(tr("Opened %1: tabs added: %2").arg(QFileInfo(path).fileName()).arg(*opened),
                             statusMessageMs);
}

void MainWindow::chooseWorkspaceToSave() {
    QSettings settings;
    QFileDialog dialog(this, tr("Save Workspace As"),
                       settings.value(workspaceDirKey, QDir::homePath()).toString(),
                       tr("SockLab workspaces (*.json);;All files (*)"));
    dialog.setAcceptMode(QFileDialog::AcceptSave);
    dialog.setDefaultSuffix(u"json"_s);
    if (dialog.exec() != QDialog::Accepted || dialog.selectedFiles().isEmpty()) return;
    const QString path = dialog.selectedFiles().constFirst();
    settings.setValue(workspaceDirKey, QFileInfo(path).absolutePath());
    const auto saved = saveWorkspace(path);
    if (!saved) return showError(tr("Cannot save the workspace"), saved.error());
    statusBar()->showMessage(tr("Saved %1").arg(QFileInfo(path).fileName()), statusMessageMs);
}

void MainWindow::showError(const QString& title, const QString& text) {
    QMessageBox box(QMessageBox::Warning, title, text, QMessageBox::Ok, this);
    box.setObjectName(u"errorBox"_s);
    // File names and file contents are the user's data: never read as HTML.
    box.setTextFormat(Qt::PlainText);
    box.exec();
}

void MainWindow::showAbout() {
    QMessageBox::about(this, tr("About SockLab"), aboutText());
}

void MainWindow::restoreWindowState() {
    const QSettings settings;
    if (!restoreGeometry(settings.value(geometryKey).toByteArray())) {
        // First start: a comfortable size that still fits small laptop screens.
        const QSize preferred(1280, 860); // room for the traffic log under a tab's controls
        resize(screen() != nullptr ? preferred.boundedTo(screen()->availableSize() * 0.9) : preferred);
    }
    restoreState(settings.value(stateKey).toByteArray(), stateVersion);
}

void MainWindow::restoreTabs() {
    const QSettings settings;
    const QString saved = settings.value(tabsKey).toString();
    if (saved.isEmpty()) return;
    const auto specs = WorkspaceFile::fromJson(saved.toUtf8());
    if (!specs) {
        statusBar()->showMessage(tr("The last session's tabs could not be restored: %1").arg(specs.error()));
        return;
    }
    if (specs->isEmpty()) return;
    for (TabSpec spec : *specs) {
        spec.autoStart = false;
        openTab(spec);
    }
    m_tabArea->setCurrentIndex(settings.value(currentTabKey, 0).toInt());
    statusBar()->showMessage(
        tr("Restored the last session's tabs (%1), not started: press Start or Connect in each.")
            .arg(specs->size()),
        statusMessageMs);
}

void MainWindow::saveWindowState() const {
    QSettings settings;
    settings.setValue(geometryKey, saveGeometry());
    settings.setValue(stateKey, saveState(stateVersion));
    if (!m_options.rememberTabs) return;
    const QJsonDocument workspace(WorkspaceFile::toJson(tabSpecs()));
    settings.setValue(tabsKey, QString::fromUtf8(workspace.toJson(QJsonDocument::Compact)));
    settings.setValue(currentTabKey, m_tabArea->currentIndex());
}
