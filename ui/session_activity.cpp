#include "ui/session_activity.h"

#include "netcore_qt/byte_array_payload.h"

#include "ui/blocking_badge.h"
#include "ui/error_panel.h"
#include "ui/inline_error_label.h"
#include "ui/traffic_record.h"
#include "ui/traffic_view.h"

#include <QDateTime>

#include <map>
#include <optional>

namespace {

QString addressText(const netcore::Address& address) {
    return address.isValid() ? QString::fromStdString(address.toString()) : QString();
}

} // namespace

SessionActivity::SessionActivity(Views views, QObject* parent) : QObject(parent), m_views(views) {}

qint64 SessionActivity::elapsedMs(std::chrono::steady_clock::time_point at) const {
    return std::chrono::duration_cast<std::chrono::milliseconds>(at - m_start).count();
}

qint64 SessionActivity::wallClockMs(std::chrono::steady_clock::time_point at) const {
    const auto age =
        std::chrono::duration_cast<std::chrono::milliseconds>(std::chrono::steady_clock::now() - at);
    return QDateTime::currentMSecsSinceEpoch() - age.count();
}

void SessionActivity::addTraffic(const netcore::SessionEvent& event, int direction) {
    TrafficRecord record;
    record.timeMs = elapsedMs(event.time);
    record.direction = static_cast<TrafficRecord::Direction>(direction);
    record.peer = peerText(event.peer);
    record.local = m_localTexts.value(event.connection, m_counters.local);
    record.connectionId = event.connection;
    record.bytes = netcore_qt::toQByteArray(event.bytes);
    record.truncated = event.truncated;
    if (event.realSize) record.realSize = static_cast<qint64>(*event.realSize);
    m_rows.push_back(std::move(record));
}

QString SessionActivity::peerText(const netcore::Address& address) {
    if (!address.isValid()) return {};
    const auto raw = address.raw();
    const auto key = QByteArray::fromRawData(reinterpret_cast<const char*>(raw.data()),
                                             static_cast<qsizetype>(raw.size()));
    if (const auto found = m_peerTexts.constFind(key); found != m_peerTexts.cend()) return *found;
    if (m_peerTexts.size() > 10000) m_peerTexts.clear(); // a UDP server hearing from everyone
    const QString text = QString::fromStdString(address.toString());
    m_peerTexts.insert(QByteArray(key.constData(), key.size()), text);
    return text;
}

void SessionActivity::noteError(const netcore::NetError& error) {
    ++m_counters.errors;
    showErrors(std::span(&error, 1));
    emit countersChanged();
}

void SessionActivity::showErrors(std::span<const netcore::NetError> errors) {
    if (errors.empty()) return;
    if (m_views.errors) m_views.errors->append(QDateTime::currentMSecsSinceEpoch(), errors);
    if (m_views.lastError) m_views.lastError->setError(errors.back());
}

void SessionActivity::noteInfo(const QString& text, const QString& peer) {
    if (!m_views.traffic) return;
    TrafficRecord record;
    record.timeMs = elapsedMs(std::chrono::steady_clock::now());
    record.direction = TrafficRecord::Direction::Info;
    record.peer = peer;
    record.bytes = text.toUtf8();
    m_views.traffic->appendBatch(std::span(&record, 1));
}

void SessionActivity::consume(std::span<const netcore::SessionEvent> events) {
    using Kind = netcore::SessionEventKind;
    m_rows.clear();
    // Per-connection byte deltas of this batch, sent once per connection instead of per event.
    std::map<netcore::ConnectionId, std::pair<quint64, quint64>> moved;
    // What the last Sent (or a Closed) says still waits in the session's send queue.
    std::optional<std::size_t> backlog;
    // Traffic rows are flushed before any signal, so a listener sees the view already updated.
    // Errors are counted as they come and shown together after the batch: one insertion, selection
    // and scroll in the error panel instead of one per error (10,000 connections resetting at once
    // froze the GUI for 2 s when each error was selected, scrolled to and elided on its own).
    m_errors.clear();
    const auto flushRows = [this] {
        if (!m_rows.empty() && m_views.traffic) m_views.traffic->appendBatch(m_rows);
        m_rows.clear();
    };
    for (const auto& event : events) {
        switch (event.kind) {
        case Kind::Data:
        case Kind::Datagram:
            m_counters.rxBytes += event.byteCount;
            ++m_counters.rxMessages;
            moved[event.connection].first += event.byteCount;
            addTraffic(event, static_cast<int>(TrafficRecord::Direction::Received));
            break;
        case Kind::Sent:
            attachPayload(event.bytes);
            m_counters.txBytes += event.byteCount;
            ++m_counters.txMessages;
            moved[event.connection].second += event.byteCount;
            backlog = event.queuedBytes;
            addTraffic(event, static_cast<int>(TrafficRecord::Direction::Sent));
            break;
        case Kind::Error:
            if (event.error) {
                flushRows();
                ++m_counters.errors;
                m_errors.push_back(*event.error);
            }
            break;
        case Kind::Listening:
            flushRows();
            m_counters.local = addressText(event.local);
            emit listening(event.local);
            break;
        case Kind::Accepted:
            flushRows();
            ++m_counters.connections;
            if (event.local.isValid()) m_localTexts.insert(event.connection, peerText(event.local));
            emit accepted(event.connection, event.peer);
            break;
        case Kind::Connected:
            flushRows();
            ++m_counters.connections;
            m_counters.local = addressText(event.local);
            if (event.local.isValid()) m_localTexts.insert(event.connection, peerText(event.local));
            emit connected(event.connection, event.peer, event.local);
            break;
        case Kind::PeerShutdown:
            flushRows();
            emit peerShutdown(event.connection);
            break;
        case Kind::Closed:
            flushRows();
            if (event.connection != 0 && m_counters.connections > 0) --m_counters.connections;
            if (m_views.traffic) m_views.traffic->model()->forgetConnection(event.connection);
            m_localTexts.remove(event.connection);
            backlog = 0;
            emit closed(event.connection, event.closeReason);
            break;
        case Kind::CallStarted:
            if (m_views.badge && event.trace)
                m_views.badge->callStarted(QString::fromStdString(event.trace->call), event.trace->start);
            break;
        case Kind::CallTraced:
            // The first calls are what a script replays; past the cap a long run stops recording.
            if (event.trace && m_steps.size() < kMaxSteps)
                m_steps.push_back(netcore::pythonStepFromTrace(*event.trace));
            if (m_views.badge && m_views.badge->isBlocked()) m_views.badge->callFinished();
            break;
        }
    }
    flushRows();
    showErrors(m_errors);
    m_errors.clear();
    if (m_views.badge && backlog) m_views.badge->setSendBacklog(*backlog);
    for (const auto& [connection, bytes] : moved)
        emit connectionTraffic(connection, bytes.first, bytes.second);
    emit countersChanged();
}

void SessionActivity::attachPayload(const netcore::Payload& bytes) {
    // The send's CallTraced comes just before its Sent event (the trace is recorded in the call).
    for (auto it = m_steps.rbegin(); it != m_steps.rend() && it - m_steps.rbegin() < 8; ++it) {
        const bool sends = it->call == "send" || it->call == "sendall" || it->call == "sendto";
        if (sends && it->payload.empty() && !it->error) {
            if (m_stepPayloadBytes + bytes.size() > kMaxStepPayloadBytes) {
                // Exported as a count from here on (also for smaller sends, whose steps would
                // otherwise pick up this one's empty step).
                m_stepPayloadBytes = kMaxStepPayloadBytes;
                return;
            }
            m_stepPayloadBytes += bytes.size();
            it->payload = bytes.toVector();
            return;
        }
    }
}

QString SessionActivity::pythonScript(const QString& title) const {
    netcore::PythonExportOptions options;
    options.title = title.toStdString();
    return QString::fromStdString(netcore::exportPython(m_steps, options));
}
