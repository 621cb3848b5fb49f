#pragma once

#include "ui/scenario.h"

#include <QList>
#include <QWidget>

class QAction;

// What the window shows while no tab is open: the five New buttons, and the guided scenarios with
// their titles, summaries and a Run button each. It replaces TabArea's plain empty page and keeps
// its object names ("emptyState", "emptyStateHeading"), since it is that page.
class StartPage : public QWidget {
    Q_OBJECT

public:
    StartPage(const QList<QAction*>& newActions, const QList<Scenario>& scenarios, QWidget* parent = nullptr);
    ~StartPage() override;

signals:
    void runRequested(int scenarioId);

private:
    QWidget* createScenarioList(const QList<Scenario>& scenarios);
};
