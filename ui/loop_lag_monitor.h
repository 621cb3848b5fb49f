#pragma once

#include <QElapsedTimer>
#include <QObject>
#include <QTimer>

#include <vector>

/// Measures how late the GUI thread's event loop runs: a precise timer asks to fire every
/// kProbeIntervalMs, and each firing records how much later than asked it came. A stall (a long
/// model update, a flood of events handled in one go) shows as one late probe of about its length.
/// Runs only while it exists: the app creates it for --stats, so an idle SockLab has no probe timer.
class LoopLagMonitor : public QObject {
    Q_OBJECT
public:
    static constexpr int kProbeIntervalMs = 10;
    /// Probes kept: the last minute at the probe rate.
    static constexpr std::size_t kWindow = 6000;

    struct Summary {
        double p99Ms = 0;   ///< 99th percentile of the lag over the window (nearest rank)
        double maxMs = 0;   ///< the largest lag in the window
        quint64 probes = 0; ///< probes since start (the window holds the last kWindow)
    };

    explicit LoopLagMonitor(QObject* parent = nullptr);

    [[nodiscard]] Summary summary() const;

private:
    void probe();

    QTimer m_timer;
    QElapsedTimer m_clock;
    qint64 m_lastNs = 0;
    std::vector<float> m_lagsMs; ///< ring buffer of the last kWindow lags
    std::size_t m_next = 0;
    quint64 m_probes = 0;
};
