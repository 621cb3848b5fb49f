#pragma once

#include <QList>
#include <QMainWindow>
#include <QString>

class QAction;
class QCloseEvent;
class QIcon;
class QStackedWidget;
class QTabWidget;

// The application window: one tab per session, opened from the New menu and toolbar.
// Until the first tab kind exists, the New actions are disabled placeholders.
class MainWindow : public QMainWindow {
    Q_OBJECT

public:
    explicit MainWindow(QString version, QWidget* parent = nullptr);
    ~MainWindow() override;

    // The icon the application shows for itself (window, task bar, About box).
    [[nodiscard]] static QIcon applicationIcon();

    // Adds a session tab and makes it current; the window takes ownership of page.
    int addTab(QWidget* page, const QIcon& icon, const QString& title);
    [[nodiscard]] int tabCount() const;

    // Rich text for Help > About SockLab.
    [[nodiscard]] QString aboutText() const;

protected:
    void closeEvent(QCloseEvent* event) override;

private:
    void createActions();
    void createMenus();
    void createToolBar();
    void createCentralWidget();
    QAction* createNewAction(const QString& objectName, const QString& iconPath, const QString& text,
                             const QString& description);
    void closeTab(int index);
    void updateEmptyState();
    void showAbout();
    void restoreWindowState();
    void saveWindowState() const;

    QString m_version;
    QStackedWidget* m_stack = nullptr;
    QWidget* m_emptyState = nullptr;
    QTabWidget* m_tabs = nullptr;
    QList<QAction*> m_newActions;
    QAction* m_quitAction = nullptr;
    QAction* m_aboutAction = nullptr;
    QAction* m_aboutQtAction = nullptr;
};
