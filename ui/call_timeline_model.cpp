#include "ui/call_timeline_model.h"

#include "ui/error_model.h"

#include "netcore/explanation.h"

#include <QColor>

#include <algorithm>
#include <unordered_set>

using namespace Qt::StringLiterals;

namespace {

// A socket() that failed has no id: its record goes to a lane of its own per session.
constexpr netcore::SocketId kNoSocket = netcore::SocketId{1} << 63;
// Arrows drawn for one call at most (a 1 MB send read in 4 KB chunks is 256 arrows otherwise).
constexpr int kMaxArrowsPerCall = 32;
// Datagrams waiting for their other end, per port pair; a peer outside the process never answers.
constexpr std::size_t kMaxUnmatched = 1024;
constexpr std::size_t kMaxPortPairs = 4096;

QString addressText(const netcore::Address& address) {
    return QString::fromStdString(address.toString());
}

bool sameEndpoint(const netcore::Address& a, const netcore::Address& b) {
    return a.isValid() && b.isValid() && a.family() == b.family() && a.port() == b.port() &&
           a.host() == b.host();
}

// Equal for two pairs of ends exactly when sameEndpoint() holds for both.
std::string endsKey(const netcore::Address& local, const netcore::Address& peer) {
    const auto end = [](const netcore::Address& a) {
        return std::to_string(static_cast<int>(a.family())) + '/' + a.host() + '/' + std::to_string(a.port());
    };
    return end(local) + '|' + end(peer);
}

// A socket bound to the wildcard address receives on every address of its port.
bool receivesAt(const netcore::Address& local, const netcore::Address& destination) {
    if (!local.isValid() || !destination.isValid() || local.port() != destination.port()) return false;
    return local.isAny() || local.host() == destination.host();
}

bool isSend(const std::string& call) {
    return call == "send" || call == "sendall";
}

} // namespace

CallTimelineModel::CallTimelineModel(QObject* parent) : QAbstractTableModel(parent) {}

CallTimelineModel::~CallTimelineModel() = default;

void CallTimelineModel::ingest(std::span<const netcore::SessionEvent> events) {
    bool any = false;
    for (const auto& event : events) {
        if (!event.trace) continue;
        if (event.kind == netcore::SessionEventKind::CallTraced) {
            addCall(event);
            any = true;
        } else if (event.kind == netcore::SessionEventKind::CallStarted) {
            startCall(event);
            any = true;
        }
    }
    // A session that closes with a call still announced will not trace it any more (tracing was
    // switched off, the tab went away): stop growing its box. Records come before the Closed.
    if (m_pendingCount > 0) {
        for (const auto& event : events)
            if (event.kind == netcore::SessionEventKind::Closed && endPendingCalls(event)) any = true;
    }
    if (!any) return;
    const int total = static_cast<int>(m_calls.size());
    if (total > m_rows) {
        beginInsertRows({}, m_rows, total - 1);
        m_rows = total;
        endInsertRows();
    }
    dropOldest();
    if (m_lanesDirty) {
        m_lanesDirty = false;
        m_orderDirty = true;
        updateLabels();
        emit lanesChanged();
    }
    emit changed();
}

void CallTimelineModel::clear() {
    beginResetModel();
    m_firstSequence += m_calls.size();
    m_calls.clear();
    m_rows = 0;
    m_dropped = 0;
    m_pendingCount = 0;
    m_lanes.clear();
    m_streamEnds.clear();
    m_latestSocket.clear();
    m_arrows.clear();
    m_axis.clear();
    m_origin.reset();
    m_latestEnd = 0;
    m_unmatchedSends.clear();
    m_unmatchedReceives.clear();
    m_order.clear();
    m_indexOf.clear();
    m_orderDirty = false;
    m_lanesDirty = false;
    endResetModel();
    emit lanesChanged();
    emit changed();
}

void CallTimelineModel::setCapacity(int calls) {
    m_capacity = std::max(1, calls);
    dropOldest();
    if (m_lanesDirty) {
        m_lanesDirty = false;
        m_orderDirty = true;
        emit lanesChanged();
    }
    emit changed();
}

void CallTimelineModel::setSessionLabel(netcore::SessionId session, const QString& label) {
    m_sessionLabels.insert(session, label);
    updateLabels();
    emit lanesChanged();
}

void CallTimelineModel::setSessionLabelProvider(std::function<QString(netcore::SessionId)> provider) {
    m_labelProvider = std::move(provider);
    updateLabels();
    emit lanesChanged();
}

qint64 CallTimelineModel::toModelTime(netcore::TraceClock::time_point time) const {
    if (!m_origin) return 0;
    return std::chrono::duration_cast<std::chrono::nanoseconds>(time - *m_origin).count();
}

qint64 CallTimelineModel::now() const {
    return toModelTime(netcore::TraceClock::now());
}

CallTimelineModel::Lane& CallTimelineModel::laneFor(netcore::SocketId socket, netcore::SessionId session) {
    auto [it, created] = m_lanes.try_emplace(socket);
    if (created) {
        it->second.socket = socket;
        it->second.session = session;
        it->second.created = ++m_lanesCreated;
        m_lanesDirty = true;
    }
    return it->second;
}

CallTimelineModel::Call* CallTimelineModel::mutableCall(quint64 sequence) {
    if (sequence < m_firstSequence || sequence - m_firstSequence >= m_calls.size()) return nullptr;
    return &m_calls[static_cast<std::size_t>(sequence - m_firstSequence)];
}

const CallTimelineModel::Call* CallTimelineModel::call(quint64 sequence) const {
    if (sequence < m_firstSequence || sequence - m_firstSequence >= m_calls.size()) return nullptr;
    return &m_calls[static_cast<std::size_t>(sequence - m_firstSequence)];
}

bool CallTimelineModel::endPendingCalls(const netcore::SessionEvent& closed) {
    bool ended = false;
    for (auto& [socket, lane] : m_lanes) {
        Call* pending = lane.session == closed.session ? mutableCall(lane.pendingCall) : nullptr;
        if (pending == nullptr || pending->start > toModelTime(closed.time)) continue;
        pending->pending = false;
        pending->end = std::max(pending->start, toModelTime(closed.time));
        pending->result = "(no record: the session closed)";
        m_latestEnd = std::max(m_latestEnd, pending->end);
        lane.pendingCall = 0;
        --m_pendingCount;
        ended = true;
        if (const auto row = static_cast<int>(pending->sequence - m_firstSequence); row < m_rows)
            emit dataChanged(index(row, 0), index(row, ColumnCount - 1));
    }
    return ended;
}

int CallTimelineModel::nestingDepth(const Lane& lane, std::size_t index, qint64 now) const {
    const Call* inner = call(lane.calls[index]);
    if (inner == nullptr) return 0;
    const qint64 innerEnd = inner->pending ? now : inner->end;
    int depth = 0;
    // Nesting is shallow (a call inside a call): a few calls back is enough.
    for (std::size_t back = 1; back <= 4 && back <= index; ++back) {
        const Call* outer = call(lane.calls[index - back]);
        if (outer == nullptr) continue;
        const qint64 outerEnd = outer->pending ? now : outer->end;
        const bool encloses = outer->start <= inner->start && outerEnd >= innerEnd;
        if (encloses && (outer->start < inner->start || outerEnd > innerEnd)) ++depth;
    }
    return depth;
}

void CallTimelineModel::startCall(const netcore::SessionEvent& event) {
    const auto& record = *event.trace;
    netcore::SocketId socket = record.socket;
    if (socket == 0) {
        // Blocking sessions announce calls before the socket says who it is: the session's
        // latest socket is the one its worker uses.
        const auto latest = m_latestSocket.find(event.session);
        if (latest == m_latestSocket.end()) return;
        socket = latest->second;
    }
    if (!m_origin) m_origin = record.start;
    Lane& lane = laneFor(socket, event.session);
    if (Call* previous = mutableCall(lane.pendingCall)) {
        // Announced again before the first one's record: that call's record is not coming.
        previous->pending = false;
        previous->end = toModelTime(record.start);
        m_latestEnd = std::max(m_latestEnd, previous->end);
        --m_pendingCount;
    }
    Call call;
    call.sequence = m_firstSequence + m_calls.size();
    call.socket = socket;
    call.session = event.session;
    call.call = record.call;
    call.arguments = record.arguments;
    call.start = toModelTime(record.start);
    call.end = call.start;
    call.pending = true;
    m_axis.insert(call.start);
    lane.calls.push_back(call.sequence);
    lane.pendingCall = call.sequence;
    ++m_pendingCount;
    m_calls.push_back(std::move(call));
}

void CallTimelineModel::addCall(const netcore::SessionEvent& event) {
    const auto& record = *event.trace;
    if (!m_origin) m_origin = record.start;
    const netcore::SocketId socket = record.socket != 0 ? record.socket : (kNoSocket | event.session);
    Lane& lane = laneFor(socket, event.session);
    if (record.socket != 0) m_latestSocket[event.session] = socket;
    // Another name is a call made inside the announced one (connect() reads SO_ERROR).
    if (Call* pending = mutableCall(lane.pendingCall); pending != nullptr && pending->call == record.call) {
        finishCall(lane, *pending, record);
        return;
    }
    Call call;
    call.sequence = m_firstSequence + m_calls.size();
    call.socket = socket;
    call.session = event.session;
    m_calls.push_back(std::move(call));
    Call& added = m_calls.back();
    finishCall(lane, added, record);
    // Lanes are in start order. A call made inside another (connect() reads SO_ERROR) is recorded
    // before the outer one ends: the outer one goes before it.
    auto at = lane.calls.end();
    while (at != lane.calls.begin()) {
        const Call* previous = this->call(*std::prev(at));
        if (previous == nullptr || previous->start <= added.start) break;
        --at;
    }
    lane.calls.insert(at, added.sequence);
}

void CallTimelineModel::finishCall(Lane& lane, Call& call, const netcore::TraceRecord& record) {
    const bool wasPending = call.pending;
    if (wasPending) {
        m_axis.erase(call.start);
        call.pending = false;
        lane.pendingCall = 0;
        --m_pendingCount;
    }
    call.call = record.call;
    call.arguments = record.arguments;
    call.result = record.result;
    if (record.error) call.error = std::make_shared<const netcore::NetError>(*record.error);
    call.start = toModelTime(record.start);
    call.end = std::max(call.start, toModelTime(record.end));
    call.waited = record.waited.count();
    call.byteCount = record.byteCount;
    m_axis.insert(call.start);
    m_latestEnd = std::max(m_latestEnd, call.end);
    learnFrom(lane, call, record);
    if (const auto row = static_cast<int>(call.sequence - m_firstSequence); wasPending && row < m_rows)
        emit dataChanged(index(row, 0), index(row, ColumnCount - 1));
}

void CallTimelineModel::markChanged(Lane& lane) {
    lane.labelDirty = true;
    m_lanesDirty = true;
}

void CallTimelineModel::learnFrom(Lane& lane, const Call& call, const netcore::TraceRecord& record) {
    const std::string& name = call.call;
    const bool failed = call.error != nullptr;
    bool addressesChanged = false;
    if (name == "socket" && !failed) {
        lane.datagram = call.arguments.find("SOCK_DGRAM") != std::string::npos;
        if (lane.datagram) lane.role = LaneRole::Udp;
        markChanged(lane);
    }
    // getsockname is the truth; bind's address may say port 0 until then.
    if (record.local.isValid() && (name == "getsockname" || !lane.local.isValid()) &&
        !(record.local == lane.local)) {
        lane.local = record.local;
        addressesChanged = true;
    }
    if (name == "listen" && !failed) {
        lane.role = LaneRole::Listener;
        markChanged(lane);
    } else if (name == "connect") {
        if (lane.datagram) {
            lane.role = LaneRole::Udp;
        } else if (lane.role == LaneRole::Unknown) {
            lane.role = LaneRole::Client;
        }
        if (record.peer.isValid() && !(record.peer == lane.peer)) {
            lane.peer = record.peer;
            addressesChanged = true;
        }
        markChanged(lane);
    } else if (name == "getpeername" && record.peer.isValid() && !(record.peer == lane.peer)) {
        lane.peer = record.peer;
        addressesChanged = true;
    } else if ((name == "sendto" || name == "recvfrom") && lane.role != LaneRole::Udp) {
        lane.role = LaneRole::Udp;
        lane.datagram = true;
        markChanged(lane);
    } else if (name == "accept" && record.newSocket != 0) {
        Lane& accepted = laneFor(record.newSocket, lane.session);
        accepted.role = LaneRole::Accepted;
        accepted.listener = lane.socket;
        accepted.peer = record.peer;
        markChanged(accepted);
        linkPeers(accepted);
    } else if (name == "close" && !failed) {
        lane.closed = true;
        m_lanesDirty = true;
    }
    if (addressesChanged) {
        markChanged(lane);
        linkPeers(lane);
    }
    if (!call.byteCount || *call.byteCount == 0) return;
    if (lane.datagram) {
        if (name == "sendto" || name == "recvfrom") {
            matchDatagram(lane, call, record.peer, name == "sendto");
        } else if (name == "send" || name == "recv") {
            matchDatagram(lane, call, lane.peer, name == "send");
        }
    } else if (isSend(name) || (name == "recv" && call.arguments.find("MSG_PEEK") == std::string::npos)) {
        matchStream(lane, call);
    }
}

void CallTimelineModel::linkPeers(Lane& lane) {
    if (lane.datagram || lane.partner != 0 || lane.closed || lane.role == LaneRole::Listener) return;
    if (!lane.local.isValid() || !lane.peer.isValid()) return;
    const auto [first, last] = m_streamEnds.equal_range(endsKey(lane.peer, lane.local));
    for (auto candidate = first; candidate != last; ++candidate) {
        const auto found = m_lanes.find(candidate->second);
        if (found == m_lanes.end()) continue;
        auto& [socket, other] = *found;
        if (socket == lane.socket || other.datagram || other.partner != 0 || other.closed) continue;
        if (!sameEndpoint(other.local, lane.peer) || !sameEndpoint(other.peer, lane.local)) continue;
        lane.partner = socket;
        other.partner = lane.socket;
        m_streamEnds.erase(candidate);
        m_lanesDirty = true;
        // Bytes either side recorded before the two were known to be one connection.
        matchAll(lane, other);
        matchAll(other, lane);
        return;
    }
    m_streamEnds.emplace(endsKey(lane.local, lane.peer), lane.socket);
}

void CallTimelineModel::matchStream(Lane& lane, const Call& call) {
    const bool sending = isSend(call.call);
    const quint64 count = *call.byteCount;
    Lane::Range range;
    range.sequence = call.sequence;
    if (sending) {
        range.begin = lane.sentTotal;
        lane.sentTotal += count;
        range.end = lane.sentTotal;
        lane.sends.push_back(range);
    } else {
        range.begin = lane.receivedTotal;
        lane.receivedTotal += count;
        range.end = lane.receivedTotal;
        lane.receives.push_back(range);
    }
    const auto other = m_lanes.find(lane.partner);
    if (lane.partner == 0 || other == m_lanes.end()) return;
    const auto& ranges = sending ? other->second.receives : other->second.sends;
    auto it = std::partition_point(ranges.begin(), ranges.end(),
                                   [&](const Lane::Range& r) { return r.end <= range.begin; });
    for (int n = 0; it != ranges.end() && it->begin < range.end && n < kMaxArrowsPerCall; ++it, ++n)
        addArrow(sending ? call.sequence : it->sequence, sending ? it->sequence : call.sequence);
}

void CallTimelineModel::matchAll(Lane& sender, Lane& receiver) {
    auto s = sender.sends.begin();
    auto r = receiver.receives.begin();
    while (s != sender.sends.end() && r != receiver.receives.end()) {
        if (s->end <= r->begin) {
            ++s;
        } else if (r->end <= s->begin) {
            ++r;
        } else {
            addArrow(s->sequence, r->sequence);
            if (s->end <= r->end) {
                ++s;
            } else {
                ++r;
            }
        }
    }
}

void CallTimelineModel::matchDatagram(Lane& lane, const Call& call, const netcore::Address& other,
                                      bool sending) {
    if (!lane.local.isValid() || !other.isValid()) return;
    const auto key = sending ? (std::uint32_t{lane.local.port()} << 16 | other.port())
                             : (std::uint32_t{other.port()} << 16 | lane.local.port());
    auto& theirs = sending ? m_unmatchedReceives : m_unmatchedSends;
    if (const auto waiting = theirs.find(key); waiting != theirs.end()) {
        while (!waiting->second.empty()) {
            const quint64 sequence = waiting->second.front();
            waiting->second.pop_front();
            const Call* match = this->call(sequence);
            if (match == nullptr) continue; // dropped meanwhile
            const auto matchLane = m_lanes.find(match->socket);
            if (matchLane == m_lanes.end()) continue;
            // Sending: the queued receiver must be bound where the datagram went. Receiving: the
            // queued sender must be bound where the datagram came from.
            if (!receivesAt(matchLane->second.local, other)) continue;
            addArrow(sending ? call.sequence : sequence, sending ? sequence : call.sequence);
            Lane& peer = matchLane->second;
            if (lane.partner == 0 && peer.partner == 0 && peer.socket != lane.socket) {
                lane.partner = peer.socket;
                peer.partner = lane.socket;
                m_lanesDirty = true;
            }
            return;
        }
    }
    auto& mine = sending ? m_unmatchedSends : m_unmatchedReceives;
    if (mine.size() >= kMaxPortPairs && !mine.contains(key)) mine.clear();
    auto& queue = mine[key];
    queue.push_back(call.sequence);
    if (queue.size() > kMaxUnmatched) queue.pop_front();
}

void CallTimelineModel::addArrow(quint64 from, quint64 to) {
    m_arrows.push_back(Arrow{from, to});
}

void CallTimelineModel::dropOldest() {
    if (static_cast<int>(m_calls.size()) <= m_capacity) return;
    const auto count = static_cast<int>(m_calls.size()) - m_capacity;
    // Rows not yet announced are never among the oldest (they were appended last).
    beginRemoveRows({}, 0, count - 1);
    for (int i = 0; i < count; ++i) {
        const Call& oldest = m_calls.front();
        m_axis.erase(oldest.start);
        if (const auto lane = m_lanes.find(oldest.socket); lane != m_lanes.end()) {
            auto& calls = lane->second.calls;
            // A nested call's outer call stands before it: both go once the outer one is dropped.
            while (!calls.empty() && calls.front() <= oldest.sequence)
                calls.pop_front();
            if (lane->second.pendingCall == oldest.sequence) {
                lane->second.pendingCall = 0;
                --m_pendingCount;
            }
        }
        m_calls.pop_front();
        ++m_firstSequence;
        ++m_dropped;
    }
    m_rows -= count;
    endRemoveRows();
    const quint64 first = m_firstSequence;
    std::erase_if(m_arrows, [first](const Arrow& arrow) { return arrow.from < first || arrow.to < first; });
    for (auto it = m_lanes.begin(); it != m_lanes.end();) {
        Lane& lane = it->second;
        while (!lane.sends.empty() && lane.sends.front().sequence < first)
            lane.sends.pop_front();
        while (!lane.receives.empty() && lane.receives.front().sequence < first)
            lane.receives.pop_front();
        if (lane.calls.empty() && lane.pendingCall == 0) {
            // A lane of calls that are all gone: its socket is history too (or idle for long).
            if (const auto partner = m_lanes.find(lane.partner); partner != m_lanes.end())
                partner->second.partner = 0;
            const auto [from, to] = m_streamEnds.equal_range(endsKey(lane.local, lane.peer));
            for (auto entry = from; entry != to; ++entry)
                if (entry->second == lane.socket) {
                    m_streamEnds.erase(entry);
                    break;
                }
            it = m_lanes.erase(it);
            m_lanesDirty = true;
        } else {
            ++it;
        }
    }
}

QString CallTimelineModel::sessionTitle(netcore::SessionId session) const {
    if (const auto it = m_sessionLabels.constFind(session); it != m_sessionLabels.constEnd()) return *it;
    if (!m_labelProvider) return {};
    if (const auto it = m_providedLabels.constFind(session); it != m_providedLabels.constEnd()) return *it;
    const QString title = m_labelProvider(session);
    m_providedLabels.insert(session, title);
    return title;
}

void CallTimelineModel::updateLabels() {
    // Tab titles change (a server learns its port): ask again once per batch that changed lanes.
    m_providedLabels.clear();
    for (auto& [socket, lane] : m_lanes) {
        const QString title = sessionTitle(lane.session);
        if (!lane.labelDirty && title == lane.title) continue;
        lane.labelDirty = false;
        lane.title = title;
        QString text;
        switch (lane.role) {
        case LaneRole::Listener:
            text = tr("listener %1").arg(addressText(lane.local));
            break;
        case LaneRole::Accepted:
            text = tr("accepted %1").arg(addressText(lane.peer));
            break;
        case LaneRole::Client:
            text = tr("client -> %1").arg(addressText(lane.peer));
            break;
        case LaneRole::Udp:
            text = lane.local.isValid() ? u"UDP "_s + addressText(lane.local) : tr("UDP socket");
            if (lane.peer.isValid()) text += u" -> "_s + addressText(lane.peer);
            break;
        case LaneRole::Unknown:
            text = (socket & kNoSocket) != 0 ? tr("socket() failed") : tr("socket #%1").arg(socket);
            break;
        }
        if (!title.isEmpty()) text += u" \u2014 "_s + title;
        lane.label = text;
    }
}

void CallTimelineModel::orderLanes() const {
    if (!m_orderDirty && m_order.size() == m_lanes.size()) return;
    m_orderDirty = false;
    std::vector<const Lane*> byCreation;
    byCreation.reserve(m_lanes.size());
    std::unordered_map<netcore::SocketId, std::vector<const Lane*>> accepted;
    for (const auto& [socket, lane] : m_lanes)
        byCreation.push_back(&lane);
    std::sort(byCreation.begin(), byCreation.end(),
              [](const Lane* a, const Lane* b) { return a->created < b->created; });
    for (const Lane* lane : byCreation)
        if (lane->role == LaneRole::Accepted && m_lanes.contains(lane->listener))
            accepted[lane->listener].push_back(lane);
    m_order.clear();
    std::unordered_set<netcore::SocketId> placed;
    // A listener, then each accepted connection with the client at its other end beside it.
    const auto place = [&](const auto& self, const Lane& lane) -> void {
        if (!placed.insert(lane.socket).second) return;
        m_order.push_back(lane.socket);
        if (const auto children = accepted.find(lane.socket); children != accepted.end())
            for (const Lane* child : children->second)
                self(self, *child);
        if (const auto partner = m_lanes.find(lane.partner); lane.partner != 0 && partner != m_lanes.end())
            self(self, partner->second);
    };
    const auto placedWithListener = [&](const Lane& lane) {
        if (lane.role == LaneRole::Accepted && m_lanes.contains(lane.listener)) return true;
        const auto partner = m_lanes.find(lane.partner);
        return lane.partner != 0 && partner != m_lanes.end() && partner->second.role == LaneRole::Accepted &&
               m_lanes.contains(partner->second.listener);
    };
    for (const Lane* lane : byCreation)
        if (!placedWithListener(*lane)) place(place, *lane);
    for (const Lane* lane : byCreation)
        place(place, *lane);
    m_indexOf.clear();
    for (std::size_t i = 0; i < m_order.size(); ++i)
        m_indexOf.emplace(m_order[i], static_cast<int>(i));
}

int CallTimelineModel::laneCount() const {
    return static_cast<int>(m_lanes.size());
}

const CallTimelineModel::Lane& CallTimelineModel::laneAt(int index) const {
    orderLanes();
    return m_lanes.at(m_order.at(static_cast<std::size_t>(index)));
}

int CallTimelineModel::laneIndex(netcore::SocketId socket) const {
    orderLanes();
    const auto it = m_indexOf.find(socket);
    return it == m_indexOf.end() ? -1 : it->second;
}

QStringList CallTimelineModel::laneLabels() const {
    QStringList labels;
    for (int i = 0; i < laneCount(); ++i)
        labels << laneLabel(i);
    return labels;
}

QString CallTimelineModel::errorName(const Call& call) {
    if (!call.error) return {};
    return ErrorModel::shortErrorText(*call.error);
}

QString CallTimelineModel::callLabel(const Call& call) {
    QString text = QString::fromStdString(call.call) + u'(' + ErrorModel::displayText(call.arguments) + u')';
    if (call.pending) return text + u" "_s + tr("\u2026 waiting");
    text += u" -> "_s;
    if (call.error) return text + errorName(call);
    return text + (call.result.empty() ? u"ok"_s : ErrorModel::displayText(call.result));
}

QString CallTimelineModel::durationText(qint64 ns) {
    if (ns < 1'000) return QString::number(ns) + u" ns"_s;
    if (ns < 1'000'000) return QString::number(static_cast<double>(ns) / 1e3, 'f', 1) + u" \u00b5s"_s;
    if (ns < 1'000'000'000) return QString::number(static_cast<double>(ns) / 1e6, 'f', 2) + u" ms"_s;
    return QString::number(static_cast<double>(ns) / 1e9, 'f', 3) + u" s"_s;
}

QString CallTimelineModel::details(quint64 sequence) const {
    const Call* found = call(sequence);
    if (found == nullptr) return {};
    const Call& c = *found;
    QStringList lines;
    lines << callLabel(c) << QString();
    const auto lane = m_lanes.find(c.socket);
    if (lane != m_lanes.end())
        lines << tr("Socket: %1 (socket #%2)").arg(lane->second.label).arg(c.socket & ~kNoSocket);
    lines << tr("Call: %1").arg(QString::fromStdString(c.call));
    lines
        << tr("Arguments: %1").arg(c.arguments.empty() ? tr("(none)") : ErrorModel::displayText(c.arguments));
    if (c.pending) {
        lines << tr("Result: still waiting (%1 so far)").arg(durationText(now() - c.start));
    } else if (c.error) {
        const auto& error = *c.error;
        lines << tr("Error: %1").arg(ErrorModel::errorText(error));
        if (const QString message = ErrorModel::messageText(error); !message.isEmpty())
            lines << tr("OS message: %1").arg(message);
        const netcore::Explanation& entry = error.explanation();
        lines << QString() << ErrorModel::translated(entry.title)
              << ErrorModel::translated(entry.explanation);
        if (!entry.causes.empty())
            lines << QString() << tr("Likely causes:") << ErrorModel::translated(entry.causes);
        if (!entry.tryThis.empty())
            lines << QString() << tr("What to try:") << ErrorModel::translated(entry.tryThis);
        if (!entry.platformNote.empty())
            lines << QString() << tr("Platform note:") << ErrorModel::translated(entry.platformNote);
        lines << QString();
    } else {
        lines << tr("Result: %1").arg(c.result.empty() ? tr("ok") : ErrorModel::displayText(c.result));
    }
    if (c.byteCount) lines << tr("Bytes: %1").arg(*c.byteCount);
    lines << tr("Started: +%1 s").arg(QString::number(static_cast<double>(c.start) / 1e9, 'f', 6));
    if (!c.pending) lines << tr("Duration: %1").arg(durationText(c.duration()));
    lines << tr("Waited (blocked until the socket was ready): %1").arg(durationText(c.waited));
    return lines.join(u'\n');
}

int CallTimelineModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : m_rows;
}

int CallTimelineModel::columnCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant CallTimelineModel::data(const QModelIndex& index, int role) const {
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) return {};
    const Call& c = m_calls[static_cast<std::size_t>(index.row())];
    if (role == SequenceRole) return c.sequence;
    if (role == Qt::ForegroundRole) return c.error ? QVariant(QColor(Qt::red)) : QVariant();
    if (role != Qt::DisplayRole) return {};
    switch (index.column()) {
    case LaneColumn: {
        const auto lane = m_lanes.find(c.socket);
        return lane == m_lanes.end() ? QString() : lane->second.label;
    }
    case CallColumn:
        return callLabel(c);
    case ResultColumn:
        return c.pending ? tr("waiting") : c.error ? errorName(c) : ErrorModel::displayText(c.result);
    case StartColumn:
        return QString::number(static_cast<double>(c.start) / 1e9, 'f', 6);
    case DurationColumn:
        return c.pending ? QString() : durationText(c.duration());
    default:
        return {};
    }
}

QVariant CallTimelineModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) return {};
    switch (section) {
    case LaneColumn:
        return tr("Socket");
    case CallColumn:
        return tr("Call");
    case ResultColumn:
        return tr("Result");
    case StartColumn:
        return tr("Start (s)");
    case DurationColumn:
        return tr("Duration");
    default:
        return {};
    }
}
