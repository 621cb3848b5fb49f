// "Copy as Python" (issue 5): the calls of the seeds' scenario 1 as clicked in SockLab (an
// upper-case server tab, a client tab that sends "hello"), exported from the client tab, run with
// python3 against the still-running server tab: the script gets "HELLO".

#include "ui/open_spec_parser.h"
#include "ui/tcp_client_tab.h"
#include "ui/tcp_server_tab.h"
#include "ui/traffic_model.h"
#include "ui/traffic_view.h"

#include "netcore_qt/session_hub.h"

#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

class CopyAsPythonTest : public QObject {
    Q_OBJECT
private slots:
    void scenarioOneReplaysInPython() {
        const QString python = QStandardPaths::findExecutable(u"python3"_s);
        if (python.isEmpty()) QSKIP("python3 is not installed");
        netcore_qt::SessionHub hub;
        TcpServerTab server(*OpenSpecParser::parse(u"tcp-server 127.0.0.1:0 reply=upper"_s), hub);
        QVERIFY(server.listeningAddress().has_value());
        const auto port = QString::number(server.listeningAddress()->port());
        TcpClientTab client(*OpenSpecParser::parse(u"tcp-client 127.0.0.1:"_s + port + u" send=hello"_s),
                            hub);
        // The exchange happened: the client saw HELLO come back.
        QTRY_COMPARE_WITH_TIMEOUT(client.stats().rxBytes, quint64(5), 10000);

        const QString script = client.pythonScript();
        QVERIFY2(script.contains(u"import socket"_s), qPrintable(script));
        QVERIFY2(script.contains(u"b'hello'"_s), qPrintable(script));

        QTemporaryDir dir;
        const QString path = dir.filePath(u"replay.py"_s);
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(script.toUtf8());
        file.close();
        QProcess run;
        run.start(python, {path});
        // The server answers on netcore's I/O thread: it needs nothing from this (blocked) thread.
        QVERIFY(run.waitForFinished(30000));
        const QString output = QString::fromUtf8(run.readAllStandardOutput());
        QVERIFY2(run.exitCode() == 0, qPrintable(output + QString::fromUtf8(run.readAllStandardError())));
        QVERIFY2(output.contains(u"HELLO"_s), qPrintable(output + u"\n--- script:\n"_s + script));
    }

    // The steps keep at most a few MiB of sent bytes (a 1 GiB file send once held 1.3 GB for this
    // export): past that a send is exported with its size, and the counters stay exact.
    void largeSendsKeepABoundedPayload() {
        netcore_qt::SessionHub hub;
        TcpServerTab server(*OpenSpecParser::parse(u"tcp-server 127.0.0.1:0"_s), hub);
        QVERIFY(server.listeningAddress().has_value());
        const auto port = QString::number(server.listeningAddress()->port());
        TcpClientTab client(*OpenSpecParser::parse(u"tcp-client 127.0.0.1:"_s + port), hub);
        QTRY_COMPARE_WITH_TIMEOUT(client.state(), TcpClientTab::State::Connected, 10000);
        constexpr int kSends = 6;
        constexpr qsizetype kSize = 1 << 20;
        for (int i = 0; i < kSends; ++i)
            client.sendBytes(QByteArray(kSize, char('a' + i)));
        QTRY_COMPARE_WITH_TIMEOUT(server.stats().rxBytes, quint64(kSends * kSize), 10000);
        QCOMPARE(client.stats().txBytes, quint64(kSends * kSize));

        const QString script = client.pythonScript();
        // The first four MiB are there byte for byte, the rest as a size.
        QVERIFY(script.contains(u"aaaaaaaaaa"_s));
        QVERIFY(script.contains(u"dddddddddd"_s));
        QVERIFY(!script.contains(u"eeeeeeeeee"_s));
        QVERIFY(!script.contains(u"ffffffffff"_s));
        // (A send the OS took in parts is one step per part, hence no exact size here.)
        QVERIFY2(script.contains(u"b'?' * "_s), qPrintable(script.right(2000)));
        QVERIFY(script.size() < 5 * kSize);
    }
};

QTEST_MAIN(CopyAsPythonTest)
#include "copy_as_python_test.moc"
