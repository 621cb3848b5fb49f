// What a peer sends is data, never markup and never a command (issue 8). A real loopback peer (a
// plain netcore socket, port 0) sends HTML, entities, terminal escapes, control characters and
// invalid UTF-8 to each kind of tab inside the main window; then every widget of the window (tabs,
// docks, status bar) is walked: labels, tooltips, item models, text documents. Received bytes must
// appear literally (escaped as netcore::escapeForDisplay escapes them), nothing may render them as
// rich text, and no link or resource may be opened. Servers bound to every interface must say that
// their port is open to the network.

#include "ui/ansi_text.h"
#include "ui/call_timeline_model.h"
#include "ui/call_timeline_panel.h"
#include "ui/chat_conversation_model.h"
#include "ui/chat_conversation_view.h"
#include "ui/chat_tab.h"
#include "ui/contact_book_model.h"
#include "ui/hex_dump_view.h"
#include "ui/main_window.h"
#include "ui/tcp_client_tab.h"
#include "ui/tcp_server_tab.h"
#include "ui/traffic_filter_model.h"
#include "ui/traffic_model.h"
#include "ui/traffic_view.h"
#include "ui/udp_client_tab.h"
#include "ui/udp_server_tab.h"

#include "netcore/socket.h"
#include "netcore/typed_input.h"
#include "netcore_qt/session_hub.h"

#include <QAbstractItemView>
#include <QDesktopServices>
#include <QDockWidget>
#include <QLabel>
#include <QPlainTextEdit>
#include <QSettings>
#include <QStatusBar>
#include <QTabBar>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBlock>
#include <QTextDocument>
#include <QTextEdit>
#include <QUrl>

#include <chrono>
#include <memory>
#include <optional>

using namespace Qt::StringLiterals;
using namespace std::chrono_literals;

namespace {

constexpr int kWaitMs = 5000;

// Everything a hostile peer might try in one message: markup that would load a resource and run a
// script, bold text, an entity, an ANSI colour, BEL, NUL, a lone CR and bytes that are not UTF-8.
const QByteArray kPayload =
    QByteArrayLiteral("<img src=x onerror=alert(1)> <b>bold</b> &amp; \x1b[31mred\x1b[0m "
                      "bell\x07 nul") +
    QByteArray(1, '\0') + QByteArrayLiteral(" cr\r end \xff\xfe");

// Raw markup that must never be handed to a rich-text renderer.
const QStringList kMarkup = {u"<img"_s, u"<b>"_s, u"&amp;"_s};

QString escaped(const QByteArray& bytes) {
    return QString::fromStdString(netcore::escapeForDisplay(
        std::as_bytes(std::span(bytes.constData(), static_cast<std::size_t>(bytes.size())))));
}

bool containsMarkup(const QString& text) {
    return std::any_of(kMarkup.begin(), kMarkup.end(), [&](const QString& m) { return text.contains(m); });
}

// A raw control character on screen is one the user cannot see (or a terminal would obey).
bool hasRawControl(const QString& text) {
    return std::any_of(text.begin(), text.end(), [](QChar c) {
        const char16_t u = c.unicode();
        return (u < 0x20 && u != u'\n' && u != u'\t') || u == 0x7f || (u >= 0x80 && u <= 0x9f);
    });
}

// Counts every URL Qt would hand to the desktop (a link clicked, a resource opened).
class UrlSpy : public QObject {
    Q_OBJECT

public:
    QList<QUrl> opened;
    Q_INVOKABLE void open(const QUrl& url) { opened << url; }
};

// What the walk found: every text shown, and every place that renders received markup.
struct Walk {
    QStringList shown;
    QStringList leaks;
};

void checkText(Walk& walk, const QString& where, const QString& text, bool rich) {
    walk.shown << text;
    if (rich && containsMarkup(text)) walk.leaks << where + u" renders as rich text: "_s + text;
    if (hasRawControl(text))
        walk.leaks << where + u" shows a raw control character: "_s + escaped(text.toUtf8());
}

// A tooltip is rendered as rich text whenever Qt guesses it is (Qt::mightBeRichText).
void checkToolTip(Walk& walk, const QString& where, const QString& tip) {
    if (tip.isEmpty()) return;
    checkText(walk, where + u" tooltip"_s, tip, Qt::mightBeRichText(tip));
}

void checkDocument(Walk& walk, const QString& where, const QTextDocument& document) {
    walk.shown << document.toPlainText();
    const QString html = document.toHtml();
    if (html.contains(u"<img"_s)) walk.leaks << where + u" holds an image"_s;
    for (QTextBlock block = document.begin(); block.isValid(); block = block.next())
        for (auto it = block.begin(); !it.atEnd(); ++it) {
            const QTextFragment fragment = it.fragment();
            if (fragment.text().contains(u"bold"_s) && fragment.charFormat().fontWeight() > QFont::Normal)
                walk.leaks << where + u" shows the peer's <b> as bold"_s;
            if (fragment.charFormat().isImageFormat() || fragment.charFormat().isAnchor())
                walk.leaks << where + u" holds an image or a link"_s;
        }
    if (hasRawControl(document.toPlainText())) walk.leaks << where + u" shows a raw control character"_s;
}

void checkModel(Walk& walk, const QString& where, const QAbstractItemModel& model,
                const QModelIndex& parent = {}, int depth = 0) {
    if (depth > 3) return;
    const int rows = std::min(model.rowCount(parent), 2000);
    for (int row = 0; row < rows; ++row)
        for (int column = 0; column < model.columnCount(parent); ++column) {
            const QModelIndex index = model.index(row, column, parent);
            const QString at = where + u"[%1,%2]"_s.arg(row).arg(column);
            // Views draw DisplayRole as plain text (no delegate in SockLab renders HTML).
            const QVariant display = index.data(Qt::DisplayRole);
            if (display.canConvert<QString>()) checkText(walk, at, display.toString(), false);
            checkToolTip(walk, at, index.data(Qt::ToolTipRole).toString());
            if (column == 0 && model.hasChildren(index)) checkModel(walk, where, model, index, depth + 1);
        }
    for (int section = 0; section < model.columnCount(parent); ++section)
        checkToolTip(walk, where + u" header"_s,
                     model.headerData(section, Qt::Horizontal, Qt::ToolTipRole).toString());
}

QString nameOf(const QObject* object) {
    return QString::fromLatin1(object->metaObject()->className()) + u'#' + object->objectName();
}

Walk walkWindow(const QWidget& root) {
    Walk walk;
    walk.shown << root.windowTitle();
    QList<const QWidget*> widgets{&root};
    for (const QWidget* child : root.findChildren<QWidget*>())
        widgets << child;
    for (const QWidget* widget : widgets) {
        const QString where = nameOf(widget);
        checkToolTip(walk, where, widget->toolTip());
        for (const QAction* action : widget->actions())
            checkToolTip(walk, where + u" action"_s, action->toolTip());
        if (const auto* label = qobject_cast<const QLabel*>(widget)) {
            const bool rich = label->textFormat() == Qt::RichText ||
                              (label->textFormat() == Qt::AutoText && Qt::mightBeRichText(label->text()));
            checkText(walk, where, label->text(), rich);
        }
        if (const auto* edit = qobject_cast<const QTextEdit*>(widget))
            checkDocument(walk, where, *edit->document());
        if (const auto* edit = qobject_cast<const QPlainTextEdit*>(widget))
            checkDocument(walk, where, *edit->document());
        if (const auto* tabs = qobject_cast<const QTabBar*>(widget))
            for (int i = 0; i < tabs->count(); ++i) {
                checkText(walk, where, tabs->tabText(i), false);
                checkToolTip(walk, where, tabs->tabToolTip(i));
            }
        if (const auto* view = qobject_cast<const QAbstractItemView*>(widget); view && view->model())
            checkModel(walk, where, *view->model());
    }
    if (const auto* window = qobject_cast<const QMainWindow*>(&root))
        walk.shown << window->statusBar()->currentMessage();
    return walk;
}

bool anyContains(const QStringList& texts, const QString& wanted) {
    return std::any_of(texts.begin(), texts.end(), [&](const QString& t) { return t.contains(wanted); });
}

netcore::Socket openSocket(netcore::SocketType type) {
    auto socket = netcore::Socket::open(netcore::Family::IPv4, type);
    if (!socket) qFatal("socket: %s", socket.error().summary().c_str());
    if (!socket->setTimeout(5s)) qFatal("settimeout failed");
    if (!socket->bind(netcore::Address::loopback(netcore::Family::IPv4))) qFatal("bind failed");
    return std::move(*socket);
}

std::span<const std::byte> bytesOf(const QByteArray& bytes) {
    return std::as_bytes(std::span(bytes.constData(), static_cast<std::size_t>(bytes.size())));
}

TabSpec specOf(TabKind kind, quint16 port) {
    TabSpec spec;
    spec.kind = kind;
    spec.host = u"127.0.0.1"_s;
    spec.port = port;
    spec.reply.mode = ReplySpec::Mode::None;
    spec.autoStart = true;
    if (kind == TabKind::Chat) spec.contacts = {};
    return spec;
}

// The tab's received-bytes counter: every tab kind reports it the same way.
quint64 received(const SessionTab& tab) {
    return tab.stats().rxBytes;
}

} // namespace

class SecurityTest : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void receivedMarkupIsShownLiterally_data();
    void receivedMarkupIsShownLiterally();
    void walkCatchesRichText();
    void exposedServerSaysSo_data();
    void exposedServerSaysSo();

private:
    QTemporaryDir m_settingsDir;
    netcore_qt::SessionHub m_hub;
    UrlSpy m_urls;
};

void SecurityTest::initTestCase() {
    QVERIFY(m_settingsDir.isValid());
    QSettings::setDefaultFormat(QSettings::IniFormat);
    QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, m_settingsDir.path());
    QCoreApplication::setOrganizationName(u"SockLabTest"_s);
    QCoreApplication::setApplicationName(u"ui_security_tests"_s);
    // Any link or resource Qt tries to open lands here instead of in a browser.
    for (const QString& scheme : {u"http"_s, u"https"_s, u"file"_s, u"x"_s, u"javascript"_s})
        QDesktopServices::setUrlHandler(scheme, &m_urls, "open");
}

void SecurityTest::cleanupTestCase() {
    for (const QString& scheme : {u"http"_s, u"https"_s, u"file"_s, u"x"_s, u"javascript"_s})
        QDesktopServices::unsetUrlHandler(scheme);
}

void SecurityTest::receivedMarkupIsShownLiterally_data() {
    QTest::addColumn<TabKind>("kind");
    QTest::newRow("tcp server") << TabKind::TcpServer;
    QTest::newRow("tcp client") << TabKind::TcpClient;
    QTest::newRow("udp server") << TabKind::UdpServer;
    QTest::newRow("udp client") << TabKind::UdpClient;
    QTest::newRow("chat") << TabKind::Chat;
}

void SecurityTest::receivedMarkupIsShownLiterally() {
    QFETCH(TabKind, kind);
    QSettings().clear();
    MainWindow window(u"1.0"_s, m_hub);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    for (const char* dock : {"byteOrderDock", "callTimelineDock", "socketsDock"}) {
        auto* widget = window.findChild<QDockWidget*>(QString::fromLatin1(dock));
        QVERIFY2(widget, dock);
        widget->show();
    }

    // The peer: a plain socket on 127.0.0.1, port chosen by the OS.
    const bool stream = kind == TabKind::TcpServer || kind == TabKind::TcpClient;
    netcore::Socket peer = openSocket(stream ? netcore::SocketType::Stream : netcore::SocketType::Datagram);
    const netcore::Address peerAddress = *peer.localAddress();
    std::optional<netcore::Socket> connection;
    SessionTab* tab = nullptr;
    switch (kind) {
    case TabKind::TcpServer: {
        auto* server = qobject_cast<TcpServerTab*>(window.openTab(specOf(kind, 0)));
        QVERIFY(server && server->isListening());
        QVERIFY(peer.connect(*server->listeningAddress()));
        QVERIFY(peer.sendAll(bytesOf(kPayload)));
        tab = server;
        break;
    }
    case TabKind::TcpClient: {
        QVERIFY(peer.listen(1));
        auto* client = qobject_cast<TcpClientTab*>(window.openTab(specOf(kind, peerAddress.port())));
        QVERIFY(client);
        QTRY_COMPARE_WITH_TIMEOUT(client->state(), TcpClientTab::State::Connected, kWaitMs);
        auto accepted = peer.accept();
        QVERIFY(accepted);
        connection = std::move(accepted->socket);
        QVERIFY(connection->sendAll(bytesOf(kPayload)));
        tab = client;
        break;
    }
    case TabKind::UdpServer: {
        auto* server = qobject_cast<UdpServerTab*>(window.openTab(specOf(kind, 0)));
        QVERIFY(server && server->isRunning());
        QVERIFY(peer.sendTo(bytesOf(kPayload), *server->boundAddress()));
        tab = server;
        break;
    }
    case TabKind::UdpClient: {
        auto* client = qobject_cast<UdpClientTab*>(window.openTab(specOf(kind, peerAddress.port())));
        QVERIFY(client);
        QTRY_COMPARE_WITH_TIMEOUT(client->state(), UdpClientTab::State::Open, kWaitMs);
        QVERIFY(peer.sendTo(bytesOf(kPayload), client->localAddress()));
        tab = client;
        break;
    }
    case TabKind::Chat: {
        auto* chat = qobject_cast<ChatTab*>(window.openTab(specOf(kind, 0)));
        QVERIFY(chat);
        if (!chat->isRunning()) chat->start();
        QTRY_VERIFY_WITH_TIMEOUT(chat->boundAddress().has_value(), kWaitMs);
        QVERIFY(peer.sendTo(bytesOf(kPayload), *chat->boundAddress()));
        tab = chat;
        break;
    }
    }
    QTRY_COMPARE_WITH_TIMEOUT(received(*tab), quint64(kPayload.size()), kWaitMs);

    // Select the received row: the hex dump and the byte-order inspector show it too.
    auto* traffic = tab->findChild<TrafficView*>();
    QVERIFY(traffic);
    QTRY_VERIFY_WITH_TIMEOUT(traffic->model()->rowCount() > 0, kWaitMs);
    int row = -1;
    for (int r = 0; r < traffic->model()->rowCount(); ++r)
        if (traffic->model()->record(r).direction == TrafficRecord::Direction::Received) row = r;
    QVERIFY(row >= 0);
    QCOMPARE(traffic->model()->record(row).bytes, kPayload);
    traffic->tableView()->setCurrentIndex(
        traffic->filterModel()->mapFromSource(traffic->model()->index(row, 0)));
    QTRY_VERIFY_WITH_TIMEOUT(traffic->hexDumpView()->dumpText().contains(u"3c 69 6d 67"_s),
                             kWaitMs); // "<img"

    // The call timeline's details of its latest call (a recv/recvfrom that got the payload).
    auto* timeline = window.findChild<CallTimelinePanel*>();
    QVERIFY(timeline);
    QTRY_VERIFY_WITH_TIMEOUT(timeline->model().callCount() > 0, kWaitMs);
    timeline->showDetails(timeline->model().firstSequence() + quint64(timeline->model().callCount()) - 1);

    // The traffic view shows the bytes as escapeForDisplay spells them, in text and in hex mode.
    const QString text = escaped(kPayload);
    for (const QString& part : {u"<img src=x onerror=alert(1)>"_s, u"<b>bold</b>"_s, u"&amp;"_s,
                                u"\\x1b[31m"_s, u"\\x07"_s, u"\\x00"_s, u"\\r"_s, u"\\xff\\xfe"_s})
        QVERIFY2(text.contains(part), qPrintable(part));
    const QModelIndex data = traffic->model()->index(row, TrafficModel::DataColumn);
    QCOMPARE(data.data(Qt::DisplayRole).toString(), text);
    traffic->model()->setDisplayMode(TrafficModel::DisplayMode::Hex);
    QVERIFY(data.data(Qt::DisplayRole).toString().startsWith(u"3c 69 6d 67 20 73 72 63"_s));
    traffic->model()->setDisplayMode(TrafficModel::DisplayMode::Text);

    // The chat shows the message in a bubble: markup as text, the ANSI colour interpreted, the other
    // control characters visible as escapes, invalid UTF-8 as U+FFFD.
    if (auto* chat = qobject_cast<ChatTab*>(tab)) {
        // A stranger's message opens a conversation of its own; select it so the view shows it.
        const QString key = ContactBookModel::addressKey(peerAddress);
        QTRY_VERIFY_WITH_TIMEOUT(chat->conversation(key) && chat->conversation(key)->rowCount() > 0, kWaitMs);
        QVERIFY(chat->selectContact(key));
        const ChatConversationModel& bubbles = *chat->conversation(key);
        const QString bubble = bubbles.index(bubbles.rowCount() - 1, 0).data().toString();
        for (const QString& part : {u"<img src=x onerror=alert(1)>"_s, u"<b>bold</b>"_s, u"&amp;"_s,
                                    u" red "_s, u"\\x07"_s, u"\\r"_s, u"\uFFFD"_s})
            QVERIFY2(bubble.contains(part), qPrintable(part + u" in "_s + bubble));
        QVERIFY2(!bubble.contains(u"[31m"_s), qPrintable(bubble));
        QVERIFY2(!hasRawControl(bubble), qPrintable(escaped(bubble.toUtf8())));
    }

    // Everything the window shows: the markup appears literally somewhere, and nowhere as markup.
    const Walk walk = walkWindow(window);
    QVERIFY2(walk.leaks.isEmpty(), qPrintable(walk.leaks.join(u'\n')));
    QVERIFY(anyContains(walk.shown, u"<img src=x onerror=alert(1)>"_s));
    QVERIFY(anyContains(walk.shown, u"<b>bold</b>"_s));
    QVERIFY(anyContains(walk.shown, u"&amp;"_s));
    QVERIFY2(m_urls.opened.isEmpty(), qPrintable(QUrl::toStringList(m_urls.opened).join(u' ')));
}

// The walk itself can fail: each way of rendering a peer's markup is caught.
void SecurityTest::walkCatchesRichText() {
    const QString markup = QString::fromUtf8(kPayload.left(40)); // "<img src=x onerror=alert(1)> <b>bold</b>"
    {
        QWidget root;
        auto* label = new QLabel(markup, &root); // AutoText: Qt would render it
        Q_UNUSED(label);
        QVERIFY(!walkWindow(root).leaks.isEmpty());
    }
    {
        QWidget root;
        auto* label = new QLabel(&root);
        label->setTextFormat(Qt::PlainText);
        label->setText(markup);
        QVERIFY2(walkWindow(root).leaks.isEmpty(), qPrintable(walkWindow(root).leaks.join(u'\n')));
        label->setToolTip(markup);
        QVERIFY(!walkWindow(root).leaks.isEmpty());
    }
    {
        QWidget root;
        auto* edit = new QTextEdit(&root);
        edit->setHtml(markup);
        QVERIFY(!walkWindow(root).leaks.isEmpty());
        edit->setPlainText(markup);
        QVERIFY2(walkWindow(root).leaks.isEmpty(), qPrintable(walkWindow(root).leaks.join(u'\n')));
        edit->setPlainText(u"bell\x07"_s);
        QVERIFY(!walkWindow(root).leaks.isEmpty());
    }
}

void SecurityTest::exposedServerSaysSo_data() {
    QTest::addColumn<TabKind>("kind");
    QTest::addColumn<QString>("host");
    QTest::addColumn<bool>("exposed");
    QTest::newRow("tcp loopback") << TabKind::TcpServer << u"127.0.0.1"_s << false;
    QTest::newRow("tcp every IPv4 interface") << TabKind::TcpServer << u"0.0.0.0"_s << true;
    QTest::newRow("tcp every interface") << TabKind::TcpServer << u"::"_s << true;
    QTest::newRow("udp loopback") << TabKind::UdpServer << u"127.0.0.1"_s << false;
    QTest::newRow("udp every IPv4 interface") << TabKind::UdpServer << u"0.0.0.0"_s << true;
    QTest::newRow("udp every interface") << TabKind::UdpServer << u"::"_s << true;
}

void SecurityTest::exposedServerSaysSo() {
    QFETCH(TabKind, kind);
    QFETCH(QString, host);
    QFETCH(bool, exposed);
    TabSpec spec = specOf(kind, 0);
    spec.host = host;
    std::unique_ptr<SessionTab> tab;
    QString status;
    if (kind == TabKind::TcpServer) {
        auto server = std::make_unique<TcpServerTab>(spec, m_hub);
        if (!server->isListening()) QSKIP("this machine cannot bind the address (no IPv6?)");
        status = server->statusText();
        tab = std::move(server);
    } else {
        auto server = std::make_unique<UdpServerTab>(spec, m_hub);
        if (!server->isRunning()) QSKIP("this machine cannot bind the address (no IPv6?)");
        status = server->statusText();
        tab = std::move(server);
    }
    QCOMPARE(status.contains(u"open to the network"_s), exposed);
    // The warning is on screen, next to the status: a visible warning icon only when exposed.
    bool warned = false;
    for (const QLabel* label : tab->findChildren<QLabel*>())
        if (label->text().contains(u"open to the network"_s) && !label->isHidden()) warned = true;
    QCOMPARE(warned, exposed);
}

QTEST_MAIN(SecurityTest)
#include "security_test.moc"
