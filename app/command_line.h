#pragma once

#include "ui/tab_spec.h"

#include <QCommandLineOption>
#include <QCommandLineParser>
#include <QCoreApplication>
#include <QList>
#include <QStringList>

#include <expected>
#include <optional>

// SockLab's command line. --help and --version are answered before any QApplication exists: a
// QApplication needs a windowing system, and these two must also work over ssh, in CI and in
// packaging scripts where there is no display. --open, --workspace, --stats, --scenario and --language are
// checked then too, so a script with a typo gets its error (and exit status 2) without a window or a display.
class CommandLine {
    Q_DECLARE_TR_FUNCTIONS(CommandLine)

public:
    // What the command line asks the window to do.
    struct Session {
        QList<TabSpec> tabs; // the workspace's tabs first, then each --open in order
        QString statsPath;   // --stats; empty when not given
        int scenario = 0;    // --scenario; 0 when not given
        // --language for this run: a LanguageChoice code, "" for the system's language; nullopt
        // when not given (the saved setting applies).
        std::optional<QString> language;
        bool opensTabs = false;
    };

    // Exit status for an invalid --open, --workspace or --stats (as for a usage error).
    static constexpr int kUsageError = 2;

    CommandLine();

    // The raw arguments, for deciding which application object to create before one exists.
    [[nodiscard]] static QStringList argumentsOf(int argc, char** argv);

    // A first parse of the raw arguments, before any application object exists. True when they
    // only ask for text (--help, --help-all, --version): the caller then creates a
    // QCoreApplication, not a QApplication, and calls showTextAndExit().
    [[nodiscard]] bool asksForTextOnly(const QStringList& arguments);
    [[noreturn]] void showTextAndExit(const QCoreApplication& app);

    // After asksForTextOnly(): parses every --open spec, reads the --workspace file and checks that
    // the --stats file can be written. The error lists every problem, one per line.
    [[nodiscard]] std::expected<Session, QString> session() const;

    // The --language code given on the raw arguments, if any and valid: asksForTextOnly() has parsed
    // them, so --help can be shown in that language.
    [[nodiscard]] std::optional<QString> languageForText() const;

    // The full parse against the application's own arguments (Qt has removed its options, such as
    // -platform, by then). Prints a message and exits on an unknown option.
    void process(const QCoreApplication& app);

private:
    QCommandLineParser m_parser;
    QCommandLineOption m_helpOption;
    QCommandLineOption m_versionOption;
    QCommandLineOption m_openOption;
    QCommandLineOption m_workspaceOption;
    QCommandLineOption m_statsOption;
    QCommandLineOption m_scenarioOption;
    QCommandLineOption m_languageOption;
};
