// The socket options editor over a real client tab's socket on 127.0.0.1:0: values read back from
// the OS, sets that read back at once, errors shown with their native name, options this OS lacks
// greyed out.

#include "ui/open_spec_parser.h"
#include "ui/plain_label.h"
#include "ui/socket_options_editor.h"
#include "ui/socket_options_model.h"
#include "ui/tcp_client_tab.h"
#include "ui/tcp_server_tab.h"

#include "netcore/os_info.h"
#include "netcore_qt/session_handle.h"
#include "netcore_qt/session_hub.h"

#include <QAbstractItemModelTester>
#include <QCheckBox>
#include <QPushButton>
#include <QSpinBox>
#include <QTest>

#include <memory>

using namespace Qt::StringLiterals;
using netcore::SocketOption;

namespace {

struct Fixture {
    netcore_qt::SessionHub hub;
    std::unique_ptr<TcpServerTab> server;
    std::unique_ptr<TcpClientTab> client;
    netcore_qt::SessionHandle* handle = nullptr;
    netcore::SocketSnapshot socket;

    bool open() {
        server = std::make_unique<TcpServerTab>(*OpenSpecParser::parse(u"tcp-server 127.0.0.1:0"_s), hub);
        if (!server->listeningAddress()) return false;
        const auto port = QString::number(server->listeningAddress()->port());
        client =
            std::make_unique<TcpClientTab>(*OpenSpecParser::parse(u"tcp-client 127.0.0.1:"_s + port), hub);
        handle = client->findChild<netcore_qt::SessionHandle*>();
        if (!handle) return false;
        // Connected when the client's socket has a peer.
        return QTest::qWaitFor(
            [&] {
                auto* inspector = handle->inspector();
                if (!inspector) return false;
                const auto sockets = inspector->sockets(false);
                if (sockets.empty() || !sockets.front().peer.isValid()) return false;
                socket = sockets.front();
                return true;
            },
            10000);
    }
};

} // namespace

class SocketOptionsEditorTest : public QObject {
    Q_OBJECT
private:
    static QPushButton* setButton(SocketOptionsEditor& editor, SocketOption option) {
        auto* box = editor.editorFor(option);
        return box ? box->findChild<QPushButton*>(u"set"_s) : nullptr;
    }

private slots:
    void readsEveryAvailableOption() {
        Fixture fixture;
        QVERIFY(fixture.open());
        SocketOptionsEditor editor;
        auto* model = editor.model();
        QAbstractItemModelTester tester(model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(model->rowCount(), int(netcore::optionTable().size()));
        editor.setSocket(fixture.handle, fixture.socket);
        QCOMPARE(editor.socketId(), fixture.socket.id);

        const int rcvbuf = model->rowOf(SocketOption::ReceiveBuffer);
        const auto value = model->valueAt(rcvbuf);
        QVERIFY(value.has_value());
        QVERIFY(std::get<int>(*value) > 0);
        // The editor starts at the value read.
        auto* spin = editor.editorFor(SocketOption::ReceiveBuffer)->findChild<QSpinBox*>(u"number"_s);
        QVERIFY(spin);
        QCOMPARE(spin->value(), std::get<int>(*value));
        QCOMPARE(model->index(rcvbuf, SocketOptionsModel::Level).data().toString(), u"SOL_SOCKET"_s);
        QCOMPARE(model->index(rcvbuf, SocketOptionsModel::Name).data().toString(), u"SO_RCVBUF"_s);
        // SO_TYPE is read-only: no Set button, a Read button instead.
        QVERIFY(!setButton(editor, SocketOption::Type));
        QVERIFY(editor.editorFor(SocketOption::Type)->findChild<QPushButton*>(u"read"_s));
        QVERIFY(model->valueAt(model->rowOf(SocketOption::Type)).has_value());
        // IPV6_V6ONLY does not apply to this IPv4 socket: said, greyed, no editor to use.
        const int v6only = model->rowOf(SocketOption::V6Only);
        QCOMPARE(model->index(v6only, SocketOptionsModel::Value).data().toString(), u"IPv6 sockets only"_s);
        QVERIFY(!model->flags(model->index(v6only, SocketOptionsModel::Name)).testFlag(Qt::ItemIsEnabled));
        QVERIFY(!editor.editorFor(SocketOption::V6Only)->isEnabled());
        // SO_ERROR is not read by itself (reading clears it).
        QVERIFY(!model->valueAt(model->rowOf(SocketOption::Error)).has_value());
    }

    void unavailableOptionsAreGreyed() {
        SocketOptionsEditor editor;
        auto* model = editor.model();
        int unavailable = 0;
        for (int row = 0; row < model->rowCount(); ++row) {
            const bool available = model->infoAt(row).available;
            const auto flags = model->flags(model->index(row, SocketOptionsModel::Name));
            QCOMPARE(flags.testFlag(Qt::ItemIsEnabled), available);
            if (!available) {
                ++unavailable;
                QVERIFY(model->index(row, SocketOptionsModel::Note)
                            .data()
                            .toString()
                            .startsWith(u"Not available"_s));
            }
        }
        // Every OS lacks one of SO_REUSEPORT / SO_EXCLUSIVEADDRUSE.
        QVERIFY(unavailable >= 1);
    }

    void setReadsBack_data() {
        QTest::addColumn<int>("option");
        QTest::addColumn<QString>("expected");
        QTest::newRow("TCP_NODELAY on") << int(SocketOption::NoDelay) << u"on"_s;
        QTest::newRow("SO_KEEPALIVE on") << int(SocketOption::KeepAlive) << u"on"_s;
        QTest::newRow("SO_LINGER on 3 s") << int(SocketOption::Linger) << u"on, 3 s"_s;
        QTest::newRow("SO_RCVTIMEO 1500 ms") << int(SocketOption::ReceiveTimeout) << u"1500 ms"_s;
    }
    void setReadsBack() {
        QFETCH(int, option);
        QFETCH(QString, expected);
        const auto which = static_cast<SocketOption>(option);
        Fixture fixture;
        QVERIFY(fixture.open());
        SocketOptionsEditor editor;
        QAbstractItemModelTester tester(editor.model(),
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        editor.setSocket(fixture.handle, fixture.socket);
        auto* box = editor.editorFor(which);
        if (auto* flag = box->findChild<QCheckBox*>(u"flag"_s)) flag->setChecked(true);
        if (auto* number = box->findChild<QSpinBox*>(u"number"_s))
            number->setValue(which == SocketOption::Linger ? 3 : 1500);
        auto* set = setButton(editor, which);
        QVERIFY(set);
        QTest::mouseClick(set, Qt::LeftButton);
        const int row = editor.model()->rowOf(which);
        QCOMPARE(editor.model()->index(row, SocketOptionsModel::Value).data().toString(), expected);
        QVERIFY(!editor.model()
                     ->index(row, SocketOptionsModel::Value)
                     .data(SocketOptionsModel::ErrorRole)
                     .toBool());
        QVERIFY(editor.errorLabel()->isHidden());
        // Read again from the OS, not from the editor's memory.
        editor.reload();
        QCOMPARE(editor.model()->index(row, SocketOptionsModel::Value).data().toString(), expected);
    }

    void receiveBufferShowsWhatTheOsKept() {
        Fixture fixture;
        QVERIFY(fixture.open());
        SocketOptionsEditor editor;
        editor.setSocket(fixture.handle, fixture.socket);
        editor.editorFor(SocketOption::ReceiveBuffer)->findChild<QSpinBox*>(u"number"_s)->setValue(8192);
        QVERIFY(editor.apply(SocketOption::ReceiveBuffer));
        const int row = editor.model()->rowOf(SocketOption::ReceiveBuffer);
        const int kept = std::get<int>(*editor.model()->valueAt(row));
        const QString note = editor.model()->index(row, SocketOptionsModel::Note).data().toString();
        if (netcore::currentOs() == netcore::OsKind::Linux) {
            QCOMPARE(kept, 16384);
            QVERIFY2(note.startsWith(u"Set 8192, the OS reports 16384."_s), qPrintable(note));
            QVERIFY2(note.contains(u"Linux doubles"_s), qPrintable(note));
            QVERIFY2(editor.resultLabel()->text().startsWith(u"SO_RCVBUF: Set 8192, the OS reports 16384."_s),
                     qPrintable(editor.resultLabel()->text()));
        } else {
            QVERIFY(kept >= 8192);
        }
        // The editor now holds what the OS kept.
        QCOMPARE(editor.editorFor(SocketOption::ReceiveBuffer)->findChild<QSpinBox*>(u"number"_s)->value(),
                 kept);
    }

    void aFailingSetShowsItsError() {
        Fixture fixture;
        QVERIFY(fixture.open());
        SocketOptionsEditor editor;
        editor.show();
        editor.setSocket(fixture.handle, fixture.socket);
        const int row = editor.model()->rowOf(SocketOption::Ttl);
        const QString before = editor.model()->index(row, SocketOptionsModel::Value).data().toString();
        editor.editorFor(SocketOption::Ttl)->findChild<QSpinBox*>(u"number"_s)->setValue(1000);
        QVERIFY(!editor.apply(SocketOption::Ttl));
        QVERIFY(editor.errorLabel()->isVisible());
        const QString text = editor.errorLabel()->text();
        QVERIFY2(text.contains(u"setsockopt"_s), qPrintable(text));
        QVERIFY2(text.contains(u"EINVAL"_s), qPrintable(text));
        QVERIFY(editor.resultLabel()->isHidden());
        QVERIFY(editor.model()
                    ->index(row, SocketOptionsModel::Value)
                    .data(SocketOptionsModel::ErrorRole)
                    .toBool());
        QVERIFY(
            editor.model()->index(row, SocketOptionsModel::Note).data().toString().startsWith(u"EINVAL"_s));
        // A failed set changed nothing: the value shown is still the one read.
        QCOMPARE(editor.model()->index(row, SocketOptionsModel::Value).data().toString(), before);

        // The next success clears the message.
        editor.editorFor(SocketOption::Ttl)->findChild<QSpinBox*>(u"number"_s)->setValue(32);
        QVERIFY(editor.apply(SocketOption::Ttl));
        QVERIFY(editor.errorLabel()->isHidden());
        QCOMPARE(editor.model()->index(row, SocketOptionsModel::Value).data().toString(), u"32"_s);
    }

    void aClosedSocketSaysSo() {
        Fixture fixture;
        QVERIFY(fixture.open());
        SocketOptionsEditor editor;
        editor.show();
        editor.setSocket(fixture.handle, fixture.socket);
        fixture.client->closeConnection();
        QTRY_VERIFY_WITH_TIMEOUT(fixture.handle->inspector() == nullptr ||
                                     fixture.handle->inspector()->sockets(false).empty(),
                                 10000);
        editor.editorFor(SocketOption::NoDelay)->findChild<QCheckBox*>(u"flag"_s)->setChecked(true);
        QVERIFY(!editor.apply(SocketOption::NoDelay));
        QVERIFY(editor.errorLabel()->isVisible());
        QVERIFY2(editor.errorLabel()->text().contains(u"closed"_s), qPrintable(editor.errorLabel()->text()));
    }
};

QTEST_MAIN(SocketOptionsEditorTest)
#include "socket_options_editor_test.moc"
