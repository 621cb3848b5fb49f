#include "ui/loop_lag_monitor.h"

#include <algorithm>
#include <cmath>

LoopLagMonitor::LoopLagMonitor(QObject* parent) : QObject(parent) {
    m_lagsMs.reserve(kWindow);
    // A coarse timer may fire up to 5% early or late by design; a precise one keeps the measure
    // about the event loop, not about timer coalescing.
    m_timer.setTimerType(Qt::PreciseTimer);
    m_timer.setInterval(kProbeIntervalMs);
    connect(&m_timer, &QTimer::timeout, this, &LoopLagMonitor::probe);
    m_clock.start();
    m_lastNs = m_clock.nsecsElapsed();
    m_timer.start();
}

void LoopLagMonitor::probe() {
    const qint64 now = m_clock.nsecsElapsed();
    const double lateMs = double(now - m_lastNs) / 1e6 - kProbeIntervalMs;
    m_lastNs = now;
    const auto lag = static_cast<float>(std::max(0.0, lateMs));
    if (m_lagsMs.size() < kWindow)
        m_lagsMs.push_back(lag);
    else
        m_lagsMs[m_next] = lag;
    m_next = (m_next + 1) % kWindow;
    ++m_probes;
}

LoopLagMonitor::Summary LoopLagMonitor::summary() const {
    Summary summary;
    summary.probes = m_probes;
    if (m_lagsMs.empty()) return summary;
    std::vector<float> sorted = m_lagsMs;
    // Nearest rank: the smallest lag that at least 99% of the probes do not exceed.
    const auto rank = static_cast<std::size_t>(std::ceil(0.99 * double(sorted.size())));
    const auto p99 = sorted.begin() + static_cast<std::ptrdiff_t>(rank - 1);
    std::nth_element(sorted.begin(), p99, sorted.end());
    summary.p99Ms = *p99;
    summary.maxMs = *std::max_element(m_lagsMs.begin(), m_lagsMs.end());
    return summary;
}
