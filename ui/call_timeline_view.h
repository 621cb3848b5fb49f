#pragma once

#include <QAbstractScrollArea>
#include <QTimer>

#include <deque>
#include <optional>

class CallTimelineModel;
class QPainter;

// Paints a CallTimelineModel as a sequence diagram: a column per socket (lane), time running down,
// each call a box from its start to its end (a blocking call that waited is a long box; a call
// still waiting grows live), errors in red, arrows from a send to the recv that got its bytes.
// Only what is visible is painted. Ctrl+wheel zooms around the mouse; "follow live" keeps the
// newest call in view until the user scrolls back.
class CallTimelineView : public QAbstractScrollArea {
    Q_OBJECT

public:
    static constexpr int kLaneWidth = 240;
    static constexpr int kBoxWidth = 216;
    static constexpr int kAxisWidth = 84;
    static constexpr int kHeaderHeight = 44;
    static constexpr int kMargin = 12;
    static constexpr int kNestIndent = 14;
    // At zoom 1: pixels per second of real time, and pixels per call boundary (see CallTimeAxis).
    static constexpr double kPixelsPerSecond = 200.0;
    static constexpr double kStep = 20.0;
    static constexpr double kMinZoom = 0.001;
    static constexpr double kMaxZoom = 50.0;

    explicit CallTimelineView(CallTimelineModel& model, QWidget* parent = nullptr);
    ~CallTimelineView() override;

    [[nodiscard]] double zoom() const { return m_zoom; }
    void setZoom(double zoom);
    void zoomIn();
    void zoomOut();
    // The whole diagram in the view's height (as far as kMinZoom allows).
    void zoomToFit();

    [[nodiscard]] bool followLive() const { return m_followLive; }
    void setFollowLive(bool follow);

    // The call under a point of the viewport, if any.
    [[nodiscard]] std::optional<quint64> callAt(QPoint viewportPos) const;
    // Where a call's box is in the viewport (empty when the call is gone).
    [[nodiscard]] QRect callRect(quint64 sequence) const;
    [[nodiscard]] quint64 selectedCall() const { return m_selected; }
    void setSelectedCall(quint64 sequence);

    // The lanes and time area at the current zoom (without header and axis).
    [[nodiscard]] QSize contentSize() const;
    // The part of the content the viewport shows now.
    [[nodiscard]] QRect visibleArea() const;
    // Paints `area` (content coordinates) with the lane header above and the time axis left of
    // it, at the painter's origin: kAxisWidth + area.width() by kHeaderHeight + area.height().
    void render(QPainter& painter, const QRect& area) const;

signals:
    void callClicked(quint64 sequence);
    void followLiveChanged(bool follow);
    void zoomChanged(double zoom);

protected:
    void paintEvent(QPaintEvent* event) override;
    void resizeEvent(QResizeEvent* event) override;
    void wheelEvent(QWheelEvent* event) override;
    void mousePressEvent(QMouseEvent* event) override;

private:
    void modelChanged();
    void updateScrollBars();
    void scrollToNewest();
    void zoomAround(double zoom, int viewportY);
    [[nodiscard]] double pxPerNs() const { return kPixelsPerSecond / 1e9; }
    [[nodiscard]] double contentY(qint64 time) const;
    [[nodiscard]] qint64 timeAtContentY(double y) const;
    [[nodiscard]] qint64 endTime() const; // the last boundary, or now while a call is waiting
    [[nodiscard]] QRectF boxRect(int lane, qint64 start, qint64 end, int depth) const;
    // Index of the first call of a lane that may show at or after `from`.
    [[nodiscard]] std::size_t firstVisible(const std::deque<quint64>& calls, qint64 from) const;
    void paintLanes(QPainter& painter, const QRect& area,
                    std::vector<std::pair<double, qint64>>& ticks) const;
    void paintArrows(QPainter& painter, const QRect& area) const;
    void paintHeader(QPainter& painter, const QRect& area) const;
    void paintAxis(QPainter& painter, const QRect& area, std::vector<std::pair<double, qint64>>& ticks) const;

    CallTimelineModel& m_model;
    double m_zoom = 1.0;
    bool m_followLive = true;
    bool m_autoScrolling = false; // our own scrolling must not switch "follow live" off
    quint64 m_selected = 0;
    QTimer m_liveTimer; // repaints while a call is waiting (its box grows)
};
