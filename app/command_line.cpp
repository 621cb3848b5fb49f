#include "command_line.h"

#include "stats_writer.h"
#include "ui/language_choice.h"
#include "ui/open_spec_parser.h"
#include "ui/scenario.h"
#include "ui/workspace_file.h"

#include <QSaveFile>

#include <algorithm>

#include <cstdlib>

using namespace Qt::StringLiterals;

namespace {

constexpr auto helpAllName = "help-all"_L1;

// The file --stats names must be writable now, not fail silently once a second later: write the
// empty document, which is also true until the first tab opens.
std::expected<void, QString> checkStatsFile(const QString& path) {
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(StatsWriter::toJson({})) < 0 || !file.commit())
        return std::unexpected(file.errorString());
    return {};
}

QString languageCodes() {
    QStringList codes;
    for (const auto& language : LanguageChoice::languages())
        codes << language.code;
    return codes.join(u", "_s);
}

} // namespace

CommandLine::CommandLine()
    : m_helpOption(m_parser.addHelpOption()), m_versionOption(m_parser.addVersionOption()),
      m_openOption(
          u"open"_s,
          tr("Open a tab and start it. SPEC is a kind, an endpoint and key=value pairs: "
             "\"tcp-server 127.0.0.1:8080 reply=upper\" (reply=none|echo|upper|text:STRING|hex:HEX), "
             "\"tcp-client 127.0.0.1:8080 send='hello world'\"; both take name=TAB. Repeatable."),
          tr("SPEC")),
      m_workspaceOption(u"workspace"_s,
                        tr("Open the tabs a workspace file describes (the JSON that File ▸ Save Workspace "
                           "writes)."),
                        tr("FILE")),
      m_statsOption(u"stats"_s,
                    tr("Write every tab's counters to FILE as JSON, once a second, replacing the file "
                       "atomically."),
                    tr("FILE")),
      m_scenarioOption(u"scenario"_s,
                       tr("Run guided scenario N (1-%1, as in the Scenarios menu): it opens its own tabs on "
                          "127.0.0.1 and waits for Next step in its panel.")
                           .arg(Scenario::builtIn().size()),
                       tr("N")),
      m_languageOption(u"language"_s,
                       tr("Show SockLab in LANGUAGE for this run, whatever Settings says: %1, or system "
                          "for the system's language.")
                           .arg(languageCodes()),
                       tr("LANGUAGE")) {
    m_parser.setApplicationDescription(
        tr("SockLab: a desktop network tester that shows what the operating system did.\n\n"
           "Without --open or --workspace, the tabs of the last session come back (not started). "
           "With them, the last session's tabs are left alone: neither opened nor replaced.\n"
           "An invalid --open, --workspace, --stats, --scenario or --language exits with status 2 before a "
           "window opens."));
    m_parser.addOption(m_openOption);
    m_parser.addOption(m_workspaceOption);
    m_parser.addOption(m_statsOption);
    m_parser.addOption(m_scenarioOption);
    m_parser.addOption(m_languageOption);
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

std::expected<CommandLine::Session, QString> CommandLine::session() const {
    Session session;
    QStringList problems;
    const QStringList workspaces = m_parser.values(m_workspaceOption);
    if (workspaces.size() > 1)
        problems << tr("--workspace: give one workspace file, not %1").arg(workspaces.size());
    for (const QString& path : workspaces) {
        auto tabs = WorkspaceFile::read(path);
        if (tabs)
            session.tabs << *tabs;
        else
            problems << tr("invalid --workspace %1").arg(tabs.error());
    }
    for (const QString& text : m_parser.values(m_openOption)) {
        auto spec = OpenSpecParser::parse(text);
        if (spec)
            session.tabs << *spec; // autoStart is the spec's default: --open starts its tab
        else
            problems << spec.error().describe(text);
    }
    if (m_parser.isSet(m_scenarioOption)) {
        bool isNumber = false;
        session.scenario = m_parser.value(m_scenarioOption).toInt(&isNumber);
        const auto scenarios = Scenario::builtIn();
        const bool known =
            isNumber && std::any_of(scenarios.begin(), scenarios.end(),
                                    [&](const Scenario& s) { return s.id == session.scenario; });
        if (!known)
            problems << tr("--scenario %1: not a scenario; give a number from 1 to %2")
                            .arg(m_parser.value(m_scenarioOption))
                            .arg(scenarios.size());
    }
    // A scenario opens its own tabs: like --open, it neither restores nor replaces the last session's.
    session.opensTabs =
        m_parser.isSet(m_openOption) || m_parser.isSet(m_workspaceOption) || m_parser.isSet(m_scenarioOption);
    if (m_parser.isSet(m_languageOption)) {
        session.language = LanguageChoice::normalize(m_parser.value(m_languageOption));
        if (!session.language)
            problems << tr("--language %1: not a language of SockLab; give one of %2, or system")
                            .arg(m_parser.value(m_languageOption), languageCodes());
    }
    session.statsPath = m_parser.value(m_statsOption);
    if (m_parser.isSet(m_statsOption)) {
        if (session.statsPath.isEmpty())
            problems << tr("--stats: the file name is empty");
        else if (auto checked = checkStatsFile(session.statsPath); !checked)
            problems << tr("--stats %1: cannot write the file: %2").arg(session.statsPath, checked.error());
    }
    if (!problems.isEmpty()) return std::unexpected(problems.join(u'\n'));
    return session;
}

std::optional<QString> CommandLine::languageForText() const {
    if (!m_parser.isSet(m_languageOption)) return std::nullopt;
    return LanguageChoice::normalize(m_parser.value(m_languageOption));
}

void CommandLine::process(const QCoreApplication& app) {
    m_parser.process(app);
}
