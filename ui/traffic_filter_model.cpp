#include "ui/traffic_filter_model.h"

#include "ui/traffic_model.h"

#include "netcore/typed_input.h"

#include <cstddef>
#include <string_view>

TrafficFilterModel::TrafficFilterModel(QObject* parent) : QSortFilterProxyModel(parent) {
    // Rows are filtered as they arrive; they are never sorted, so the proxy keeps arrival order.
    setDynamicSortFilter(true);
}

TrafficFilterModel::~TrafficFilterModel() = default;

void TrafficFilterModel::setSourceModel(QAbstractItemModel* model) {
    m_traffic = qobject_cast<TrafficModel*>(model);
    Q_ASSERT_X(model == nullptr || m_traffic != nullptr, "TrafficFilterModel",
               "the source must be a TrafficModel");
    QSortFilterProxyModel::setSourceModel(m_traffic);
}

void TrafficFilterModel::setPeerFilter(const QString& peer, PeerMatch match) {
    if (peer == m_peer && match == m_peerMatch) return;
    m_peer = peer;
    m_peerMatch = match;
    invalidateRowsFilter();
}

void TrafficFilterModel::setDirectionVisible(TrafficRecord::Direction direction, bool visible) {
    const int bits =
        visible ? (m_directions | directionBit(direction)) : (m_directions & ~directionBit(direction));
    if (bits == m_directions) return;
    m_directions = bits;
    invalidateRowsFilter();
}

bool TrafficFilterModel::isDirectionVisible(TrafficRecord::Direction direction) const {
    return (m_directions & directionBit(direction)) != 0;
}

std::optional<QByteArray> TrafficFilterModel::parseNeedle(const QString& text, FindMode mode) {
    const QByteArray utf8 = text.toUtf8();
    const std::string_view view(utf8.constData(), static_cast<std::size_t>(utf8.size()));
    const auto parsed = mode == FindMode::Hex ? netcore::parseHex(view) : netcore::parseEscapedText(view);
    if (!parsed) {
        // A lone backslash in a text search is more likely meant literally than a typo.
        if (mode == FindMode::Text) return utf8;
        return std::nullopt;
    }
    return QByteArray(reinterpret_cast<const char*>(parsed->data()), static_cast<qsizetype>(parsed->size()));
}

int TrafficFilterModel::findRow(const QByteArray& needle, int fromRow, bool backward) const {
    const int rows = rowCount();
    if (needle.isEmpty() || rows == 0 || m_traffic == nullptr) return -1;
    const int step = backward ? rows - 1 : 1; // modular -1 keeps the arithmetic non-negative
    int row = fromRow < 0 || fromRow >= rows ? (backward ? rows - 1 : 0) : (fromRow + step) % rows;
    for (int visited = 0; visited < rows; ++visited) {
        const int sourceRow = mapToSource(index(row, 0)).row();
        if (m_traffic->record(sourceRow).bytes.contains(needle)) return row;
        row = (row + step) % rows;
    }
    return -1;
}

bool TrafficFilterModel::filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const {
    if (sourceParent.isValid() || m_traffic == nullptr) return false;
    const TrafficRecord& record = m_traffic->record(sourceRow);
    if ((m_directions & directionBit(record.direction)) == 0) return false;
    if (m_peer.isEmpty()) return true;
    if (m_peerMatch == PeerMatch::Exact) return record.peer == m_peer;
    return record.peer.contains(m_peer, Qt::CaseInsensitive);
}

int TrafficFilterModel::directionBit(TrafficRecord::Direction direction) {
    return 1 << static_cast<int>(direction);
}
