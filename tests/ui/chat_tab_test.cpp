// The chat tab over real loopback UDP: two tabs bound to 127.0.0.1 port 0 talk to each other, and a
// plain netcore socket plays a peer that is in no contact book (or the seed's QQ server). Waits are
// QTRY_* on what the tab shows, or a socket timeout: no sleeps, no fixed ports.

#include "ui/chat_conversation_model.h"
#include "ui/chat_conversation_view.h"
#include "ui/chat_tab.h"
#include "ui/contact_book_model.h"
#include "ui/error_model.h"
#include "ui/error_panel.h"

#include "netcore/socket.h"
#include "netcore_qt/session_hub.h"

#include <QFont>
#include <QLineEdit>
#include <QStringEncoder>
#include <QTest>

#include <chrono>
#include <memory>

using namespace Qt::StringLiterals;
using namespace std::chrono_literals;

namespace {

constexpr int kWaitMs = 5000;

std::unique_ptr<ChatTab> startedTab(netcore_qt::SessionHub& hub, const QList<ChatContact>& contacts = {}) {
    TabSpec spec;
    spec.host = u"127.0.0.1"_s;
    spec.port = 0;
    spec.autoStart = false;
    spec.contacts = contacts;
    auto tab = std::make_unique<ChatTab>(spec, hub);
    tab->start();
    if (!tab->boundAddress()) qFatal("the chat tab did not bind");
    return tab;
}

quint16 portOf(const ChatTab& tab) {
    return tab.boundAddress()->port();
}

QString keyOf(const netcore::Address& address) {
    return ContactBookModel::addressKey(address);
}

// A peer outside SockLab: a plain UDP socket on 127.0.0.1, port chosen by the OS, reads time out.
struct Peer {
    netcore::Socket socket;
    netcore::Address address;

    Peer() {
        auto opened = netcore::Socket::open(netcore::Family::IPv4, netcore::SocketType::Datagram);
        if (!opened) qFatal("socket: %s", opened.error().summary().c_str());
        socket = std::move(*opened);
        if (!socket.bind(netcore::Address::loopback(netcore::Family::IPv4))) qFatal("bind failed");
        if (!socket.setTimeout(5s)) qFatal("settimeout failed");
        address = *socket.localAddress();
    }
    void sendTo(const QByteArray& bytes, const netcore::Address& to) {
        const auto sent =
            socket.sendTo(std::as_bytes(std::span(bytes.constData(), size_t(bytes.size()))), to);
        if (!sent) qFatal("sendto: %s", sent.error().summary().c_str());
    }
    QByteArray receive() {
        std::array<std::byte, 2048> buffer{};
        const auto got = socket.recvFrom(buffer);
        if (!got)
            return QByteArrayLiteral("<nothing: ") + QByteArray::fromStdString(got.error().summary()) + '>';
        return {reinterpret_cast<const char*>(buffer.data()), static_cast<qsizetype>(got->bytes)};
    }
};

} // namespace

class ChatTabTest : public QObject {
    Q_OBJECT

private slots:
    void prefilledWithTheSeedsContacts() {
        netcore_qt::SessionHub hub;
        TabSpec spec;
        spec.port = 8081;
        spec.autoStart = false;
        ChatTab tab(spec, hub);
        QCOMPARE(tab.spec().contacts, ContactBookModel::seedContacts());
        QCOMPARE(tab.selectedContact(), u"TOM"_s);
        QCOMPARE(tab.spec().kind, TabKind::Chat);
        QCOMPARE(tab.stats().kind, u"chat"_s);
        QVERIFY(tab.stats().local.isEmpty());
        QCOMPARE(tab.title(), u"Chat 127.0.0.1:8081"_s);
        QCOMPARE(tab.encoding(), QByteArrayLiteral("UTF-8"));
        QVERIFY(tab.contactBook()->addContact({u"ANN"_s, u"::1"_s, 9}));
        QCOMPARE(tab.spec().contacts.size(), 5); // edits are saved through spec()
    }

    void twoTabsChatBothWaysWithUnreadCounts() {
        netcore_qt::SessionHub hub;
        auto alice = startedTab(hub);
        auto bob = startedTab(hub);
        alice->contactBook()->setContacts({{u"BOB"_s, u"127.0.0.1"_s, portOf(*bob)}});
        bob->contactBook()->setContacts(
            {{u"ALICE"_s, u"127.0.0.1"_s, portOf(*alice)}, {u"CAROL"_s, u"127.0.0.1"_s, 9}});
        QCOMPARE(alice->selectedContact(), u"BOB"_s);
        QVERIFY(bob->selectContact(u"CAROL"_s)); // Bob looks elsewhere: Alice's messages are unread

        QVERIFY(alice->sendMessage(u"hello 你好"_s));
        QTRY_COMPARE_WITH_TIMEOUT(bob->conversationText(u"ALICE"_s), QStringList{u"hello 你好"_s}, kWaitMs);
        QCOMPARE(bob->unreadCount(u"ALICE"_s), 1);
        QVERIFY(alice->sendMessage(u"are you there?"_s));
        QTRY_COMPARE_WITH_TIMEOUT(bob->unreadCount(u"ALICE"_s), 2, kWaitMs);
        const QModelIndex aliceRow = bob->contactBook()->index(bob->contactBook()->rowOfKey(u"ALICE"_s), 0);
        QVERIFY(aliceRow.data(Qt::FontRole).value<QFont>().bold());
        QCOMPARE(bob->contactBook()->index(aliceRow.row(), ContactBookModel::UnreadColumn).data().toInt(), 2);

        QVERIFY(bob->selectContact(u"ALICE"_s));
        QCOMPARE(bob->unreadCount(u"ALICE"_s), 0);
        QVERIFY(!aliceRow.data(Qt::FontRole).isValid());

        // Enter in the message line answers the conversation on screen.
        bob->messageEdit()->setText(u"hi Alice, 一棵树 here"_s);
        QTest::keyClick(bob->messageEdit(), Qt::Key_Return);
        QVERIFY(bob->messageEdit()->text().isEmpty());
        QTRY_COMPARE_WITH_TIMEOUT(alice->conversationText(u"BOB"_s).size(), 3, kWaitMs);
        QCOMPARE(alice->conversationText(u"BOB"_s),
                 (QStringList{u"hello 你好"_s, u"are you there?"_s, u"hi Alice, 一棵树 here"_s}));
        QCOMPARE(alice->unreadCount(u"BOB"_s), 0); // on screen: read
        // ... and really on screen: the view shows this conversation and has laid its rows out.
        QCOMPARE(alice->conversationView()->model(), alice->conversation(u"BOB"_s));
        QVERIFY(!alice->conversationView()->visualRect(alice->conversation(u"BOB"_s)->index(2)).isEmpty());

        const ChatConversationModel* sent = alice->conversation(u"BOB"_s);
        QCOMPARE(sent->message(0).direction, ChatMessage::Direction::Mine);
        QTRY_COMPARE_WITH_TIMEOUT(sent->message(1).status, ChatMessage::Status::Sent, kWaitMs);
        QCOMPARE(sent->message(2).direction, ChatMessage::Direction::Theirs);
        QCOMPARE(sent->message(2).sender, u"BOB"_s);

        QTRY_COMPARE_WITH_TIMEOUT(alice->stats().txMessages, quint64(2), kWaitMs);
        QCOMPARE(alice->stats().rxMessages, quint64(1));
        QCOMPARE(alice->stats().txBytes, quint64(u"hello 你好"_s.toUtf8().size() + 14));
        QCOMPARE(alice->stats().local, keyOf(*alice->boundAddress()));
    }

    void unknownSenderCanBecomeAContact() {
        netcore_qt::SessionHub hub;
        auto tab = startedTab(hub);
        Peer peer;
        const QString key = keyOf(peer.address);
        peer.sendTo(QByteArrayLiteral("ping"), *tab->boundAddress());
        QTRY_COMPARE_WITH_TIMEOUT(tab->conversationText(key), QStringList{u"ping"_s}, kWaitMs);
        QCOMPARE(tab->conversationLabel(key), u"Message from [127.0.0.1:%1]"_s.arg(peer.address.port()));
        QCOMPARE(tab->unreadCount(key), 1);
        QVERIFY(tab->contactBook()->isStranger(tab->contactBook()->rowOfKey(key)));
        QCOMPARE(tab->spec().contacts.size(), 4); // not saved while unknown

        QVERIFY(tab->selectContact(key));
        QVERIFY(tab->sendMessage(u"pong"_s));
        QCOMPARE(peer.receive(), QByteArrayLiteral("pong"));

        QString error;
        QVERIFY(!tab->addUnknownAsContact(key, u"TOM"_s, &error)); // taken by the seed's book
        QVERIFY(tab->addUnknownAsContact(key, u"PY"_s, &error));
        QCOMPARE(tab->spec().contacts.last(), (ChatContact{u"PY"_s, u"127.0.0.1"_s, peer.address.port()}));
        QCOMPARE(tab->selectedContact(), u"PY"_s);
        QCOMPARE(tab->conversationText(u"PY"_s).mid(0, 2), (QStringList{u"ping"_s, u"pong"_s}));

        peer.sendTo(QByteArrayLiteral("again"), *tab->boundAddress());
        QTRY_COMPARE_WITH_TIMEOUT(tab->conversationText(u"PY"_s).last(), u"again"_s, kWaitMs);
        QCOMPARE(tab->contactBook()->rowOfKey(key), -1); // no new stranger
    }

    void receivedTextIsInterpretedNeverRaw_data() {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QString>("plain");
        QTest::newRow("seed's colour") << QByteArray("\x1b[1;44mhi\x1b[0m") << u"hi"_s;
        QTest::newRow("markup") << QByteArray("<b>x</b>") << u"<b>x</b>"_s;
        QTest::newRow("seed's line") << QByteArray("来自[127.0.0.1:8081]的一条消息:\x1b[1;44m你好\x1b[0m")
                                     << u"来自[127.0.0.1:8081]的一条消息:你好"_s;
        QTest::newRow("bell and stray ESC") << QByteArray("a\x07z\x1b") << u"a\\x07z\\x1b"_s;
    }

    void receivedTextIsInterpretedNeverRaw() {
        QFETCH(QByteArray, bytes);
        QFETCH(QString, plain);
        netcore_qt::SessionHub hub;
        auto tab = startedTab(hub);
        Peer peer;
        peer.sendTo(bytes, *tab->boundAddress());
        const QString key = keyOf(peer.address);
        QTRY_COMPARE_WITH_TIMEOUT(tab->conversationText(key).size(), 1, kWaitMs);
        QCOMPARE(tab->conversationText(key).first(), plain);
        QVERIFY(!tab->conversationText(key).first().contains(QChar(0x1b)));
    }

    void colourEscapesBecomeStyledSegments() {
        netcore_qt::SessionHub hub;
        auto tab = startedTab(hub);
        Peer peer;
        peer.sendTo(QByteArray("\x1b[1;44mhi\x1b[0m!"), *tab->boundAddress());
        const QString key = keyOf(peer.address);
        QTRY_VERIFY_WITH_TIMEOUT(tab->conversation(key) && tab->conversation(key)->rowCount() == 1, kWaitMs);
        const auto& segments = tab->conversation(key)->message(0).text.segments();
        QCOMPARE(segments.size(), 2);
        QCOMPARE(segments[0].text, u"hi"_s);
        QVERIFY(segments[0].style.bold);
        QCOMPARE(segments[0].style.background, std::optional<QColor>(AnsiText::paletteColor(4)));
        QVERIFY(segments[1].style.isPlain());
    }

    void encodingIsSelectable_data() {
        QTest::addColumn<QByteArray>("encoding");
        QTest::addColumn<QString>("text");
        QTest::newRow("UTF-8") << QByteArrayLiteral("UTF-8") << u"武大郎 é"_s;
        QTest::newRow("Latin-1") << QByteArrayLiteral("ISO-8859-1") << u"café"_s;
        QTest::newRow("UTF-16LE") << QByteArrayLiteral("UTF-16LE") << u"一棵树"_s;
        QTest::newRow("UTF-16BE") << QByteArrayLiteral("UTF-16BE") << u"一棵树"_s;
    }

    void encodingIsSelectable() {
        QFETCH(QByteArray, encoding);
        QFETCH(QString, text);
        netcore_qt::SessionHub hub;
        Peer peer;
        auto tab = startedTab(hub, {{u"PEER"_s, u"127.0.0.1"_s, peer.address.port()}});
        QVERIFY(tab->setEncoding(encoding));
        QVERIFY(tab->sendMessage(text));
        QStringEncoder encoder(encoding.constData());
        const QByteArray expected = encoder.encode(text);
        QCOMPARE(peer.receive(), expected);
        peer.sendTo(expected, *tab->boundAddress());
        QTRY_COMPARE_WITH_TIMEOUT(tab->conversationText(u"PEER"_s).size(), 2, kWaitMs);
        QCOMPARE(tab->conversationText(u"PEER"_s).last(), text);
    }

    void replyFromASharedAddressGoesToWhoeverSpokeLast() {
        // The seed's book points TOM, JACK, 一棵树 and 武大郎 at one QQ server.
        netcore_qt::SessionHub hub;
        Peer server;
        const quint16 port = server.address.port();
        auto tab = startedTab(hub, {{u"TOM"_s, u"127.0.0.1"_s, port}, {u"JACK"_s, u"127.0.0.1"_s, port}});
        QVERIFY(tab->selectContact(u"JACK"_s));
        QVERIFY(tab->sendMessage(u"hi jack"_s));
        QCOMPARE(server.receive(), QByteArrayLiteral("hi jack"));
        QVERIFY(tab->selectContact(u"TOM"_s));
        server.sendTo(QByteArrayLiteral("jack answers"), *tab->boundAddress());
        QTRY_COMPARE_WITH_TIMEOUT(tab->conversationText(u"JACK"_s).size(), 2, kWaitMs);
        QCOMPARE(tab->unreadCount(u"JACK"_s), 1);
        QVERIFY(tab->conversationText(u"TOM"_s).isEmpty());
    }

    void sendOnStartGoesToTheNamedContact() {
        netcore_qt::SessionHub hub;
        Peer peer;
        TabSpec spec;
        spec.host = u"127.0.0.1"_s;
        spec.port = 0;
        spec.autoStart = true;
        spec.contacts = {{u"TOM"_s, u"127.0.0.1"_s, 9}, {u"PEER"_s, u"127.0.0.1"_s, peer.address.port()}};
        spec.to = u"PEER"_s;
        spec.send = u"hello\\x21"_s;
        ChatTab tab(spec, hub);
        QTRY_VERIFY_WITH_TIMEOUT(tab.conversation(u"PEER"_s) != nullptr, kWaitMs);
        QCOMPARE(peer.receive(), QByteArrayLiteral("hello!"));
        QCOMPARE(tab.conversationText(u"PEER"_s), QStringList{u"hello!"_s});
    }

    void sendingWhileStoppedIsAnError() {
        netcore_qt::SessionHub hub;
        TabSpec spec;
        spec.autoStart = false;
        ChatTab tab(spec, hub);
        QVERIFY(!tab.isRunning());
        QVERIFY(!tab.sendMessage(u"anyone?"_s));
        const ChatConversationModel* conversation = tab.conversation(u"TOM"_s);
        QVERIFY(conversation);
        QCOMPARE(conversation->message(0).status, ChatMessage::Status::Failed);
        QCOMPARE(tab.stats().errors, quint64(1));
        QCOMPARE(tab.errorPanel()->model()->totalCount(), 1);
        QVERIFY(!tab.sendMessage(u"   "_s)); // blank lines are not sent (as in the seed)
        QCOMPARE(conversation->rowCount(), 1);
    }

    void bindFailureIsReported() {
        netcore_qt::SessionHub hub;
        auto first = startedTab(hub);
        TabSpec spec;
        spec.port = portOf(*first);
        spec.autoStart = false;
        ChatTab second(spec, hub);
        second.start();
        QVERIFY(!second.isRunning());
        QTRY_COMPARE_WITH_TIMEOUT(second.stats().errors, quint64(1), kWaitMs);
        second.stop(); // harmless when stopped
    }
};

QTEST_MAIN(ChatTabTest)
#include "chat_tab_test.moc"
