#pragma once

#include "ui/tab_spec.h"
#include "ui/tab_stats.h"

#include <QList>
#include <QStackedWidget>
#include <QString>

class QTabWidget;
class SessionTab;

// The main window's centre: the session tabs, or a short "how to start" page while there are none.
// It owns the tabs and what the window adds to them: the user's names, icons, tooltips, and
// stopping a session when its tab closes.
class TabArea : public QStackedWidget {
    Q_OBJECT

public:
    // Shows `emptyPage` (the window's start page) while no tab is open; takes ownership of it.
    explicit TabArea(QWidget* emptyPage, QWidget* parent = nullptr);

    // Takes ownership of tab, shows it last and makes it current; returns its index.
    int addSessionTab(SessionTab* tab);
    // Stops the tab's session and removes the tab (deleted later: the request may come from
    // inside one of its own signals).
    void closeTab(int index);
    void closeAll();
    // A name the user chose; empty goes back to the tab's own title.
    void renameTab(int index, const QString& name);

    [[nodiscard]] int count() const;
    [[nodiscard]] int currentIndex() const;
    void setCurrentIndex(int index);
    void selectNext();
    void selectPrevious();
    [[nodiscard]] SessionTab* tabAt(int index) const;
    // In the order the user sees them (tabs can be dragged).
    [[nodiscard]] QList<SessionTab*> tabs() const;
    // The title as shown (the user's name, else the tab's own title).
    [[nodiscard]] QString tabTitle(int index) const;
    // Each tab's spec with the user's name in it, as workspaces save them.
    [[nodiscard]] QList<TabSpec> specs() const;
    // Each tab's counters, named as the tab bar names them.
    [[nodiscard]] QList<TabStats> stats() const;

    [[nodiscard]] static QIcon kindIcon(TabKind kind);

signals:
    void countChanged(int count);
    void currentChanged(int index);
    // Some tab's counters changed (as often as the tabs say so; listeners throttle).
    void statsChanged();
    void renameRequested(int index);
    void contextMenuRequested(int index, const QPoint& globalPos);

private:
    void refreshTitle(SessionTab* tab);
    [[nodiscard]] TabSpec specOf(const SessionTab* tab) const;
    void updatePage();

    QTabWidget* m_tabs = nullptr;
    QWidget* m_emptyState = nullptr;
};
