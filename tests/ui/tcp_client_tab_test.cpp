// The client tab over real loopback sockets. The server side is a plain netcore listener on port 0
// (the port is read back) whose sockets wait with a bound: a lost byte fails the test instead of
// hanging it. While the test waits for the server socket it keeps the event loop turning, because
// the tab's events (and a file transfer's next chunks) travel through the GUI thread. No sleeps.

#include "loopback_listener.h"
#include "ui/blocking_badge.h"
#include "ui/error_model.h"
#include "ui/error_panel.h"
#include "ui/inline_error_label.h"
#include "ui/resolved_addresses_view.h"
#include "ui/send_composer.h"
#include "ui/tcp_client_tab.h"
#include "ui/traffic_model.h"
#include "ui/traffic_view.h"

#include "netcore/explanation.h"
#include "netcore/resolve.h"
#include "netcore/socket.h"
#include "netcore_qt/session_hub.h"

#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QPushButton>
#include <QTemporaryFile>
#include <QTest>
#include <QToolButton>

#include <chrono>
#include <optional>

using namespace Qt::StringLiterals;
using namespace std::chrono_literals;

Q_DECLARE_METATYPE(netcore::BlockingMode)

namespace {

constexpr int kWaitMs = 5000;

// A port nothing listens on: bound once by the OS's choice, then closed.
quint16 closedPort() {
    LoopbackListener listener = listenOnLoopback();
    return listener.port;
}

bool sendText(netcore::Socket& socket, const QByteArray& text) {
    const auto* data = reinterpret_cast<const std::byte*>(text.constData());
    return socket.sendAll({data, static_cast<std::size_t>(text.size())}).has_value();
}

// Receives until `size` bytes came, EOF ("<EOF>") or an error ("<ECONNRESET>"), for at most kWaitMs,
// turning the event loop between short waits on the socket.
QByteArray receive(netcore::Socket& socket, qsizetype size) {
    QByteArray all;
    std::array<std::byte, 65536> buffer{};
    QDeadlineTimer deadline(kWaitMs);
    while (all.size() < size && !deadline.hasExpired()) {
        QCoreApplication::processEvents();
        auto ready = socket.wait(netcore::Readable | netcore::Failed, 10ms);
        if (!ready) return all + "<" + QByteArray::fromStdString(ready.error().nativeName) + ">";
        if (*ready == netcore::NotReady) continue;
        auto got = socket.recv(buffer);
        if (!got) return all + "<" + QByteArray::fromStdString(got.error().nativeName) + ">";
        if (*got == 0) return all + "<EOF>";
        all.append(reinterpret_cast<const char*>(buffer.data()), static_cast<qsizetype>(*got));
    }
    return all;
}

TabSpec clientSpec(quint16 port, const QString& host = u"127.0.0.1"_s) {
    TabSpec spec;
    spec.kind = TabKind::TcpClient;
    spec.host = host;
    spec.port = port;
    spec.autoStart = false;
    return spec;
}

// Rows of one direction in the traffic view, as their bytes.
QList<QByteArray> rows(const TcpClientTab& tab, TrafficDirection direction) {
    const TrafficModel* model = tab.trafficView()->model();
    QList<QByteArray> found;
    for (int row = 0; row < model->rowCount(); ++row)
        if (model->record(row).direction == direction) found.append(model->record(row).bytes);
    return found;
}

// The error rows' native names (or netcore's code name for its own errors).
QStringList errorNames(const TcpClientTab& tab) {
    const ErrorModel* model = tab.errorPanel()->model();
    QStringList names;
    for (int row = 0; row < model->rowCount(); ++row) {
        const netcore::NetError* error = model->errorAt(row);
        names.append(error->nativeName.empty()
                         ? QString::fromStdString(std::string(errorCodeName(error->code)))
                         : QString::fromStdString(error->nativeName));
    }
    return names;
}

// The tab inside a window without a layout, as inside the main window's tab widget: a top-level tab
// would pass each size-hint change on to the platform window, which offscreen warns about.
struct Client {
    netcore_qt::SessionHub hub; // first: outlives the tab
    QWidget window;
    TcpClientTab* tab;

    explicit Client(const TabSpec& spec) : tab(new TcpClientTab(spec, hub, &window)) {
        tab->resize(1000, 700);
        window.resize(1000, 700);
        window.show();
    }
};

} // namespace

class TcpClientTabTest : public QObject {
    Q_OBJECT

private slots:
    void sendsAndReceives_data();
    void sendsAndReceives();
    void refusedConnectionIsExplained();
    void blockingClientShowsBlockedInRecv();
    void cancelEndsTheWait();
    void abortResetsTheServer_data();
    void abortResetsTheServer();
    void serverAbortShowsReset_data();
    void serverAbortShowsReset();
    void shutdownWriteGivesServerEof();
    void localhostListsEveryResult();
    void resolvedViewFollowsTheAttempts();
    void specSendIsSentOnceConnected();
    void sendsAFileInChunks();
    void sendWhileNotConnectedIsAnError();

private:
    static void connectTab(TcpClientTab& tab, netcore::BlockingMode mode) {
        tab.setMode(mode);
        tab.start();
        QTRY_COMPARE_WITH_TIMEOUT(tab.state(), TcpClientTab::State::Connected, kWaitMs);
    }
};

void TcpClientTabTest::sendsAndReceives_data() {
    QTest::addColumn<netcore::BlockingMode>("mode");
    QTest::newRow("non-blocking") << netcore::BlockingMode::nonBlocking();
    QTest::newRow("blocking") << netcore::BlockingMode::blocking();
    QTest::newRow("timeout 5 s") << netcore::BlockingMode::timeout(5s);
}

void TcpClientTabTest::sendsAndReceives() {
    QFETCH(netcore::BlockingMode, mode);
    LoopbackListener listener = listenOnLoopback();
    Client client(clientSpec(listener.port));
    TcpClientTab& tab = *client.tab;
    connectTab(tab, mode);
    QVERIFY2(tab.stateText().startsWith(u"Connected 127.0.0.1:"_s), qPrintable(tab.stateText()));
    QVERIFY(tab.stateText().endsWith(u"→ 127.0.0.1:%1"_s.arg(listener.port)));
    netcore::Socket server = acceptFrom(listener);

    tab.composer()->setText(u"hello"_s);
    QTRY_VERIFY_WITH_TIMEOUT(tab.composer()->isSendEnabled(), kWaitMs);
    tab.composer()->send();
    QCOMPARE(receive(server, 5), "hello"_ba);
    QVERIFY(sendText(server, "HELLO"));

    QTRY_COMPARE_WITH_TIMEOUT(rows(tab, TrafficDirection::Received), QList<QByteArray>{"HELLO"_ba}, kWaitMs);
    QCOMPARE(rows(tab, TrafficDirection::Sent), QList<QByteArray>{"hello"_ba});
    QTRY_VERIFY_WITH_TIMEOUT(!tab.badge()->isBlocked(), kWaitMs);

    const TabStats stats = tab.stats();
    QCOMPARE(stats.kind, u"tcp-client"_s);
    QCOMPARE(stats.name, tab.title());
    QCOMPARE(stats.txBytes, 5u);
    QCOMPARE(stats.rxBytes, 5u);
    QCOMPARE(stats.txMessages, 1u);
    QCOMPARE(stats.rxMessages, 1u);
    QCOMPARE(stats.connections, 1u);
    QCOMPARE(stats.errors, 0u);
    QVERIFY(stats.local.startsWith(u"127.0.0.1:"_s));
    QCOMPARE(tab.title(), u"Client 127.0.0.1:%1"_s.arg(listener.port));
}

void TcpClientTabTest::refusedConnectionIsExplained() {
    Client client(clientSpec(closedPort()));
    TcpClientTab& tab = *client.tab;
    tab.start();
    QTRY_COMPARE_WITH_TIMEOUT(tab.state(), TcpClientTab::State::Failed, kWaitMs);

    QVERIFY2(errorNames(tab).contains(u"ECONNREFUSED"_s), qPrintable(errorNames(tab).join(u", "_s)));
    const netcore::NetError* error = tab.errorPanel()->model()->errorAt(0);
    QCOMPARE(error->code, netcore::ErrorCode::ConnectionRefused);
    QVERIFY(!std::string_view(error->explanation().title).empty());
    // The panel explains the selected (newest) row; the tab shows the same error inline.
    QCOMPARE(tab.errorPanel()->currentRow(), 0);
    QVERIFY(tab.inlineError()->isVisible());
    QVERIFY2(tab.inlineError()->text().contains(u"ECONNREFUSED"_s), qPrintable(tab.inlineError()->text()));
    QVERIFY2(tab.stateText().contains(u"ECONNREFUSED"_s), qPrintable(tab.stateText()));
    QCOMPARE(tab.resolvedView()->entries().size(), 1);
    QCOMPARE(tab.resolvedView()->entries().first().state, ResolvedAddressesView::State::Failed);
    QCOMPARE(tab.stats().connections, 0u);
    QCOMPARE(tab.stats().errors, 1u);
}

void TcpClientTabTest::blockingClientShowsBlockedInRecv() {
    LoopbackListener listener = listenOnLoopback();
    Client client(clientSpec(listener.port));
    TcpClientTab& tab = *client.tab;
    connectTab(tab, netcore::BlockingMode::blocking());
    netcore::Socket server = acceptFrom(listener);
    QCOMPARE(tab.badge()->text(), u"blocking"_s);

    tab.sendBytes("ping"_ba);
    QCOMPARE(receive(server, 4), "ping"_ba);
    // The seeds' client: after sendall() it waits in recv() for the answer, and the badge says so.
    QTRY_VERIFY_WITH_TIMEOUT(tab.badge()->text().startsWith(u"blocked in recv() for"_s), kWaitMs);
    QVERIFY(tab.badge()->findChild<QToolButton*>(u"blockingBadgeCancel"_s)->isVisible());
    QVERIFY(rows(tab, TrafficDirection::Received).isEmpty());

    QVERIFY(sendText(server, "pong"));
    QTRY_COMPARE_WITH_TIMEOUT(rows(tab, TrafficDirection::Received), QList<QByteArray>{"pong"_ba}, kWaitMs);
    QTRY_VERIFY_WITH_TIMEOUT(!tab.badge()->isBlocked(), kWaitMs);
    QCOMPARE(tab.badge()->text(), u"blocking"_s);

    // Receive waits for one more.
    auto* receiveButton = tab.findChild<QPushButton*>(u"clientReceive"_s);
    QVERIFY(receiveButton->isVisible() && receiveButton->isEnabled());
    receiveButton->click();
    QTRY_VERIFY_WITH_TIMEOUT(tab.badge()->text().startsWith(u"blocked in recv() for"_s), kWaitMs);
    QVERIFY(sendText(server, "more"));
    QTRY_COMPARE_WITH_TIMEOUT(rows(tab, TrafficDirection::Received).size(), 2, kWaitMs);
    QTRY_VERIFY_WITH_TIMEOUT(!tab.badge()->isBlocked(), kWaitMs);
}

void TcpClientTabTest::cancelEndsTheWait() {
    LoopbackListener listener = listenOnLoopback();
    Client client(clientSpec(listener.port));
    TcpClientTab& tab = *client.tab;
    connectTab(tab, netcore::BlockingMode::blocking());
    netcore::Socket server = acceptFrom(listener);
    tab.sendBytes("ping"_ba);
    QTRY_VERIFY_WITH_TIMEOUT(tab.badge()->text().startsWith(u"blocked in recv() for"_s), kWaitMs);

    tab.badge()->findChild<QToolButton*>(u"blockingBadgeCancel"_s)->click();
    QTRY_VERIFY_WITH_TIMEOUT(!tab.badge()->isBlocked(), kWaitMs);
    QTRY_VERIFY_WITH_TIMEOUT(errorNames(tab).contains(u"Cancelled"_s), kWaitMs);
    QVERIFY2(tab.inlineError()->text().contains(u"cancel"_s, Qt::CaseInsensitive),
             qPrintable(tab.inlineError()->text()));
    // A cancelled wait leaves the socket usable.
    QCOMPARE(tab.state(), TcpClientTab::State::Connected);
}

void TcpClientTabTest::abortResetsTheServer_data() {
    sendsAndReceives_data();
}

void TcpClientTabTest::abortResetsTheServer() {
    QFETCH(netcore::BlockingMode, mode);
    LoopbackListener listener = listenOnLoopback();
    Client client(clientSpec(listener.port));
    TcpClientTab& tab = *client.tab;
    connectTab(tab, mode);
    netcore::Socket server = acceptFrom(listener);

    tab.findChild<QPushButton*>(u"clientAbort"_s)->click();
    QTRY_COMPARE_WITH_TIMEOUT(tab.state(), TcpClientTab::State::Closed, kWaitMs);
    QVERIFY2(tab.stateText().contains(u"RST"_s), qPrintable(tab.stateText()));
    QCOMPARE(receive(server, 1), "<ECONNRESET>"_ba);
}

void TcpClientTabTest::serverAbortShowsReset_data() {
    sendsAndReceives_data();
}

void TcpClientTabTest::serverAbortShowsReset() {
    QFETCH(netcore::BlockingMode, mode);
    LoopbackListener listener = listenOnLoopback();
    Client client(clientSpec(listener.port));
    TcpClientTab& tab = *client.tab;
    connectTab(tab, mode);
    netcore::Socket server = acceptFrom(listener);
    // A blocking client learns of the reset in its next recv().
    if (mode.kind() != netcore::BlockingMode::Kind::NonBlocking) {
        tab.receiveOnce();
        QTRY_VERIFY_WITH_TIMEOUT(tab.badge()->isBlocked(), kWaitMs);
    }

    QVERIFY(server.setOption(netcore::SocketOption::Linger, netcore::LingerValue{true, 0}));
    QVERIFY(server.close());
    QTRY_COMPARE_WITH_TIMEOUT(tab.state(), TcpClientTab::State::Closed, kWaitMs);
    QCOMPARE(tab.stateText(), u"Reset by peer (ECONNRESET)"_s);
    QVERIFY2(errorNames(tab).contains(u"ECONNRESET"_s), qPrintable(errorNames(tab).join(u", "_s)));
    QVERIFY(tab.inlineError()->text().contains(u"ECONNRESET"_s));
    QCOMPARE(tab.stats().connections, 0u);
}

void TcpClientTabTest::shutdownWriteGivesServerEof() {
    LoopbackListener listener = listenOnLoopback();
    Client client(clientSpec(listener.port));
    TcpClientTab& tab = *client.tab;
    connectTab(tab, netcore::BlockingMode::nonBlocking());
    netcore::Socket server = acceptFrom(listener);

    tab.findChild<QPushButton*>(u"clientShutdownWrite"_s)->click();
    QCOMPARE(receive(server, 1), "<EOF>"_ba);
    QVERIFY2(tab.stateText().contains(u"write side shut down"_s), qPrintable(tab.stateText()));
    QVERIFY(!tab.findChild<QPushButton*>(u"clientShutdownWrite"_s)->isEnabled());
    // Half-closed, not closed: the server's answer still arrives.
    QVERIFY(sendText(server, "bye"));
    QTRY_COMPARE_WITH_TIMEOUT(rows(tab, TrafficDirection::Received), QList<QByteArray>{"bye"_ba}, kWaitMs);
}

void TcpClientTabTest::localhostListsEveryResult() {
    LoopbackListener listener = listenOnLoopback();
    const auto expected = netcore::resolve("localhost", std::to_string(listener.port));
    QVERIFY(expected && !expected->addresses.empty());
    Client client(clientSpec(listener.port, u"localhost"_s));
    TcpClientTab& tab = *client.tab;
    connectTab(tab, netcore::BlockingMode::nonBlocking());

    const ResolvedAddressesView* view = tab.resolvedView();
    QVERIFY(!view->numericHost());
    QCOMPARE(view->entries().size(), static_cast<qsizetype>(expected->addresses.size()));
    for (qsizetype i = 0; i < view->entries().size(); ++i) {
        QVERIFY(view->entries()[i].address == expected->addresses[static_cast<std::size_t>(i)].address);
        QVERIFY(view->text().contains(QString::fromStdString(view->entries()[i].address.toString())));
    }
    const int used = view->usedIndex();
    QVERIFY(used >= 0);
    QCOMPARE(QString::fromStdString(view->entries()[used].address.toString()),
             u"127.0.0.1:%1"_s.arg(listener.port));
    QVERIFY2(view->text().contains(u"used"_s), qPrintable(view->text()));
    // Whatever came before 127.0.0.1 (::1 on most systems) was tried and refused.
    for (int i = 0; i < used; ++i)
        QCOMPARE(view->entries()[i].state, ResolvedAddressesView::State::Failed);
}

// What "localhost" gives where ::1 comes first and only 127.0.0.1 listens (this machine's resolver
// may return one address only, so the tab test above cannot count on seeing a failure).
void TcpClientTabTest::resolvedViewFollowsTheAttempts() {
    using State = ResolvedAddressesView::State;
    netcore::ResolveResult result;
    result.addresses.push_back({*netcore::Address::parse("[::1]:8080"), netcore::SocketType::Stream, 6, {}});
    result.addresses.push_back(
        {*netcore::Address::parse("127.0.0.1:8080"), netcore::SocketType::Stream, 6, {}});
    ResolvedAddressesView view;
    QCOMPARE(view.text(), u"nothing looked up yet"_s);
    view.lookupStarted(u"localhost"_s);
    QCOMPARE(view.text(), u"looking up localhost…"_s);
    view.setResult(result, 3);
    QCOMPARE(view.entries()[0].state, State::Trying);
    QCOMPARE(view.entries()[1].state, State::NotTried);
    view.attemptFailed(u"ECONNREFUSED"_s);
    QCOMPARE(view.entries()[0].state, State::Failed);
    QCOMPARE(view.entries()[1].state, State::Trying);
    view.markUsed(*netcore::Address::parse("127.0.0.1:8080"));
    QCOMPARE(view.usedIndex(), 1);
    QCOMPARE(view.text(), u"localhost, looked up in 3 ms: 1. [::1]:8080 (failed: ECONNREFUSED)   "
                          u"2. 127.0.0.1:8080 \u2714 used"_s);
    view.setLookupFailed(u"EAI_NONAME"_s);
    QCOMPARE(view.text(), u"localhost: lookup failed: EAI_NONAME"_s);
    QVERIFY(view.entries().isEmpty());
}

void TcpClientTabTest::specSendIsSentOnceConnected() {
    LoopbackListener listener = listenOnLoopback();
    TabSpec spec = clientSpec(listener.port);
    spec.send = u"hi\\x21\\n"_s;
    spec.autoStart = true;
    Client client(spec);
    TcpClientTab& tab = *client.tab;
    QTRY_COMPARE_WITH_TIMEOUT(tab.state(), TcpClientTab::State::Connected, kWaitMs);
    netcore::Socket server = acceptFrom(listener);
    QCOMPARE(receive(server, 4), "hi!\n"_ba);
    QCOMPARE(tab.spec().send, spec.send);
    QTRY_COMPARE_WITH_TIMEOUT(tab.stats().txBytes, 4u, kWaitMs);
}

void TcpClientTabTest::sendsAFileInChunks() {
    LoopbackListener listener = listenOnLoopback();
    Client client(clientSpec(listener.port));
    TcpClientTab& tab = *client.tab;
    connectTab(tab, netcore::BlockingMode::nonBlocking());
    netcore::Socket server = acceptFrom(listener);

    // Larger than the sender's window, and not a multiple of its chunk size.
    QByteArray content;
    for (int i = 0; content.size() < 5 * 64 * 1024 + 123; ++i)
        content += QByteArray::number(i) + ' ';
    QTemporaryFile file;
    QVERIFY(file.open());
    QCOMPARE(file.write(content), content.size());
    QVERIFY(file.flush());

    tab.sendFile(file.fileName());
    QCOMPARE(receive(server, content.size()), content);
    QTRY_COMPARE_WITH_TIMEOUT(tab.stats().txBytes, static_cast<quint64>(content.size()), kWaitMs);
}

void TcpClientTabTest::sendWhileNotConnectedIsAnError() {
    Client client(clientSpec(9));
    TcpClientTab& tab = *client.tab;
    tab.sendBytes("x"_ba);
    QCOMPARE(errorNames(tab), QStringList{u"NotConnected"_s});
    QVERIFY(tab.inlineError()->isVisible());
}

QTEST_MAIN(TcpClientTabTest)
#include "tcp_client_tab_test.moc"
