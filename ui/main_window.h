#pragma once

#include "ui/scenario.h"
#include "ui/tab_spec.h"
#include "ui/tab_stats.h"

#include <QList>
#include <QMainWindow>
#include <QString>

#include <expected>
#include <functional>

class QAction;
class QCloseEvent;
class QIcon;
class QMenuBar;
class ScenarioRunner;
class SessionTab;
class StatusTotals;
class TabArea;

namespace netcore_qt {
class SessionHub;
}

// Builds the tab for a spec; tests substitute stand-ins for the real tabs.
using SessionTabFactory = std::function<SessionTab*(const TabSpec&, netcore_qt::SessionHub&, QWidget*)>;

struct MainWindowOptions {
    // Restore the last session's tabs at start (not started: a port opening by itself at login
    // would surprise) and save them at exit. The app turns this off when the command line opens
    // tabs, so a scripted run neither mixes in nor replaces the tabs the user left open.
    bool rememberTabs = true;
    // Empty: createSessionTab().
    SessionTabFactory tabFactory;
};

// The application window: one tab per session, opened from the New menu and toolbar, a
// workspace file, the command line or the last session; totals in the status bar.
class ByteOrderInspector;

class MainWindow : public QMainWindow {
    Q_OBJECT

public:
    // The hub runs the sessions of every tab and must outlive the window.
    MainWindow(QString version, netcore_qt::SessionHub& hub, MainWindowOptions options = {},
               QWidget* parent = nullptr);
    ~MainWindow() override;

    // The icon the application shows for itself (window, task bar, About box).
    [[nodiscard]] static QIcon applicationIcon();

    // Adds a tab for spec and makes it current. The tab starts itself when spec.autoStart says so.
    SessionTab* openTab(const TabSpec& spec);
    // Stops the tab's session and closes it.
    void closeTab(int index);
    // Empty name: the tab's own title again.
    void renameTab(int index, const QString& name);
    [[nodiscard]] int tabCount() const;
    [[nodiscard]] int currentTab() const;
    void setCurrentTab(int index);
    [[nodiscard]] QList<SessionTab*> tabs() const;
    // The tabs as a workspace describes them (with the names the user gave them).
    [[nodiscard]] QList<TabSpec> tabSpecs() const;
    // Counters of every tab, named as the tab bar shows them (--stats, the status bar).
    [[nodiscard]] QList<TabStats> tabStats() const;

    // Adds the workspace's tabs after the open ones; returns how many, or what is wrong.
    std::expected<int, QString> openWorkspace(const QString& path);
    std::expected<void, QString> saveWorkspace(const QString& path) const;

    // Opens the built-in scenario `id` (1-14) with its dock and starts it; false for an unknown id.
    bool runScenario(int id);

    // Rich text for Help > About SockLab.
    [[nodiscard]] QString aboutText() const;

protected:
    void closeEvent(QCloseEvent* event) override;

private:
    void createActions();
    QAction* createNewAction(const QString& objectName, const QString& iconPath, const QString& text,
                             const QString& description, bool available);
    QAction* createAction(const QString& objectName, const QString& text, const QKeySequence& shortcut);
    void createMenus();
    void createToolBar();
    void createStatusBar();
    // The Scenarios menu, the scenario dock and the runner behind both (and the start page's list).
    void createScenarios(QMenuBar* bar);
    void updateTabActions();
    void openNewTab(TabKind kind);
    void askToRenameCurrentTab();
    void showTabMenu(const QPoint& globalPos);
    void copyCurrentTabAsCommandLine();
    void chooseWorkspaceToOpen();
    void chooseWorkspaceToSave();
    void showError(const QString& title, const QString& text);
    void showAbout();
    void showSettings();
    void restartApplication();
    void restoreWindowState();
    void restoreTabs();
    void saveWindowState() const;

    QString m_version;
    netcore_qt::SessionHub& m_hub;
    MainWindowOptions m_options;
    TabArea* m_tabArea = nullptr;
    StatusTotals* m_totals = nullptr;
    QList<QAction*> m_newActions;
    QAction* m_newServerAction = nullptr;
    QAction* m_newClientAction = nullptr;
    QAction* m_openWorkspaceAction = nullptr;
    QAction* m_saveWorkspaceAction = nullptr;
    QAction* m_quitAction = nullptr;
    QAction* m_renameTabAction = nullptr;
    QAction* m_closeTabAction = nullptr;
    QAction* m_nextTabAction = nullptr;
    QAction* m_previousTabAction = nullptr;
    QAction* m_copyPythonAction = nullptr;
    ByteOrderInspector* m_inspector = nullptr;
    QAction* m_copyCommandLineAction = nullptr;
    QAction* m_aboutAction = nullptr;
    QAction* m_aboutQtAction = nullptr;
    QAction* m_settingsAction = nullptr;
    QList<Scenario> m_scenarios;
    ScenarioRunner* m_scenarioRunner = nullptr;
};
