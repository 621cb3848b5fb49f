#pragma once

#include "ui/tab_stats.h"

#include <QLabel>
#include <QList>
#include <QTimer>

#include <functional>

// The status bar's totals across all tabs: tabs, open connections, bytes in and out, errors.
// Tabs report counters after every event batch; the label redraws at most every
// kThrottleMs so a busy server does not spend the GUI thread on status text.
class StatusTotals : public QLabel {
    Q_OBJECT

public:
    using Source = std::function<QList<TabStats>()>;
    static constexpr int kThrottleMs = 250;

    explicit StatusTotals(Source source, QWidget* parent = nullptr);

    // Counters changed somewhere: redraw soon (coalesced).
    void scheduleUpdate();
    // The tab set changed: redraw now.
    void updateNow();

    [[nodiscard]] static QString summary(const QList<TabStats>& tabs);

private:
    Source m_source;
    QTimer m_throttle;
};
