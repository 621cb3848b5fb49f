#pragma once

#include "ui/loop_lag_monitor.h"
#include "ui/tab_stats.h"

#include <QList>
#include <QObject>
#include <QString>
#include <QTimer>

#include <functional>
#include <optional>

/// `--stats FILE`: once a second, writes every tab's counters as JSON, atomically (a temporary
/// file renamed over the old one), so a script reading the file never sees half of it:
///   {"tabs":[{"name":..,"kind":..,"local":..,"rx_bytes":..,"tx_bytes":..,"rx_msgs":..,
///             "tx_msgs":..,"connections":..,"errors":..}],
///    "loop_lag_ms_p99":..,"loop_lag_ms_max":..,"first_paint_ms":..}
/// The loop lag is the GUI thread's: how late its event loop ran over the last minute.
/// "first_paint_ms" (ms from main() to the main window's first paint) appears once it is known.
class StatsWriter : public QObject {
    Q_OBJECT
public:
    using Source = std::function<QList<TabStats>()>;

    StatsWriter(QString path, Source source, QObject* parent = nullptr);

    /// Writes now; returns false (and remembers the error) when the file cannot be written.
    bool writeNow();
    [[nodiscard]] QString lastError() const { return m_lastError; }
    /// Records the start-up time and writes at once (a benchmark waits for it).
    void setFirstPaintMs(double milliseconds);

    [[nodiscard]] static QByteArray toJson(const QList<TabStats>& tabs,
                                           const LoopLagMonitor::Summary& loopLag = {},
                                           std::optional<double> firstPaintMs = std::nullopt);

private:
    QString m_path;
    Source m_source;
    QTimer m_timer;
    QString m_lastError;
    LoopLagMonitor m_loopLag;
    std::optional<double> m_firstPaintMs;
};
