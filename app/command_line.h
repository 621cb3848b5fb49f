#pragma once

#include <QCommandLineOption>
#include <QCommandLineParser>
#include <QCoreApplication>
#include <QStringList>

// SockLab's command line. --help and --version are answered before any QApplication exists: a
// QApplication needs a windowing system, and these two must also work over ssh, in CI and in
// packaging scripts where there is no display.
class CommandLine {
    Q_DECLARE_TR_FUNCTIONS(CommandLine)

public:
    CommandLine();

    // The raw arguments, for deciding which application object to create before one exists.
    [[nodiscard]] static QStringList argumentsOf(int argc, char** argv);

    // True when the arguments only ask for text (--help, --help-all, --version). The caller then
    // creates a QCoreApplication, not a QApplication, and calls showTextAndExit().
    [[nodiscard]] bool asksForTextOnly(const QStringList& arguments);
    [[noreturn]] void showTextAndExit(const QCoreApplication& app);

    // The full parse against the application's own arguments (Qt has removed its options, such as
    // -platform, by then). Prints a message and exits on an unknown option.
    void process(const QCoreApplication& app);

private:
    QCommandLineParser m_parser;
    QCommandLineOption m_helpOption;
    QCommandLineOption m_versionOption;
};
