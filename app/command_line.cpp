#include "command_line.h"

#include <cstdlib>

using namespace Qt::StringLiterals;

namespace {
constexpr auto helpAllName = "help-all"_L1;
}

CommandLine::CommandLine()
    : m_helpOption(m_parser.addHelpOption()), m_versionOption(m_parser.addVersionOption()) {
    m_parser.setApplicationDescription(
        tr("SockLab: a desktop network tester that shows what the operating system did."));
}

QStringList CommandLine::argumentsOf(int argc, char** argv) {
    QStringList arguments;
    arguments.reserve(argc);
    for (int i = 0; i < argc; ++i)
        arguments.append(QString::fromLocal8Bit(argv[i]));
    return arguments;
}

bool CommandLine::asksForTextOnly(const QStringList& arguments) {
    // A failed parse (an option meant for QApplication, such as -platform) still records the
    // options it recognised, so the result is ignored here and the real parse reports errors.
    static_cast<void>(m_parser.parse(arguments));
    return m_parser.isSet(m_versionOption) || m_parser.isSet(m_helpOption) || m_parser.isSet(helpAllName);
}

void CommandLine::showTextAndExit(const QCoreApplication& app) {
    if (m_parser.isSet(m_versionOption)) {
        // The version line names the command, as command-line tools do: "socklab 0.1.0". The
        // process exits right after, so the changed name reaches nothing else (such as QSettings).
        QCoreApplication::setApplicationName(u"socklab"_s);
        m_parser.showVersion();
    }
    if (m_parser.isSet(m_helpOption)) m_parser.showHelp(EXIT_SUCCESS);
    // --help-all: only process() prints Qt's own options along with ours.
    m_parser.process(app);
    std::exit(EXIT_SUCCESS);
}

void CommandLine::process(const QCoreApplication& app) {
    m_parser.process(app);
}
