#include "ui/call_time_axis.h"

#include <algorithm>
#include <cmath>

void CallTimeAxis::insert(qint64 time) {
    if (m_times.empty() || time >= m_times.back()) {
        m_times.push_back(time);
        return;
    }
    m_times.insert(std::upper_bound(m_times.begin(), m_times.end(), time), time);
}

void CallTimeAxis::erase(qint64 time) {
    const auto it = std::lower_bound(m_times.begin(), m_times.end(), time);
    if (it != m_times.end() && *it == time) m_times.erase(it);
}

double CallTimeAxis::position(qint64 time, double pxPerNs, double step) const {
    if (m_times.empty()) return 0;
    const auto before = std::lower_bound(m_times.begin(), m_times.end(), time) - m_times.begin();
    return pxPerNs * static_cast<double>(time - m_times.front()) + step * static_cast<double>(before);
}

qint64 CallTimeAxis::timeAt(double position, double pxPerNs, double step) const {
    if (m_times.empty() || position <= 0) return first();
    const auto origin = m_times.front();
    const auto at = [&](std::size_t i) {
        return pxPerNs * static_cast<double>(m_times[i] - origin) + step * static_cast<double>(i);
    };
    // Largest i whose position (with i counting duplicates: a run of equal times is a run of steps)
    // is at or before `position`.
    std::size_t low = 0;
    std::size_t high = m_times.size();
    while (high - low > 1) {
        const auto middle = low + (high - low) / 2;
        if (at(middle) <= position) {
            low = middle;
        } else {
            high = middle;
        }
    }
    // Past boundary `low` (and its step) time runs linearly until the next boundary.
    const double rest = position - at(low) - step;
    if (rest <= 0 || pxPerNs <= 0) return m_times[low];
    const auto time = m_times[low] + static_cast<qint64>(std::floor(rest / pxPerNs));
    return low + 1 < m_times.size() ? std::min(time, m_times[low + 1]) : time;
}
