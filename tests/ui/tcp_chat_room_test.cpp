// The TCP server tab's chat room (issue 4), as `ncat --chat` runs one: three real clients, each
// line a client sends reaches the two others prefixed by its sender, never the sender itself.

#include "ui/connections_model.h"
#include "ui/reply_mode_editor.h"
#include "ui/server_clients_panel.h"
#include "ui/tcp_server_tab.h"
#include "ui/traffic_model.h"
#include "ui/traffic_view.h"

#include "netcore/socket.h"
#include "netcore_qt/session_hub.h"

#include <QTest>

#include <array>
#include <chrono>
#include <vector>

using namespace Qt::StringLiterals;
using namespace std::chrono_literals;

namespace {

netcore::Socket connectTo(const netcore::Address& address) {
    auto socket = netcore::Socket::open(netcore::Family::IPv4, netcore::SocketType::Stream);
    if (!socket || !socket->setTimeout(5s) || !socket->connect(address))
        qFatal("cannot connect a test client");
    return std::move(*socket);
}

QByteArray receiveExactly(netcore::Socket& socket, qsizetype size) {
    QByteArray all;
    std::array<std::byte, 4096> buffer{};
    while (all.size() < size) {
        auto got = socket.recv(buffer);
        if (!got || *got == 0) break;
        all.append(reinterpret_cast<const char*>(buffer.data()), static_cast<qsizetype>(*got));
    }
    return all;
}

} // namespace

class TcpChatRoomTest : public QObject {
    Q_OBJECT
private slots:
    void threeClientsTalk() {
        netcore_qt::SessionHub hub;
        TabSpec spec;
        spec.kind = TabKind::TcpServer;
        spec.port = 0;
        spec.reply.mode = ReplySpec::Mode::ChatRoom;
        TcpServerTab tab(spec, hub);
        QVERIFY(tab.listeningAddress().has_value());
        QCOMPARE(tab.spec().reply.mode, ReplySpec::Mode::ChatRoom);

        std::vector<netcore::Socket> clients;
        for (int i = 0; i < 3; ++i)
            clients.push_back(connectTo(*tab.listeningAddress()));
        // Everyone is in the room (accepted and listed) before anyone speaks.
        QTRY_COMPARE_WITH_TIMEOUT(tab.clientsPanel()->model()->openCount(), 3, 5000);

        const auto name = [&](int i) {
            return "<" + QByteArray::fromStdString(clients[std::size_t(i)].localAddress()->toString()) + "> ";
        };
        const QByteArray line = "hello room\n";
        const auto* data = reinterpret_cast<const std::byte*>(line.constData());
        QVERIFY(clients[0].sendAll({data, std::size_t(line.size())}).has_value());
        const QByteArray expected = name(0) + line;
        QCOMPARE(receiveExactly(clients[1], expected.size()), expected);
        QCOMPARE(receiveExactly(clients[2], expected.size()), expected);

        // The sender hears nothing back: its recv() times out.
        QVERIFY(clients[0].setTimeout(0.1s).has_value());
        std::array<std::byte, 16> buffer{};
        auto nothing = clients[0].recv(buffer);
        QVERIFY(!nothing.has_value());
        QCOMPARE(nothing.error().code, netcore::ErrorCode::Timeout);

        // The tab counted one line in and two relays out, exactly.
        QTRY_COMPARE_WITH_TIMEOUT(tab.stats().rxBytes, quint64(line.size()), 5000);
        QTRY_COMPARE_WITH_TIMEOUT(tab.stats().txBytes, quint64(2 * expected.size()), 5000);
    }
};

QTEST_MAIN(TcpChatRoomTest)
#include "tcp_chat_room_test.moc"
