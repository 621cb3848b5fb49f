#include "ui/call_timeline_view.h"

#include "ui/call_timeline_model.h"

#include <QMouseEvent>
#include <QPainter>
#include <QPainterPath>
#include <QScrollBar>
#include <QWheelEvent>

#include <algorithm>
#include <cmath>

using namespace Qt::StringLiterals;

namespace {

constexpr int kLiveRepaintMs = 50;
constexpr double kZoomFactor = 1.25;
// Time labels on the axis at least this far apart.
constexpr double kTickSpacing = 26.0;

struct BoxColors {
    QColor fill;
    QColor border;
    QColor text;
};

BoxColors colorsFor(const CallTimelineModel::Call& call) {
    if (call.error) return {QColor(0xfd, 0xe2, 0xe2), QColor(0xc6, 0x28, 0x28), QColor(0xb7, 0x1c, 0x1c)};
    if (call.pending) return {QColor(0xff, 0xf3, 0xcd), QColor(0xe0, 0xa8, 0x00), QColor(0x5d, 0x40, 0x00)};
    return {QColor(0xe3, 0xf2, 0xfd), QColor(0x1e, 0x88, 0xe5), QColor(0x0d, 0x2b, 0x45)};
}

// The lane's own description on the first header line, the session's title on the second.
std::pair<QString, QString> headerLines(const QString& label) {
    const auto split = label.indexOf(u" \u2014 "_s);
    if (split < 0) return {label, {}};
    return {label.left(split), label.mid(split + 3)};
}

void drawArrowHead(QPainter& painter, QPointF tip, QPointF from) {
    const QLineF line(tip, from);
    const double angle = std::atan2(-line.dy(), line.dx());
    constexpr double size = 7.0;
    constexpr double spread = 0.45;
    const QPointF a = tip + QPointF(std::cos(angle + spread) * size, -std::sin(angle + spread) * size);
    const QPointF b = tip + QPointF(std::cos(angle - spread) * size, -std::sin(angle - spread) * size);
    painter.drawPolygon(QPolygonF{tip, a, b});
}

} // namespace

CallTimelineView::CallTimelineView(CallTimelineModel& model, QWidget* parent)
    : QAbstractScrollArea(parent), m_model(model) {
    setObjectName(u"callTimelineView"_s);
    viewport()->setBackgroundRole(QPalette::Base);
    viewport()->setAutoFillBackground(false);
    verticalScrollBar()->setSingleStep(20);
    horizontalScrollBar()->setSingleStep(40);
    connect(&m_model, &CallTimelineModel::changed, this, &CallTimelineView::modelChanged);
    connect(&m_model, &CallTimelineModel::lanesChanged, this, &CallTimelineView::modelChanged);
    connect(verticalScrollBar(), &QScrollBar::valueChanged, this, [this](int value) {
        // Scrolling back (not our own scrolling) means the user wants to read: stop following.
        if (!m_autoScrolling && m_followLive && value < verticalScrollBar()->maximum()) setFollowLive(false);
    });
    m_liveTimer.setInterval(kLiveRepaintMs);
    connect(&m_liveTimer, &QTimer::timeout, this, [this] {
        if (!m_model.hasPendingCalls()) m_liveTimer.stop();
        updateScrollBars();
        if (m_followLive) scrollToNewest();
        viewport()->update();
    });
}

CallTimelineView::~CallTimelineView() = default;

void CallTimelineView::modelChanged() {
    if (m_model.call(m_selected) == nullptr) m_selected = 0;
    if (m_model.hasPendingCalls() && !m_liveTimer.isActive()) m_liveTimer.start();
    updateScrollBars();
    if (m_followLive) scrollToNewest();
    viewport()->update();
}

double CallTimelineView::contentY(qint64 time) const {
    return kMargin + m_zoom * m_model.axis().position(time, pxPerNs(), kStep);
}

qint64 CallTimelineView::timeAtContentY(double y) const {
    return m_model.axis().timeAt((y - kMargin) / m_zoom, pxPerNs(), kStep);
}

qint64 CallTimelineView::endTime() const {
    qint64 end = std::max(m_model.latestEnd(), m_model.axis().last());
    if (m_model.hasPendingCalls()) end = std::max(end, m_model.now());
    return end;
}

QSize CallTimelineView::contentSize() const {
    const int width = m_model.laneCount() * kLaneWidth;
    if (m_model.axis().empty()) return {width, 2 * kMargin};
    // The last box is at least one step tall even when it ends where it started.
    const double bottom = std::max(contentY(endTime()), contentY(m_model.axis().last()) + kStep * m_zoom);
    return {width, static_cast<int>(std::ceil(bottom)) + kMargin};
}

QRect CallTimelineView::visibleArea() const {
    const QSize size = viewport()->size();
    return {horizontalScrollBar()->value(), verticalScrollBar()->value(),
            std::max(0, size.width() - kAxisWidth), std::max(0, size.height() - kHeaderHeight)};
}

void CallTimelineView::updateScrollBars() {
    const QSize content = contentSize();
    const QRect visible = visibleArea();
    const bool wasAuto = std::exchange(m_autoScrolling, true);
    horizontalScrollBar()->setPageStep(visible.width());
    horizontalScrollBar()->setRange(0, std::max(0, content.width() - visible.width()));
    verticalScrollBar()->setPageStep(visible.height());
    verticalScrollBar()->setRange(0, std::max(0, content.height() - visible.height()));
    m_autoScrolling = wasAuto;
}

void CallTimelineView::scrollToNewest() {
    const bool wasAuto = std::exchange(m_autoScrolling, true);
    verticalScrollBar()->setValue(verticalScrollBar()->maximum());
    m_autoScrolling = wasAuto;
}

void CallTimelineView::setFollowLive(bool follow) {
    if (follow == m_followLive) return;
    m_followLive = follow;
    if (follow) scrollToNewest();
    emit followLiveChanged(follow);
}

void CallTimelineView::setZoom(double zoom) {
    zoomAround(zoom, visibleArea().height() / 2 + kHeaderHeight);
}

void CallTimelineView::zoomAround(double zoom, int viewportY) {
    zoom = std::clamp(zoom, kMinZoom, kMaxZoom);
    if (zoom == m_zoom) return;
    // Keep the moment under viewportY where it is.
    const int offset = viewportY - kHeaderHeight;
    const qint64 anchor = timeAtContentY(verticalScrollBar()->value() + offset);
    m_zoom = zoom;
    updateScrollBars();
    if (m_followLive) {
        scrollToNewest();
    } else {
        const bool wasAuto = std::exchange(m_autoScrolling, true);
        verticalScrollBar()->setValue(static_cast<int>(std::lround(contentY(anchor) - offset)));
        m_autoScrolling = wasAuto;
    }
    viewport()->update();
    emit zoomChanged(m_zoom);
}

void CallTimelineView::zoomIn() {
    setZoom(m_zoom * kZoomFactor);
}

void CallTimelineView::zoomOut() {
    setZoom(m_zoom / kZoomFactor);
}

void CallTimelineView::zoomToFit() {
    const double available = std::max(1, visibleArea().height() - 2 * kMargin);
    const double saved = m_zoom;
    m_zoom = 1.0;
    const double unscaled = contentSize().height() - 2 * kMargin;
    m_zoom = saved;
    if (unscaled <= 0) return;
    setZoom(std::min(1.0, available / unscaled));
}

QRectF CallTimelineView::boxRect(int lane, qint64 start, qint64 end, int depth) const {
    const double top = contentY(start);
    // A box ends where its end time is, but never shorter than its step minus a gap between boxes.
    const double bottom = std::max(contentY(end), top + kStep * m_zoom) - std::min(2.0, kStep * m_zoom / 4);
    // A call made inside another is drawn inside it, indented (an activation within an activation).
    const double indent = std::min(depth, 3) * kNestIndent;
    const double left = lane * kLaneWidth + (kLaneWidth - kBoxWidth) / 2.0 + indent;
    return {left, top, kBoxWidth - indent, std::max(1.0, bottom - top)};
}

std::size_t CallTimelineView::firstVisible(const std::deque<quint64>& calls, qint64 from) const {
    // Calls are in start order; the one or two before the first that starts in view (an outer
    // call, a long blocking call) may still reach into it.
    const auto it = std::partition_point(calls.begin(), calls.end(), [&](quint64 sequence) {
        const auto* call = m_model.call(sequence);
        return call == nullptr || call->start < from;
    });
    const auto index = static_cast<std::size_t>(it - calls.begin());
    return index > 4 ? index - 4 : 0;
}

std::optional<quint64> CallTimelineView::callAt(QPoint viewportPos) const {
    if (viewportPos.x() < kAxisWidth || viewportPos.y() < kHeaderHeight) return std::nullopt;
    const QRect visible = visibleArea();
    const QPointF content(viewportPos.x() - kAxisWidth + visible.x(),
                          viewportPos.y() - kHeaderHeight + visible.y());
    const int lane = static_cast<int>(content.x()) / kLaneWidth;
    if (lane < 0 || lane >= m_model.laneCount()) return std::nullopt;
    const auto& info = m_model.laneAt(lane);
    const auto& calls = info.calls;
    const qint64 now = m_model.hasPendingCalls() ? m_model.now() : 0;
    std::optional<quint64> hit;
    for (std::size_t i = firstVisible(calls, timeAtContentY(content.y() - kStep * m_zoom)); i < calls.size();
         ++i) {
        const auto* call = m_model.call(calls[i]);
        if (call == nullptr) continue;
        const QRectF box =
            boxRect(lane, call->start, call->pending ? now : call->end, m_model.nestingDepth(info, i, now));
        if (box.top() > content.y()) break;
        if (box.contains(content)) hit = call->sequence; // the last one is drawn on top (nested)
    }
    return hit;
}

QRect CallTimelineView::callRect(quint64 sequence) const {
    const auto* call = m_model.call(sequence);
    if (call == nullptr) return {};
    const int lane = m_model.laneIndex(call->socket);
    if (lane < 0) return {};
    const QRect visible = visibleArea();
    const auto& info = m_model.laneAt(lane);
    const auto index = static_cast<std::size_t>(std::find(info.calls.begin(), info.calls.end(), sequence) -
                                                info.calls.begin());
    const qint64 now = m_model.now();
    const QRectF box = boxRect(lane, call->start, call->pending ? now : call->end,
                               index < info.calls.size() ? m_model.nestingDepth(info, index, now) : 0);
    return box.translated(kAxisWidth - visible.x(), kHeaderHeight - visible.y()).toAlignedRect();
}

void CallTimelineView::setSelectedCall(quint64 sequence) {
    m_selected = sequence;
    viewport()->update();
}

void CallTimelineView::paintEvent(QPaintEvent*) {
    QPainter painter(viewport());
    render(painter, visibleArea());
}

void CallTimelineView::resizeEvent(QResizeEvent* event) {
    QAbstractScrollArea::resizeEvent(event);
    updateScrollBars();
    if (m_followLive) scrollToNewest();
}

void CallTimelineView::wheelEvent(QWheelEvent* event) {
    if (!(event->modifiers() & Qt::ControlModifier)) {
        QAbstractScrollArea::wheelEvent(event);
        return;
    }
    const int steps = event->angleDelta().y() / 120;
    if (steps != 0)
        zoomAround(m_zoom * std::pow(kZoomFactor, steps), static_cast<int>(event->position().y()));
    event->accept();
}

void CallTimelineView::mousePressEvent(QMouseEvent* event) {
    if (event->button() != Qt::LeftButton) {
        QAbstractScrollArea::mousePressEvent(event);
        return;
    }
    const auto hit = callAt(event->position().toPoint());
    setSelectedCall(hit.value_or(0));
    if (hit) emit callClicked(*hit);
}

void CallTimelineView::render(QPainter& painter, const QRect& area) const {
    painter.save();
    const QRect whole(0, 0, kAxisWidth + area.width(), kHeaderHeight + area.height());
    painter.fillRect(whole, palette().color(QPalette::Base));
    std::vector<std::pair<double, qint64>> ticks;
    painter.save();
    painter.setClipRect(QRect(kAxisWidth, kHeaderHeight, area.width(), area.height()));
    painter.translate(kAxisWidth - area.x(), kHeaderHeight - area.y());
    paintLanes(painter, area, ticks);
    paintArrows(painter, area);
    painter.restore();
    paintHeader(painter, area);
    paintAxis(painter, area, ticks);
    painter.restore();
}

void CallTimelineView::paintLanes(QPainter& painter, const QRect& area,
                                  std::vector<std::pair<double, qint64>>& ticks) const {
    const int laneCount = m_model.laneCount();
    const int firstLane = std::max(0, area.left() / kLaneWidth);
    const int lastLane = std::min(laneCount - 1, area.right() / kLaneWidth);
    if (laneCount == 0 || m_model.axis().empty()) return;
    const qint64 now = m_model.hasPendingCalls() ? m_model.now() : 0;
    const qint64 from = timeAtContentY(area.top() - kStep * m_zoom);
    const qint64 to = timeAtContentY(area.bottom() + 1);
    const QFontMetrics metrics(font());
    const int lineHeight = metrics.height();
    const double bottom = std::max<double>(area.bottom(), contentSize().height());
    for (int lane = firstLane; lane <= lastLane; ++lane) {
        const auto& info = m_model.laneAt(lane);
        const double centre = lane * kLaneWidth + kLaneWidth / 2.0;
        painter.setPen(QPen(QColor(0xb0, 0xb0, 0xb0), 1, Qt::DashLine));
        painter.drawLine(QPointF(centre, area.top()), QPointF(centre, bottom));
        const auto& calls = info.calls;
        for (std::size_t i = firstVisible(calls, from); i < calls.size(); ++i) {
            const auto* call = m_model.call(calls[i]);
            if (call == nullptr) continue;
            if (call->start > to) break;
            const QRectF box = boxRect(lane, call->start, call->pending ? now : call->end,
                                       m_model.nestingDepth(info, i, now));
            const BoxColors colors = colorsFor(*call);
            const bool selected = call->sequence == m_selected;
            painter.setPen(QPen(selected ? QColor(Qt::black) : colors.border, selected ? 2.5 : 1));
            painter.setBrush(colors.fill);
            painter.drawRect(box);
            // The time spent blocked, hatched: the part of the box the call waited for the socket.
            if (call->waited > 0 && call->duration() > 0 && box.height() > 4) {
                const double share =
                    std::min(1.0, static_cast<double>(call->waited) / static_cast<double>(call->duration()));
                const QRectF waited(box.left(), box.top(), box.width(), box.height() * share);
                painter.fillRect(waited.adjusted(1, 1, -1, 0),
                                 QBrush(colors.border.lighter(150), Qt::BDiagPattern));
            }
            ticks.emplace_back(box.top(), call->start);
            if (box.height() + 2 < lineHeight) continue;
            painter.setPen(colors.text);
            const QRectF textRect = box.adjusted(5, 0, -4, 0);
            const QString label = CallTimelineModel::callLabel(*call);
            // Elided in the middle: the arguments may go, the result or error name must stay.
            painter.drawText(QRectF(textRect.left(), textRect.top(), textRect.width(), lineHeight),
                             Qt::AlignLeft | Qt::AlignVCenter,
                             metrics.elidedText(label, Qt::ElideMiddle, static_cast<int>(textRect.width())));
            // A call that took real time (not just its step) says how long, on its second line:
            // calls made inside it come later, near its end.
            const qint64 duration = (call->pending ? now : call->end) - call->start;
            if (pxPerNs() * m_zoom * static_cast<double>(duration) >= 2.5 * lineHeight) {
                QString text = CallTimelineModel::durationText(duration);
                if (call->waited > 0)
                    text = tr("%1, waited %2").arg(text, CallTimelineModel::durationText(call->waited));
                painter.drawText(
                    QRectF(textRect.left(), textRect.top() + lineHeight, textRect.width(), lineHeight),
                    Qt::AlignLeft | Qt::AlignVCenter,
                    metrics.elidedText(text, Qt::ElideRight, static_cast<int>(textRect.width())));
            }
        }
    }
}

void CallTimelineView::paintArrows(QPainter& painter, const QRect& area) const {
    const int firstLane = area.left() / kLaneWidth;
    const int lastLane = area.right() / kLaneWidth;
    const qint64 from = timeAtContentY(area.top() - kStep * m_zoom);
    const qint64 to = timeAtContentY(area.bottom() + 1);
    const QColor colour(0x2e, 0x7d, 0x32);
    painter.setPen(QPen(colour, 1.5));
    painter.setBrush(colour);
    for (const auto& arrow : m_model.arrows()) {
        const auto* send = m_model.call(arrow.from);
        const auto* recv = m_model.call(arrow.to);
        if (send == nullptr || recv == nullptr) continue;
        // The data left during the send and was there when the recv returned.
        if (std::max(send->end, recv->end) < from || std::min(send->start, recv->start) > to) continue;
        const int sendLane = m_model.laneIndex(send->socket);
        const int recvLane = m_model.laneIndex(recv->socket);
        if (sendLane < 0 || recvLane < 0) continue;
        if (std::max(sendLane, recvLane) < firstLane || std::min(sendLane, recvLane) > lastLane) continue;
        const QRectF sendBox = boxRect(sendLane, send->start, send->end, 0);
        const QRectF recvBox = boxRect(recvLane, recv->start, recv->end, 0);
        QPointF start(sendLane <= recvLane ? sendBox.right() : sendBox.left(), sendBox.center().y());
        QPointF end(sendLane <= recvLane ? recvBox.left() : recvBox.right(),
                    std::max(recvBox.top() + 3, recvBox.bottom() - 4));
        if (sendLane == recvLane) { // a socket sending to itself: a loop on the right
            start.setX(sendBox.right());
            end.setX(recvBox.right());
            QPainterPath path(start);
            path.cubicTo(start + QPointF(30, 0), end + QPointF(30, 0), end);
            painter.setBrush(Qt::NoBrush);
            painter.drawPath(path);
            painter.setBrush(colour);
            drawArrowHead(painter, end, end + QPointF(10, 0));
            continue;
        }
        painter.drawLine(start, end);
        drawArrowHead(painter, end, start);
    }
}

void CallTimelineView::paintHeader(QPainter& painter, const QRect& area) const {
    painter.save();
    painter.fillRect(QRect(0, 0, kAxisWidth + area.width(), kHeaderHeight),
                     palette().color(QPalette::Window));
    painter.setPen(palette().color(QPalette::Mid));
    painter.drawLine(0, kHeaderHeight - 1, kAxisWidth + area.width(), kHeaderHeight - 1);
    painter.setPen(palette().color(QPalette::WindowText));
    painter.drawText(QRect(4, 0, kAxisWidth - 8, kHeaderHeight), Qt::AlignCenter, tr("time \u2193"));
    painter.setClipRect(QRect(kAxisWidth, 0, area.width(), kHeaderHeight));
    painter.translate(kAxisWidth - area.x(), 0);
    const QFontMetrics metrics(font());
    QFont bold = font();
    bold.setBold(true);
    const QFontMetrics boldMetrics(bold);
    const int lastLane = std::min(m_model.laneCount() - 1, area.right() / kLaneWidth);
    for (int lane = std::max(0, area.left() / kLaneWidth); lane <= lastLane; ++lane) {
        const auto [role, title] = headerLines(m_model.laneLabel(lane));
        const QRect cell(lane * kLaneWidth + 4, 2, kLaneWidth - 8, kHeaderHeight - 4);
        painter.setPen(palette().color(QPalette::WindowText));
        painter.setFont(bold);
        painter.drawText(QRect(cell.left(), cell.top(), cell.width(), cell.height() / 2), Qt::AlignCenter,
                         boldMetrics.elidedText(role, Qt::ElideMiddle, cell.width()));
        painter.setFont(font());
        painter.setPen(palette().color(QPalette::PlaceholderText));
        const QString second = title.isEmpty() ? tr("socket #%1").arg(m_model.laneAt(lane).socket) : title;
        painter.drawText(QRect(cell.left(), cell.top() + cell.height() / 2, cell.width(), cell.height() / 2),
                         Qt::AlignCenter, metrics.elidedText(second, Qt::ElideRight, cell.width()));
    }
    painter.restore();
}

void CallTimelineView::paintAxis(QPainter& painter, const QRect& area,
                                 std::vector<std::pair<double, qint64>>& ticks) const {
    painter.save();
    const QRect axis(0, kHeaderHeight, kAxisWidth, area.height());
    painter.fillRect(axis, palette().color(QPalette::AlternateBase));
    painter.setPen(palette().color(QPalette::Mid));
    painter.drawLine(kAxisWidth - 1, kHeaderHeight, kAxisWidth - 1, kHeaderHeight + area.height());
    painter.setClipRect(axis);
    std::sort(ticks.begin(), ticks.end());
    const QFontMetrics metrics(font());
    double last = -1e9;
    painter.setPen(palette().color(QPalette::WindowText));
    for (const auto& [y, time] : ticks) {
        if (y - last < kTickSpacing) continue;
        last = y;
        const double at = y - area.top() + kHeaderHeight;
        const QString text = u"+"_s + QString::number(static_cast<double>(time) / 1e9, 'f', 6) + u" s"_s;
        painter.drawText(QRectF(2, at, kAxisWidth - 6, metrics.height()), Qt::AlignRight | Qt::AlignTop,
                         text);
    }
    painter.restore();
}
