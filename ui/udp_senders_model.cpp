#include "ui/udp_senders_model.h"

#include <QLocale>

#include <algorithm>
#include <climits>
#include <iterator>

UdpSendersModel::UdpSendersModel(QObject* parent) : QAbstractTableModel(parent) {}

UdpSendersModel::~UdpSendersModel() = default;

void UdpSendersModel::apply(std::span<const netcore::SessionEvent> events) {
    using Kind = netcore::SessionEventKind;
    // Rows touched among those already shown, for one dataChanged; new senders wait in m_pending
    // (their index in m_rowOf already counts them) and are inserted as one block.
    int firstChanged = rowCount();
    int lastChanged = -1;
    const int shown = rowCount();
    for (const auto& event : events) {
        if (event.kind != Kind::Datagram && event.kind != Kind::Sent) continue;
        if (!event.peer.isValid()) continue;
        // Looked up by the sockaddr's bytes: formatting the address of every datagram cost a
        // tenth of the GUI thread under a flood (docs/PERFORMANCE.md). Only a new sender is formatted.
        const auto raw = event.peer.raw();
        const auto key = QByteArray::fromRawData(reinterpret_cast<const char*>(raw.data()),
                                                 static_cast<qsizetype>(raw.size()));
        auto found = m_rowOf.constFind(key);
        if (found == m_rowOf.constEnd()) {
            if (event.kind == Kind::Sent) continue; // we only list who wrote to us
            if (shown + static_cast<int>(m_pending.size()) >= kMaxSenders) {
                ++m_unlisted;
                continue;
            }
            found = m_rowOf.insert(QByteArray(key.constData(), key.size()),
                                   shown + static_cast<int>(m_pending.size()));
            m_pending.push_back(
                {.address = event.peer, .text = QString::fromStdString(event.peer.toString())});
        }
        const int row = *found;
        Row& entry = row < shown ? m_rows[static_cast<std::size_t>(row)]
                                 : m_pending[static_cast<std::size_t>(row - shown)];
        if (event.kind == Kind::Datagram) {
            ++entry.datagramsIn;
            entry.bytesIn += event.byteCount;
            if (event.truncated) ++entry.cut;
        } else {
            ++entry.datagramsOut;
        }
        if (row < shown) {
            firstChanged = std::min(firstChanged, row);
            lastChanged = std::max(lastChanged, row);
        }
    }
    if (lastChanged >= 0)
        emit dataChanged(index(firstChanged, DatagramsInColumn), index(lastChanged, DatagramsOutColumn),
                         {Qt::DisplayRole, SortRole});
    if (!m_pending.empty()) {
        beginInsertRows({}, shown, shown + static_cast<int>(m_pending.size()) - 1);
        std::ranges::move(m_pending, std::back_inserter(m_rows));
        m_pending.clear();
        endInsertRows();
    }
}

void UdpSendersModel::clear() {
    if (m_rows.empty() && m_unlisted == 0) return;
    beginResetModel();
    m_rows.clear();
    m_rowOf.clear();
    m_unlisted = 0;
    endResetModel();
}

int UdpSendersModel::rowOf(const QString& address) const {
    // A lookup by text is rare (tests, the context menu): a scan of at most kMaxSenders rows.
    const auto found = std::ranges::find(m_rows, address, &Row::text);
    return found == m_rows.end() ? -1 : static_cast<int>(found - m_rows.begin());
}

const netcore::Address& UdpSendersModel::addressAt(int row) const {
    return m_rows.at(static_cast<std::size_t>(row)).address;
}

QStringList UdpSendersModel::senders() const {
    QStringList list;
    list.reserve(static_cast<qsizetype>(m_rows.size()));
    for (const auto& row : m_rows)
        list.append(row.text);
    return list;
}

int UdpSendersModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

int UdpSendersModel::columnCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : ColumnCount;
}

quint64 UdpSendersModel::counter(const Row& row, int column) const {
    switch (column) {
    case DatagramsInColumn:
        return row.datagramsIn;
    case BytesInColumn:
        return row.bytesIn;
    case CutColumn:
        return row.cut;
    case DatagramsOutColumn:
        return row.datagramsOut;
    default:
        return 0;
    }
}

QVariant UdpSendersModel::data(const QModelIndex& index, int role) const {
    if (!checkIndex(index, CheckIndexOption::IndexIsValid)) return {};
    const Row& row = m_rows[static_cast<std::size_t>(index.row())];
    const int column = index.column();
    switch (role) {
    case Qt::DisplayRole:
        if (column == SenderColumn) return row.text;
        return QLocale().toString(counter(row, column));
    case SortRole:
        if (column == SenderColumn) return row.text;
        return QVariant::fromValue(counter(row, column));
    case Qt::TextAlignmentRole:
        if (column != SenderColumn) return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case Qt::ToolTipRole:
        if (column == CutColumn && row.cut > 0)
            return tr("%n datagram(s) from this sender did not fit the receive buffer and were cut", nullptr,
                      static_cast<int>(std::min<quint64>(row.cut, INT_MAX)));
        if (column == SenderColumn) return tr("Select to reply to %1").arg(row.text);
        return {};
    default:
        return {};
    }
}

QVariant UdpSendersModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) return {};
    switch (section) {
    case SenderColumn:
        return tr("Sender");
    case DatagramsInColumn:
        return tr("In");
    case BytesInColumn:
        return tr("Bytes in");
    case CutColumn:
        return tr("Cut");
    case DatagramsOutColumn:
        return tr("Out");
    default:
        return {};
    }
}
