#include "ui/contact_book_model.h"

#include <QFont>

using namespace Qt::StringLiterals;

ContactBookModel::ContactBookModel(QObject* parent) : QAbstractTableModel(parent) {}

QList<ChatContact> ContactBookModel::seedContacts() {
    const QString host = u"127.0.0.1"_s;
    return {{u"TOM"_s, host, 8081},
            {u"JACK"_s, host, 8081},
            {u"一棵树"_s, host, 8081},
            {u"武大郎"_s, host, 8081}};
}

QString ContactBookModel::addressKey(const netcore::Address& address) {
    return QString::fromStdString(address.toString());
}

QString ContactBookModel::addressOf(const ChatContact& contact) {
    const auto address = netcore::Address::fromHostPort(contact.host.toStdString(), contact.port);
    return address ? addressKey(*address) : QString();
}

void ContactBookModel::setContacts(const QList<ChatContact>& contacts) {
    beginResetModel();
    m_entries.clear();
    for (const auto& contact : contacts)
        if (problem(contact).isEmpty()) m_entries.append({contact, false, 0, addressOf(contact)});
    endResetModel();
}

QList<ChatContact> ContactBookModel::contacts() const {
    QList<ChatContact> result;
    for (const auto& entry : m_entries)
        if (!entry.stranger) result.append(entry.contact);
    return result;
}

QString ContactBookModel::problem(const ChatContact& contact, int row) const {
    const QString name = contact.name.trimmed();
    if (name.isEmpty()) return tr("A contact needs a name.");
    if (name != contact.name) return tr("A name cannot start or end with spaces.");
    for (int i = 0; i < m_entries.size(); ++i)
        if (i != row && !m_entries[i].stranger && m_entries[i].contact.name == name)
            return tr("There is already a contact named %1.").arg(name);
    if (contact.port == 0) return tr("The port must be between 1 and 65535.");
    if (contact.host.trimmed().isEmpty()) return tr("A contact needs a host.");
    // sendto() takes a numeric address; names would need a lookup on every message.
    if (!netcore::Address::fromHostPort(contact.host.toStdString(), contact.port))
        return tr("%1 is not a numeric IPv4 or IPv6 address (such as 127.0.0.1 or ::1).").arg(contact.host);
    return {};
}

bool ContactBookModel::addContact(const ChatContact& contact, QString* error) {
    const QString why = problem(contact);
    if (error) *error = why;
    if (!why.isEmpty()) return false;
    const int row = static_cast<int>(m_entries.size());
    beginInsertRows({}, row, row);
    m_entries.append({contact, false, 0, addressOf(contact)});
    endInsertRows();
    emit contactsChanged();
    return true;
}

bool ContactBookModel::updateContact(int row, const ChatContact& contact, QString* error) {
    if (!isValidRow(row) || m_entries[row].stranger) {
        if (error) *error = tr("Only contacts can be edited.");
        return false;
    }
    const QString why = problem(contact, row);
    if (error) *error = why;
    if (!why.isEmpty()) return false;
    Entry& entry = m_entries[row];
    const QString oldName = entry.contact.name;
    entry.contact = contact;
    entry.address = addressOf(contact);
    emitRowChanged(row);
    if (oldName != contact.name) emit keyChanged(oldName, contact.name);
    emit contactsChanged();
    return true;
}

bool ContactBookModel::removeEntry(int row) {
    if (!isValidRow(row)) return false;
    const bool wasContact = !m_entries[row].stranger;
    beginRemoveRows({}, row, row);
    m_entries.removeAt(row);
    endRemoveRows();
    if (wasContact) emit contactsChanged();
    return true;
}

bool ContactBookModel::promoteStranger(int row, const QString& name, QString* error) {
    if (!isValidRow(row) || !m_entries[row].stranger) {
        if (error) *error = tr("Only a message from an unknown address can be added as a contact.");
        return false;
    }
    ChatContact contact = m_entries[row].contact;
    contact.name = name;
    const QString why = problem(contact, row);
    if (error) *error = why;
    if (!why.isEmpty()) return false;
    const QString oldKey = key(row);
    m_entries[row].contact = contact;
    m_entries[row].stranger = false;
    emitRowChanged(row);
    emit keyChanged(oldKey, name);
    emit contactsChanged();
    return true;
}

int ContactBookModel::rowOfKey(const QString& key) const {
    for (int i = 0; i < m_entries.size(); ++i)
        if (this->key(i) == key) return i;
    return -1;
}

QList<int> ContactBookModel::contactRowsAt(const netcore::Address& address) const {
    const QString wanted = addressKey(address);
    QList<int> rows;
    for (int i = 0; i < m_entries.size(); ++i)
        if (!m_entries[i].stranger && m_entries[i].address == wanted) rows.append(i);
    return rows;
}

int ContactBookModel::strangerRow(const netcore::Address& address) {
    const QString wanted = addressKey(address);
    for (int i = 0; i < m_entries.size(); ++i)
        if (m_entries[i].stranger && m_entries[i].address == wanted) return i;
    const int row = static_cast<int>(m_entries.size());
    beginInsertRows({}, row, row);
    m_entries.append({{{}, QString::fromStdString(address.host()), address.port()}, true, 0, wanted});
    endInsertRows();
    return row;
}

QString ContactBookModel::key(int row) const {
    if (!isValidRow(row)) return {};
    const Entry& entry = m_entries[row];
    return entry.stranger ? entry.address : entry.contact.name;
}

bool ContactBookModel::isStranger(int row) const {
    return isValidRow(row) && m_entries[row].stranger;
}

ChatContact ContactBookModel::contact(int row) const {
    return isValidRow(row) ? m_entries[row].contact : ChatContact{};
}

QString ContactBookModel::label(int row) const {
    if (!isValidRow(row)) return {};
    const Entry& entry = m_entries[row];
    //: A conversation with an address that is in no contact. Chinese: 来自[%1]的一条消息
    return entry.stranger ? tr("Message from [%1]").arg(entry.address) : entry.contact.name;
}

int ContactBookModel::unread(int row) const {
    return isValidRow(row) ? m_entries[row].unread : 0;
}

void ContactBookModel::addUnread(int row, int count) {
    if (!isValidRow(row) || count <= 0) return;
    m_entries[row].unread += count;
    emitRowChanged(row);
}

void ContactBookModel::clearUnread(int row) {
    if (!isValidRow(row) || m_entries[row].unread == 0) return;
    m_entries[row].unread = 0;
    emitRowChanged(row);
}

void ContactBookModel::emitRowChanged(int row) {
    emit dataChanged(index(row, 0), index(row, ColumnCount - 1));
}

int ContactBookModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : static_cast<int>(m_entries.size());
}

int ContactBookModel::columnCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ContactBookModel::data(const QModelIndex& index, int role) const {
    if (!index.isValid() || !checkIndex(index, CheckIndexOption::ParentIsInvalid)) return {};
    const int row = index.row();
    const Entry& entry = m_entries[row];
    switch (role) {
    case Qt::DisplayRole:
    case Qt::EditRole:
        switch (index.column()) {
        case NameColumn:
            return role == Qt::EditRole ? entry.contact.name : label(row);
        case HostColumn:
            return entry.contact.host;
        case PortColumn:
            return entry.contact.port;
        case UnreadColumn:
            return entry.unread > 0 ? QVariant(entry.unread) : QVariant();
        default:
            return {};
        }
    case Qt::FontRole:
        if (entry.unread > 0) {
            QFont font;
            font.setBold(true);
            return font;
        }
        return {};
    case Qt::ToolTipRole:
        return entry.stranger ? tr("%1 — not in your contacts").arg(label(row))
                              : tr("%1 — %2").arg(entry.contact.name, entry.address);
    case Qt::TextAlignmentRole:
        if (index.column() == PortColumn || index.column() == UnreadColumn)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case ConversationKeyRole:
        return key(row);
    case IsStrangerRole:
        return entry.stranger;
    case AddressRole:
        return entry.address;
    case UnreadRole:
        return entry.unread;
    default:
        return {};
    }
}

QVariant ContactBookModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) return {};
    switch (section) {
    case NameColumn:
        return tr("Name");
    case HostColumn:
        return tr("Host");
    case PortColumn:
        return tr("Port");
    case UnreadColumn:
        return tr("Unread");
    default:
        return {};
    }
}

Qt::ItemFlags ContactBookModel::flags(const QModelIndex& index) const {
    if (!index.isValid() || !checkIndex(index, CheckIndexOption::ParentIsInvalid)) return Qt::NoItemFlags;
    Qt::ItemFlags result = Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemNeverHasChildren;
    if (!m_entries[index.row()].stranger && index.column() != UnreadColumn) result |= Qt::ItemIsEditable;
    return result;
}

bool ContactBookModel::setData(const QModelIndex& index, const QVariant& value, int role) {
    if (role != Qt::EditRole || !(flags(index) & Qt::ItemIsEditable)) return false;
    ChatContact edited = m_entries[index.row()].contact;
    switch (index.column()) {
    case NameColumn:
        edited.name = value.toString().trimmed();
        break;
    case HostColumn:
        edited.host = value.toString().trimmed();
        break;
    case PortColumn: {
        bool ok = false;
        const int port = value.toString().trimmed().toInt(&ok);
        if (!ok || port < 1 || port > 65535) {
            emit editRejected(tr("The port must be between 1 and 65535."));
            return false;
        }
        edited.port = static_cast<quint16>(port);
        break;
    }
    default:
        return false;
    }
    if (edited == m_entries[index.row()].contact) return true;
    QString error;
    if (!updateContact(index.row(), edited, &error)) {
        emit editRejected(error);
        return false;
    }
    return true;
}
