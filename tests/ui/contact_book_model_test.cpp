#include "ui/contact_book_model.h"

#include <QAbstractItemModelTester>
#include <QFont>
#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {
netcore::Address address(const char* text) {
    return *netcore::Address::parse(text);
}
} // namespace

class ContactBookModelTest : public QObject {
    Q_OBJECT

private slots:
    void seedBookIsTheSeedsDictionary() {
        const auto seed = ContactBookModel::seedContacts();
        QCOMPARE(seed.size(), 4);
        QCOMPARE(seed[0].name, u"TOM"_s);
        QCOMPARE(seed[2].name, u"一棵树"_s);
        QCOMPARE(seed[3].name, u"武大郎"_s);
        for (const auto& contact : seed) {
            QCOMPARE(contact.host, u"127.0.0.1"_s);
            QCOMPARE(contact.port, quint16(8081));
        }
    }

    void setAndReadBack() {
        ContactBookModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setContacts(ContactBookModel::seedContacts());
        QCOMPARE(model.rowCount(), 4);
        QCOMPARE(model.contacts(), ContactBookModel::seedContacts());
        QCOMPARE(model.data(model.index(1, ContactBookModel::NameColumn)).toString(), u"JACK"_s);
        QCOMPARE(model.data(model.index(1, ContactBookModel::PortColumn)).toInt(), 8081);
        QCOMPARE(model.data(model.index(1, 0), ContactBookModel::AddressRole).toString(),
                 u"127.0.0.1:8081"_s);
    }

    void invalidEntriesAreSkippedOnLoad() {
        ContactBookModel model;
        model.setContacts({{u"A"_s, u"127.0.0.1"_s, 1},
                           {u""_s, u"127.0.0.1"_s, 2},
                           {u"A"_s, u"::1"_s, 3},
                           {u"B"_s, u"example.com"_s, 4},
                           {u"C"_s, u"::1"_s, 0}});
        QCOMPARE(model.contacts().size(), 1);
    }

    void problems_data() {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("host");
        QTest::addColumn<int>("port");
        QTest::addColumn<QString>("problem"); // a word the sentence must contain; empty = valid

        QTest::newRow("valid IPv4") << u"ANN"_s << u"10.0.0.1"_s << 9 << QString();
        QTest::newRow("valid IPv6") << u"ANN"_s << u"::1"_s << 65535 << QString();
        QTest::newRow("empty name") << u""_s << u"127.0.0.1"_s << 1 << u"name"_s;
        QTest::newRow("blank name") << u"  "_s << u"127.0.0.1"_s << 1 << u"name"_s;
        QTest::newRow("padded name") << u" ANN"_s << u"127.0.0.1"_s << 1 << u"spaces"_s;
        QTest::newRow("duplicate name") << u"TOM"_s << u"127.0.0.1"_s << 1 << u"already"_s;
        QTest::newRow("port 0") << u"ANN"_s << u"127.0.0.1"_s << 0 << u"port"_s;
        QTest::newRow("empty host") << u"ANN"_s << u""_s << 1 << u"host"_s;
        QTest::newRow("host name") << u"ANN"_s << u"localhost"_s << 1 << u"numeric"_s;
        QTest::newRow("bad IPv4") << u"ANN"_s << u"300.1.1.1"_s << 1 << u"numeric"_s;
    }

    void problems() {
        QFETCH(QString, name);
        QFETCH(QString, host);
        QFETCH(int, port);
        QFETCH(QString, problem);
        ContactBookModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setContacts(ContactBookModel::seedContacts());
        const ChatContact contact{name, host, static_cast<quint16>(port)};
        QString error;
        const bool added = model.addContact(contact, &error);
        QCOMPARE(added, problem.isEmpty());
        QVERIFY2(error.contains(problem, Qt::CaseInsensitive), qPrintable(error));
        QCOMPARE(model.rowCount(), added ? 5 : 4);
    }

    void editInPlaceValidates() {
        ContactBookModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setContacts(ContactBookModel::seedContacts());
        QSignalSpy rejected(&model, &ContactBookModel::editRejected);
        QSignalSpy renamed(&model, &ContactBookModel::keyChanged);
        QSignalSpy saved(&model, &ContactBookModel::contactsChanged);

        QVERIFY(!model.setData(model.index(0, ContactBookModel::NameColumn), u"JACK"_s));
        QVERIFY(!model.setData(model.index(0, ContactBookModel::PortColumn), u"70000"_s));
        QVERIFY(!model.setData(model.index(0, ContactBookModel::HostColumn), u"nope"_s));
        QCOMPARE(rejected.size(), 3);
        QCOMPARE(model.contacts(), ContactBookModel::seedContacts());

        QVERIFY(model.setData(model.index(0, ContactBookModel::NameColumn), u"TOMMY"_s));
        QVERIFY(model.setData(model.index(0, ContactBookModel::PortColumn), 9000));
        QVERIFY(model.setData(model.index(0, ContactBookModel::HostColumn), u"::1"_s));
        QCOMPARE(model.contact(0), (ChatContact{u"TOMMY"_s, u"::1"_s, 9000}));
        QCOMPARE(renamed.size(), 1);
        QCOMPARE(renamed[0][0].toString(), u"TOM"_s);
        QCOMPARE(renamed[0][1].toString(), u"TOMMY"_s);
        QCOMPARE(saved.size(), 3);
        QCOMPARE(model.data(model.index(0, 0), ContactBookModel::AddressRole).toString(), u"[::1]:9000"_s);
        QVERIFY(!(model.flags(model.index(0, ContactBookModel::UnreadColumn)) & Qt::ItemIsEditable));
    }

    void lookupByAddress() {
        ContactBookModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setContacts(ContactBookModel::seedContacts());
        QVERIFY(model.addContact({u"ANN"_s, u"127.0.0.1"_s, 9000}));
        QCOMPARE(model.contactRowsAt(address("127.0.0.1:8081")), (QList<int>{0, 1, 2, 3}));
        QCOMPARE(model.contactRowsAt(address("127.0.0.1:9000")), (QList<int>{4}));
        QVERIFY(model.contactRowsAt(address("127.0.0.2:9000")).isEmpty());
        QCOMPARE(model.rowOfKey(u"ANN"_s), 4);
        QCOMPARE(model.rowOfKey(u"nobody"_s), -1);
    }

    void strangersAndPromotion() {
        ContactBookModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setContacts(ContactBookModel::seedContacts());
        const int row = model.strangerRow(address("127.0.0.1:5555"));
        QCOMPARE(row, 4);
        QCOMPARE(model.strangerRow(address("127.0.0.1:5555")), 4); // found, not added twice
        QVERIFY(model.isStranger(row));
        QCOMPARE(model.key(row), u"127.0.0.1:5555"_s);
        QCOMPARE(model.label(row), u"Message from [127.0.0.1:5555]"_s);
        QVERIFY(!(model.flags(model.index(row, 0)) & Qt::ItemIsEditable));
        QCOMPARE(model.contacts().size(), 4); // strangers are not saved

        QString error;
        QVERIFY(!model.promoteStranger(row, u"TOM"_s, &error));
        QVERIFY(error.contains(u"already"_s));
        QSignalSpy renamed(&model, &ContactBookModel::keyChanged);
        QVERIFY(model.promoteStranger(row, u"PY"_s, &error));
        QCOMPARE(renamed.size(), 1);
        QCOMPARE(renamed[0][0].toString(), u"127.0.0.1:5555"_s);
        QCOMPARE(model.contacts().last(), (ChatContact{u"PY"_s, u"127.0.0.1"_s, 5555}));
        QCOMPARE(model.contactRowsAt(address("127.0.0.1:5555")), (QList<int>{row}));
    }

    void unreadCountsAreBold() {
        ContactBookModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setContacts(ContactBookModel::seedContacts());
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        model.addUnread(1);
        model.addUnread(1, 2);
        QCOMPARE(model.unread(1), 3);
        QCOMPARE(model.data(model.index(1, ContactBookModel::UnreadColumn)).toInt(), 3);
        QVERIFY(model.data(model.index(1, 0), Qt::FontRole).value<QFont>().bold());
        QVERIFY(!model.data(model.index(0, ContactBookModel::UnreadColumn)).isValid());
        model.clearUnread(1);
        QCOMPARE(model.unread(1), 0);
        QVERIFY(!model.data(model.index(1, 0), Qt::FontRole).isValid());
        QCOMPARE(changed.size(), 3);
    }

    void removeContactsAndStrangers() {
        ContactBookModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setContacts(ContactBookModel::seedContacts());
        model.strangerRow(address("127.0.0.1:5555"));
        QVERIFY(model.removeEntry(4));
        QVERIFY(model.removeEntry(0));
        QVERIFY(!model.removeEntry(10));
        QCOMPARE(model.rowCount(), 3);
        QCOMPARE(model.contacts().first().name, u"JACK"_s);
    }
};

QTEST_MAIN(ContactBookModelTest)
#include "contact_book_model_test.moc"
