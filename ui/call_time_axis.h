#pragma once

#include <QtGlobal>

#include <deque>

// The call timeline's vertical axis. Socket calls last microseconds, a blocking recv() seconds: on
// a linear axis the quick calls would be invisible slivers under one long box. So a position is
// real time (pxPerNs) plus a fixed step for every call start before it: every box is at least one
// step tall (room for its label), order is kept, and a call that blocked for 3 s is still 3 s
// longer than its neighbours. Times are nanoseconds on the model's clock.
class CallTimeAxis {
public:
    void insert(qint64 time);
    // Removes one boundary at `time` (no-op when there is none).
    void erase(qint64 time);
    void clear() { m_times.clear(); }

    [[nodiscard]] bool empty() const { return m_times.empty(); }
    [[nodiscard]] qint64 first() const { return m_times.empty() ? 0 : m_times.front(); }
    [[nodiscard]] qint64 last() const { return m_times.empty() ? 0 : m_times.back(); }
    [[nodiscard]] std::size_t size() const { return m_times.size(); }

    // Unscaled position of `time`: pxPerNs * (time - first()) + step * (call starts before time).
    [[nodiscard]] double position(qint64 time, double pxPerNs, double step) const;
    // The earliest time whose position is at or after `position` (the inverse of position()).
    [[nodiscard]] qint64 timeAt(double position, double pxPerNs, double step) const;

private:
    std::deque<qint64> m_times; // sorted; calls arrive nearly in order, so inserts are near the end
};
