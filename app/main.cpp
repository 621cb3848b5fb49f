#include "command_line.h"
#include "ui/main_window.h"

#include <QApplication>
#include <QCoreApplication>

using namespace Qt::StringLiterals;

int main(int argc, char* argv[]) {
    QCoreApplication::setOrganizationName(u"SockLab"_s);
    QCoreApplication::setApplicationName(u"SockLab"_s);
    QCoreApplication::setApplicationVersion(QStringLiteral(SOCKLAB_VERSION));

    CommandLine commandLine;
    if (commandLine.asksForTextOnly(CommandLine::argumentsOf(argc, argv))) {
        // Text only: a QCoreApplication needs no display, so this works on a headless machine.
        const QCoreApplication app(argc, argv);
        commandLine.showTextAndExit(app);
    }

    const QApplication app(argc, argv);
    commandLine.process(app);
    QApplication::setWindowIcon(MainWindow::applicationIcon());

    MainWindow window(QCoreApplication::applicationVersion());
    window.show();
    return QApplication::exec();
}
