#pragma once

#include "netcore/socket_inspection.h"

#include <QAbstractTableModel>
#include <QPointer>
#include <QString>

#include <vector>

namespace netcore_qt {
class SessionHandle;
}

// The sockets of one tab as a table: who each one is (id, role, addresses) and, live, the picture
// select() would paint for it: readable, writable, in error, and how many bytes wait. Rows are
// kept by (handle, socket id) and updated in place, so a refresh every 200 ms keeps the selection
// and never resets the model.
class SocketListModel : public QAbstractTableModel {
    Q_OBJECT
public:
    // The select() picture first: a narrow dock shows it without scrolling.
    enum Column { Id, Role, Readable, Writable, Failed, ToRead, Unsent, Queued, Local, Peer, ColumnCount };
    // Readable / Writable / Failed columns: the flag as a bool under this role.
    static constexpr int FlagRole = Qt::UserRole + 1;

    struct Entry {
        QPointer<netcore_qt::SessionHandle> handle;
        netcore::SocketSnapshot snapshot;
    };

    explicit SocketListModel(QObject* parent = nullptr);

    // Replaces the rows with `entries`: rows of sockets still there are updated in place, gone
    // ones removed, new ones appended.
    void update(std::vector<Entry> entries);
    void clear();

    [[nodiscard]] const Entry* entryAt(int row) const;
    // The row of (handle, socket id), or -1.
    [[nodiscard]] int rowOf(const netcore_qt::SessionHandle* handle, netcore::SocketId id) const;

    [[nodiscard]] int rowCount(const QModelIndex& parent = {}) const override;
    [[nodiscard]] int columnCount(const QModelIndex& parent = {}) const override;
    [[nodiscard]] QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    [[nodiscard]] QVariant headerData(int section, Qt::Orientation orientation,
                                      int role = Qt::DisplayRole) const override;

    // "127.0.0.1:8080", or "—" for an address the socket does not have.
    [[nodiscard]] static QString addressText(const netcore::Address& address);
    // The Role column: what the socket is to its session, translated ("accepted #2").
    [[nodiscard]] static QString roleText(const netcore::SocketSnapshot& snapshot);

private:
    struct Row {
        Entry entry;
        QString local; // formatted once per change, not per paint
        QString peer;
    };
    [[nodiscard]] static Row makeRow(Entry entry);
    [[nodiscard]] QVariant display(const Row& row, int column) const;
    [[nodiscard]] QVariant toolTip(const Row& row, int column) const;

    std::vector<Row> m_rows;
};
