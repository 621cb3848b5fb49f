#include "ui/socket_list_model.h"

#include "netcore_qt/session_handle.h"

#include <QBrush>
#include <QColor>
#include <QLocale>

#include <algorithm>
#include <unordered_map>

using namespace Qt::StringLiterals;

namespace {

bool flagOf(const netcore::SocketSnapshot& snapshot, int column) {
    if (!snapshot.readiness) return false;
    switch (column) {
    case SocketListModel::Readable:
        return snapshot.readiness->readable;
    case SocketListModel::Writable:
        return snapshot.readiness->writable;
    case SocketListModel::Failed:
        return snapshot.readiness->failed;
    default:
        return false;
    }
}

QString countText(const std::optional<std::size_t>& count) {
    return count ? QLocale().toString(static_cast<qulonglong>(*count)) : u"—"_s;
}

bool sameSnapshot(const netcore::SocketSnapshot& a, const netcore::SocketSnapshot& b) {
    return a.id == b.id && a.role == b.role && a.connection == b.connection && a.local == b.local &&
           a.peer == b.peer && a.queuedBytes == b.queuedBytes && a.readiness == b.readiness;
}

} // namespace

SocketListModel::SocketListModel(QObject* parent) : QAbstractTableModel(parent) {}

QString SocketListModel::addressText(const netcore::Address& address) {
    return address.isValid() ? QString::fromStdString(address.toString()) : u"—"_s;
}

SocketListModel::Row SocketListModel::makeRow(Entry entry) {
    Row row;
    row.local = addressText(entry.snapshot.local);
    row.peer = addressText(entry.snapshot.peer);
    row.entry = std::move(entry);
    return row;
}

void SocketListModel::update(std::vector<Entry> entries) {
    const auto keyOf = [](const Entry& entry) {
        return std::pair(static_cast<const void*>(entry.handle.data()), entry.snapshot.id);
    };
    std::map<std::pair<const void*, netcore::SocketId>, std::size_t> fresh;
    for (std::size_t i = 0; i < entries.size(); ++i)
        fresh.emplace(keyOf(entries[i]), i);

    // Gone rows, from the end so the indexes stay right.
    for (int row = rowCount() - 1; row >= 0; --row) {
        if (fresh.contains(keyOf(m_rows[static_cast<std::size_t>(row)].entry))) continue;
        beginRemoveRows({}, row, row);
        m_rows.erase(m_rows.begin() + row);
        endRemoveRows();
    }
    // Rows still there: changed in place.
    std::vector<bool> used(entries.size(), false);
    for (std::size_t row = 0; row < m_rows.size(); ++row) {
        const std::size_t index = fresh.at(keyOf(m_rows[row].entry));
        used[index] = true;
        if (sameSnapshot(m_rows[row].entry.snapshot, entries[index].snapshot)) continue;
        m_rows[row] = makeRow(std::move(entries[index]));
        const int r = static_cast<int>(row);
        emit dataChanged(this->index(r, 0), this->index(r, ColumnCount - 1));
    }
    // New rows, appended in one go.
    std::vector<Row> added;
    for (std::size_t i = 0; i < entries.size(); ++i)
        if (!used[i]) added.push_back(makeRow(std::move(entries[i])));
    if (added.empty()) return;
    const int first = rowCount();
    beginInsertRows({}, first, first + static_cast<int>(added.size()) - 1);
    std::move(added.begin(), added.end(), std::back_inserter(m_rows));
    endInsertRows();
}

void SocketListModel::clear() {
    if (m_rows.empty()) return;
    beginResetModel();
    m_rows.clear();
    endResetModel();
}

const SocketListModel::Entry* SocketListModel::entryAt(int row) const {
    if (row < 0 || row >= rowCount()) return nullptr;
    return &m_rows[static_cast<std::size_t>(row)].entry;
}

int SocketListModel::rowOf(const netcore_qt::SessionHandle* handle, netcore::SocketId id) const {
    for (std::size_t row = 0; row < m_rows.size(); ++row)
        if (m_rows[row].entry.handle == handle && m_rows[row].entry.snapshot.id == id)
            return static_cast<int>(row);
    return -1;
}

int SocketListModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

int SocketListModel::columnCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : ColumnCount;
}

QString SocketListModel::roleText(const netcore::SocketSnapshot& snapshot) {
    switch (snapshot.role) {
    case netcore::SocketRole::Listener:
        return tr("listener");
    case netcore::SocketRole::Accepted:
        return tr("accepted #%1").arg(snapshot.connection);
    case netcore::SocketRole::Client:
        return tr("client");
    case netcore::SocketRole::Udp:
        break;
    }
    return QString::fromUtf8(netcore::socketRoleName(snapshot.role)); // "UDP": a protocol name
}

QVariant SocketListModel::display(const Row& row, int column) const {
    const auto& snapshot = row.entry.snapshot;
    switch (column) {
    case Id:
        return u"#%1"_s.arg(snapshot.id);
    case Role:
        return roleText(snapshot);
    case Local:
        return row.local;
    case Peer:
        return row.peer;
    case Readable:
        if (snapshot.readiness && snapshot.readiness->hangUp) return tr("✓ EOF");
        [[fallthrough]];
    case Writable:
    case Failed:
        return flagOf(snapshot, column) ? u"✓"_s : QString();
    case ToRead:
        return snapshot.readiness ? countText(snapshot.readiness->bytesToRead) : QString();
    case Unsent:
        return snapshot.readiness ? countText(snapshot.readiness->bytesUnsent) : QString();
    case Queued:
        return QLocale().toString(static_cast<qulonglong>(snapshot.queuedBytes));
    default:
        return {};
    }
}

QVariant SocketListModel::toolTip(const Row& row, int column) const {
    const auto& snapshot = row.entry.snapshot;
    switch (column) {
    case Readable:
        return snapshot.role == netcore::SocketRole::Listener
                   ? tr("In select()'s rlist: a connection waits in the backlog; accept() would not block.")
                   : tr("In select()'s rlist: recv() would not block (data, EOF or an error waits).");
    case Writable:
        return tr("In select()'s wlist: send() would not block (there is room in the send buffer).");
    case Failed:
        return tr("An error is pending on the socket (POLLERR); SO_ERROR says which.");
    case ToRead:
        return tr("FIONREAD: bytes in the receive buffer that recv() would return now. A server that "
                  "stops reading (or a blocking client before Receive) leaves them here.");
    case Unsent:
        return tr("Bytes in the OS's send buffer not yet acknowledged by the peer (Linux SIOCOUTQ, macOS "
                  "SO_NWRITE; Windows does not say).");
    case Queued:
        return tr("SockLab's own queue: bytes accepted by Send that the OS has not taken yet, because the "
                  "socket's send buffer is full (the peer does not read).");
    case Local:
        return tr("getsockname()");
    case Peer:
        return tr("getpeername()");
    default:
        return {};
    }
}

QVariant SocketListModel::data(const QModelIndex& index, int role) const {
    if (!index.isValid() || !checkIndex(index, CheckIndexOption::ParentIsInvalid)) return {};
    const Row& row = m_rows[static_cast<std::size_t>(index.row())];
    const int column = index.column();
    switch (role) {
    case Qt::DisplayRole:
        return display(row, column);
    case Qt::ToolTipRole:
        return toolTip(row, column);
    case FlagRole:
        return flagOf(row.entry.snapshot, column);
    case Qt::TextAlignmentRole:
        if (column >= Readable && column <= Failed) return int(Qt::AlignCenter);
        if (column >= ToRead && column <= Queued) return int(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case Qt::BackgroundRole:
        if (column == Failed && flagOf(row.entry.snapshot, column)) return QBrush(QColor(0xf4, 0xc7, 0xc3));
        if (column == Readable && flagOf(row.entry.snapshot, column)) return QBrush(QColor(0xc8, 0xe6, 0xc9));
        if (column == ToRead && row.entry.snapshot.readiness &&
            row.entry.snapshot.readiness->bytesToRead.value_or(0) > 0)
            return QBrush(QColor(0xc8, 0xe6, 0xc9));
        return {};
    default:
        return {};
    }
}

QVariant SocketListModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal) return {};
    if (role == Qt::ToolTipRole && section == Id)
        return tr("The socket's id in the call timeline and traces");
    if (role != Qt::DisplayRole) return {};
    switch (section) {
    case Id:
        return tr("Socket");
    case Role:
        return tr("Role");
    case Local:
        return tr("Local");
    case Peer:
        return tr("Peer");
    case Readable:
        return tr("Readable");
    case Writable:
        return tr("Writable");
    case Failed:
        return tr("Error");
    case ToRead:
        return tr("To read");
    case Unsent:
        return tr("Unsent");
    case Queued:
        return tr("Queued");
    default:
        return {};
    }
}
