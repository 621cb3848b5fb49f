#pragma once

#include "ui/tab_stats.h"

#include "netcore/python_export.h"
#include "netcore/session_event.h"

#include <QHash>
#include <QObject>

#include <chrono>
#include <span>

class BlockingBadge;
class ErrorPanel;
class InlineErrorLabel;
class TrafficView;
struct TrafficRecord;

/// Turns one tab's session events into what the tab shows: traffic rows, error rows, the inline
/// last error, the blocking badge, and exact counters. The server and client tabs share it, so
/// both show the same thing the same way.
class SessionActivity : public QObject {
    Q_OBJECT
public:
    struct Views {
        TrafficView* traffic = nullptr;
        ErrorPanel* errors = nullptr;
        InlineErrorLabel* lastError = nullptr;
        BlockingBadge* badge = nullptr; ///< may be null (servers without a blocking socket)
    };

    explicit SessionActivity(Views views, QObject* parent = nullptr);

    /// One batch of the session's events, oldest first.
    void consume(std::span<const netcore::SessionEvent> events);
    /// An error that did not come as an event (start() failing, a lookup failing, a bad input).
    void noteError(const netcore::NetError& error);
    /// An Info row in the traffic view ("listening on 127.0.0.1:8080", "resolved to 2 addresses").
    void noteInfo(const QString& text, const QString& peer = {});

    /// rx/tx/errors are exact; name, kind, local and connections are the tab's to fill in.
    [[nodiscard]] const TabStats& counters() const { return m_counters; }
    /// "Copy as Python": the calls this tab's sockets made, as a runnable `socket` script.
    [[nodiscard]] QString pythonScript(const QString& title) const;

    /// Milliseconds since the tab started: the traffic view's time base.
    [[nodiscard]] qint64 elapsedMs(std::chrono::steady_clock::time_point at) const;

signals:
    void listening(const netcore::Address& local);
    void accepted(netcore::ConnectionId connection, const netcore::Address& peer);
    void connected(netcore::ConnectionId connection, const netcore::Address& peer,
                   const netcore::Address& local);
    void peerShutdown(netcore::ConnectionId connection);
    void closed(netcore::ConnectionId connection, netcore::CloseReason reason);
    /// After each batch: counters, connection byte counts (for a clients list) may have changed.
    void countersChanged();
    /// Bytes moved per connection in the last batch: (connection, in, out) deltas.
    void connectionTraffic(netcore::ConnectionId connection, quint64 bytesIn, quint64 bytesOut);

private:
    void addTraffic(const netcore::SessionEvent& event, int direction);
    /// Errors into the error panel (one insertion) and the last one onto the inline label; counting
    /// is the caller's.
    void showErrors(std::span<const netcore::NetError> errors);
    [[nodiscard]] qint64 wallClockMs(std::chrono::steady_clock::time_point at) const;
    /// "127.0.0.1:50412" for an address, formatted once per peer: a flood of small chunks from a
    /// thousand clients must not format the same address a million times.
    [[nodiscard]] QString peerText(const netcore::Address& address);
    /// A Sent event carries the bytes its send() call's trace only counted: give them to that step.
    void attachPayload(const netcore::Payload& bytes);

    Views m_views;
    TabStats m_counters;
    std::chrono::steady_clock::time_point m_start = std::chrono::steady_clock::now();
    std::vector<TrafficRecord> m_rows;       ///< reused between batches
    std::vector<netcore::NetError> m_errors; ///< a batch's errors not yet shown, reused
    QHash<QByteArray, QString> m_peerTexts;  ///< by sockaddr bytes
    /// Each open connection's local end (a server bound to 0.0.0.0 accepts on a real address).
    QHash<netcore::ConnectionId, QString> m_localTexts;
    std::vector<netcore::PythonStep> m_steps; ///< for pythonScript(); the first kMaxSteps calls
    static constexpr std::size_t kMaxSteps = 20000;
    /// Payload bytes the steps may hold: past it a send's step says how many bytes it sent, not
    /// which (a 1 GiB file send once kept 20,000 copies of 64 KiB chunks: 1.3 GB).
    static constexpr std::size_t kMaxStepPayloadBytes = 4 << 20;
    std::size_t m_stepPayloadBytes = 0;
};
