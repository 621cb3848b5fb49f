#include "ui/call_timeline_panel.h"

#include "ui/call_timeline_model.h"
#include "ui/call_timeline_view.h"

#include "netcore_qt/session_hub.h"

#include <QAction>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QMenu>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QSplitter>
#include <QToolBar>
#include <QToolButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

CallTimelinePanel::CallTimelinePanel(QWidget* parent) : QWidget(parent) {
    setObjectName(u"callTimeline"_s);
    m_model = new CallTimelineModel(this);
    m_view = new CallTimelineView(*m_model, this);

    auto* toolBar = new QToolBar(this);
    toolBar->setObjectName(u"callTimelineToolBar"_s);
    toolBar->setToolButtonStyle(Qt::ToolButtonTextOnly);
    const auto add = [&](const QString& name, const QString& text, const QString& tip,
                         const QKeySequence& key) {
        auto* action = toolBar->addAction(text);
        action->setObjectName(name);
        action->setToolTip(tip);
        if (!key.isEmpty()) {
            action->setShortcut(key);
            action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        }
        return action;
    };
    QAction* zoomOut =
        add(u"timelineZoomOut"_s, tr("\u2212"), tr("Zoom out (Ctrl+wheel down)"), QKeySequence::ZoomOut);
    QAction* zoomIn = add(u"timelineZoomIn"_s, tr("+"), tr("Zoom in (Ctrl+wheel up)"), QKeySequence::ZoomIn);
    QAction* fit = add(u"timelineFit"_s, tr("Fit"), tr("Show the whole timeline"), {});
    toolBar->addSeparator();
    m_follow = add(u"timelineFollow"_s, tr("Follow live"), tr("Keep the newest call in view"), {});
    m_follow->setCheckable(true);
    m_follow->setChecked(m_view->followLive());
    QAction* clearAction = add(u"timelineClear"_s, tr("Clear"), tr("Forget the calls shown so far"), {});
    toolBar->addSeparator();
    auto* exportMenu = new QMenu(this);
    exportMenu->setObjectName(u"timelineExportMenu"_s);
    const auto addExport = [&](const QString& text, bool svg, TimelineExportScope scope) {
        QAction* action = exportMenu->addAction(text);
        connect(action, &QAction::triggered, this, [this, svg, scope] { chooseExportFile(svg, scope); });
    };
    addExport(tr("Whole timeline as PNG\u2026"), false, TimelineExportScope::Whole);
    addExport(tr("Visible part as PNG\u2026"), false, TimelineExportScope::Visible);
    addExport(tr("Whole timeline as SVG\u2026"), true, TimelineExportScope::Whole);
    addExport(tr("Visible part as SVG\u2026"), true, TimelineExportScope::Visible);
    auto* exportButton = new QToolButton(toolBar);
    exportButton->setObjectName(u"timelineExport"_s);
    exportButton->setText(tr("Export"));
    exportButton->setMenu(exportMenu);
    exportButton->setPopupMode(QToolButton::InstantPopup);
    toolBar->addWidget(exportButton);
    m_status = new QLabel(this);
    m_status->setObjectName(u"callTimelineStatus"_s);
    m_status->setTextFormat(Qt::PlainText);
    m_status->setContentsMargins(8, 0, 0, 0);
    toolBar->addWidget(m_status);

    m_details = new QPlainTextEdit(this);
    m_details->setObjectName(u"callTimelineDetails"_s);
    m_details->setReadOnly(true);
    m_details->setPlaceholderText(tr("Click a call to see its arguments, result, error and timing."));

    auto* splitter = new QSplitter(Qt::Horizontal, this);
    splitter->addWidget(m_view);
    splitter->addWidget(m_details);
    // The diagram takes what the dock gains; the details keep a reading width.
    splitter->setStretchFactor(0, 1);
    splitter->setStretchFactor(1, 0);
    splitter->setSizes({900, 240});

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(toolBar);
    layout->addWidget(splitter, 1);

    connect(zoomIn, &QAction::triggered, m_view, &CallTimelineView::zoomIn);
    connect(zoomOut, &QAction::triggered, m_view, &CallTimelineView::zoomOut);
    connect(fit, &QAction::triggered, this, [this] {
        m_view->setFollowLive(false);
        m_view->zoomToFit();
    });
    connect(m_follow, &QAction::toggled, m_view, &CallTimelineView::setFollowLive);
    connect(m_view, &CallTimelineView::followLiveChanged, m_follow, &QAction::setChecked);
    connect(clearAction, &QAction::triggered, this, &CallTimelinePanel::clear);
    connect(m_view, &CallTimelineView::callClicked, this, &CallTimelinePanel::showDetails);
    connect(m_model, &CallTimelineModel::changed, this, [this] {
        updateStatus();
        // A waiting call's details change when its record comes.
        if (m_shown != 0) showDetails(m_shown);
    });
    updateStatus();
}

CallTimelinePanel::~CallTimelinePanel() = default;

void CallTimelinePanel::attachHub(netcore_qt::SessionHub& hub) {
    connect(&hub, &netcore_qt::SessionHub::eventsDelivered, this,
            [this](std::span<const netcore::SessionEvent> events) { m_model->ingest(events); });
}

int CallTimelinePanel::laneCount() const {
    return m_model->laneCount();
}

QStringList CallTimelinePanel::laneLabels() const {
    return m_model->laneLabels();
}

void CallTimelinePanel::setSessionLabel(netcore::SessionId session, const QString& label) {
    m_model->setSessionLabel(session, label);
}

void CallTimelinePanel::setSessionLabelProvider(std::function<QString(netcore::SessionId)> provider) {
    m_model->setSessionLabelProvider(std::move(provider));
}

void CallTimelinePanel::showDetails(quint64 sequence) {
    m_shown = m_model->call(sequence) != nullptr ? sequence : 0;
    if (m_view->selectedCall() != m_shown) m_view->setSelectedCall(m_shown);
    const QString text = m_model->details(m_shown);
    if (text != m_details->toPlainText()) m_details->setPlainText(text);
}

QString CallTimelinePanel::detailsText() const {
    return m_details->toPlainText();
}

QString CallTimelinePanel::statusText() const {
    return m_status->text();
}

void CallTimelinePanel::clear() {
    m_model->clear();
    showDetails(0);
}

void CallTimelinePanel::updateStatus() {
    const QLocale locale;
    QString text =
        tr("%1 calls, %2 sockets").arg(locale.toString(m_model->callCount())).arg(m_model->laneCount());
    if (m_model->droppedCount() > 0)
        text += tr(" \u00b7 %1 oldest dropped (keeps %2)")
                    .arg(locale.toString(m_model->droppedCount()), locale.toString(m_model->capacity()));
    m_status->setText(text);
}

void CallTimelinePanel::chooseExportFile(bool svg, TimelineExportScope scope) {
    const QString filter = svg ? tr("SVG image (*.svg)") : tr("PNG image (*.png)");
    const QString suggested = svg ? u"timeline.svg"_s : u"timeline.png"_s;
    QString path = QFileDialog::getSaveFileName(this, tr("Export the call timeline"), suggested, filter);
    if (path.isEmpty()) return;
    const QString suffix = svg ? u".svg"_s : u".png"_s;
    if (!path.endsWith(suffix, Qt::CaseInsensitive)) path += suffix;
    const auto done = svg ? exportTimelineSvg(*m_view, path, scope) : exportTimelinePng(*m_view, path, scope);
    if (!done) QMessageBox::warning(this, tr("Export the call timeline"), done.error());
}
