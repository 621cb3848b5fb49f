#include "ui/scenario_highlight.h"

#include <QEvent>
#include <QPainter>

using namespace Qt::StringLiterals;

namespace {
constexpr int kPen = 3;
} // namespace

ScenarioHighlight::ScenarioHighlight(QWidget* window) : QWidget(window) {
    setObjectName(u"scenarioHighlight"_s);
    setAttribute(Qt::WA_TransparentForMouseEvents);
    setAttribute(Qt::WA_NoSystemBackground);
    setFocusPolicy(Qt::NoFocus);
    hide();
    // The window resizing moves every widget in it.
    window->installEventFilter(this);
}

void ScenarioHighlight::follow(QWidget* target) {
    if (m_target) m_target->removeEventFilter(this);
    m_target = target;
    // A floating dock is a window of its own: nothing of this window lies over it.
    if (m_target && m_target->window() != parentWidget()) m_target = nullptr;
    if (m_target) m_target->installEventFilter(this);
    place();
}

bool ScenarioHighlight::eventFilter(QObject* watched, QEvent* event) {
    switch (event->type()) {
    case QEvent::Move:
    case QEvent::Resize:
    case QEvent::Show:
    case QEvent::Hide:
    case QEvent::LayoutRequest:
        // After the layouts have run, not during: the target's geometry is settled then.
        QMetaObject::invokeMethod(this, &ScenarioHighlight::place, Qt::QueuedConnection);
        break;
    default:
        break;
    }
    return QWidget::eventFilter(watched, event);
}

void ScenarioHighlight::place() {
    if (!m_target || !m_target->isVisible()) {
        hide();
        return;
    }
    const QPoint topLeft = m_target->mapTo(parentWidget(), QPoint(0, 0));
    setGeometry(QRect(topLeft, m_target->size()).adjusted(-kPen, -kPen, kPen, kPen));
    show();
    raise();
}

void ScenarioHighlight::paintEvent(QPaintEvent*) {
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    QColor color = palette().color(QPalette::Highlight);
    painter.setPen(QPen(color, kPen));
    painter.setBrush(Qt::NoBrush);
    painter.drawRoundedRect(QRectF(rect()).adjusted(kPen / 2.0, kPen / 2.0, -kPen / 2.0, -kPen / 2.0), 4, 4);
}
