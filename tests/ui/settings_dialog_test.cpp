// Tools ▸ Settings: the language combo (system default named, languages in their own words), what
// OK, Cancel and Restart now save, when the restart note shows, and the command line a restart uses.

#include "ui/language_choice.h"
#include "ui/settings_dialog.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

QComboBox* languageCombo(const SettingsDialog& dialog) {
    return dialog.findChild<QComboBox*>(u"languageCombo"_s);
}

QPushButton* standardButton(const SettingsDialog& dialog, QDialogButtonBox::StandardButton which) {
    auto* box = dialog.findChild<QDialogButtonBox*>();
    return box != nullptr ? box->button(which) : nullptr;
}

} // namespace

class SettingsDialogTest : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void listsTheLanguagesInTheirOwnWords_data();
    void listsTheLanguagesInTheirOwnWords();
    void okSavesTheChoice_data();
    void okSavesTheChoice();
    void cancelSavesNothing();
    void restartNoteShowsOnlyForAChange_data();
    void restartNoteShowsOnlyForAChange();
    void restartNowSavesAndAsks();
    void restartDropsTheLanguageOption_data();
    void restartDropsTheLanguageOption();

private:
    QTemporaryDir m_settingsDir;
};

void SettingsDialogTest::initTestCase() {
    QVERIFY(m_settingsDir.isValid());
    QSettings::setDefaultFormat(QSettings::IniFormat);
    QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, m_settingsDir.path());
    QCoreApplication::setOrganizationName(u"SockLabTest"_s);
    QCoreApplication::setApplicationName(u"settings_dialog"_s);
}

void SettingsDialogTest::init() {
    QSettings().clear();
}

void SettingsDialogTest::listsTheLanguagesInTheirOwnWords_data() {
    QTest::addColumn<QStringList>("system");
    QTest::addColumn<QString>("systemItem");
    QTest::newRow("mainland system") << QStringList{u"zh-CN"_s} << u"System default (简体中文)"_s;
    QTest::newRow("Hong Kong system") << QStringList{u"zh-HK"_s} << u"System default (繁體中文)"_s;
    QTest::newRow("German system") << QStringList{u"de-DE"_s} << u"System default (English)"_s;
}

void SettingsDialogTest::listsTheLanguagesInTheirOwnWords() {
    QFETCH(QStringList, system);
    QFETCH(QString, systemItem);
    const SettingsDialog dialog(u"en"_s, system);
    auto* combo = languageCombo(dialog);
    QVERIFY(combo);
    QCOMPARE(combo->count(), 4);
    QCOMPARE(combo->itemText(0), systemItem);
    QCOMPARE(combo->itemData(0).toString(), QString());
    QCOMPARE(combo->itemText(1), u"English"_s);
    QCOMPARE(combo->itemText(2), u"简体中文"_s);
    QCOMPARE(combo->itemText(3), u"繁體中文"_s);
    QCOMPARE(combo->itemData(3).toString(), u"zh_TW"_s);
    // Nothing saved yet: the system default is selected.
    QCOMPARE(combo->currentIndex(), 0);
}

void SettingsDialogTest::okSavesTheChoice_data() {
    QTest::addColumn<int>("index");
    QTest::addColumn<QString>("saved");
    QTest::newRow("system") << 0 << QString();
    QTest::newRow("English") << 1 << u"en"_s;
    QTest::newRow("Simplified") << 2 << u"zh_CN"_s;
    QTest::newRow("Traditional") << 3 << u"zh_TW"_s;
}

void SettingsDialogTest::okSavesTheChoice() {
    QFETCH(int, index);
    QFETCH(QString, saved);
    LanguageChoice::save(u"zh_TW"_s);
    SettingsDialog dialog(u"zh_TW"_s, {u"en-US"_s});
    QCOMPARE(languageCombo(dialog)->currentIndex(), 3); // opens on what is saved
    languageCombo(dialog)->setCurrentIndex(index);
    QSignalSpy restart(&dialog, &SettingsDialog::restartRequested);
    auto* ok = standardButton(dialog, QDialogButtonBox::Ok);
    QVERIFY(ok);
    ok->click();
    QCOMPARE(dialog.result(), int(QDialog::Accepted));
    QCOMPARE(QSettings().value(u"language"_s).toString(), saved);
    QCOMPARE(restart.count(), 0);
}

void SettingsDialogTest::cancelSavesNothing() {
    LanguageChoice::save(u"zh_CN"_s);
    SettingsDialog dialog(u"zh_CN"_s, {u"en-US"_s});
    languageCombo(dialog)->setCurrentIndex(1);
    auto* cancel = standardButton(dialog, QDialogButtonBox::Cancel);
    QVERIFY(cancel);
    cancel->click();
    QCOMPARE(dialog.result(), int(QDialog::Rejected));
    QCOMPARE(LanguageChoice::saved(), u"zh_CN"_s);
}

void SettingsDialogTest::restartNoteShowsOnlyForAChange_data() {
    QTest::addColumn<QString>("running");
    QTest::addColumn<int>("index");
    QTest::addColumn<bool>("note");
    // The system here is Simplified Chinese: "System default" is zh_CN.
    QTest::newRow("same language") << u"zh_CN"_s << 2 << false;
    QTest::newRow("system default is what runs") << u"zh_CN"_s << 0 << false;
    QTest::newRow("English instead") << u"zh_CN"_s << 1 << true;
    QTest::newRow("system default differs") << u"en"_s << 0 << true;
    QTest::newRow("Traditional instead") << u"zh_CN"_s << 3 << true;
}

void SettingsDialogTest::restartNoteShowsOnlyForAChange() {
    QFETCH(QString, running);
    QFETCH(int, index);
    QFETCH(bool, note);
    SettingsDialog dialog(running, {u"zh-CN"_s});
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    languageCombo(dialog)->setCurrentIndex(index);
    auto* label = dialog.findChild<QLabel*>(u"restartNote"_s);
    auto* restart = dialog.findChild<QPushButton*>(u"restartButton"_s);
    QVERIFY(label && restart);
    QCOMPARE(label->isVisible(), note);
    QCOMPARE(restart->isEnabled(), note);
}

void SettingsDialogTest::restartNowSavesAndAsks() {
    SettingsDialog dialog(u"en"_s, {u"en-US"_s});
    languageCombo(dialog)->setCurrentIndex(3);
    QSignalSpy restart(&dialog, &SettingsDialog::restartRequested);
    auto* button = dialog.findChild<QPushButton*>(u"restartButton"_s);
    QVERIFY(button && button->isEnabled());
    button->click();
    QCOMPARE(restart.count(), 1);
    QCOMPARE(dialog.result(), int(QDialog::Accepted));
    QCOMPARE(LanguageChoice::saved(), u"zh_TW"_s);
}

void SettingsDialogTest::restartDropsTheLanguageOption_data() {
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QStringList>("kept");
    const QString program = u"/usr/bin/socklab"_s;
    const QString open = u"tcp-server 127.0.0.1:8080"_s;
    QTest::newRow("nothing") << QStringList{program} << QStringList{};
    QTest::newRow("open kept") << QStringList{program, u"--open"_s, open} << QStringList{u"--open"_s, open};
    QTest::newRow("language and value")
        << QStringList{program, u"--language"_s, u"zh_TW"_s, u"--open"_s, open}
        << QStringList{u"--open"_s, open};
    QTest::newRow("language=value") << QStringList{program, u"--scenario"_s, u"3"_s, u"--language=en"_s}
                                    << QStringList{u"--scenario"_s, u"3"_s};
}

void SettingsDialogTest::restartDropsTheLanguageOption() {
    QFETCH(QStringList, arguments);
    QFETCH(QStringList, kept);
    QCOMPARE(SettingsDialog::argumentsForRestart(arguments), kept);
}

QTEST_MAIN(SettingsDialogTest)
#include "settings_dialog_test.moc"
