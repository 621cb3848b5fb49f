#include "ui/traffic_model.h"

#include "ui/netcore_text.h"

#include "netcore/bytes.h"
#include "netcore/typed_input.h"

#include <QFontDatabase>
#include <QLocale>

#include <algorithm>
#include <cstddef>

using namespace Qt::StringLiterals;

namespace {

std::span<const std::byte> bytesOf(const QByteArray& bytes) {
    return std::as_bytes(std::span(bytes.constData(), static_cast<std::size_t>(bytes.size())));
}

QByteArray toByteArray(std::span<const std::byte> bytes) {
    return {reinterpret_cast<const char*>(bytes.data()), static_cast<qsizetype>(bytes.size())};
}

// Cutting a multi-byte UTF-8 character in half would show its first bytes as \xNN escapes.
qsizetype utf8Boundary(const QByteArray& bytes, qsizetype cut) {
    const qsizetype limit = std::max<qsizetype>(0, cut - 3);
    qsizetype at = cut;
    while (at > limit && (static_cast<unsigned char>(bytes.at(at)) & 0xC0u) == 0x80u)
        --at;
    return at > limit ? at : cut;
}

} // namespace

TrafficModel::TrafficModel(QObject* parent)
    : QAbstractTableModel(parent), m_fixedFont(QFontDatabase::systemFont(QFontDatabase::FixedFont)) {}

TrafficModel::~TrafficModel() = default;

int TrafficModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : static_cast<int>(m_count);
}

int TrafficModel::columnCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant TrafficModel::data(const QModelIndex& index, int role) const {
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) return {};
    const TrafficRecord& rec = at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case TimeColumn:
            return timeText(rec.timeMs);
        case DirectionColumn:
            return directionText(rec.direction);
        case PeerColumn:
            return rec.peer;
        case SizeColumn:
            return sizeText(rec);
        case DataColumn:
            // Info lines are SockLab's own words: shown as text whatever the display mode.
            return dataText(rec.bytes,
                            rec.direction == TrafficRecord::Direction::Info ? DisplayMode::Text
                                                                            : m_displayMode,
                            cellTextLimit);
        default:
            return {};
        }
    case Qt::TextAlignmentRole:
        if (index.column() == TimeColumn || index.column() == SizeColumn)
            return QVariant::fromValue(Qt::Alignment(Qt::AlignRight | Qt::AlignVCenter));
        return QVariant::fromValue(Qt::Alignment(Qt::AlignLeft | Qt::AlignVCenter));
    case Qt::FontRole:
        if (index.column() == DataColumn) return m_fixedFont;
        return {};
    case Qt::ToolTipRole:
        // Only SockLab's own text: a tooltip would render a peer's "<b>" as rich text.
        if (index.column() == SizeColumn && rec.truncated)
            return tr("Datagram truncated: the receive buffer held %1 of its bytes").arg(rec.bytes.size());
        return {};
    case RecordRole:
        return QVariant::fromValue(rec);
    case DirectionRole:
        return static_cast<int>(rec.direction);
    case PeerRole:
        return rec.peer;
    case BytesRole:
        return rec.bytes;
    case ConnectionRole:
        return QVariant::fromValue(rec.connectionId);
    default:
        return {};
    }
}

QVariant TrafficModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal) return {};
    if (role == Qt::TextAlignmentRole && (section == TimeColumn || section == SizeColumn))
        return QVariant::fromValue(Qt::Alignment(Qt::AlignRight | Qt::AlignVCenter));
    if (role != Qt::DisplayRole) return {};
    switch (section) {
    case TimeColumn:
        return tr("Time");
    case DirectionColumn:
        return tr("Direction");
    case PeerColumn:
        return tr("Peer");
    case SizeColumn:
        return tr("Size");
    case DataColumn:
        return tr("Data");
    default:
        return {};
    }
}

void TrafficModel::appendBatch(std::span<const TrafficRecord> records) {
    if (records.empty()) return;
    std::vector<TrafficRecord> rows;
    rows.reserve(records.size());
    for (const TrafficRecord& rec : records) {
        const auto size = static_cast<quint64>(rec.bytes.size());
        switch (rec.direction) {
        case TrafficRecord::Direction::Received:
            m_totals.bytesReceived += size;
            ++m_totals.chunksReceived;
            break;
        case TrafficRecord::Direction::Sent:
            m_totals.bytesSent += size;
            ++m_totals.chunksSent;
            break;
        case TrafficRecord::Direction::Info:
            break;
        }
        m_lastTimeMs = std::max(m_lastTimeMs, rec.timeMs);
        frame(rec, rows);
    }
    notePeers(records);
    addRows(std::move(rows));
    emit totalsChanged();
}

void TrafficModel::clear() {
    beginResetModel();
    m_ring.clear();
    m_ring.shrink_to_fit();
    m_head = 0;
    m_count = 0;
    m_bytesKept = 0;
    m_pending.clear();
    m_totals = {};
    m_peerSet.clear();
    m_peerList.clear();
    endResetModel();
    emit totalsChanged();
}

void TrafficModel::setCap(int cap) {
    cap = std::max(1, cap);
    if (cap == m_cap) return;
    if (m_count > cap) {
        const qsizetype excess = m_count - cap;
        beginRemoveRows({}, 0, static_cast<int>(excess - 1));
        m_head = (m_head + excess) % static_cast<qsizetype>(m_ring.size());
        m_count = cap;
        m_totals.rowsDropped += static_cast<quint64>(excess);
        endRemoveRows();
    }
    // Rebuilt in order so that the storage never exceeds the new cap.
    std::vector<TrafficRecord> ring;
    ring.reserve(static_cast<std::size_t>(m_count));
    for (qsizetype row = 0; row < m_count; ++row)
        ring.push_back(std::move(at(row)));
    m_ring = std::move(ring);
    m_head = 0;
    m_bytesKept = 0;
    for (const TrafficRecord& row : m_ring)
        m_bytesKept += row.bytes.size();
    m_cap = cap;
    trimPending();
    emit totalsChanged();
}

void TrafficModel::setPaused(bool paused) {
    if (paused == m_paused) return;
    m_paused = paused;
    if (!paused && !m_pending.empty()) {
        std::vector<TrafficRecord> rows(std::make_move_iterator(m_pending.begin()),
                                        std::make_move_iterator(m_pending.end()));
        m_pending.clear();
        insertIntoRing(rows);
        emit totalsChanged();
    }
}

void TrafficModel::setDisplayMode(DisplayMode mode) {
    if (mode == m_displayMode || m_count == 0) {
        m_displayMode = mode;
        return;
    }
    m_displayMode = mode;
    emit dataChanged(index(0, DataColumn), index(static_cast<int>(m_count - 1), DataColumn),
                     {Qt::DisplayRole});
}

std::optional<netcore::FramingError> TrafficModel::setFraming(const netcore::FramingSpec& spec) {
    if (auto error = netcore::validate(spec)) return error;
    std::vector<TrafficRecord> rows;
    for (auto& [key, state] : m_decoders)
        flushDecoder(key, state, rows);
    m_decoders.clear();
    m_framing = spec;
    if (!rows.empty()) {
        addRows(std::move(rows));
        emit totalsChanged();
    }
    return std::nullopt;
}

void TrafficModel::forgetConnection(quint64 connectionId) {
    std::vector<TrafficRecord> rows;
    for (const auto direction : {TrafficRecord::Direction::Received, TrafficRecord::Direction::Sent}) {
        const auto found = m_decoders.find({connectionId, direction});
        if (found == m_decoders.end()) continue;
        flushDecoder(found->first, found->second, rows);
        m_decoders.erase(found);
    }
    if (!rows.empty()) {
        addRows(std::move(rows));
        emit totalsChanged();
    }
}

const TrafficRecord& TrafficModel::record(int row) const {
    Q_ASSERT(row >= 0 && row < m_count);
    return at(row);
}

QString TrafficModel::timeText(qint64 timeMs) {
    // Seconds with milliseconds read better than a bare millisecond count once a session is minutes old.
    return tr("%1 s").arg(QLocale().toString(static_cast<double>(timeMs) / 1000.0, 'f', 3));
}

QString TrafficModel::directionText(TrafficRecord::Direction direction) {
    switch (direction) {
    case TrafficRecord::Direction::Received:
        return u"\u2190 "_s + tr("Received");
    case TrafficRecord::Direction::Sent:
        return u"\u2192 "_s + tr("Sent");
    case TrafficRecord::Direction::Info:
        return u"\u2022 "_s + tr("Info");
    }
    return {};
}

QString TrafficModel::sizeText(const TrafficRecord& record) {
    const QLocale locale;
    if (record.truncated) {
        if (record.realSize)
            return tr("%1 of %2")
                .arg(locale.toString(record.bytes.size()), locale.toString(*record.realSize));
        return tr("%1 (truncated)").arg(locale.toString(record.bytes.size()));
    }
    return locale.toString(record.bytes.size());
}

QString TrafficModel::dataText(const QByteArray& bytes, DisplayMode mode, qsizetype limit) {
    const QString ellipsis = u"\u2026"_s;
    if (mode == DisplayMode::Hex) {
        // "de " is three characters per byte.
        const qsizetype count = limit < 0 ? bytes.size() : std::min(bytes.size(), limit / 3);
        QString text =
            QString::fromStdString(netcore::toHex(bytesOf(bytes).first(static_cast<std::size_t>(count))));
        return count < bytes.size() ? text + ellipsis : text;
    }
    if (limit < 0 || bytes.size() <= limit)
        return QString::fromStdString(netcore::escapeForDisplay(bytesOf(bytes)));
    const qsizetype count = utf8Boundary(bytes, limit);
    QString text = QString::fromStdString(
        netcore::escapeForDisplay(bytesOf(bytes).first(static_cast<std::size_t>(count))));
    // Escapes make the text longer than the bytes: cut again, by characters this time.
    if (text.size() > limit) text.truncate(limit);
    return text + ellipsis;
}

void TrafficModel::frame(const TrafficRecord& chunk, std::vector<TrafficRecord>& out) {
    if (chunk.direction == TrafficRecord::Direction::Info || m_framing.kind == netcore::FramingKind::Raw) {
        out.push_back(chunk);
        return;
    }
    const DecoderKey key{chunk.connectionId, chunk.direction};
    auto found = m_decoders.find(key);
    if (found == m_decoders.end()) {
        auto decoder = netcore::makeDecoder(m_framing); // m_framing was validated by setFraming()
        Q_ASSERT(decoder.has_value());
        found = m_decoders.emplace(key, Decoder{std::move(*decoder), chunk.peer, false}).first;
    }
    Decoder& state = found->second;
    if (state.failed) {
        out.push_back(chunk);
        return;
    }
    std::vector<netcore::Frame> messages;
    state.decoder->feed(bytesOf(chunk.bytes), messages);
    for (const netcore::Frame& message : messages) {
        TrafficRecord row;
        row.timeMs = chunk.timeMs; // the time the message became complete
        row.direction = chunk.direction;
        row.peer = chunk.peer;
        row.connectionId = chunk.connectionId;
        row.bytes = toByteArray(message);
        out.push_back(std::move(row));
    }
    if (const auto error = state.decoder->error()) {
        state.failed = true;
        TrafficRecord info;
        info.timeMs = chunk.timeMs;
        info.direction = TrafficRecord::Direction::Info;
        info.peer = chunk.peer;
        info.connectionId = chunk.connectionId;
        info.bytes = tr("Framing error at stream offset %1: %2. The rest of this stream is shown unframed.")
                         .arg(error->offset)
                         .arg(NetcoreText::text(*error))
                         .toUtf8();
        out.push_back(std::move(info));
        TrafficRecord rest = chunk;
        rest.bytes = toByteArray(state.decoder->pending());
        if (!rest.bytes.isEmpty()) out.push_back(std::move(rest));
    }
}

void TrafficModel::flushDecoder(const DecoderKey& key, Decoder& state, std::vector<TrafficRecord>& out) {
    if (state.failed || state.decoder->buffered() == 0) return;
    TrafficRecord row;
    row.timeMs = m_lastTimeMs; // the model has no clock of its own
    row.direction = key.second;
    row.peer = state.peer;
    row.connectionId = key.first;
    row.bytes = toByteArray(state.decoder->pending());
    out.push_back(std::move(row));
    state.decoder->reset();
}

void TrafficModel::addRows(std::vector<TrafficRecord>&& rows) {
    for (const TrafficRecord& row : rows) {
        switch (row.direction) {
        case TrafficRecord::Direction::Received:
            ++m_totals.messagesReceived;
            break;
        case TrafficRecord::Direction::Sent:
            ++m_totals.messagesSent;
            break;
        case TrafficRecord::Direction::Info:
            ++m_totals.infoRows;
            break;
        }
    }
    m_totals.rowsAdded += rows.size();
    if (m_paused) {
        m_pending.insert(m_pending.end(), std::make_move_iterator(rows.begin()),
                         std::make_move_iterator(rows.end()));
        trimPending();
        return;
    }
    insertIntoRing(rows);
}

void TrafficModel::insertIntoRing(std::span<TrafficRecord> rows) {
    // Rows the cap would drop at once never reach the view.
    if (std::cmp_greater(rows.size(), m_cap)) {
        const auto skipped = rows.size() - static_cast<std::size_t>(m_cap);
        m_totals.rowsDropped += skipped;
        rows = rows.subspan(skipped);
    }
    // The byte cap, likewise: the batch keeps its newest rows, then the oldest kept rows make room.
    qint64 incoming = 0;
    for (const TrafficRecord& row : rows)
        incoming += row.bytes.size();
    while (rows.size() > 1 && incoming > byteCap) {
        incoming -= rows.front().bytes.size();
        rows = rows.subspan(1);
        ++m_totals.rowsDropped;
    }
    if (rows.empty()) return;
    const auto added = static_cast<qsizetype>(rows.size());
    qsizetype overflow = std::max<qsizetype>(0, m_count + added - m_cap);
    if (overflow > 0) overflow = std::min<qsizetype>(m_count, overflow + capSlack());
    qint64 kept = m_bytesKept;
    for (qsizetype row = 0; row < overflow; ++row)
        kept -= at(row).bytes.size();
    while (overflow < m_count && kept + incoming > byteCap)
        kept -= at(overflow++).bytes.size();
    m_bytesKept = kept + incoming;
    if (overflow > 0) {
        beginRemoveRows({}, 0, static_cast<int>(overflow - 1));
        // Payloads go now: under the byte cap a slot may wait long before a new row reuses it.
        for (qsizetype row = 0; row < overflow; ++row)
            at(row).bytes = QByteArray();
        m_head = (m_head + overflow) % static_cast<qsizetype>(m_ring.size());
        m_count -= overflow;
        m_totals.rowsDropped += static_cast<quint64>(overflow);
        endRemoveRows();
    }
    ensureCapacity(m_count + added);
    beginInsertRows({}, static_cast<int>(m_count), static_cast<int>(m_count + added - 1));
    const auto size = static_cast<qsizetype>(m_ring.size());
    for (TrafficRecord& row : rows) {
        m_ring[static_cast<std::size_t>((m_head + m_count) % size)] = std::move(row);
        ++m_count;
    }
    endInsertRows();
}

void TrafficModel::trimPending() {
    if (std::cmp_less_equal(m_pending.size(), m_cap)) return;
    const auto excess = m_pending.size() - static_cast<std::size_t>(m_cap);
    m_pending.erase(m_pending.begin(), m_pending.begin() + static_cast<std::ptrdiff_t>(excess));
    m_totals.rowsDropped += excess;
}

void TrafficModel::notePeers(std::span<const TrafficRecord> records) {
    QStringList added;
    for (const TrafficRecord& rec : records) {
        if (rec.peer.isEmpty() || m_peerSet.size() >= maxKnownPeers || m_peerSet.contains(rec.peer)) continue;
        m_peerSet.insert(rec.peer);
        m_peerList.append(rec.peer);
        added.append(rec.peer);
    }
    if (!added.isEmpty()) emit peersAdded(added);
}

void TrafficModel::ensureCapacity(qsizetype needed) {
    const auto size = static_cast<qsizetype>(m_ring.size());
    if (size >= needed) return;
    // Unwrap first so that growing at the end keeps the rows in order.
    std::rotate(m_ring.begin(), m_ring.begin() + static_cast<std::ptrdiff_t>(m_head), m_ring.end());
    m_head = 0;
    const qsizetype grown = std::min<qsizetype>(m_cap, std::max<qsizetype>({needed, size * 2, 1024}));
    m_ring.resize(static_cast<std::size_t>(grown));
}

TrafficRecord& TrafficModel::at(qsizetype row) {
    return m_ring[static_cast<std::size_t>((m_head + row) % static_cast<qsizetype>(m_ring.size()))];
}

const TrafficRecord& TrafficModel::at(qsizetype row) const {
    return m_ring[static_cast<std::size_t>((m_head + row) % static_cast<qsizetype>(m_ring.size()))];
}
