#pragma once

#include <QElapsedTimer>
#include <QObject>

#include <functional>

class QWidget;

/// Start-up time as a user sees it: from main() to the main window's first paint having been
/// drawn. Filters the window's events until its first QEvent::Paint, then reports on the next
/// event-loop turn (after that paint and the backing store's flush) and removes itself, so it
/// costs nothing afterwards. `--stats` writes the figure as "first_paint_ms" (docs/PERFORMANCE.md).
class FirstPaintProbe : public QObject {
    Q_OBJECT
public:
    using Callback = std::function<void(double milliseconds)>;

    /// `sinceStart` was started at the top of main().
    FirstPaintProbe(QWidget* window, const QElapsedTimer& sinceStart, Callback callback);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    QWidget* m_window;
    QElapsedTimer m_sinceStart;
    Callback m_callback;
    bool m_seen = false;
};
