#pragma once

#include "ui/call_time_axis.h"

#include "netcore/session_event.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QString>
#include <QStringList>

#include <cstdint>
#include <deque>
#include <functional>
#include <memory>
#include <optional>
#include <span>
#include <string>
#include <unordered_map>
#include <vector>

// The call timeline's data: one lane per socket, the calls each socket made (from CallStarted and
// CallTraced events of every session), and arrows for data that went from a send on one socket of
// this process to the recv on the other end. No painting here (CallTimelineView does that).
//
// As a table model it lists the calls, oldest first (one row per call; a call still waiting is
// updated in place when its record arrives). Bounded: past capacity() the oldest calls are
// dropped, counted in droppedCount(), together with their arrows and any lane left without calls.
// Events are ingested a whole batch at a time: one rowsInserted and one changed() per batch.
class CallTimelineModel : public QAbstractTableModel {
    Q_OBJECT

public:
    enum Column { LaneColumn, CallColumn, ResultColumn, StartColumn, DurationColumn, ColumnCount };
    enum Role { SequenceRole = Qt::UserRole + 1 };
    static constexpr int kDefaultCapacity = 20'000;

    enum class LaneRole : std::uint8_t { Unknown, Listener, Accepted, Client, Udp };

    struct Call {
        quint64 sequence = 0; // process-wide order of arrival; never reused (hit tests return it)
        netcore::SocketId socket = 0;
        netcore::SessionId session = 0;
        std::string call;
        std::string arguments;
        std::string result;
        std::shared_ptr<const netcore::NetError> error; // shared: copies of a Call stay cheap
        qint64 start = 0;                               // ns on the model's clock (see origin())
        qint64 end = 0;                                 // == start while pending
        qint64 waited = 0;                              // ns spent waiting for readiness
        std::optional<std::size_t> byteCount;
        bool pending = false; // CallStarted seen, its record not yet: the box grows until it comes

        [[nodiscard]] qint64 duration() const { return end - start; }
    };

    struct Lane {
        netcore::SocketId socket = 0;
        netcore::SessionId session = 0;
        LaneRole role = LaneRole::Unknown;
        bool datagram = false;
        bool closed = false;
        netcore::Address local;
        netcore::Address peer;
        netcore::SocketId listener = 0; // Accepted: the listening socket it came from
        netcore::SocketId partner = 0;  // the lane at the other end, when it is in this process
        quint64 created = 0;            // for a stable order
        std::deque<quint64> calls;      // sequences in start order (may hold dropped ones briefly)
        quint64 pendingCall = 0;        // the CallStarted still waiting, 0 = none
        // Stream bytes in the order the calls moved them: [begin, end) per send / recv call.
        struct Range {
            quint64 begin = 0;
            quint64 end = 0;
            quint64 sequence = 0;
        };
        quint64 sentTotal = 0;
        quint64 receivedTotal = 0;
        std::deque<Range> sends;
        std::deque<Range> receives;
        QString label; // cached: role and addresses, and the session's title when known
        QString title; // the session's title the label was made with
        bool labelDirty = true;
    };

    struct Arrow {
        quint64 from = 0; // the send / sendto call
        quint64 to = 0;   // the recv / recvfrom call
    };

    explicit CallTimelineModel(QObject* parent = nullptr);
    ~CallTimelineModel() override;

    // Takes the calls out of a batch of events (any sessions, queue order); other kinds are ignored.
    void ingest(std::span<const netcore::SessionEvent> events);
    void clear();

    void setCapacity(int calls);
    [[nodiscard]] int capacity() const { return m_capacity; }
    [[nodiscard]] quint64 droppedCount() const { return m_dropped; }
    [[nodiscard]] int callCount() const { return static_cast<int>(m_calls.size()); }

    // Lane titles. The timeline works without them; a tab's title makes "listener 127.0.0.1:8080"
    // easier to place. The provider is asked once for each session that appears.
    void setSessionLabel(netcore::SessionId session, const QString& label);
    void setSessionLabelProvider(std::function<QString(netcore::SessionId)> provider);

    // Lanes in display order: a listener, then each accepted connection followed by the client at
    // its other end (when that client is in this process), then the other sockets as they appeared.
    [[nodiscard]] int laneCount() const;
    [[nodiscard]] const Lane& laneAt(int index) const;
    [[nodiscard]] int laneIndex(netcore::SocketId socket) const; // -1 when unknown
    [[nodiscard]] QString laneLabel(int index) const { return laneAt(index).label; }
    [[nodiscard]] QStringList laneLabels() const;

    [[nodiscard]] const Call* call(quint64 sequence) const; // nullptr once dropped
    // How many calls of the lane enclose the one at `index` (a call made inside another, like the
    // getsockopt(SO_ERROR) inside connect()); `now` is the end of a call still waiting.
    [[nodiscard]] int nestingDepth(const Lane& lane, std::size_t index, qint64 now) const;
    [[nodiscard]] quint64 firstSequence() const { return m_firstSequence; }
    [[nodiscard]] const std::deque<Arrow>& arrows() const { return m_arrows; }
    [[nodiscard]] const CallTimeAxis& axis() const { return m_axis; }
    [[nodiscard]] bool hasPendingCalls() const { return m_pendingCount > 0; }
    // The latest end of any call (pending calls not counted: they end now()).
    [[nodiscard]] qint64 latestEnd() const { return m_latestEnd; }
    // The model's clock: ns since the first event it saw (pending boxes grow to now()).
    [[nodiscard]] qint64 now() const;
    [[nodiscard]] qint64 toModelTime(netcore::TraceClock::time_point time) const;

    // "recv(4096) -> 12 bytes", "connect(127.0.0.1:9) -> ECONNREFUSED", "recv(4096) ..." (pending).
    [[nodiscard]] static QString callLabel(const Call& call);
    // "ECONNREFUSED", "timed out"; empty without an error.
    [[nodiscard]] static QString errorName(const Call& call);
    // Several lines for the details pane: call, result or error with its explanation, times.
    [[nodiscard]] QString details(quint64 sequence) const;
    [[nodiscard]] static QString durationText(qint64 ns);

    [[nodiscard]] int rowCount(const QModelIndex& parent = {}) const override;
    [[nodiscard]] int columnCount(const QModelIndex& parent = {}) const override;
    [[nodiscard]] QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    [[nodiscard]] QVariant headerData(int section, Qt::Orientation orientation,
                                      int role = Qt::DisplayRole) const override;

signals:
    // After each ingested batch, clear or drop (the view repaints once per batch).
    void changed();
    void lanesChanged();

private:
    Lane& laneFor(netcore::SocketId socket, netcore::SessionId session);
    void addCall(const netcore::SessionEvent& event);
    void startCall(const netcore::SessionEvent& event);
    void finishCall(Lane& lane, Call& call, const netcore::TraceRecord& record);
    bool endPendingCalls(const netcore::SessionEvent& closed);
    void learnFrom(Lane& lane, const Call& call, const netcore::TraceRecord& record);
    void linkPeers(Lane& lane);
    void matchStream(Lane& lane, const Call& call);
    void matchAll(Lane& sender, Lane& receiver);
    void matchDatagram(Lane& lane, const Call& call, const netcore::Address& other, bool sending);
    void addArrow(quint64 from, quint64 to);
    void dropOldest();
    void updateLabels();
    void markChanged(Lane& lane);
    [[nodiscard]] QString sessionTitle(netcore::SessionId session) const;
    void orderLanes() const;
    Call* mutableCall(quint64 sequence);

    int m_capacity = kDefaultCapacity;
    std::deque<Call> m_calls; // m_calls[i].sequence == m_firstSequence + i
    quint64 m_firstSequence = 1;
    int m_rows = 0; // rows announced to views (lags m_calls within ingest())
    quint64 m_dropped = 0;
    int m_pendingCount = 0;
    std::unordered_map<netcore::SocketId, Lane> m_lanes;
    // Stream lanes still waiting for their other end, by endsKey(local, peer): linkPeers() looks the
    // other end up instead of scanning every lane (a server with 10,000 clients made that quadratic).
    // Entries may be stale (lane paired, gone or moved); linkPeers() checks each candidate.
    std::unordered_multimap<std::string, netcore::SocketId> m_streamEnds;
    std::unordered_map<netcore::SessionId, netcore::SocketId> m_latestSocket; // for CallStarted
    quint64 m_lanesCreated = 0;
    std::deque<Arrow> m_arrows;
    CallTimeAxis m_axis; // call starts
    qint64 m_latestEnd = 0;
    std::optional<netcore::TraceClock::time_point> m_origin;
    // Datagrams sent and not yet matched to a recvfrom (and the other way), by (source port,
    // destination port): loopback in one process rarely has two sockets on a port.
    std::unordered_map<std::uint32_t, std::deque<quint64>> m_unmatchedSends;
    std::unordered_map<std::uint32_t, std::deque<quint64>> m_unmatchedReceives;
    QHash<netcore::SessionId, QString> m_sessionLabels;
    std::function<QString(netcore::SessionId)> m_labelProvider;
    mutable QHash<netcore::SessionId, QString> m_providedLabels;
    mutable std::vector<netcore::SocketId> m_order;
    mutable std::unordered_map<netcore::SocketId, int> m_indexOf;
    mutable bool m_orderDirty = false;
    bool m_lanesDirty = false; // lanesChanged() is due at the end of the batch
};
