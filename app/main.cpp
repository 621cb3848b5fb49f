#include "command_line.h"
#include "first_paint_probe.h"
#include "stats_writer.h"
#include "ui/language_choice.h"
#include "ui/main_window.h"

#include "netcore_qt/session_hub.h"
#include "netcore_qt/termination_watcher.h"

#include <QApplication>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QLocale>
#include <QStatusBar>

#include <cstdio>
#include <exception>
#include <memory>

using namespace Qt::StringLiterals;

namespace {

void printError(const QString& text) {
    std::fprintf(stderr, "socklab: %s\n", qUtf8Printable(text));
}

} // namespace

int main(int argc, char* argv[]) {
    // Start-up is measured from here to the window's first paint (--stats "first_paint_ms").
    QElapsedTimer sinceStart;
    sinceStart.start();
    QCoreApplication::setOrganizationName(u"SockLab"_s);
    QCoreApplication::setApplicationName(u"SockLab"_s);
    QCoreApplication::setApplicationVersion(QStringLiteral(SOCKLAB_VERSION));

    CommandLine commandLine;
    if (commandLine.asksForTextOnly(CommandLine::argumentsOf(argc, argv))) {
        // Text only: a QCoreApplication needs no display, so this works on a headless machine.
        const QCoreApplication app(argc, argv);
        // --help in another language only when asked on this command line: the man page and
        // scripts read this text, so neither the saved setting nor the locale changes it.
        if (const auto language = commandLine.languageForText(); language && !language->isEmpty()) {
            LanguageChoice::install(*language);
            // Built again: the option descriptions were translated when the first one was made.
            CommandLine translated;
            static_cast<void>(translated.asksForTextOnly(CommandLine::argumentsOf(argc, argv)));
            translated.showTextAndExit(app);
        }
        commandLine.showTextAndExit(app);
    }
    // Before the QApplication: a bad spec is reported even where no display could be opened.
    const auto session = commandLine.session();
    if (!session) {
        const auto problems = session.error().split(u'\n');
        for (const auto& problem : problems)
            printError(problem);
        return CommandLine::kUsageError;
    }

    const QApplication app(argc, argv);
    // Before any widget: widgets take their translated text when they are built.
    LanguageChoice::install(LanguageChoice::resolve(session->language.value_or(LanguageChoice::saved()),
                                                    QLocale::system().uiLanguages()));
    commandLine.process(app);
    // Early: a SIGTERM during start-up waits in the watcher until the event loop runs.
    const netcore_qt::TerminationWatcher termination;
    QApplication::setWindowIcon(MainWindow::applicationIcon());
    // Wayland and the task bar match the window to the installed desktop file (and its icon) by this.
    QGuiApplication::setDesktopFileName(QStringLiteral(SOCKLAB_APP_ID));

    std::unique_ptr<netcore_qt::SessionHub> hub;
    try {
        hub = std::make_unique<netcore_qt::SessionHub>();
    } catch (const std::exception& error) {
        printError(QString::fromUtf8(error.what()));
        return EXIT_FAILURE;
    }

    // Declared after the hub: the window (and its tabs) go first, then the hub joins its thread.
    MainWindow window(QCoreApplication::applicationVersion(), *hub,
                      MainWindowOptions{.rememberTabs = !session->opensTabs, .tabFactory = {}});
    for (const auto& spec : session->tabs)
        window.openTab(spec);
    if (!session->tabs.isEmpty()) {
        // The first tab named on the command line is in front, as a browser shows its first URL.
        window.setCurrentTab(0);
        window.statusBar()->showMessage(
            QCoreApplication::translate("main", "Tabs opened from the command line: %1")
                .arg(session->tabs.size()));
    }

    std::unique_ptr<StatsWriter> stats;
    if (!session->statsPath.isEmpty()) {
        stats = std::make_unique<StatsWriter>(session->statsPath, [&window] { return window.tabStats(); });
        stats->writeNow();
        new FirstPaintProbe(&window, sinceStart, [&stats](double ms) { stats->setFirstPaintMs(ms); });
    }
    // SIGTERM / SIGINT: close the window like Quit does (sessions stop, state is saved), and end
    // any nested event loop too, such as a dialog left open.
    QObject::connect(&termination, &netcore_qt::TerminationWatcher::terminationRequested, &window, [&window] {
        window.close();
        QCoreApplication::quit();
    });

    window.show();
    if (session->scenario != 0) window.runScenario(session->scenario);
    const int status = QApplication::exec();
    // The last counters, after every session stopped: what a script reads once SockLab is gone.
    if (stats) stats->writeNow();
    return status;
}
