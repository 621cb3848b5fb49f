// Every text the window shows is translated: the real main window with one tab of each kind (the
// servers and the chat bound to loopback port 0, the client connected to the server) and every dock
// open, walked widget by widget in Simplified and Traditional Chinese. What still reads as English
// after the technical tokens below are taken out is listed, with where it was found. In English,
// nothing may come out translated.

#include "ui/language_choice.h"
#include "ui/main_window.h"
#include "ui/settings_dialog.h"
#include "ui/tcp_server_tab.h"

#include "netcore_qt/session_hub.h"

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QAction>
#include <QComboBox>
#include <QDockWidget>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QMap>
#include <QMenu>
#include <QPlainTextEdit>
#include <QRegularExpression>
#include <QSettings>
#include <QSpinBox>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTextDocumentFragment>
#include <QTextEdit>

#include <memory>

using namespace Qt::StringLiterals;

namespace {

constexpr int kWaitMs = 5000;
// Rows of a model read per view: the window is fresh, so models hold few rows; a bound keeps a
// large one (the socket options table) from dominating the run.
constexpr int kMaxRows = 200;

// Text that stays as it is in every language, taken out before looking for English words. Each
// entry says why it is not translated; keep the list short: a broad pattern hides real misses.
struct Allowed {
    QRegularExpression pattern;
    const char* why;
};

const QList<Allowed>& allowList() {
    static const QList<Allowed> list{
        {QRegularExpression(u"(?<=[A-Z]: )[^—\\n]*(?= —)"_s),
         "the OS's own message after an errno name (strerror: in the OS's language, not ours)"},
        {QRegularExpression(u"\\b[A-Za-z_][\\w.]*\\([^()]*\\)"_s),
         "a call as code reads it, with its arguments: recv(1024), setblocking(True), struct.pack('>I', "
         "len)"},
        {QRegularExpression(u"\\b[A-Za-z_][A-Za-z0-9_]*\\("_s),
         "the start of a call whose arguments are elided"},
        {QRegularExpression(u"'[^'\\n]*'"_s),
         "quoted program text: Python literals, an OS message as the tutorial prints it"},
        {QRegularExpression(u"\\b[A-Z][A-Z0-9]*_[A-Z0-9_]+\\b"_s),
         "constants as the OS names them: SO_REUSEADDR, TCP_NODELAY, EAI_NONAME, MSG_TRUNC, AF_INET, "
         "SHUT_WR"},
        {QRegularExpression(u"\\b[A-Z][A-Z0-9]{2,}\\b"_s),
         "all-capital tokens: errno names (ECONNREFUSED), constants (FIONREAD, SOMAXCONN, POLLERR), "
         "acronyms (TCP, ICMP, EOF, RST, PNG, CSV)"},
        {QRegularExpression(
             u"\\b(?:IPv4|IPv6|UTF-(?:8|16|32)(?:BE|LE)?|ISO-8859-\\d+|Shift_JIS|Latin-1|Big5|hex)\\b"_s),
         "protocol and encoding names, and the hex format"},
        {QRegularExpression(u"\\b(?:SockLab|socklab|Python|Qt|Linux|macOS|Windows|Unix|Wine)\\b"_s),
         "product and platform names"},
        {QRegularExpression(
             u"\\b(?:socket|bind|listen|accept|connect|send|recv|sendto|recvfrom|sendall|shutdown|"
             "close|select|poll|getsockopt|setsockopt|getaddrinfo|(?:hton|ntoh)[sl]?|[rwx]list|"
             "backlog|scope id)\\b"_s),
         "socket calls and their parameters named without parentheses, as the tutorials write them"},
        {QRegularExpression(
             u"\\b(?:sockaddr(?:_in6?|_storage)?|sin6?_\\w+|struct|u?int(?:8|16|32|64)|float|double|"
             "localhost)\\b"_s),
         "C and Python type and field names shown beside the bytes they describe"},
        {QRegularExpression(u"\\b(?:Ctrl|Shift|Alt|Meta|Enter|Return|PgUp|PgDown|Esc)\\b"_s),
         "key names in shortcuts, as Qt prints them"},
        {QRegularExpression(u"\\\\x[A-Za-z]{2}"_s), "the escape syntax of typed input: \\xNN"},
        {QRegularExpression(
             u"--[a-z][a-z-]*|\\b[a-z]+=\\S*|\\b(?:tcp-server|tcp-client|udp-server|udp-client)\\b|"
             "^chat(?= )|\\bunix:\\S+"_s),
         "command-line options, --open specs and address syntax: typed as they are"},
        {QRegularExpression(u"\\b(?:help|date|echo|big|ls|whoami)\\b(?=[、,，\\s])"_s),
         "the framing lab's command names, typed as they are"},
        {QRegularExpression(u"\\*?\\.(?:json|txt|bin|png|svg|py|log|pcap|csv)\\b"_s), "file extensions"},
        {QRegularExpression(
             u"\\b0x[0-9A-Fa-f]+\\b|\\[?[0-9A-Fa-f]*:[0-9A-Fa-f:.%]*\\]?|\\b[a-z]+[0-9]+\\b"_s),
         "numbers in hex, IPv6 addresses and ports, interface names (eth0, wlan0)"},
        {QRegularExpression(u"\\b(?:TOM|JACK)\\b|一棵树|武大郎"_s), "the tutorial's contact names (data)"},
        {QRegularExpression(u"\\b(?:KiB|MiB|GiB|byte)\\b"_s),
         "units; \"byte\" is the Traditional Chinese locale's own (CLDR) name of the unit"},
        {QRegularExpression(u"\\b(?:Nagle|Dock)\\b"_s),
         "a proper name (Nagle's algorithm); Qt's own zh_TW translation keeps \"Dock\""},
    };
    return list;
}

QString plain(QString text) {
    if (Qt::mightBeRichText(text)) text = QTextDocumentFragment::fromHtml(text).toPlainText();
    // Mnemonics: "&File" reads "File"; "&&" is a literal ampersand.
    static const QRegularExpression mnemonic(u"&(?!&)"_s);
    return text.remove(mnemonic);
}

QString withoutAllowed(const QString& text) {
    QString rest = plain(text);
    for (const Allowed& allowed : allowList())
        rest.replace(allowed.pattern, u" "_s);
    return rest;
}

// The English words left once the allowed tokens are gone: empty when the text is translated.
QStringList englishWords(const QString& text) {
    const QString rest = withoutAllowed(text);
    static const QRegularExpression word(u"[A-Za-z]{3,}"_s);
    QStringList words;
    for (auto it = word.globalMatch(rest); it.hasNext();)
        words << it.next().captured();
    return words;
}

// Settings names each language in its own words on purpose (English, 简体中文, 繁體中文).
QString withoutLanguageNames(QString text) {
    for (const auto& language : LanguageChoice::languages())
        text.remove(language.nativeName);
    return text;
}

bool hasHan(const QString& text) {
    return std::any_of(text.begin(), text.end(), [](QChar c) { return c.script() == QChar::Script_Han; });
}

// Where a text was found: the object names from the window down, then what the text is.
QString placeOf(const QObject* object, const QString& what) {
    QStringList names;
    for (const QObject* o = object; o != nullptr; o = o->parent())
        if (!o->objectName().isEmpty() && !o->objectName().startsWith(u"qt_"_s))
            names.prepend(o->objectName());
    return names.join(u'/') + u" ["_s + QString::fromLatin1(object->metaObject()->className()) + u' ' + what +
           u']';
}

// Every text a user can see in root: text -> first place it was seen.
class TextWalker {
public:
    void add(const QObject* object, const QString& what, const QString& text) {
        if (text.trimmed().isEmpty() || m_texts.contains(text)) return;
        m_texts.insert(text, placeOf(object, what));
    }

    void walkAction(const QAction* action) {
        if (action->isSeparator()) return;
        add(action, u"text"_s, action->text());
        // QAction's tool tip defaults to its text; an explicit one is a text of its own.
        if (action->toolTip() != QString(action->text()).remove(u'&'))
            add(action, u"toolTip"_s, action->toolTip());
        add(action, u"statusTip"_s, action->statusTip());
        add(action, u"whatsThis"_s, action->whatsThis());
    }

    void walkModel(const QAbstractItemView* view) {
        const QAbstractItemModel* model = view->model();
        if (model == nullptr) return;
        for (const auto role : {Qt::DisplayRole, Qt::ToolTipRole}) {
            for (int column = 0; column < model->columnCount(); ++column)
                add(view, u"header"_s, model->headerData(column, Qt::Horizontal, role).toString());
            for (int row = 0; row < std::min(model->rowCount(), kMaxRows); ++row)
                for (int column = 0; column < model->columnCount(); ++column)
                    add(view, u"row data"_s, model->index(row, column).data(role).toString());
        }
    }

    void walk(const QWidget* root) {
        QList<const QWidget*> widgets{root};
        for (const QWidget* child : root->findChildren<QWidget*>())
            widgets << child;
        for (const QWidget* widget : widgets) {
            if (widget->isWindow() || qobject_cast<const QDockWidget*>(widget))
                add(widget, u"windowTitle"_s, widget->windowTitle());
            add(widget, u"toolTip"_s, widget->toolTip());
            add(widget, u"statusTip"_s, widget->statusTip());
            add(widget, u"whatsThis"_s, widget->whatsThis());
            add(widget, u"accessibleName"_s, widget->accessibleName());
            add(widget, u"accessibleDescription"_s, widget->accessibleDescription());
            if (const auto* label = qobject_cast<const QLabel*>(widget)) add(label, u"text"_s, label->text());
            if (const auto* button = qobject_cast<const QAbstractButton*>(widget))
                add(button, u"text"_s, button->text());
            if (const auto* box = qobject_cast<const QGroupBox*>(widget)) add(box, u"title"_s, box->title());
            if (const auto* edit = qobject_cast<const QLineEdit*>(widget))
                add(edit, u"placeholder"_s, edit->placeholderText());
            if (const auto* edit = qobject_cast<const QPlainTextEdit*>(widget))
                add(edit, u"placeholder"_s, edit->placeholderText());
            if (const auto* edit = qobject_cast<const QTextEdit*>(widget))
                add(edit, u"placeholder"_s, edit->placeholderText());
            if (const auto* spin = qobject_cast<const QAbstractSpinBox*>(widget))
                add(spin, u"specialValueText"_s, spin->specialValueText());
            if (const auto* spin = qobject_cast<const QSpinBox*>(widget)) {
                add(spin, u"prefix"_s, spin->prefix());
                add(spin, u"suffix"_s, spin->suffix());
            }
            if (const auto* combo = qobject_cast<const QComboBox*>(widget)) {
                for (int i = 0; i < combo->count(); ++i) {
                    add(combo, u"item"_s, combo->itemText(i));
                    add(combo, u"item toolTip"_s, combo->itemData(i, Qt::ToolTipRole).toString());
                }
            }
            if (const auto* tabs = qobject_cast<const QTabWidget*>(widget)) {
                for (int i = 0; i < tabs->count(); ++i) {
                    add(tabs, u"tab"_s, tabs->tabText(i));
                    add(tabs, u"tab toolTip"_s, tabs->tabToolTip(i));
                }
            }
            if (const auto* menu = qobject_cast<const QMenu*>(widget)) add(menu, u"title"_s, menu->title());
            if (const auto* view = qobject_cast<const QAbstractItemView*>(widget)) walkModel(view);
            for (const QAction* action : widget->actions())
                walkAction(action);
        }
    }

    [[nodiscard]] const QMap<QString, QString>& texts() const { return m_texts; }

private:
    QMap<QString, QString> m_texts;
};

TabSpec spec(TabKind kind, quint16 port, bool autoStart) {
    TabSpec tab;
    tab.kind = kind;
    tab.host = u"127.0.0.1"_s;
    tab.port = port;
    tab.autoStart = autoStart;
    return tab;
}

} // namespace

class TranslationsTest : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanup();
    void allowListKeepsEnglishOut_data();
    void allowListKeepsEnglishOut();
    void everyVisibleTextIsTranslated_data();
    void everyVisibleTextIsTranslated();
    void englishShowsNoTranslation();

private:
    // The window with a tab of each kind and every dock shown; its texts, and the Settings dialog's.
    QMap<QString, QString> windowTexts();

    QTemporaryDir m_settingsDir;
    netcore_qt::SessionHub m_hub;
};

void TranslationsTest::initTestCase() {
    QVERIFY(m_settingsDir.isValid());
    QSettings::setDefaultFormat(QSettings::IniFormat);
    QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, m_settingsDir.path());
    QCoreApplication::setOrganizationName(u"SockLabTest"_s);
    QCoreApplication::setApplicationName(u"translations"_s);
}

void TranslationsTest::cleanup() {
    LanguageChoice::install(u"en"_s);
    QSettings().clear();
}

// The detector itself: technical tokens pass, English words around them do not.
void TranslationsTest::allowListKeepsEnglishOut_data() {
    QTest::addColumn<QString>("text");
    QTest::addColumn<QStringList>("words");

    QTest::newRow("Chinese") << u"已连接"_s << QStringList();
    QTest::newRow("mnemonic in Chinese") << u"文件(&F)"_s << QStringList();
    QTest::newRow("call and errno") << u"connect() 失败：ECONNREFUSED"_s << QStringList();
    QTest::newRow("option name") << u"SO_REUSEADDR 已开启"_s << QStringList();
    QTest::newRow("address") << u"监听 127.0.0.1:8080 与 [::1]:8080"_s << QStringList();
    QTest::newRow("protocol") << u"TCP 服务器（IPv6）"_s << QStringList();
    QTest::newRow("rich text") << u"<b>SockLab</b> 0.1"_s << QStringList();
    QTest::newRow("English") << u"&Open Workspace…"_s << QStringList{u"Open"_s, u"Workspace"_s};
    QTest::newRow("English around a call") << u"recv() returned"_s << QStringList{u"returned"_s};
    QTest::newRow("capitalised word is not an errno") << u"Error"_s << QStringList{u"Error"_s};
    QTest::newRow("OS message after errno") << u"EPERM: Operation not permitted — 不允许"_s << QStringList();
    QTest::newRow("English after errno, no OS message")
        << u"ECONNRESET: reset by peer"_s << QStringList{u"reset"_s, u"peer"_s};
}

void TranslationsTest::allowListKeepsEnglishOut() {
    QFETCH(QString, text);
    QFETCH(QStringList, words);
    QCOMPARE(englishWords(text), words);
}

QMap<QString, QString> TranslationsTest::windowTexts() {
    MainWindow window(u"1.2.3"_s, m_hub, MainWindowOptions{.rememberTabs = false, .tabFactory = {}});
    window.show();
    if (!QTest::qWaitForWindowExposed(&window)) return {};
    TextWalker walker;
    walker.walk(&window); // the start page, before any tab

    auto* server = qobject_cast<TcpServerTab*>(window.openTab(spec(TabKind::TcpServer, 0, true)));
    if (server == nullptr || !server->listeningAddress()) return {};
    const quint16 port = server->listeningAddress()->port();
    window.openTab(spec(TabKind::TcpClient, port, true));
    window.openTab(spec(TabKind::UdpServer, 0, true));
    window.openTab(spec(TabKind::UdpClient, 9, false));
    window.openTab(spec(TabKind::Chat, 0, true));
    if (!QTest::qWaitFor([server] { return server->stats().connections == 1; }, kWaitMs)) return {};
    for (auto* dock : window.findChildren<QDockWidget*>())
        dock->show();
    // Each tab once in front, so what a tab builds when shown is there too.
    for (int i = 0; i < window.tabCount(); ++i) {
        window.setCurrentTab(i);
        QCoreApplication::processEvents();
        walker.walk(&window);
    }

    SettingsDialog settings(LanguageChoice::installed(), {u"zh-CN"_s}, &window);
    walker.walk(&settings);
    return walker.texts();
}

void TranslationsTest::everyVisibleTextIsTranslated_data() {
    QTest::addColumn<QString>("language");
    QTest::newRow("Simplified Chinese") << u"zh_CN"_s;
    QTest::newRow("Traditional Chinese") << u"zh_TW"_s;
}

void TranslationsTest::everyVisibleTextIsTranslated() {
    QFETCH(QString, language);
    QVERIFY(LanguageChoice::install(language));
    const auto texts = windowTexts();
    QVERIFY2(texts.size() > 100, "the window did not come up with its tabs");

    QStringList english;
    for (auto it = texts.begin(); it != texts.end(); ++it) {
        const QStringList words = englishWords(withoutLanguageNames(it.key()));
        if (!words.isEmpty())
            english << it.value() + u"\n    \""_s + it.key() + u"\"\n    English: "_s + words.join(u' ');
    }
    for (const QString& line : std::as_const(english))
        qWarning().noquote() << line;
    QVERIFY2(english.isEmpty(),
             qPrintable(u"%1 of %2 texts are still English in %3 (listed above)"_s.arg(english.size())
                            .arg(texts.size())
                            .arg(language)));
}

void TranslationsTest::englishShowsNoTranslation() {
    QVERIFY(LanguageChoice::install(u"en"_s));
    const auto texts = windowTexts();
    QVERIFY2(texts.size() > 100, "the window did not come up with its tabs");
    QStringList translated;
    for (auto it = texts.begin(); it != texts.end(); ++it)
        // Data (the tutorial's contacts 一棵树, 武大郎 in a spec) is taken out as in the other languages.
        if (hasHan(withoutAllowed(withoutLanguageNames(it.key()))))
            translated << it.value() + u": "_s + it.key();
    QVERIFY2(translated.isEmpty(), qPrintable(translated.join(u'\n')));
}

QTEST_MAIN(TranslationsTest)
#include "translations_test.moc"
