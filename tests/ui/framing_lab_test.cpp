// The framing lab through the TCP server tab: the demo responder answers a fixed set of commands
// (nothing runs); unframed, a big reply arrives split over several recv(1024) calls; with the
// length-prefixed mode each reply is one struct.pack('>I', len) message.

#include "ui/open_spec_parser.h"
#include "ui/tcp_server_tab.h"

#include "netcore/socket.h"
#include "netcore_qt/session_hub.h"

#include <QTest>

#include <array>
#include <chrono>

using namespace Qt::StringLiterals;
using namespace std::chrono_literals;

namespace {

netcore::Socket connectTo(const netcore::Address& address) {
    auto socket = netcore::Socket::open(netcore::Family::IPv4, netcore::SocketType::Stream);
    if (!socket || !socket->setTimeout(5s) || !socket->connect(address))
        qFatal("cannot connect a test client");
    return std::move(*socket);
}

bool sendAll(netcore::Socket& socket, const QByteArray& bytes) {
    return socket.sendAll({reinterpret_cast<const std::byte*>(bytes.constData()), std::size_t(bytes.size())})
        .has_value();
}

QByteArray receiveExactly(netcore::Socket& socket, qsizetype size, int* calls = nullptr) {
    QByteArray all;
    std::array<std::byte, 1024> buffer{}; // the seed client's recv(1024)
    while (all.size() < size) {
        auto got = socket.recv(
            std::span(buffer).first(std::min<std::size_t>(buffer.size(), std::size_t(size - all.size()))));
        if (!got || *got == 0) break;
        if (calls) ++*calls;
        all.append(reinterpret_cast<const char*>(buffer.data()), static_cast<qsizetype>(*got));
    }
    return all;
}

} // namespace

class FramingLabTest : public QObject {
    Q_OBJECT
private slots:
    void rawRepliesArriveSplit() {
        netcore_qt::SessionHub hub;
        auto spec = *OpenSpecParser::parse(u"tcp-server 127.0.0.1:0 reply=demo"_s);
        TcpServerTab tab(spec, hub);
        QVERIFY(tab.listeningAddress().has_value());
        auto client = connectTo(*tab.listeningAddress());
        QVERIFY(sendAll(client, "whoami"));
        QCOMPARE(receiveExactly(client, 13), QByteArray("socklab-demo\n"));
        QVERIFY(sendAll(client, "big 5000"));
        int calls = 0;
        QCOMPARE(receiveExactly(client, 5000, &calls).size(), 5000);
        QVERIFY2(calls >= 5, "5000 bytes cannot come through recv(1024) in fewer than 5 calls");
        // Nothing is ever run: a shell command is just an unknown command.
        QVERIFY(sendAll(client, "$(id)"));
        QVERIFY(receiveExactly(client, 16).startsWith("unknown command"));
    }

    void lengthPrefixedRepliesStayWhole() {
        netcore_qt::SessionHub hub;
        auto spec = *OpenSpecParser::parse(u"tcp-server 127.0.0.1:0 reply=demo-framed"_s);
        TcpServerTab tab(spec, hub);
        auto client = connectTo(*tab.listeningAddress());
        // Two framed commands in one send: two separate framed replies come back.
        QByteArray request;
        for (const char* command : {"big 3000", "whoami"}) {
            const auto size = static_cast<quint32>(qstrlen(command));
            const char header[4] = {char(size >> 24), char(size >> 16), char(size >> 8), char(size)};
            request += QByteArray(header, 4) + command;
        }
        QVERIFY(sendAll(client, request));
        const auto header = receiveExactly(client, 4);
        QCOMPARE(header, QByteArray::fromHex("00000bb8")); // struct.pack('>I', 3000)
        QCOMPARE(receiveExactly(client, 3000).size(), 3000);
        QCOMPARE(receiveExactly(client, 4 + 13), QByteArray::fromHex("0000000d") + "socklab-demo\n");
    }
};

QTEST_MAIN(FramingLabTest)
#include "framing_lab_test.moc"
