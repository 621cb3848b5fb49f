#include "netcore/bytes.h"
#include "ui/byte_order_inspector.h"

#include <QLabel>
#include <QTableWidget>
#include <QTest>

using namespace Qt::StringLiterals;

class ByteOrderInspectorTest : public QObject {
    Q_OBJECT

private slots:
    void hostEndianness() {
        ByteOrderInspector inspector;
        const QString expected =
            netcore::hostEndian() == netcore::Endian::Little ? u"little-endian"_s : u"big-endian"_s;
        QVERIFY(inspector.hostEndiannessText().contains(u"This machine is "_s + expected));
    }

    void hton_data() {
        QTest::addColumn<QString>("value");
        QTest::addColumn<int>("bits");
        QTest::addColumn<QString>("network");
        QTest::addColumn<QString>("problem");

        QTest::newRow("hton16(8080)") << u"8080"_s << 16 << u"1f 90"_s << QString();
        QTest::newRow("hex input") << u"0x1f90"_s << 16 << u"1f 90"_s << QString();
        QTest::newRow("hton32(1)") << u"1"_s << 32 << u"00 00 00 01"_s << QString();
        QTest::newRow("hton64") << u"0x0102030405060708"_s << 64 << u"01 02 03 04 05 06 07 08"_s << QString();
        QTest::newRow("max 64") << u"18446744073709551615"_s << 64 << u"ff ff ff ff ff ff ff ff"_s
                                << QString();
        QTest::newRow("too big for 16") << u"65536"_s << 16 << QString() << u"does not fit in 16 bits"_s;
        QTest::newRow("too big for 64")
            << u"18446744073709551616"_s << 64 << QString() << u"does not fit in 64 bits"_s;
        QTest::newRow("negative") << u"-1"_s << 32 << QString() << u"does not fit in 32 bits"_s;
        QTest::newRow("not a number") << u"12ab"_s << 16 << QString() << u"is not a number"_s;
    }

    void hton() {
        QFETCH(QString, value);
        QFETCH(int, bits);
        QFETCH(QString, network);
        QFETCH(QString, problem);
        ByteOrderInspector inspector;
        QVERIFY(inspector.setWidth(bits));
        inspector.setValue(value);
        QCOMPARE(inspector.networkOrderText(), network);
        if (problem.isEmpty()) {
            QVERIFY(inspector.valueProblem().isEmpty());
            // Host order is the network order reversed on a little-endian machine, the same on big.
            QStringList reversed = network.split(u' ');
            if (netcore::hostEndian() == netcore::Endian::Little)
                std::reverse(reversed.begin(), reversed.end());
            QCOMPARE(inspector.hostOrderText(), reversed.join(u' '));
        } else {
            QVERIFY2(inspector.valueProblem().contains(problem), qPrintable(inspector.valueProblem()));
            QVERIFY(inspector.hostOrderText().isEmpty());
        }
    }

    void widthChangeRecomputes() {
        ByteOrderInspector inspector;
        inspector.setValue(u"8080"_s);
        QVERIFY(inspector.setWidth(32));
        QCOMPARE(inspector.networkOrderText(), u"00 00 1f 90"_s);
        QVERIFY(!inspector.setWidth(24));
        QCOMPARE(inspector.width(), 32);
    }

    void structPack_data() {
        QTest::addColumn<QString>("format");
        QTest::addColumn<QString>("values");
        QTest::addColumn<QString>("packed");
        QTest::addColumn<QString>("problem");

        QTest::newRow(">H 256") << u">H"_s << u"256"_s << u"01 00"_s << QString();
        QTest::newRow("<H 256") << u"<H"_s << u"256"_s << u"00 01"_s << QString();
        QTest::newRow("!I 1") << u"!I"_s << u"1"_s << u"00 00 00 01"_s << QString();
        QTest::newRow("length prefix")
            << u">I4s"_s << u"4 abcd"_s << u"00 00 00 04 61 62 63 64"_s << QString();
        QTest::newRow("bad format char") << u">Hz"_s << u"1"_s << QString() << u"Format, column 3"_s;
        QTest::newRow("value out of range") << u">H"_s << u"65536"_s << QString() << u"Values"_s;
        QTest::newRow("bad value") << u">HH"_s << u"1 x"_s << QString() << u"Values, column 3"_s;
    }

    void structPack() {
        QFETCH(QString, format);
        QFETCH(QString, values);
        QFETCH(QString, packed);
        QFETCH(QString, problem);
        ByteOrderInspector inspector;
        inspector.setStructFormat(format);
        inspector.setStructValues(values);
        QCOMPARE(inspector.packedText(), packed);
        if (problem.isEmpty()) {
            QVERIFY(inspector.structProblem().isEmpty());
        } else {
            QVERIFY2(inspector.structProblem().startsWith(problem), qPrintable(inspector.structProblem()));
        }
    }

    void structUnpack_data() {
        QTest::addColumn<QString>("format");
        QTest::addColumn<QString>("hex");
        QTest::addColumn<QString>("values");
        QTest::addColumn<QString>("problem");

        QTest::newRow(">H") << u">H"_s << u"01 00"_s << u"256"_s << QString();
        QTest::newRow("<H") << u"<H"_s << u"01 00"_s << u"1"_s << QString();
        QTest::newRow(">hB") << u">hB"_s << u"ff fe 07"_s << u"-2 7"_s << QString();
        QTest::newRow("bad hex") << u">H"_s << u"01 0g"_s << QString() << u"Hex, column 5"_s;
        QTest::newRow("wrong size") << u">I"_s << u"01 00"_s << QString() << u"Bytes"_s;
    }

    void structUnpack() {
        QFETCH(QString, format);
        QFETCH(QString, hex);
        QFETCH(QString, values);
        QFETCH(QString, problem);
        ByteOrderInspector inspector;
        inspector.setStructFormat(format);
        inspector.setStructUnpackHex(hex);
        QCOMPARE(inspector.unpackedText(), values);
        if (problem.isEmpty()) {
            QVERIFY(inspector.unpackProblem().isEmpty());
        } else {
            QVERIFY2(inspector.unpackProblem().startsWith(problem), qPrintable(inspector.unpackProblem()));
        }
    }

    void sockaddr_data() {
        QTest::addColumn<QString>("address");
        QTest::addColumn<QString>("port");
        QTest::addColumn<QString>("host");

        QTest::newRow("IPv4") << u"127.0.0.1:8080"_s << u"1f 90"_s << u"7f 00 00 01"_s;
        QTest::newRow("IPv6") << u"[::1]:443"_s << u"01 bb"_s
                              << u"00 00 00 00 00 00 00 00 00 00 00 00 00 00 00 01"_s;
    }

    void sockaddr() {
        QFETCH(QString, address);
        QFETCH(QString, port);
        QFETCH(QString, host);
        ByteOrderInspector inspector;
        inspector.setAddressText(address);
        QVERIFY(inspector.addressProblem().isEmpty());
        QCOMPARE(inspector.addressField(u"port"_s), port);
        QCOMPARE(inspector.addressField(u"address"_s), host);
        QVERIFY(!inspector.addressField(u"family"_s).isEmpty());
        QVERIFY2(inspector.addressBytesText().contains(u"port      "_s + port),
                 qPrintable(inspector.addressBytesText()));
    }

    void sockaddrError() {
        ByteOrderInspector inspector;
        inspector.setAddressText(u"127.0.0.1:99999"_s);
        QVERIFY2(inspector.addressProblem().contains(u"column"_s), qPrintable(inspector.addressProblem()));
        QVERIFY(inspector.addressBytesText().isEmpty());
    }

    void decodeIntegers() {
        ByteOrderInspector inspector;
        inspector.setDecodeHex(u"00 00 01 00"_s);
        QCOMPARE(inspector.decodedValue(u"uint32"_s, ByteDecodeSection::BigEndianColumn), u"256"_s);
        QCOMPARE(inspector.decodedValue(u"uint32"_s, ByteDecodeSection::LittleEndianColumn), u"65536"_s);
        QCOMPARE(inspector.decodedValue(u"uint16"_s, ByteDecodeSection::BigEndianColumn), u"0"_s);
        QVERIFY(
            inspector.decodedValue(u"uint64"_s, ByteDecodeSection::BigEndianColumn).contains(u"needs 8"_s));
        QVERIFY(inspector.decodedText().contains(u"uint32\t256\t65536"_s));

        inspector.setBytes(QByteArray::fromHex("fffffffe3ff0000000000000"));
        QCOMPARE(inspector.decodedValue(u"int8"_s, ByteDecodeSection::BigEndianColumn), u"-1"_s);
        QCOMPARE(inspector.decodedValue(u"uint8"_s, ByteDecodeSection::BigEndianColumn), u"255"_s);
        QCOMPARE(inspector.decodedValue(u"int32"_s, ByteDecodeSection::BigEndianColumn), u"-2"_s);
        QCOMPARE(inspector.decodedValue(u"int32"_s, ByteDecodeSection::LittleEndianColumn), u"-16777217"_s);
        QCOMPARE(inspector.decodedValue(u"uint64"_s, ByteDecodeSection::BigEndianColumn),
                 u"18446744066192310272"_s);
    }

    void decodeFloats() {
        ByteOrderInspector inspector;
        inspector.setBytes(QByteArray::fromHex("3ff0000000000000"));
        QCOMPARE(inspector.decodedValue(u"double"_s, ByteDecodeSection::BigEndianColumn), u"1"_s);
        QCOMPARE(inspector.decodedValue(u"float"_s, ByteDecodeSection::BigEndianColumn), u"1.875"_s);
        inspector.setBytes(QByteArray::fromHex("0000c03f"));
        QCOMPARE(inspector.decodedValue(u"float"_s, ByteDecodeSection::LittleEndianColumn), u"1.5"_s);
    }

    void decodeText_data() {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QString>("utf8");
        QTest::addColumn<QString>("utf16be");
        QTest::addColumn<QString>("utf16le");

        QTest::newRow("UTF-16LE hi") << QByteArray("h\0i\0", 4) << u"h\\x00i\\x00"_s << u"\u6800\u6900"_s
                                     << u"hi"_s;
        QTest::newRow("UTF-16BE hi") << QByteArray("\0h\0i", 4) << u"\\x00h\\x00i"_s << u"hi"_s
                                     << u"\u6800\u6900"_s;
        QTest::newRow("UTF-8 text") << "caf\xc3\xa9"_ba << u"café"_s << u"\u6361\u66c3\\xa9"_s
                                    << u"\u6163\uc366\\xa9"_s;
        QTest::newRow("markup stays literal")
            << "<b>x</b>"_ba << u"<b>x</b>"_s << u"\u3c62\u3e78\u3c2f\u623e"_s
            << u"\u623c\u783e\u2f3c\u3e62"_s;
        QTest::newRow("control characters visible")
            << "a\r\n\x1b"_ba << u"a\\r\\n\\x1b"_s << u"\u610d\u0a1b"_s << u"\u0d61\u1b0a"_s;
        QTest::newRow("invalid UTF-8") << "\xff"_ba << u"\\xff"_s << u"\\xff"_s << u"\\xff"_s;
        QTest::newRow("bidi override escaped")
            << "\xe2\x80\xae"_ba << u"\\u202e"_s << u"\ue280\\xae"_s << u"\u80e2\\xae"_s;
    }

    void decodeText() {
        QFETCH(QByteArray, bytes);
        QFETCH(QString, utf8);
        QFETCH(QString, utf16be);
        QFETCH(QString, utf16le);
        ByteOrderInspector inspector;
        inspector.setBytes(bytes);
        QCOMPARE(inspector.decodedValue(u"UTF-8"_s, ByteDecodeSection::BigEndianColumn), utf8);
        QCOMPARE(inspector.decodedValue(u"UTF-16"_s, ByteDecodeSection::BigEndianColumn), utf16be);
        QCOMPARE(inspector.decodedValue(u"UTF-16"_s, ByteDecodeSection::LittleEndianColumn), utf16le);
    }

    void decodedMarkupIsNeverRichText() {
        ByteOrderInspector inspector;
        inspector.setBytes("<b>bold</b>"_ba);
        QVERIFY(inspector.decodedText().contains(u"<b>bold</b>"_s));
        // Every label of the inspector is plain text: nothing a peer sends can become markup.
        for (const QLabel* label : inspector.findChildren<QLabel*>()) {
            if (label->objectName().isEmpty()) continue; // form row captions, our own text
            QCOMPARE(label->textFormat(), Qt::PlainText);
        }
    }

    void badDecodeHexNamesTheColumn() {
        ByteOrderInspector inspector;
        inspector.setDecodeHex(u"00 zz"_s);
        QVERIFY(inspector.decodedText().isEmpty());
        inspector.setDecodeHex(u"01"_s);
        QCOMPARE(inspector.decodedValue(u"uint8"_s, ByteDecodeSection::BigEndianColumn), u"1"_s);
    }
};

QTEST_MAIN(ByteOrderInspectorTest)
#include "byte_order_inspector_test.moc"
