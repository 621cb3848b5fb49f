#include "ui/scenario_panel.h"

#include "ui/scenario_highlight.h"
#include "ui/scenario_runner.h"

#include <QApplication>
#include <QClipboard>
#include <QGridLayout>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QRegularExpression>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace {

QLabel* plainLabel(const QString& objectName, QWidget* parent) {
    auto* label = new QLabel(parent);
    label->setObjectName(objectName);
    // Narrations are ours, but they quote addresses and ports the tabs report: never markup.
    label->setTextFormat(Qt::PlainText);
    label->setWordWrap(true);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    return label;
}

QPushButton* button(const QString& objectName, const QString& text, const QString& tip, QWidget* parent) {
    auto* result = new QPushButton(text, parent);
    result->setObjectName(objectName);
    result->setToolTip(tip);
    return result;
}

} // namespace

ScenarioPanel::ScenarioPanel(ScenarioRunner& runner, QWidget* window, QWidget* parent)
    : QWidget(parent), m_runner(runner) {
    setObjectName(u"scenarioPanel"_s);
    // Wide enough for a narration to read as lines, not a column of words; the window widens the
    // dock further when there is room (MainWindow::runScenario).
    setMinimumWidth(fontMetrics().averageCharWidth() * 34);
    m_highlight = new ScenarioHighlight(window);

    m_title = plainLabel(u"scenarioTitle"_s, this);
    QFont bold = m_title->font();
    bold.setBold(true);
    if (bold.pointSizeF() > 0) bold.setPointSizeF(bold.pointSizeF() * 1.15);
    m_title->setFont(bold);
    m_summary = plainLabel(u"scenarioSummary"_s, this);
    m_summary->setForegroundRole(QPalette::PlaceholderText);

    m_steps = new QListWidget(this);
    m_steps->setObjectName(u"scenarioSteps"_s);
    m_steps->setWordWrap(true);
    m_steps->setSelectionMode(QAbstractItemView::NoSelection);
    m_steps->setFocusPolicy(Qt::NoFocus);

    m_narration = plainLabel(u"scenarioNarration"_s, this);
    m_narration->setFrameShape(QFrame::StyledPanel);
    m_narration->setMargin(8);
    m_narration->setBackgroundRole(QPalette::Base);
    m_narration->setAutoFillBackground(true);
    m_narration->setMinimumHeight(m_narration->fontMetrics().lineSpacing() * 4);
    m_status = plainLabel(u"scenarioStatus"_s, this);

    m_next = button(u"scenarioNext"_s, tr("&Next step"), tr("Run the next step"), this);
    m_runToEnd = button(u"scenarioRunToEnd"_s, tr("Run to the &end"), tr("Run every remaining step"), this);
    m_stop = button(u"scenarioStop"_s, tr("S&top"), tr("Stop the scenario; its tabs stay open"), this);
    m_restart =
        button(u"scenarioRestart"_s, tr("&Restart"), tr("Close the scenario's tabs and start again"), this);
    m_copyPython = button(u"scenarioCopyPython"_s, tr("Copy as &Python"),
                          tr("Copy the scenario's client calls as one Python script, to run while its "
                             "servers still listen"),
                          this);
    m_next->setDefault(true);

    auto* buttons = new QGridLayout;
    buttons->addWidget(m_next, 0, 0);
    buttons->addWidget(m_runToEnd, 0, 1);
    buttons->addWidget(m_stop, 1, 0);
    buttons->addWidget(m_restart, 1, 1);
    buttons->addWidget(m_copyPython, 2, 0, 1, 2);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_title);
    layout->addWidget(m_summary);
    layout->addWidget(m_steps, 1);
    layout->addWidget(m_narration);
    layout->addWidget(m_status);
    layout->addLayout(buttons);

    connect(m_next, &QPushButton::clicked, &m_runner, &ScenarioRunner::next);
    connect(m_runToEnd, &QPushButton::clicked, &m_runner, &ScenarioRunner::runToEnd);
    connect(m_stop, &QPushButton::clicked, &m_runner, &ScenarioRunner::stop);
    connect(m_restart, &QPushButton::clicked, this, [this] { m_runner.start(m_runner.scenario()); });
    connect(m_copyPython, &QPushButton::clicked, this, &ScenarioPanel::copyScript);

    connect(&m_runner, &ScenarioRunner::started, this, &ScenarioPanel::scenarioStarted);
    connect(&m_runner, &ScenarioRunner::stepStarted, this, &ScenarioPanel::stepStarted);
    connect(&m_runner, &ScenarioRunner::stepFinished, this, &ScenarioPanel::stepFinished);
    connect(&m_runner, &ScenarioRunner::failed, this, &ScenarioPanel::runFailed);
    connect(&m_runner, &ScenarioRunner::pointed, m_highlight, &ScenarioHighlight::follow);
    connect(&m_runner, &ScenarioRunner::stopped, this, [this] {
        m_highlight->follow(nullptr);
        setStatus(tr("Stopped. The tabs stay open: look around, or Restart."), false);
    });
    connect(&m_runner, &ScenarioRunner::finished, this,
            [this] { setStatus(tr("Done: every step's outcome was seen."), false); });
    connect(&m_runner, &ScenarioRunner::stateChanged, this, &ScenarioPanel::updateButtons);

    m_title->setText(tr("No scenario running"));
    m_summary->setText(tr("Choose one from the Scenarios menu or the start page."));
    updateButtons();
}

ScenarioPanel::~ScenarioPanel() = default;

QString ScenarioPanel::narration() const {
    return m_narration->text();
}

QString ScenarioPanel::statusText() const {
    return m_status->text();
}

void ScenarioPanel::scenarioStarted() {
    const Scenario& scenario = m_runner.scenario();
    m_title->setText(tr("%1. %2").arg(scenario.id).arg(scenario.title));
    // Where the lesson comes from, so a learner can find it in the tutorial they are reading.
    m_summary->setText(scenario.seed.isEmpty()
                           ? scenario.summary
                           : tr("%1\nFrom the sources: %2").arg(scenario.summary, scenario.seed));
    m_steps->clear();
    m_marks = QStringList(scenario.steps.size(), QString());
    for (int i = 0; i < scenario.steps.size(); ++i) {
        auto* item = new QListWidgetItem(m_steps);
        item->setFlags(Qt::ItemIsEnabled);
    }
    refreshStepTitles();
    m_narration->clear();
    setStatus({}, false);
}

void ScenarioPanel::refreshStepTitles() {
    const Scenario& scenario = m_runner.scenario();
    for (int i = 0; i < m_steps->count() && i < scenario.steps.size(); ++i) {
        // The list shows each step's first sentence; the whole narration is below it. A port not
        // known yet (its tab not open) reads as "…" rather than as "${server.port}".
        const QString narration = scenario.steps.at(i).narration;
        QString text = m_runner.substitute(narration).value_or(
            QString(narration).replace(QRegularExpression(u"\\$\\{[^}]*\\}"_s), u"…"_s));
        const auto end = text.indexOf(u". "_s);
        if (end > 0) text = text.left(end + 1);
        m_steps->item(i)->setText(m_marks.value(i) + tr("%1. %2").arg(i + 1).arg(text));
    }
}

void ScenarioPanel::stepStarted(int index) {
    const ScenarioStep& step = m_runner.scenario().steps.at(index);
    m_highlight->follow(nullptr);
    refreshStepTitles();
    // "${server.port}" in a narration reads as the port the tab got.
    const auto text = m_runner.substitute(step.narration);
    m_narration->setText(text.value_or(step.narration));
    for (int i = 0; i < m_steps->count(); ++i) {
        QFont font = m_steps->item(i)->font();
        font.setBold(i == index);
        m_steps->item(i)->setFont(font);
        m_steps->item(i)->setBackground(i == index ? palette().brush(QPalette::AlternateBase) : QBrush());
    }
    m_steps->scrollToItem(m_steps->item(index));
    QStringList waits;
    for (const auto& condition : step.until)
        waits << condition.text;
    setStatus(waits.isEmpty() ? QString() : tr("Waiting for: %1").arg(waits.join(u", "_s)), false);
}

void ScenarioPanel::stepFinished(int index) {
    if (index < m_marks.size()) m_marks[index] = u"✓ "_s;
    refreshStepTitles();
    const int count = static_cast<int>(m_runner.scenario().steps.size());
    if (index + 1 < count && m_runner.state() == ScenarioRunner::State::Paused)
        setStatus(tr("Step %1 of %2 done. Next step when you are ready.").arg(index + 1).arg(count), false);
}

void ScenarioPanel::runFailed(int index, const QString& message) {
    if (index < m_marks.size()) m_marks[index] = u"✗ "_s;
    refreshStepTitles();
    setStatus(message, true);
}

void ScenarioPanel::setStatus(const QString& text, bool failure) {
    m_status->setText(text);
    m_status->setVisible(!text.isEmpty());
    QPalette palette = this->palette();
    if (failure) palette.setColor(QPalette::WindowText, QColor(0xb0, 0x20, 0x20));
    m_status->setPalette(palette);
}

void ScenarioPanel::updateButtons() {
    using State = ScenarioRunner::State;
    const State state = m_runner.state();
    const bool any = state != State::Idle;
    m_next->setEnabled(state == State::Paused);
    m_runToEnd->setEnabled(state == State::Paused);
    m_stop->setEnabled(state == State::Running || state == State::Paused);
    m_restart->setEnabled(any);
    m_copyPython->setEnabled(any);
}

void ScenarioPanel::copyScript() {
    const QString script = m_runner.pythonScript();
    QApplication::clipboard()->setText(script);
    emit scriptCopied(script.isEmpty());
}
