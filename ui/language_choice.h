#pragma once

#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

// Which language SockLab shows and how it gets there. The choice is a code: "en" (the source
// language, no translation file), "zh_CN" or "zh_TW"; an empty code follows the system. It is stored
// in QSettings under "language" (Settings ▸ Language) and `--language CODE` overrides it for one run.
// Widgets take their translated text when they are built, so a new choice applies at the next start.
class LanguageChoice {
public:
    struct Language {
        QString code;       // "en", "zh_CN", "zh_TW"
        QString nativeName; // in its own language, never translated: a reader of that language finds it
    };

    // The QSettings key; its value is a code or "" (follow the system).
    static constexpr auto kSettingsKey = "language";

    // English first, then the translations SockLab carries.
    [[nodiscard]] static QList<Language> languages();
    [[nodiscard]] static QString nativeName(const QString& code);

    // A code as a user types it ("zh_CN", "zh-cn", "EN") -> the canonical code; "system" and "" -> "".
    // nullopt for a language SockLab does not have.
    [[nodiscard]] static std::optional<QString> normalize(const QString& text);

    // The first language of the system's list (QLocale::uiLanguages(), most preferred first) that
    // SockLab has; English when none. Traditional script or a Hong Kong, Macau or Taiwan region
    // means zh_TW, any other Chinese zh_CN; a script named explicitly wins over the region.
    [[nodiscard]] static QString forSystem(const QStringList& uiLanguages);
    // The stored setting ("" or a code) made concrete.
    [[nodiscard]] static QString resolve(const QString& setting, const QStringList& uiLanguages);

    // The embedded translation of SockLab for code (":/i18n/socklab_zh_CN.qm"); empty for English.
    [[nodiscard]] static QString translationFile(const QString& code);

    // The stored choice: "" when unset or not a language SockLab has (a newer version's code).
    [[nodiscard]] static QString saved();
    static void save(const QString& code);

    // Makes code the application's language: SockLab's translation and Qt's own (qtbase_<code>.qm
    // from Qt's translations folder, for the standard dialogs' buttons) when present. Replaces what
    // an earlier call installed; "en" removes both. QLocale's default follows (dates, data sizes),
    // English going back to the system's locale. False when SockLab's translation cannot be loaded.
    static bool install(const QString& code);
    // The language install() last made current ("en" before any call).
    [[nodiscard]] static QString installed();
};
