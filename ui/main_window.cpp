#include "ui/main_window.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QFont>
#include <QIcon>
#include <QKeySequence>
#include <QLabel>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QScreen>
#include <QSettings>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTabWidget>
#include <QToolBar>
#include <QVBoxLayout>

#include <utility>

using namespace Qt::StringLiterals;

namespace {

// Bump when toolbars or docks change so that an old saved layout is ignored instead of misapplied.
constexpr int stateVersion = 1;
constexpr auto geometryKey = "mainWindow/geometry"_L1;
constexpr auto stateKey = "mainWindow/state"_L1;

// Scales a widget's font rather than setting a size, so the user's font choice still applies.
void scaleFont(QWidget* widget, double factor, bool bold) {
    QFont font = widget->font();
    if (font.pointSizeF() > 0) font.setPointSizeF(font.pointSizeF() * factor);
    font.setBold(bold);
    widget->setFont(font);
}

} // namespace

MainWindow::MainWindow(QString version, QWidget* parent)
    : QMainWindow(parent), m_version(std::move(version)) {
    setWindowTitle(tr("SockLab"));
    setWindowIcon(applicationIcon());
    createActions();
    createMenus();
    createToolBar();
    createCentralWidget();
    statusBar()->showMessage(tr("Ready"));
    restoreWindowState();
}

MainWindow::~MainWindow() = default;

QIcon MainWindow::applicationIcon() {
    return QIcon(u":/icons/socklab.svg"_s);
}

int MainWindow::addTab(QWidget* page, const QIcon& icon, const QString& title) {
    const int index = m_tabs->addTab(page, icon, title);
    m_tabs->setCurrentIndex(index);
    updateEmptyState();
    return index;
}

int MainWindow::tabCount() const {
    return m_tabs->count();
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
    QMainWindow::closeEvent(event);
}

void MainWindow::createActions() {
    m_newActions = {
        createNewAction(u"newTcpServerAction"_s, u":/icons/tcp-server.svg"_s, tr("TCP &Server"),
                        tr("Listen for TCP connections and talk to each client")),
        createNewAction(u"newTcpClientAction"_s, u":/icons/tcp-client.svg"_s, tr("TCP &Client"),
                        tr("Connect to a TCP server")),
        createNewAction(u"newUdpServerAction"_s, u":/icons/udp-server.svg"_s, tr("&UDP Server"),
                        tr("Receive UDP datagrams on a port and answer their senders")),
        createNewAction(u"newUdpClientAction"_s, u":/icons/udp-client.svg"_s, tr("UDP C&lient"),
                        tr("Send UDP datagrams to a host and port")),
        createNewAction(u"newUdpChatAction"_s, u":/icons/chat.svg"_s, tr("UDP C&hat"),
                        tr("Chat with other peers over UDP")),
    };

    m_quitAction = new QAction(tr("&Quit"), this);
    m_quitAction->setObjectName(u"quitAction"_s);
    // QKeySequence::Quit is empty on Windows; Ctrl+Q is what users of a tester expect everywhere
    // (on macOS Qt maps Ctrl to Command).
    m_quitAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Q));
    m_quitAction->setMenuRole(QAction::QuitRole);
    // close() rather than quit(): the window saves its geometry in closeEvent.
    connect(m_quitAction, &QAction::triggered, this, &QWidget::close);

    m_aboutAction = new QAction(tr("&About SockLab"), this);
    m_aboutAction->setObjectName(u"aboutAction"_s);
    m_aboutAction->setMenuRole(QAction::AboutRole);
    connect(m_aboutAction, &QAction::triggered, this, &MainWindow::showAbout);

    m_aboutQtAction = new QAction(tr("About &Qt"), this);
    m_aboutQtAction->setObjectName(u"aboutQtAction"_s);
    m_aboutQtAction->setMenuRole(QAction::AboutQtRole);
    connect(m_aboutQtAction, &QAction::triggered, qApp, &QApplication::aboutQt);
}

QAction* MainWindow::createNewAction(const QString& objectName, const QString& iconPath, const QString& text,
                                     const QString& description) {
    auto* action = new QAction(QIcon(iconPath), text, this);
    action->setObjectName(objectName);
    // Placeholders until the tab kind exists: visible so the window shows where it is going,
    // disabled so nothing pretends to work. Qt shows tooltips on disabled buttons too.
    action->setEnabled(false);
    const QString tip = tr("%1 (coming soon)").arg(description);
    action->setToolTip(tip);
    action->setStatusTip(tip);
    return action;
}

void MainWindow::createMenus() {
    QMenu* fileMenu = menuBar()->addMenu(tr("&File"));
    fileMenu->addAction(m_quitAction);

    QMenu* newMenu = menuBar()->addMenu(tr("&New"));
    newMenu->setObjectName(u"newMenu"_s);
    // Menus hide tooltips by default; here they carry the "coming soon" note.
    newMenu->setToolTipsVisible(true);
    newMenu->addActions(m_newActions);

    QMenu* helpMenu = menuBar()->addMenu(tr("&Help"));
    helpMenu->addAction(m_aboutAction);
    helpMenu->addAction(m_aboutQtAction);
}

void MainWindow::createToolBar() {
    QToolBar* toolBar = addToolBar(tr("New"));
    // saveState() identifies toolbars by object name.
    toolBar->setObjectName(u"newToolBar"_s);
    toolBar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    toolBar->addActions(m_newActions);
}

void MainWindow::createCentralWidget() {
    m_tabs = new QTabWidget;
    m_tabs->setObjectName(u"sessionTabs"_s);
    m_tabs->setTabsClosable(true);
    m_tabs->setMovable(true);
    m_tabs->setDocumentMode(true);
    m_tabs->setElideMode(Qt::ElideRight);
    connect(m_tabs, &QTabWidget::tabCloseRequested, this, &MainWindow::closeTab);

    m_emptyState = new QWidget;
    m_emptyState->setObjectName(u"emptyState"_s);
    auto* icon = new QLabel;
    const int iconSize = 64;
    icon->setPixmap(applicationIcon().pixmap(QSize(iconSize, iconSize), devicePixelRatioF()));
    icon->setAlignment(Qt::AlignCenter);
    auto* heading = new QLabel(tr("No tabs open"));
    heading->setObjectName(u"emptyStateHeading"_s);
    heading->setTextFormat(Qt::PlainText);
    heading->setAlignment(Qt::AlignCenter);
    scaleFont(heading, 1.4, true);
    auto* hint = new QLabel(tr("Use New ▸ TCP Server / TCP Client / UDP Server / UDP Client / UDP Chat "
                               "to open one."));
    hint->setObjectName(u"emptyStateHint"_s);
    hint->setTextFormat(Qt::PlainText);
    hint->setAlignment(Qt::AlignCenter);
    hint->setWordWrap(true);
    // The palette's placeholder role gives a muted text color that follows light and dark themes.
    hint->setForegroundRole(QPalette::PlaceholderText);

    auto* layout = new QVBoxLayout(m_emptyState);
    layout->addStretch(1);
    layout->addWidget(icon);
    layout->addSpacing(12);
    layout->addWidget(heading);
    layout->addWidget(hint);
    layout->addStretch(1);

    // A stack rather than an overlay: the empty page and the tabs never need to be seen together.
    m_stack = new QStackedWidget;
    m_stack->addWidget(m_emptyState);
    m_stack->addWidget(m_tabs);
    setCentralWidget(m_stack);
    updateEmptyState();
}

void MainWindow::closeTab(int index) {
    QWidget* page = m_tabs->widget(index);
    if (page == nullptr) return;
    m_tabs->removeTab(index);
    // Deferred: the close may have been requested from inside one of the page's own signals.
    page->deleteLater();
    updateEmptyState();
}

void MainWindow::updateEmptyState() {
    m_stack->setCurrentWidget(m_tabs->count() == 0 ? m_emptyState : static_cast<QWidget*>(m_tabs));
}

void MainWindow::showAbout() {
    QMessageBox::about(this, tr("About SockLab"), aboutText());
}

void MainWindow::restoreWindowState() {
    const QSettings settings;
    if (!restoreGeometry(settings.value(geometryKey).toByteArray())) {
        // First start: a comfortable size that still fits small laptop screens.
        const QSize preferred(1024, 680);
        resize(screen() != nullptr ? preferred.boundedTo(screen()->availableSize() * 0.9) : preferred);
    }
    restoreState(settings.value(stateKey).toByteArray(), stateVersion);
}

void MainWindow::saveWindowState() const {
    QSettings settings;
    settings.setValue(geometryKey, saveGeometry());
    settings.setValue(stateKey, saveState(stateVersion));
}
