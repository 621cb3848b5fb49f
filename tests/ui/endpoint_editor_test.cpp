#include "ui/endpoint_editor.h"

#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;

using Role = EndpointEditor::Role;
Q_DECLARE_METATYPE(EndpointEditor::Role)

class EndpointEditorTest : public QObject {
    Q_OBJECT

private slots:
    void defaultsToLoopback8080();
    void validatesAsYouType_data();
    void validatesAsYouType();
    void suggestionsKeepTheStandardHostsFirst();
};

void EndpointEditorTest::defaultsToLoopback8080() {
    EndpointEditor editor(Role::Server);
    editor.show();
    QCOMPARE(editor.host(), std::optional<QString>(u"127.0.0.1"_s));
    QCOMPARE(editor.port(), quint16(8080));
    QVERIFY(editor.isValid());
    QVERIFY(!editor.isOpenToNetwork());
    QVERIFY(!editor.findChild<QLabel*>(u"endpointProblem"_s)->isVisible());
    QVERIFY(!editor.findChild<QLabel*>(u"endpointNote"_s)->isVisible());
}

void EndpointEditorTest::validatesAsYouType_data() {
    QTest::addColumn<Role>("role");
    QTest::addColumn<QString>("host");
    QTest::addColumn<QString>("port");
    QTest::addColumn<bool>("valid");
    QTest::addColumn<QString>("expectedHost"); // what host() returns when valid
    QTest::addColumn<bool>("open");
    QTest::addColumn<QString>("message"); // part of problem() or of note()

    QTest::newRow("server loopback") << Role::Server << u"127.0.0.1"_s << u"9000"_s << true << u"127.0.0.1"_s
                                     << false << QString();
    QTest::newRow("server ::1") << Role::Server << u"::1"_s << u"9000"_s << true << u"::1"_s << false
                                << QString();
    QTest::newRow("server bracketed [::1]")
        << Role::Server << u" [::1] "_s << u"9000"_s << true << u"::1"_s << false << QString();
    QTest::newRow("server 0.0.0.0 is open") << Role::Server << u"0.0.0.0"_s << u"9000"_s << true
                                            << u"0.0.0.0"_s << true << u"Open to the network"_s;
    QTest::newRow("server :: is open")
        << Role::Server << u"::"_s << u"9000"_s << true << u"::"_s << true << u"Open to the network"_s;
    QTest::newRow("server LAN address is open") << Role::Server << u"192.168.1.20"_s << u"9000"_s << true
                                                << u"192.168.1.20"_s << true << u"192.168.1.20 can connect"_s;
    QTest::newRow("server port 0: OS picks")
        << Role::Server << u"127.0.0.1"_s << u"0"_s << true << u"127.0.0.1"_s << false << u"OS picks"_s;
    QTest::newRow("server name refused")
        << Role::Server << u"localhost"_s << u"9000"_s << false << QString() << false << u"not a numeric"_s;
    QTest::newRow("server empty host")
        << Role::Server << QString() << u"9000"_s << false << QString() << false << u"Enter the address"_s;
    QTest::newRow("bad IPv4") << Role::Server << u"256.1.1.1"_s << u"80"_s << false << QString() << false
                              << u"256.1.1.1"_s;
    QTest::newRow("port too big") << Role::Server << u"127.0.0.1"_s << u"65536"_s << false << u"127.0.0.1"_s
                                  << false << u"out of range"_s;
    QTest::newRow("port not a number") << Role::Server << u"127.0.0.1"_s << u"80a"_s << false
                                       << u"127.0.0.1"_s << false << u"not a number"_s;
    QTest::newRow("port empty") << Role::Client << u"127.0.0.1"_s << QString() << false << u"127.0.0.1"_s
                                << false << u"Enter a port"_s;
    QTest::newRow("client name") << Role::Client << u"example.com"_s << u"443"_s << true << u"example.com"_s
                                 << false << QString();
    QTest::newRow("client name, trailing dot")
        << Role::Client << u"example.com."_s << u"443"_s << true << u"example.com."_s << false << QString();
    QTest::newRow("client IPv6") << Role::Client << u"[fe80::1]"_s << u"22"_s << true << u"fe80::1"_s << false
                                 << QString();
    QTest::newRow("client 0.0.0.0 is not 'open'")
        << Role::Client << u"0.0.0.0"_s << u"80"_s << true << u"0.0.0.0"_s << false << QString();
    QTest::newRow("client bad name") << Role::Client << u"exa mple.com"_s << u"80"_s << false << QString()
                                     << false << u"not a valid host name"_s;
    QTest::newRow("client label starts with -") << Role::Client << u"-bad.example"_s << u"80"_s << false
                                                << QString() << false << u"not a valid host name"_s;
    QTest::newRow("client bad IPv4") << Role::Client << u"1.2.3.400"_s << u"80"_s << false << QString()
                                     << false << u"not a valid IPv4"_s;
    QTest::newRow("client bad IPv6") << Role::Client << u"fe80:::1"_s << u"80"_s << false << QString()
                                     << false << u"not a valid IPv6"_s;
    QTest::newRow("client port 0") << Role::Client << u"127.0.0.1"_s << u"0"_s << false << u"127.0.0.1"_s
                                   << false << u"Port 0"_s;
}

void EndpointEditorTest::validatesAsYouType() {
    QFETCH(Role, role);
    QFETCH(QString, host);
    QFETCH(QString, port);
    QFETCH(bool, valid);
    QFETCH(QString, expectedHost);
    QFETCH(bool, open);
    QFETCH(QString, message);

    EndpointEditor editor(role);
    editor.show();
    QSignalSpy changed(&editor, &EndpointEditor::changed);
    auto* hostEdit = editor.findChild<QComboBox*>(u"endpointHost"_s)->lineEdit();
    auto* portEdit = editor.findChild<QLineEdit*>(u"endpointPort"_s);
    QVERIFY(hostEdit && portEdit);
    hostEdit->clear();
    QTest::keyClicks(hostEdit, host);
    portEdit->clear();
    QTest::keyClicks(portEdit, port);
    QVERIFY(changed.count() > 0);

    QCOMPARE(editor.isValid(), valid);
    if (valid) {
        QVERIFY(editor.problem().isEmpty());
        QCOMPARE(editor.host(), std::optional<QString>(expectedHost));
        QCOMPARE(editor.port(), quint16(port.toUShort()));
    } else {
        QVERIFY(!editor.problem().isEmpty());
        auto* problem = editor.findChild<QLabel*>(u"endpointProblem"_s);
        QVERIFY(problem->isVisible());
        QCOMPARE(problem->textFormat(), Qt::PlainText);
        QCOMPARE(problem->text(), editor.problem());
        QCOMPARE(editor.host().has_value(), !expectedHost.isEmpty());
    }
    QCOMPARE(editor.isOpenToNetwork(), open);
    if (!message.isEmpty()) {
        const QString shown = valid ? editor.note() : editor.problem();
        QVERIFY2(shown.contains(message), qPrintable(shown));
        if (valid) QVERIFY(editor.findChild<QLabel*>(u"endpointNote"_s)->isVisible());
    }
}

void EndpointEditorTest::suggestionsKeepTheStandardHostsFirst() {
    EndpointEditor editor(Role::Server);
    auto* combo = editor.findChild<QComboBox*>(u"endpointHost"_s);
    editor.setHost(u"10.0.0."_s); // half-typed: a new list must not disturb it
    editor.setSuggestions({u"192.168.1.20"_s, u"127.0.0.1"_s, u"fe80::1%eth0"_s});
    QCOMPARE(combo->currentText(), u"10.0.0."_s);
    QStringList items;
    for (int i = 0; i < combo->count(); ++i)
        items.append(combo->itemText(i));
    QCOMPARE(items, (QStringList{u"127.0.0.1"_s, u"::1"_s, u"0.0.0.0"_s, u"::"_s, u"192.168.1.20"_s,
                                 u"fe80::1%eth0"_s}));
    combo->setCurrentIndex(2);
    QCOMPARE(editor.host(), std::optional<QString>(u"0.0.0.0"_s));
    QVERIFY(editor.isOpenToNetwork());
}

QTEST_MAIN(EndpointEditorTest)
#include "endpoint_editor_test.moc"
