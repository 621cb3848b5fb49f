#include "first_paint_probe.h"

#include <QEvent>
#include <QTimer>
#include <QWidget>

FirstPaintProbe::FirstPaintProbe(QWidget* window, const QElapsedTimer& sinceStart, Callback callback)
    : QObject(window), m_window(window), m_sinceStart(sinceStart), m_callback(std::move(callback)) {
    m_window->installEventFilter(this);
}

bool FirstPaintProbe::eventFilter(QObject* watched, QEvent* event) {
    if (watched == m_window && event->type() == QEvent::Paint && !m_seen) {
        m_seen = true;
        m_window->removeEventFilter(this);
        // The paint happens after this filter returns and the flush to the screen after the whole
        // tree painted: measure once control is back in the event loop.
        QTimer::singleShot(0, this,
                           [this] { m_callback(static_cast<double>(m_sinceStart.nsecsElapsed()) / 1e6); });
    }
    return false;
}
