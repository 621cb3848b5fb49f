#include "ui/connections_model.h"

#include <QGuiApplication>
#include <QLocale>
#include <QPalette>

#include <algorithm>
#include <utility>

using namespace Qt::StringLiterals;

ConnectionsModel::ConnectionsModel(QObject* parent) : QAbstractTableModel(parent) {}

ConnectionsModel::~ConnectionsModel() = default;

QString ConnectionsModel::stateText(State state) {
    switch (state) {
    case State::Connected:
        return tr("Connected");
    case State::HalfClosed:
        return tr("Half-closed (we shut down write)");
    case State::PeerClosed:
        return tr("Peer closed (EOF)");
    case State::Closed:
        return tr("Closed");
    case State::Reset:
        return tr("Reset");
    }
    return {};
}

void ConnectionsModel::addConnection(quint64 id, const QString& peer, const QDateTime& since) {
    if (const int row = rowOf(id); row >= 0) {
        Row& existing = m_rows[static_cast<std::size_t>(row)];
        if (isFinished(existing.state)) ++m_openCount;
        existing = Row{id, peer, since, 0, 0, State::Connected};
        emit dataChanged(index(row, 0), index(row, ColumnCount - 1));
        return;
    }
    const int row = rowCount();
    beginInsertRows({}, row, row);
    m_rows.push_back(Row{id, peer, since, 0, 0, State::Connected});
    m_index.insert(id, row);
    ++m_openCount;
    endInsertRows();
}

void ConnectionsModel::updateCounters(quint64 id, quint64 bytesIn, quint64 bytesOut) {
    updateCounters(QList<CounterUpdate>{{id, bytesIn, bytesOut}});
}

void ConnectionsModel::updateCounters(const QList<CounterUpdate>& updates) {
    int first = -1;
    int last = -1;
    for (const CounterUpdate& update : updates) {
        const int row = rowOf(update.id);
        if (row < 0) continue; // the connection was removed while its last counters were queued
        Row& entry = m_rows[static_cast<std::size_t>(row)];
        if (entry.bytesIn == update.bytesIn && entry.bytesOut == update.bytesOut) continue;
        entry.bytesIn = update.bytesIn;
        entry.bytesOut = update.bytesOut;
        first = first < 0 ? row : std::min(first, row);
        last = std::max(last, row);
    }
    // One signal for the whole batch: views repaint once, not once per connection.
    if (first >= 0)
        emit dataChanged(index(first, BytesInColumn), index(last, BytesOutColumn),
                         {Qt::DisplayRole, SortRole});
}

void ConnectionsModel::setState(quint64 id, State state) {
    const int row = rowOf(id);
    if (row < 0) return;
    Row& entry = m_rows[static_cast<std::size_t>(row)];
    if (entry.state == state) return;
    const bool greyChanges = isFinished(entry.state) != isFinished(state);
    if (greyChanges) m_openCount += isFinished(state) ? -1 : 1;
    entry.state = state;
    // Finishing greys the whole row; otherwise only the state cell changes.
    if (greyChanges)
        emit dataChanged(index(row, 0), index(row, ColumnCount - 1));
    else
        emit dataChanged(index(row, StateColumn), index(row, StateColumn), {Qt::DisplayRole, SortRole});
}

void ConnectionsModel::removeConnection(quint64 id) {
    const int row = rowOf(id);
    if (row < 0) return;
    removeRows(std::vector<int>{row});
}

void ConnectionsModel::clearClosed() {
    std::vector<int> rows;
    for (int row = rowCount() - 1; row >= 0; --row)
        if (isFinished(m_rows[static_cast<std::size_t>(row)].state)) rows.push_back(row);
    removeRows(rows);
}

void ConnectionsModel::clear() {
    if (m_rows.empty()) return;
    beginResetModel();
    m_rows.clear();
    m_index.clear();
    m_openCount = 0;
    endResetModel();
}

void ConnectionsModel::removeRows(const std::vector<int>& rowsDescending) {
    if (rowsDescending.empty()) return;
    // Contiguous runs go in one beginRemoveRows each, from the bottom so row numbers stay valid.
    std::size_t i = 0;
    while (i < rowsDescending.size()) {
        const int last = rowsDescending[i];
        int first = last;
        while (i + 1 < rowsDescending.size() && rowsDescending[i + 1] == first - 1) {
            ++i;
            --first;
        }
        ++i;
        beginRemoveRows({}, first, last);
        for (int row = first; row <= last; ++row) {
            const Row& gone = m_rows[static_cast<std::size_t>(row)];
            m_index.remove(gone.id);
            if (!isFinished(gone.state)) --m_openCount;
        }
        m_rows.erase(m_rows.begin() + first, m_rows.begin() + last + 1);
        reindexFrom(first);
        endRemoveRows();
    }
}

void ConnectionsModel::reindexFrom(int row) {
    for (int r = row; r < rowCount(); ++r)
        m_index.insert(m_rows[static_cast<std::size_t>(r)].id, r);
}

std::optional<quint64> ConnectionsModel::connectionAt(int row) const {
    if (row < 0 || row >= rowCount()) return std::nullopt;
    return m_rows[static_cast<std::size_t>(row)].id;
}

int ConnectionsModel::rowOf(quint64 id) const {
    return m_index.value(id, -1);
}

std::optional<ConnectionsModel::State> ConnectionsModel::stateOf(quint64 id) const {
    const int row = rowOf(id);
    if (row < 0) return std::nullopt;
    return m_rows[static_cast<std::size_t>(row)].state;
}

QList<quint64> ConnectionsModel::openConnectionIds() const {
    QList<quint64> ids;
    ids.reserve(m_openCount);
    for (const Row& row : m_rows)
        if (!isFinished(row.state)) ids.append(row.id);
    return ids;
}

int ConnectionsModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

int ConnectionsModel::columnCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ConnectionsModel::data(const QModelIndex& index, int role) const {
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) return {};
    const Row& row = m_rows[static_cast<std::size_t>(index.row())];
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case PeerColumn:
            return row.peer;
        case SinceColumn:
            return QLocale().toString(row.since.toLocalTime().time(), u"HH:mm:ss"_s);
        case BytesInColumn:
            return QLocale().toString(row.bytesIn);
        case BytesOutColumn:
            return QLocale().toString(row.bytesOut);
        case StateColumn:
            return stateText(row.state);
        default:
            return {};
        }
    case SortRole:
        switch (index.column()) {
        case PeerColumn:
            return row.peer;
        case SinceColumn:
            return row.since;
        case BytesInColumn:
            return QVariant::fromValue<qulonglong>(row.bytesIn);
        case BytesOutColumn:
            return QVariant::fromValue<qulonglong>(row.bytesOut);
        case StateColumn:
            return static_cast<int>(row.state);
        default:
            return {};
        }
    case Qt::ToolTipRole:
        if (index.column() == SinceColumn)
            return QLocale().toString(row.since.toLocalTime(), QLocale::LongFormat);
        return {};
    case Qt::TextAlignmentRole:
        if (index.column() == BytesInColumn || index.column() == BytesOutColumn)
            return QVariant::fromValue(Qt::Alignment(Qt::AlignRight | Qt::AlignVCenter));
        return {};
    case Qt::ForegroundRole:
        // Finished connections are kept for reference, greyed in the palette's disabled text colour.
        if (isFinished(row.state))
            return QGuiApplication::palette().color(QPalette::Disabled, QPalette::Text);
        return {};
    default:
        return {};
    }
}

QVariant ConnectionsModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) return {};
    switch (section) {
    case PeerColumn:
        return tr("Peer");
    case SinceColumn:
        return tr("Connected since");
    case BytesInColumn:
        return tr("Bytes in");
    case BytesOutColumn:
        return tr("Bytes out");
    case StateColumn:
        return tr("State");
    default:
        return {};
    }
}
