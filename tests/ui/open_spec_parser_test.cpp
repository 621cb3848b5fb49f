#include "ui/open_spec_parser.h"
#include "ui/workspace_file.h"

#include <QJsonDocument>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

class OpenSpecParserTest : public QObject {
    Q_OBJECT
private slots:
    void parsesValidSpecs_data() {
        QTest::addColumn<QString>("spec");
        QTest::addColumn<int>("kind");
        QTest::addColumn<QString>("host");
        QTest::addColumn<int>("port");
        QTest::addColumn<QString>("reply");
        QTest::addColumn<QString>("send");
        QTest::addColumn<QString>("name");
        QTest::newRow("seed server") << u"tcp-server 127.0.0.1:8080 reply=upper"_s << int(TabKind::TcpServer)
                                     << u"127.0.0.1"_s << 8080 << u"upper"_s << QString() << QString();
        QTest::newRow("ipv6 + name") << u"tcp-server [::1]:0 reply=echo name=Echo"_s
                                     << int(TabKind::TcpServer) << u"::1"_s << 0 << u"echo"_s << QString()
                                     << u"Echo"_s;
        QTest::newRow("quoted send") << u"tcp-client localhost:9000 send='hello world'"_s
                                     << int(TabKind::TcpClient) << u"localhost"_s << 9000 << u"none"_s
                                     << u"hello world"_s << QString();
        QTest::newRow("double quotes")
            << u"tcp-client 10.0.0.1:1 send=\"say \\\"hi\\\"\""_s << int(TabKind::TcpClient) << u"10.0.0.1"_s
            << 1 << u"none"_s << u"say \"hi\""_s << QString();
        QTest::newRow("text reply") << u"tcp-server 0.0.0.0:80 'reply=text:OK\\r\\n'"_s
                                    << int(TabKind::TcpServer) << u"0.0.0.0"_s << 80 << u"text:OK\\r\\n"_s
                                    << QString() << QString();
        QTest::newRow("hex reply") << u"tcp-server 127.0.0.1:7 reply=hex:de:ad"_s << int(TabKind::TcpServer)
                                   << u"127.0.0.1"_s << 7 << u"hex:de:ad"_s << QString() << QString();
        // Found by fuzzing: a vertical tab is a blank to the tokenizer, so format() must quote it.
        QTest::newRow("vertical tab in a quoted value")
            << u"tcp-server 127.0.0.1:1 reply=text:\"a\u000bb\""_s << int(TabKind::TcpServer)
            << u"127.0.0.1"_s << 1 << u"text:a\u000bb"_s << QString() << QString();
        // Found by fuzzing: a host taken from quotes keeps its quote, so format() must quote it.
        QTest::newRow("quote in a quoted host") << u"tcp-client 'a\"b:7'"_s << int(TabKind::TcpClient)
                                                << u"a\"b"_s << 7 << u"none"_s << QString() << QString();
        QTest::newRow("extra blanks") << u"  tcp-server   127.0.0.1:8080  "_s << int(TabKind::TcpServer)
                                      << u"127.0.0.1"_s << 8080 << u"none"_s << QString() << QString();
    }
    void parsesValidSpecs() {
        QFETCH(QString, spec);
        QFETCH(int, kind);
        QFETCH(QString, host);
        QFETCH(int, port);
        QFETCH(QString, reply);
        QFETCH(QString, send);
        QFETCH(QString, name);
        const auto parsed = OpenSpecParser::parse(spec);
        QVERIFY2(parsed.has_value(), qPrintable(parsed ? QString() : parsed.error().describe(spec)));
        QCOMPARE(int(parsed->kind), kind);
        QCOMPARE(parsed->host, host);
        QCOMPARE(int(parsed->port), port);
        QCOMPARE(OpenSpecParser::formatReply(parsed->reply), reply);
        QCOMPARE(parsed->send.value_or(QString()), send);
        QCOMPARE(parsed->name, name);
        // format() writes a spec that parses back to the same tab.
        const auto again = OpenSpecParser::parse(OpenSpecParser::format(*parsed));
        QVERIFY(again.has_value());
        QCOMPARE(*again, *parsed);
    }

    void issueFourKinds_data() {
        QTest::addColumn<QString>("spec");
        QTest::newRow("udp server")
            << u"udp-server 127.0.0.1:9000 reply=upper bufsize=1024 broadcast=on name=U"_s;
        QTest::newRow("udp client") << u"udp-client 127.0.0.1:9000 send='hi there' connect=on bufsize=2048"_s;
        QTest::newRow("chat")
            << u"chat 127.0.0.1:8081 peer=TOM=127.0.0.1:8082 peer='一棵树=[::1]:8083' to=TOM send=hello"_s;
        QTest::newRow("chat room") << u"tcp-server 127.0.0.1:7000 reply=chat"_s;
    }
    void issueFourKinds() {
        QFETCH(QString, spec);
        const auto parsed = OpenSpecParser::parse(spec);
        QVERIFY2(parsed.has_value(), qPrintable(parsed ? QString() : parsed.error().describe(spec)));
        const auto again = OpenSpecParser::parse(OpenSpecParser::format(*parsed));
        QVERIFY2(again.has_value(), qPrintable(OpenSpecParser::format(*parsed)));
        QCOMPARE(*again, *parsed);
        // And through a workspace file.
        const auto json = QJsonDocument(WorkspaceFile::toJson({*parsed})).toJson();
        const auto read = WorkspaceFile::fromJson(json);
        QVERIFY2(read.has_value(), qPrintable(read ? QString() : read.error()));
        QCOMPARE(read->at(0), *parsed);
    }

    void chatContactsAreParsed() {
        const auto parsed =
            OpenSpecParser::parse(u"chat 127.0.0.1:8081 peer=TOM=127.0.0.1:8082 peer=JACK=[::1]:9 to=JACK"_s);
        QVERIFY(parsed.has_value());
        QCOMPARE(parsed->contacts.size(), 2);
        QCOMPARE(parsed->contacts[1].name, u"JACK"_s);
        QCOMPARE(parsed->contacts[1].host, u"::1"_s);
        QCOMPARE(parsed->contacts[1].port, quint16{9});
        QCOMPARE(parsed->to, u"JACK"_s);
    }

    void issueFourErrors_data() {
        QTest::addColumn<QString>("spec");
        QTest::addColumn<QString>("key");
        QTest::addColumn<QString>("says");
        QTest::newRow("chat room on udp")
            << u"udp-server 127.0.0.1:9000 reply=chat"_s << u"reply"_s << u"TCP"_s;
        QTest::newRow("bad peer") << u"chat 127.0.0.1:8081 peer=TOM"_s << u"peer"_s << u"NAME=HOST:PORT"_s;
        QTest::newRow("peer port") << u"chat 127.0.0.1:8081 peer=TOM=1.2.3.4:99999"_s << u"peer"_s
                                   << u"0 to 65535"_s;
        QTest::newRow("twice") << u"chat 127.0.0.1:8081 peer=A=1.2.3.4:1 peer=A=1.2.3.4:2"_s << u"peer"_s
                               << u"twice"_s;
        QTest::newRow("unknown to") << u"chat 127.0.0.1:8081 peer=A=1.2.3.4:1 to=B"_s << u"to"_s
                                    << u"no contact"_s;
        QTest::newRow("bufsize") << u"udp-server 127.0.0.1:9000 bufsize=0"_s << u"bufsize"_s << u"from 1"_s;
        QTest::newRow("on/off") << u"udp-client 127.0.0.1:9000 connect=yes"_s << u"connect"_s
                                << u"on or off"_s;
        QTest::newRow("tcp key on udp")
            << u"udp-client 127.0.0.1:9000 timeout=5"_s << u"timeout"_s << u"not a key"_s;
    }
    void issueFourErrors() {
        QFETCH(QString, spec);
        QFETCH(QString, key);
        QFETCH(QString, says);
        const auto parsed = OpenSpecParser::parse(spec);
        QVERIFY(!parsed.has_value());
        QCOMPARE(parsed.error().key, key);
        QVERIFY2(parsed.error().message.contains(says), qPrintable(parsed.error().message));
    }

    void replyBytes() {
        const auto text = OpenSpecParser::parse(u"tcp-server 127.0.0.1:1 reply=text:OK\\n"_s);
        QVERIFY(text.has_value());
        QCOMPARE(text->reply.bytes, QByteArray("OK\n"));
        const auto hex = OpenSpecParser::parse(u"tcp-server 127.0.0.1:1 reply=hex:0xde,0xad"_s);
        QVERIFY(hex.has_value());
        QCOMPARE(hex->reply.bytes, QByteArray("\xde\xad"));
    }

    void rejectsInvalidSpecs_data() {
        QTest::addColumn<QString>("spec");
        QTest::addColumn<QString>("key");
        QTest::addColumn<QString>("says");
        QTest::newRow("empty") << QString() << u"kind"_s << u"empty"_s;
        QTest::newRow("unknown kind") << u"udp-thing 1.2.3.4:5"_s << u"kind"_s << u"udp-thing"_s;
        QTest::newRow("no endpoint") << u"tcp-server reply=upper"_s << u"endpoint"_s << u"must follow"_s;
        // Found by fuzzing: a quoted endpoint could smuggle a blank or a NUL into the host.
        QTest::newRow("blank in host") << u"tcp-server '127.0 .0.1:80'"_s << u"endpoint"_s << u"U+0020"_s;
        QTest::newRow("control in host")
            << u"tcp-server '127.0\u001d.1:80'"_s << u"endpoint"_s << u"U+001d"_s;
        QTest::newRow("no port") << u"tcp-server 127.0.0.1"_s << u"endpoint"_s << u"no port"_s;
        QTest::newRow("port too big") << u"tcp-server 127.0.0.1:70000"_s << u"endpoint"_s << u"0 to 65535"_s;
        QTest::newRow("port not a number")
            << u"tcp-server 127.0.0.1:http"_s << u"endpoint"_s << u"not a port"_s;
        QTest::newRow("bare ipv6") << u"tcp-server ::1:80"_s << u"endpoint"_s << u"brackets"_s;
        QTest::newRow("bad reply") << u"tcp-server 127.0.0.1:1 reply=uper"_s << u"reply"_s << u"uper"_s;
        QTest::newRow("bad hex") << u"tcp-server 127.0.0.1:1 reply=hex:zz"_s << u"reply"_s << u"column 1"_s;
        QTest::newRow("client key on server")
            << u"tcp-server 127.0.0.1:1 send=x"_s << u"send"_s << u"not a key"_s;
        QTest::newRow("server key on client")
            << u"tcp-client 127.0.0.1:1 reply=echo"_s << u"reply"_s << u"not a key"_s;
        QTest::newRow("no value") << u"tcp-client 127.0.0.1:1 send"_s << u"send"_s << u"key=value"_s;
        QTest::newRow("open quote") << u"tcp-client 127.0.0.1:1 send='abc"_s << u"quoting"_s
                                    << u"never closed"_s;
    }
    void rejectsInvalidSpecs() {
        QFETCH(QString, spec);
        QFETCH(QString, key);
        QFETCH(QString, says);
        const auto parsed = OpenSpecParser::parse(spec);
        QVERIFY(!parsed.has_value());
        QCOMPARE(parsed.error().key, key);
        QVERIFY2(parsed.error().message.contains(says), qPrintable(parsed.error().message));
        QVERIFY(parsed.error().describe(spec).contains(spec));
    }

    void workspaceRoundTrip() {
        QList<TabSpec> tabs;
        tabs << *OpenSpecParser::parse(u"tcp-server 127.0.0.1:8080 reply=upper name=Upper"_s);
        tabs << *OpenSpecParser::parse(u"tcp-client [::1]:8080 send='hi there' timeout=500"_s);
        tabs[1].autoStart = false;
        QTemporaryDir dir;
        const auto path = dir.filePath(u"ws.json"_s);
        QVERIFY(WorkspaceFile::write(path, tabs).has_value());
        const auto read = WorkspaceFile::read(path);
        QVERIFY2(read.has_value(), qPrintable(read ? QString() : read.error()));
        QCOMPARE(*read, tabs);
    }

    void workspaceErrors_data() {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QString>("says");
        QTest::newRow("not json") << QByteArray("{") << u"not valid JSON"_s;
        QTest::newRow("array") << QByteArray("[]") << u"top level"_s;
        QTest::newRow("version") << QByteArray(R"({"version":9,"tabs":[]})") << u"version"_s;
        QTest::newRow("tabs type") << QByteArray(R"({"version":1,"tabs":3})") << u"tabs: must be a list"_s;
        QTest::newRow("port")
            << QByteArray(R"({"version":1,"tabs":[{"kind":"tcp-server","host":"a","port":70000}]})")
            << u"tabs[0].port: 70000 is not a port"_s;
        QTest::newRow("typo key")
            << QByteArray(R"({"version":1,"tabs":[{"kind":"tcp-client","host":"a","port":1,"sned":"x"}]})")
            << u"tabs[0].sned"_s;
        QTest::newRow("kind") << QByteArray(R"({"version":1,"tabs":[{"kind":"x"}]})") << u"tabs[0].kind"_s;
        QTest::newRow("reply")
            << QByteArray(
                   R"({"version":1,"tabs":[{"kind":"tcp-server","host":"a","port":1,"reply":"hex:q"}]})")
            << u"tabs[0].reply: hex: column 1"_s;
    }
    void workspaceErrors() {
        QFETCH(QByteArray, json);
        QFETCH(QString, says);
        const auto parsed = WorkspaceFile::fromJson(json);
        QVERIFY(!parsed.has_value());
        QVERIFY2(parsed.error().contains(says), qPrintable(parsed.error()));
    }
};

QTEST_GUILESS_MAIN(OpenSpecParserTest)
#include "open_spec_parser_test.moc"
