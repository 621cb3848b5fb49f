#pragma once

#include "ui/tab_spec.h"

#include "netcore/address.h"

#include <QAbstractTableModel>
#include <QList>
#include <QString>

// The chat tab's contact book: name -> host:port (the seed's qq_name_dic), with unread counts. It also
// holds "strangers": addresses that sent a message but are in no contact, shown as "Message from
// [addr:port]" until the user adds them as a contact. Contacts are edited in place (name, host, port)
// with validation; strangers are read-only. contacts() is what the tab saves in its spec.
class ContactBookModel : public QAbstractTableModel {
    Q_OBJECT

public:
    enum Column { NameColumn, HostColumn, PortColumn, UnreadColumn, ColumnCount };
    enum Role {
        ConversationKeyRole = Qt::UserRole + 1, // the contact's name, or a stranger's address
        IsStrangerRole,
        AddressRole, // "127.0.0.1:8081"
        UnreadRole,
    };

    explicit ContactBookModel(QObject* parent = nullptr);

    // The seed's book: TOM, JACK, 一棵树, 武大郎, all at 127.0.0.1:8081.
    [[nodiscard]] static QList<ChatContact> seedContacts();
    // "127.0.0.1:8081", "[::1]:8081": how addresses are compared and conversations of strangers named.
    [[nodiscard]] static QString addressKey(const netcore::Address& address);

    // Replaces everything (strangers too); unread counts restart at 0. Invalid entries are skipped.
    void setContacts(const QList<ChatContact>& contacts);
    [[nodiscard]] QList<ChatContact> contacts() const;

    // Empty when `contact` could be stored at `row` (-1: a new one); else why not, in one sentence.
    [[nodiscard]] QString problem(const ChatContact& contact, int row = -1) const;
    bool addContact(const ChatContact& contact, QString* error = nullptr);
    bool updateContact(int row, const ChatContact& contact, QString* error = nullptr);
    // Removes a contact or a stranger.
    bool removeEntry(int row);
    // The stranger at `row` becomes a contact named `name` (its conversation goes with it).
    bool promoteStranger(int row, const QString& name, QString* error = nullptr);

    [[nodiscard]] int rowOfKey(const QString& key) const;
    // Contacts at this address, in book order (the seed points all four at one server).
    [[nodiscard]] QList<int> contactRowsAt(const netcore::Address& address) const;
    // The stranger row for this address, added if there is none.
    int strangerRow(const netcore::Address& address);

    [[nodiscard]] QString key(int row) const;
    [[nodiscard]] bool isStranger(int row) const;
    [[nodiscard]] ChatContact contact(int row) const;
    // The label of the row: the name, or "Message from [addr:port]" for a stranger.
    [[nodiscard]] QString label(int row) const;
    [[nodiscard]] int unread(int row) const;
    void addUnread(int row, int count = 1);
    void clearUnread(int row);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;
    bool setData(const QModelIndex& index, const QVariant& value, int role = Qt::EditRole) override;

signals:
    // A conversation is keyed by name: the tab moves it along.
    void keyChanged(const QString& oldKey, const QString& newKey);
    // An edit in the table was refused; `problem` says why (the tab shows it).
    void editRejected(const QString& problem);
    // The saved part (contacts, not strangers or unread counts) changed.
    void contactsChanged();

private:
    struct Entry {
        ChatContact contact;
        bool stranger = false;
        int unread = 0;
        QString address; // addressKey() of host:port
    };

    [[nodiscard]] bool isValidRow(int row) const { return row >= 0 && row < m_entries.size(); }
    [[nodiscard]] static QString addressOf(const ChatContact& contact);
    void emitRowChanged(int row);

    QList<Entry> m_entries;
};
