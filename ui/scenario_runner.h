#pragma once

#include "ui/scenario.h"

#include <QHash>
#include <QList>
#include <QMetaObject>
#include <QObject>
#include <QPointer>
#include <QString>
#include <QTimer>

#include <expected>

class MainWindow;
class SessionTab;
class QWidget;

/// Runs a Scenario on a MainWindow, the same way in the GUI and in the tests: each step says its
/// narration, does its action (opens a tab from an --open spec, sends, clicks a widget by
/// objectName, ...), points at where the lesson shows, then waits until its conditions hold.
/// Waiting is event-driven: the conditions are evaluated again when a tab's counters change or a
/// traffic or error row arrives; a QTimer only bounds the wait (the step's timeout), and a failure
/// says which condition was not met and what was seen instead.
///
/// After a step the runner pauses (next() goes on) unless runToEnd() was asked for.
class ScenarioRunner : public QObject {
    Q_OBJECT

public:
    enum class State { Idle, Running, Paused, Finished, Failed, Stopped };
    Q_ENUM(State)

    explicit ScenarioRunner(MainWindow& window, QObject* parent = nullptr);
    ~ScenarioRunner() override;

    /// Closes the tabs of a previous run and runs the first step.
    void start(const Scenario& scenario);
    /// Runs the next step (when paused after one).
    void next();
    /// Runs the remaining steps without pausing.
    void runToEnd();
    /// Stops waiting; the tabs stay open to be looked at.
    void stop();

    [[nodiscard]] State state() const { return m_state; }
    [[nodiscard]] const Scenario& scenario() const { return m_scenario; }
    /// The step running or last run; -1 before the first.
    [[nodiscard]] int currentStep() const { return m_index; }
    [[nodiscard]] QString failureMessage() const { return m_failure; }
    /// The tab a step opened under `name` (null when it was closed).
    [[nodiscard]] SessionTab* tab(const QString& name) const;
    /// `${server.port}`, `${server.portHex}`, `${server.local}` replaced by what the tabs say.
    [[nodiscard]] std::expected<QString, QString> substitute(const QString& text) const;
    /// The scenario's client calls as one Python script, to run while its servers still listen.
    [[nodiscard]] QString pythonScript() const;

    /// Whether `condition` holds now, and what was seen (for messages and the panel).
    [[nodiscard]] bool evaluate(const ScenarioCondition& condition, QString* seen = nullptr) const;

signals:
    void started();
    void stepStarted(int index);
    /// Where the step points: a dock or a widget, already made visible (current tab, dock raised).
    void pointed(QWidget* target);
    void stepFinished(int index);
    void failed(int index, const QString& message);
    void finished();
    void stopped();
    void stateChanged(ScenarioRunner::State state);

private:
    void setState(State state);
    void runStep();
    // Invokable: the timeline's laneCount notify signal is connected to it by name.
    Q_INVOKABLE void checkConditions();
    void completeStep();
    void fail(const QString& message);
    void watchEvents();
    void unwatch();
    void rememberAddresses();
    void pointAt(const ScenarioStep& step);
    void closeScenarioTabs();
    [[nodiscard]] std::expected<void, QString> perform(const ScenarioStep& step);
    [[nodiscard]] std::expected<void, QString> open(const ScenarioStep& step);
    [[nodiscard]] std::expected<void, QString> send(const ScenarioStep& step, SessionTab* tab);
    [[nodiscard]] std::expected<void, QString> onWidget(const ScenarioStep& step);
    [[nodiscard]] std::expected<void, QString> inspect(const ScenarioStep& step);
    [[nodiscard]] std::expected<QString, QString> argument(const ScenarioStep& step,
                                                           const QString& key) const;
    [[nodiscard]] QObject* findIn(const QString& tabName, const QString& objectName) const;

    MainWindow& m_window;
    Scenario m_scenario;
    State m_state = State::Idle;
    int m_index = -1;
    bool m_autoRun = false;
    QString m_failure;
    QList<QString> m_tabOrder; ///< names in the order the steps opened them
    QHash<QString, QPointer<SessionTab>> m_tabs;
    QHash<QString, QString> m_local; ///< last known local address per tab ("127.0.0.1:4242")
    QList<QMetaObject::Connection> m_watches;
    QTimer m_timeout;
};
