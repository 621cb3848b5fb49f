// LanguageChoice: which translation a system's language list, a stored setting or --language picks,
// and that installing one really translates (and English really does not).

#include "ui/language_choice.h"

#include <QCoreApplication>
#include <QFile>
#include <QLocale>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>
#include <QTranslator>

using namespace Qt::StringLiterals;

class LanguageChoiceTest : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanup();
    void followsTheSystem_data();
    void followsTheSystem();
    void settingOverridesTheSystem_data();
    void settingOverridesTheSystem();
    void normalizesCodes_data();
    void normalizesCodes();
    void everyTranslationIsEmbedded();
    void installTranslatesAndEnglishRestores();
    void savedSettingRoundTrips();

private:
    QTemporaryDir m_settingsDir;
};

void LanguageChoiceTest::initTestCase() {
    QVERIFY(m_settingsDir.isValid());
    QSettings::setDefaultFormat(QSettings::IniFormat);
    QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, m_settingsDir.path());
    QCoreApplication::setOrganizationName(u"SockLabTest"_s);
    QCoreApplication::setApplicationName(u"language_choice"_s);
}

void LanguageChoiceTest::cleanup() {
    LanguageChoice::install(u"en"_s);
    QSettings().clear();
}

void LanguageChoiceTest::followsTheSystem_data() {
    QTest::addColumn<QStringList>("uiLanguages");
    QTest::addColumn<QString>("chosen");
    QTest::addColumn<QString>("file");

    const QString cn = u":/i18n/socklab_zh_CN.qm"_s;
    const QString tw = u":/i18n/socklab_zh_TW.qm"_s;
    QTest::newRow("English US") << QStringList{u"en-US"_s, u"en"_s} << u"en"_s << QString();
    QTest::newRow("empty list") << QStringList{} << u"en"_s << QString();
    QTest::newRow("C locale") << QStringList{u"C"_s} << u"en"_s << QString();
    QTest::newRow("mainland") << QStringList{u"zh-CN"_s, u"zh"_s} << u"zh_CN"_s << cn;
    QTest::newRow("bare zh") << QStringList{u"zh"_s} << u"zh_CN"_s << cn;
    QTest::newRow("Singapore") << QStringList{u"zh-Hans-SG"_s} << u"zh_CN"_s << cn;
    QTest::newRow("underscore form") << QStringList{u"zh_CN"_s} << u"zh_CN"_s << cn;
    QTest::newRow("Taiwan") << QStringList{u"zh-TW"_s} << u"zh_TW"_s << tw;
    QTest::newRow("Taiwan with script") << QStringList{u"zh-Hant-TW"_s, u"zh-TW"_s} << u"zh_TW"_s << tw;
    QTest::newRow("Hong Kong") << QStringList{u"zh-HK"_s} << u"zh_TW"_s << tw;
    QTest::newRow("Macau") << QStringList{u"zh_MO"_s} << u"zh_TW"_s << tw;
    QTest::newRow("Traditional, no region") << QStringList{u"zh-Hant"_s} << u"zh_TW"_s << tw;
    QTest::newRow("script wins over region") << QStringList{u"zh-Hans-HK"_s} << u"zh_CN"_s << cn;
    QTest::newRow("German only") << QStringList{u"de-DE"_s, u"de"_s} << u"en"_s << QString();
    QTest::newRow("German, then Chinese") << QStringList{u"de-DE"_s, u"zh-TW"_s} << u"zh_TW"_s << tw;
    QTest::newRow("English before Chinese") << QStringList{u"en-GB"_s, u"zh-CN"_s} << u"en"_s << QString();
}

void LanguageChoiceTest::followsTheSystem() {
    QFETCH(QStringList, uiLanguages);
    QFETCH(QString, chosen);
    QFETCH(QString, file);
    QCOMPARE(LanguageChoice::forSystem(uiLanguages), chosen);
    QCOMPARE(LanguageChoice::resolve(QString(), uiLanguages), chosen);
    QCOMPARE(LanguageChoice::translationFile(chosen), file);
}

void LanguageChoiceTest::settingOverridesTheSystem_data() {
    QTest::addColumn<QString>("setting");
    QTest::addColumn<QStringList>("uiLanguages");
    QTest::addColumn<QString>("chosen");

    QTest::newRow("English on a Chinese system") << u"en"_s << QStringList{u"zh-CN"_s} << u"en"_s;
    QTest::newRow("Traditional on a mainland system") << u"zh_TW"_s << QStringList{u"zh-CN"_s} << u"zh_TW"_s;
    QTest::newRow("Simplified on an English system") << u"zh_CN"_s << QStringList{u"en-US"_s} << u"zh_CN"_s;
    QTest::newRow("empty follows the system") << QString() << QStringList{u"zh-HK"_s} << u"zh_TW"_s;
    // A code a newer SockLab wrote (or a typo in the file) must not leave the user without text.
    QTest::newRow("unknown follows the system") << u"fr"_s << QStringList{u"zh-CN"_s} << u"zh_CN"_s;
}

void LanguageChoiceTest::settingOverridesTheSystem() {
    QFETCH(QString, setting);
    QFETCH(QStringList, uiLanguages);
    QFETCH(QString, chosen);
    QCOMPARE(LanguageChoice::resolve(setting, uiLanguages), chosen);
}

void LanguageChoiceTest::normalizesCodes_data() {
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("known");
    QTest::addColumn<QString>("code");

    QTest::newRow("canonical") << u"zh_CN"_s << true << u"zh_CN"_s;
    QTest::newRow("dash and lower case") << u"zh-tw"_s << true << u"zh_TW"_s;
    QTest::newRow("English upper case") << u"EN"_s << true << u"en"_s;
    QTest::newRow("system") << u"system"_s << true << QString();
    QTest::newRow("empty") << QString() << true << QString();
    QTest::newRow("bare zh is ambiguous") << u"zh"_s << false << QString();
    QTest::newRow("unknown") << u"fr"_s << false << QString();
    QTest::newRow("junk") << u"zh_CN; rm"_s << false << QString();
}

void LanguageChoiceTest::normalizesCodes() {
    QFETCH(QString, text);
    QFETCH(bool, known);
    QFETCH(QString, code);
    const auto normalized = LanguageChoice::normalize(text);
    QCOMPARE(normalized.has_value(), known);
    if (known) QCOMPARE(*normalized, code);
}

void LanguageChoiceTest::everyTranslationIsEmbedded() {
    const auto languages = LanguageChoice::languages();
    QCOMPARE(languages.size(), 3);
    QCOMPARE(languages.first().code, u"en"_s);
    for (const auto& language : languages) {
        QVERIFY(!language.nativeName.isEmpty());
        if (language.code == u"en"_s) continue;
        const QString file = LanguageChoice::translationFile(language.code);
        QVERIFY2(QFile::exists(file), qPrintable(file));
        QVERIFY2(QFile(file).size() > 1000, qPrintable(file + u" is nearly empty"_s));
    }
    // Names in their own language: a reader of Traditional Chinese finds 繁體, not "Traditional".
    QCOMPARE(LanguageChoice::nativeName(u"zh_TW"_s), u"繁體中文"_s);
    QCOMPARE(LanguageChoice::nativeName(u"zh_CN"_s), u"简体中文"_s);
}

void LanguageChoiceTest::installTranslatesAndEnglishRestores() {
    // What is installed, independent of how far the translators are: the translators' own language
    // (read from the .qm) and how many there are, so a second call replaces rather than stacks.
    const auto installed = [] {
        QStringList languages;
        for (const auto* translator :
             QCoreApplication::instance()->findChildren<QTranslator*>(Qt::FindDirectChildrenOnly))
            languages << translator->language();
        return languages;
    };
    QCOMPARE(installed(), QStringList());

    QVERIFY(LanguageChoice::install(u"zh_CN"_s));
    QCOMPARE(LanguageChoice::installed(), u"zh_CN"_s);
    QVERIFY2(installed().contains(u"zh_CN"_s), qPrintable(installed().join(u',')));
    // Dates and data sizes follow the language.
    QCOMPARE(QLocale().language(), QLocale::Chinese);
    QCOMPARE(QLocale().territory(), QLocale::China);

    QVERIFY(LanguageChoice::install(u"zh_TW"_s));
    QCOMPARE(LanguageChoice::installed(), u"zh_TW"_s);
    QVERIFY2(installed().contains(u"zh_TW"_s), qPrintable(installed().join(u',')));
    QVERIFY2(!installed().contains(u"zh_CN"_s), qPrintable(installed().join(u',')));
    // SockLab's own and, where Qt's translations are installed, qtbase's.
    QVERIFY(installed().size() <= 2);
    QCOMPARE(QLocale().territory(), QLocale::Taiwan);

    QVERIFY(LanguageChoice::install(u"en"_s));
    QCOMPARE(LanguageChoice::installed(), u"en"_s);
    QCOMPARE(installed(), QStringList());
    QCOMPARE(QCoreApplication::translate("MainWindow", "&File"), u"&File"_s);
    QCOMPARE(QLocale(), QLocale::system());

    QVERIFY(!LanguageChoice::install(u"fr"_s));
    QCOMPARE(LanguageChoice::installed(), u"en"_s);
    QCOMPARE(installed(), QStringList());
}

void LanguageChoiceTest::savedSettingRoundTrips() {
    QCOMPARE(LanguageChoice::saved(), QString());
    LanguageChoice::save(u"zh_TW"_s);
    QCOMPARE(QSettings().value(u"language"_s).toString(), u"zh_TW"_s);
    QCOMPARE(LanguageChoice::saved(), u"zh_TW"_s);
    LanguageChoice::save(QString());
    QCOMPARE(LanguageChoice::saved(), QString());
    QSettings().setValue(u"language"_s, u"xx"_s);
    QCOMPARE(LanguageChoice::saved(), QString());
}

QTEST_GUILESS_MAIN(LanguageChoiceTest)
#include "language_choice_test.moc"
