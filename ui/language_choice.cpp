#include "ui/language_choice.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QSettings>
#include <QTranslator>

using namespace Qt::StringLiterals;

namespace {

constexpr auto kEnglish = "en"_L1;
// install() names its translators so the next call finds and replaces them.
constexpr auto kTranslatorName = "socklabTranslator"_L1;

QString& installedCode() {
    static QString code = kEnglish;
    return code;
}

QString chineseVariant(const QStringList& parts) {
    // parts: language, then script and/or region in BCP 47 order ("zh", "Hant", "TW").
    for (const QString& part : parts.mid(1)) {
        if (part.compare(u"Hant"_s, Qt::CaseInsensitive) == 0) return u"zh_TW"_s;
        if (part.compare(u"Hans"_s, Qt::CaseInsensitive) == 0) return u"zh_CN"_s;
    }
    for (const QString& part : parts.mid(1)) {
        const QString region = part.toUpper();
        if (region == u"TW"_s || region == u"HK"_s || region == u"MO"_s) return u"zh_TW"_s;
    }
    return u"zh_CN"_s;
}

bool loadInto(QTranslator* translator, const QString& file, const QString& folder = {}) {
    if (!translator->load(file, folder)) return false;
    translator->setObjectName(kTranslatorName);
    return QCoreApplication::installTranslator(translator);
}

} // namespace

QList<LanguageChoice::Language> LanguageChoice::languages() {
    return {{kEnglish, u"English"_s}, {u"zh_CN"_s, u"简体中文"_s}, {u"zh_TW"_s, u"繁體中文"_s}};
}

QString LanguageChoice::nativeName(const QString& code) {
    for (const Language& language : languages())
        if (language.code == code) return language.nativeName;
    return code;
}

std::optional<QString> LanguageChoice::normalize(const QString& text) {
    const QString trimmed = text.trimmed();
    if (trimmed.isEmpty() || trimmed.compare(u"system"_s, Qt::CaseInsensitive) == 0) return QString();
    QString wanted = trimmed;
    wanted.replace(u'-', u'_');
    for (const Language& language : languages())
        if (language.code.compare(wanted, Qt::CaseInsensitive) == 0) return language.code;
    return std::nullopt;
}

QString LanguageChoice::forSystem(const QStringList& uiLanguages) {
    for (const QString& name : uiLanguages) {
        QStringList parts = QString(name).replace(u'_', u'-').split(u'-', Qt::SkipEmptyParts);
        if (parts.isEmpty()) continue;
        const QString language = parts.first().toLower();
        if (language == u"zh"_s) return chineseVariant(parts);
        if (language == kEnglish) return kEnglish;
        // Any other language: SockLab does not have it; a later entry of the list may be one it has.
    }
    return kEnglish;
}

QString LanguageChoice::resolve(const QString& setting, const QStringList& uiLanguages) {
    const auto code = normalize(setting);
    if (!code || code->isEmpty()) return forSystem(uiLanguages);
    return *code;
}

QString LanguageChoice::translationFile(const QString& code) {
    if (code == kEnglish || !normalize(code)) return {};
    return u":/i18n/socklab_%1.qm"_s.arg(code);
}

QString LanguageChoice::saved() {
    return normalize(QSettings().value(QLatin1StringView(kSettingsKey)).toString()).value_or(QString());
}

void LanguageChoice::save(const QString& code) {
    QSettings().setValue(QLatin1StringView(kSettingsKey), normalize(code).value_or(QString()));
}

bool LanguageChoice::install(const QString& code) {
    auto* app = QCoreApplication::instance();
    if (app == nullptr) return false;
    // Deleting a translator removes it from the application.
    qDeleteAll(app->findChildren<QTranslator*>(kTranslatorName, Qt::FindDirectChildrenOnly));
    installedCode() = kEnglish;
    // Dates and data sizes ("12 bytes", "2 kB") come from QLocale(): English keeps the system's
    // formats (a German date for an English UI on a German system), a translation brings its own.
    QLocale::setDefault(QLocale::system());
    const QString file = translationFile(code);
    if (file.isEmpty()) return code == kEnglish;

    auto* own = new QTranslator(app);
    if (!loadInto(own, file)) {
        delete own;
        return false;
    }
    // Qt's own strings (Cancel, Yes, the file dialog): optional, Qt may be installed without them.
    auto* qt = new QTranslator(app);
    if (!loadInto(qt, u"qtbase_"_s + code, QLibraryInfo::path(QLibraryInfo::TranslationsPath))) delete qt;
    QLocale::setDefault(QLocale(code));
    installedCode() = code;
    return true;
}

QString LanguageChoice::installed() {
    return installedCode();
}
