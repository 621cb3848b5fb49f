#include "ui/start_page.h"

#include <QAction>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QIcon>
#include <QLabel>
#include <QPushButton>
#include <QScrollArea>
#include <QToolButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace {

// Scales a widget's font rather than setting a size, so the user's font choice still applies.
void scaleFont(QWidget* widget, double factor, bool bold) {
    QFont font = widget->font();
    if (font.pointSizeF() > 0) font.setPointSizeF(font.pointSizeF() * factor);
    font.setBold(bold);
    widget->setFont(font);
}

QLabel* plainLabel(const QString& text, QWidget* parent = nullptr) {
    auto* label = new QLabel(text, parent);
    label->setTextFormat(Qt::PlainText);
    return label;
}

constexpr int kColumns = 2;

} // namespace

StartPage::StartPage(const QList<QAction*>& newActions, const QList<Scenario>& scenarios, QWidget* parent)
    : QWidget(parent) {
    setObjectName(u"emptyState"_s);
    auto* icon = new QLabel;
    icon->setPixmap(QIcon(u":/icons/socklab.svg"_s).pixmap(QSize(56, 56), devicePixelRatioF()));
    icon->setAlignment(Qt::AlignCenter);
    auto* heading = plainLabel(tr("No tabs open"));
    heading->setObjectName(u"emptyStateHeading"_s);
    heading->setAlignment(Qt::AlignCenter);
    scaleFont(heading, 1.4, true);
    auto* hint = plainLabel(tr("Open a server, a client or a chat, open a saved workspace (File ▸ Open "
                               "Workspace), or learn by running a guided scenario."));
    hint->setObjectName(u"emptyStateHint"_s);
    hint->setAlignment(Qt::AlignCenter);
    hint->setWordWrap(true);
    hint->setForegroundRole(QPalette::PlaceholderText);

    // The same actions as the New menu, as big buttons: the first thing a new user looks for.
    auto* buttons = new QHBoxLayout;
    buttons->addStretch(1);
    for (QAction* action : newActions) {
        auto* button = new QToolButton;
        button->setDefaultAction(action);
        button->setToolButtonStyle(Qt::ToolButtonTextUnderIcon);
        button->setIconSize(QSize(32, 32));
        button->setAutoRaise(true);
        buttons->addWidget(button);
    }
    buttons->addStretch(1);

    auto* layout = new QVBoxLayout(this);
    layout->addSpacing(16);
    layout->addWidget(icon);
    layout->addWidget(heading);
    layout->addWidget(hint);
    layout->addSpacing(8);
    layout->addLayout(buttons);
    layout->addSpacing(8);
    layout->addWidget(createScenarioList(scenarios), 1);
}

StartPage::~StartPage() = default;

QWidget* StartPage::createScenarioList(const QList<Scenario>& scenarios) {
    auto* box = new QWidget;
    box->setObjectName(u"startScenarios"_s);
    auto* heading = plainLabel(tr("Guided scenarios"));
    heading->setObjectName(u"startScenariosHeading"_s);
    scaleFont(heading, 1.15, true);
    auto* note = plainLabel(tr("Each one opens the tabs it needs on 127.0.0.1, runs the lesson step by step "
                               "with a short explanation, and points at where it shows."));
    note->setWordWrap(true);
    note->setForegroundRole(QPalette::PlaceholderText);

    auto* grid = new QGridLayout;
    grid->setHorizontalSpacing(24);
    grid->setVerticalSpacing(10);
    const auto rows = (scenarios.size() + kColumns - 1) / kColumns;
    for (qsizetype i = 0; i < scenarios.size(); ++i) {
        const Scenario& scenario = scenarios.at(i);
        // Column-major: 1-7 down the left, 8-14 down the right, as a reader scans them.
        const int row = static_cast<int>(i % rows);
        const int column = static_cast<int>(i / rows);
        auto* title = plainLabel(tr("%1. %2").arg(scenario.id).arg(scenario.title));
        QFont bold = title->font();
        bold.setBold(true);
        title->setFont(bold);
        auto* summary = plainLabel(scenario.summary);
        summary->setWordWrap(true);
        summary->setForegroundRole(QPalette::PlaceholderText);
        auto* run = new QPushButton(tr("Run"));
        run->setObjectName(u"runScenario%1"_s.arg(scenario.id));
        run->setToolTip(tr("Run scenario %1: %2").arg(scenario.id).arg(scenario.title));
        const int id = scenario.id;
        connect(run, &QPushButton::clicked, this, [this, id] { emit runRequested(id); });

        auto* cell = new QWidget;
        auto* text = new QVBoxLayout;
        text->setSpacing(2);
        text->addWidget(title);
        text->addWidget(summary);
        // A row as tall as its neighbour's two-line summary keeps this one's text at the top.
        text->addStretch(1);
        auto* cellLayout = new QHBoxLayout(cell);
        cellLayout->setContentsMargins(0, 0, 0, 0);
        cellLayout->addLayout(text, 1);
        cellLayout->addWidget(run, 0, Qt::AlignTop);
        grid->addWidget(cell, row, column);
    }
    for (int column = 0; column < kColumns; ++column)
        grid->setColumnStretch(column, 1);

    auto* content = new QWidget;
    auto* contentLayout = new QVBoxLayout(content);
    contentLayout->addWidget(heading);
    contentLayout->addWidget(note);
    contentLayout->addSpacing(6);
    contentLayout->addLayout(grid);
    contentLayout->addStretch(1);

    auto* scroll = new QScrollArea;
    scroll->setWidget(content);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    auto* layout = new QVBoxLayout(box);
    layout->setContentsMargins(24, 0, 24, 0);
    layout->addWidget(scroll);
    return box;
}
