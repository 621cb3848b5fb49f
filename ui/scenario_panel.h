#pragma once

#include <QStringList>
#include <QWidget>

class QLabel;
class QListWidget;
class QPushButton;
class ScenarioHighlight;
class ScenarioRunner;

// The "Scenario" dock: the running scenario's title and summary, its steps with the current one
// highlighted, the current step's narration (plain text), what the step waits for or why it
// failed, and the buttons Next step, Run to the end, Stop, Restart, Copy as Python. The panel only
// shows the runner and asks it to act; the runner does the work.
class ScenarioPanel : public QWidget {
    Q_OBJECT

public:
    ScenarioPanel(ScenarioRunner& runner, QWidget* window, QWidget* parent = nullptr);
    ~ScenarioPanel() override;

    [[nodiscard]] QString narration() const;
    [[nodiscard]] QString statusText() const;
    [[nodiscard]] QListWidget* stepList() const { return m_steps; }
    [[nodiscard]] ScenarioHighlight* highlight() const { return m_highlight; }

signals:
    // Copy as Python put the scenario's script on the clipboard (the window says so).
    void scriptCopied(bool empty);

private:
    void scenarioStarted();
    void stepStarted(int index);
    /// Each step's first sentence with the ports known so far, after its ✓ / ✗ mark.
    void refreshStepTitles();
    void stepFinished(int index);
    void runFailed(int index, const QString& message);
    void updateButtons();
    void setStatus(const QString& text, bool failure);
    void copyScript();

    ScenarioRunner& m_runner;
    ScenarioHighlight* m_highlight = nullptr;
    QLabel* m_title = nullptr;
    QLabel* m_summary = nullptr;
    QListWidget* m_steps = nullptr;
    QStringList m_marks; ///< per step: "", "✓ " or "✗ "
    QLabel* m_narration = nullptr;
    QLabel* m_status = nullptr;
    QPushButton* m_next = nullptr;
    QPushButton* m_runToEnd = nullptr;
    QPushButton* m_stop = nullptr;
    QPushButton* m_restart = nullptr;
    QPushButton* m_copyPython = nullptr;
};
