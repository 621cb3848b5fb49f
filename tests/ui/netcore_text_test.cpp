#include "ui/error_model.h"
#include "ui/netcore_text.h"

#include "netcore/address.h"
#include "netcore/explanation.h"
#include "netcore/framing.h"
#include "netcore/net_error.h"
#include "netcore/struct_format.h"
#include "netcore/typed_input.h"

#include <QAbstractItemModelTester>
#include <QCoreApplication>
#include <QHash>
#include <QTest>
#include <QTranslator>

#include <cerrno>
#include <functional>

using namespace Qt::StringLiterals;

Q_DECLARE_METATYPE(std::function<QString()>)

// A translator without a .qm file: a table of (context, source) -> translation, so the test says
// exactly which strings are translated and can see that the UI asks for the right ones.
class TableTranslator : public QTranslator {
public:
    void add(const char* context, const char* source, const QString& translation) {
        m_table.insert(QString::fromUtf8(context) + u'\x1f' + QString::fromUtf8(source), translation);
    }
    [[nodiscard]] QString translate(const char* context, const char* source, const char* = nullptr,
                                    int = -1) const override {
        return m_table.value(QString::fromUtf8(context) + u'\x1f' + QString::fromUtf8(source));
    }
    [[nodiscard]] bool isEmpty() const override { return m_table.isEmpty(); }

private:
    QHash<QString, QString> m_table;
};

class NetcoreTextTest : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void translated_data();
    void translated();
    void englishWithoutATranslationMatchesNetcore_data();
    void englishWithoutATranslationMatchesNetcore();
    void errorModelShowsTheTranslatedMessage();

private:
    TableTranslator m_translator;
};

namespace {

netcore::InputError hexError(std::string_view text) {
    return netcore::parseHex(text).error();
}

netcore::NetError addressError(std::string_view text) {
    return netcore::Address::parse(text).error();
}

} // namespace

void NetcoreTextTest::initTestCase() {
    m_translator.add("netcore", "'%1' is not a hex digit", u"「%1」不是十六进制数字"_s);
    m_translator.add("netcore", "message of %1 bytes exceeds the maximum of %2", u"%2 < %1"_s);
    m_translator.add("netcore", "bad char in struct format", u"结构格式中的字符无效"_s);
    m_translator.add("netcore", "unpack requires a buffer of %1 bytes", u"unpack 需要 %1 字节"_s);
    m_translator.add("netcore", "column %1: ':port' is missing (e.g. 127.0.0.1:8080)",
                     u"第 %1 列：缺少 ':端口'"_s);
    m_translator.add("netcore", "timed out", u"超时"_s);
    m_translator.add("netcore", "Invalid argument", u"参数无效"_s);
    m_translator.add("netcore", "%1", u"never used: %1 is not translated"_s);
    m_translator.add("NetcoreText", "column %1: %2", u"第 %1 列：%2"_s);
    m_translator.add("NetcoreText", "%1 failed: %2", u"%1 失败：%2"_s);
    QVERIFY(QCoreApplication::installTranslator(&m_translator));
}

void NetcoreTextTest::cleanupTestCase() {
    QCoreApplication::removeTranslator(&m_translator);
}

void NetcoreTextTest::translated_data() {
    QTest::addColumn<std::function<QString()>>("produce");
    QTest::addColumn<QString>("expected");
    using netcore::Message;
    QTest::newRow("format translated, arg filled") << std::function<QString()>([] {
        return NetcoreText::translated(Message{"'%1' is not a hex digit", {"g"}});
    }) << u"「g」不是十六进制数字"_s;
    QTest::newRow("a translation reorders the args") << std::function<QString()>([] {
        return NetcoreText::translated(Message{"message of %1 bytes exceeds the maximum of %2", {"9", "5"}});
    }) << u"5 < 9"_s;
    QTest::newRow("an arg holding a placeholder is not filled again") << std::function<QString()>([] {
        return NetcoreText::translated(Message{"message of %1 bytes exceeds the maximum of %2", {"9", "%1"}});
    }) << u"%1 < 9"_s;
    QTest::newRow("arg is UTF-8") << std::function<QString()>([] {
        return NetcoreText::translated(Message{"'%1' is not a hex digit", {"\xc3\xa9"}});
    }) << u"「é」不是十六进制数字"_s;
    QTest::newRow("untranslated format stays English")
        << std::function<QString()>([] { return NetcoreText::translated(Message{"the delimiter is empty"}); })
        << u"the delimiter is empty"_s;
    QTest::newRow("empty message") << std::function<QString()>([] {
        return NetcoreText::translated(Message{});
    }) << QString();
    QTest::newRow("input error: column prefix by tr()")
        << std::function<QString()>([] { return NetcoreText::text(hexError("de zz")); })
        << u"第 4 列：「z」不是十六进制数字"_s;
    QTest::newRow("format error with a column")
        << std::function<QString()>([] { return NetcoreText::text(netcore::calcsize(">Hz").error()); })
        << u"第 3 列：结构格式中的字符无效"_s;
    QTest::newRow("format error without a column") << std::function<QString()>([] {
        const std::byte three[3]{};
        return NetcoreText::text(netcore::unpack(">I", three).error());
    }) << u"unpack 需要 4 字节"_s;
    QTest::newRow("framing error") << std::function<QString()>([] {
        netcore::FramingSpec spec;
        spec.kind = netcore::FramingKind::Delimiter;
        spec.maxSize = 2;
        const std::byte five[5]{};
        return NetcoreText::text(netcore::encode(spec, five).error());
    }) << u"2 < 5"_s;
    QTest::newRow("net error: netcore's message")
        << std::function<QString()>([] { return NetcoreText::message(addressError("1.2.3.4")); })
        << u"第 8 列：缺少 ':端口'"_s;
    QTest::newRow("net error: summary composed by tr()")
        << std::function<QString()>([] { return NetcoreText::summary(addressError("1.2.3.4")); })
        << u"parse address(1.2.3.4) 失败：第 8 列：缺少 ':端口'"_s;
    QTest::newRow("net error: default words") << std::function<QString()>([] {
        return NetcoreText::summary(netcore::NetError::make(netcore::ErrorCode::Timeout, "recv", "1024"));
    }) << u"recv(1024) 失败：超时"_s;
    QTest::newRow("net error: no words, the explanation's title") << std::function<QString()>([] {
        return NetcoreText::message(netcore::NetError::make(netcore::ErrorCode::InvalidArgument, "bind", ""));
    }) << u"参数无效"_s;
    QTest::newRow("net error: the OS's message as the OS said it") << std::function<QString()>([] {
        auto error = netcore::NetError::fromNative(ECONNREFUSED, "connect", "127.0.0.1:9");
        error.osMessage = "Connection refused";
        return NetcoreText::summary(error);
    }) << u"connect(127.0.0.1:9) 失败：ECONNREFUSED (%1) Connection refused"_s.arg(ECONNREFUSED);
    QTest::newRow("net error: control characters in args escaped") << std::function<QString()>([] {
        return NetcoreText::message(netcore::NetError::make(netcore::ErrorCode::InvalidArgument, "x", "",
                                                            Message{"'%1' is not a hex digit", {"a\nb"}}));
    }) << u"「a\\nb」不是十六进制数字"_s;
    QTest::newRow("verbatim: already translated text passes as it is") << std::function<QString()>([] {
        return NetcoreText::message(netcore::NetError::make(netcore::ErrorCode::Closed, "send", "1",
                                                            NetcoreText::verbatim(u"未连接 100%1"_s)));
    }) << u"未连接 100%1"_s;
}

void NetcoreTextTest::translated() {
    QFETCH(std::function<QString()>, produce);
    QFETCH(QString, expected);
    QCOMPARE(produce(), expected);
}

void NetcoreTextTest::englishWithoutATranslationMatchesNetcore_data() {
    QTest::addColumn<std::function<QString()>>("ui");
    QTest::addColumn<QString>("netcoreText");
    const auto input = netcore::parseEscapedText("ab\\q").error();
    const auto odd = hexError("abc");
    const auto range = netcore::pack(">H", std::vector<netcore::StructValue>{std::int64_t{-1}}).error();
    const auto values = netcore::parseStructValues(">HH", "1").error();
    const auto address = addressError("[::1]:x");
    const auto host = netcore::Address::fromHostPort("nohost", 1).error();
    QTest::newRow("input error") << std::function<QString()>([=] { return NetcoreText::text(input); })
                                 << QString::fromStdString(input.text());
    QTest::newRow("odd hex") << std::function<QString()>([=] { return NetcoreText::text(odd); })
                             << QString::fromStdString(odd.text());
    QTest::newRow("struct range") << std::function<QString()>([=] { return NetcoreText::text(range); })
                                  << QString::fromStdString(range.text());
    QTest::newRow("struct values") << std::function<QString()>([=] { return NetcoreText::text(values); })
                                   << QString::fromStdString(values.text());
    QTest::newRow("address summary") << std::function<QString()>([=] {
        return NetcoreText::summary(address);
    }) << QString::fromStdString(address.summary());
    QTest::newRow("host summary") << std::function<QString()>([=] { return NetcoreText::summary(host); })
                                  << QString::fromStdString(host.summary());
}

void NetcoreTextTest::englishWithoutATranslationMatchesNetcore() {
    QFETCH(std::function<QString()>, ui);
    QFETCH(QString, netcoreText);
    QCoreApplication::removeTranslator(&m_translator);
    const QString shown = ui();
    QVERIFY(QCoreApplication::installTranslator(&m_translator));
    QVERIFY(!netcoreText.isEmpty());
    QCOMPARE(shown, netcoreText);
}

void NetcoreTextTest::errorModelShowsTheTranslatedMessage() {
    ErrorModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.append(1'700'000'000'000, addressError("1.2.3.4"));
    model.append(1'700'000'000'000, netcore::NetError::make(netcore::ErrorCode::Timeout, "recv", "1"));
    QCOMPARE(model.rowCount(), 2);
    QCOMPARE(model.index(0, ErrorModel::MessageColumn).data().toString(), u"第 8 列：缺少 ':端口'"_s);
    QCOMPARE(model.index(1, ErrorModel::MessageColumn).data().toString(), u"超时"_s);
}

QTEST_MAIN(NetcoreTextTest)
#include "netcore_text_test.moc"
