#pragma once

#include "netcore/address.h"
#include "netcore/session_event.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QString>
#include <QStringList>

#include <span>
#include <vector>

// The distinct addresses a UDP server heard from: datagrams and bytes in, how many were cut, and
// datagrams sent back. UDP has no connections, so the sender's address is all there is to reply to;
// this list is how the user picks it. One row per address, in order of first datagram.
//
// Fed with whole event batches: new senders are inserted as one block and counter changes are one
// dataChanged per batch, so a flood costs the view a few signals, never one per datagram. A flood
// from ever new ports (a scan, a spoofed source) stops adding rows at kMaxSenders; the counts of
// the listed senders stay exact.
class UdpSendersModel : public QAbstractTableModel {
    Q_OBJECT

public:
    enum Column {
        SenderColumn,
        DatagramsInColumn,
        BytesInColumn,
        CutColumn,
        DatagramsOutColumn,
        ColumnCount
    };
    // Counters as qulonglong, for sorting and tests.
    static constexpr int SortRole = Qt::UserRole + 1;
    static constexpr int kMaxSenders = 10'000;

    explicit UdpSendersModel(QObject* parent = nullptr);
    ~UdpSendersModel() override;

    // Datagram events add or update their sender; Sent events count for a known sender only.
    void apply(std::span<const netcore::SessionEvent> events);
    void clear();

    // -1 when the address ("127.0.0.1:5000") is not listed.
    [[nodiscard]] int rowOf(const QString& address) const;
    [[nodiscard]] const netcore::Address& addressAt(int row) const;
    [[nodiscard]] QStringList senders() const;
    // Senders not listed because the list was full.
    [[nodiscard]] quint64 unlistedCount() const { return m_unlisted; }

    [[nodiscard]] int rowCount(const QModelIndex& parent = {}) const override;
    [[nodiscard]] int columnCount(const QModelIndex& parent = {}) const override;
    [[nodiscard]] QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    [[nodiscard]] QVariant headerData(int section, Qt::Orientation orientation,
                                      int role = Qt::DisplayRole) const override;

private:
    struct Row {
        netcore::Address address;
        QString text;
        quint64 datagramsIn = 0;
        quint64 bytesIn = 0;
        quint64 cut = 0;
        quint64 datagramsOut = 0;
    };

    [[nodiscard]] quint64 counter(const Row& row, int column) const;

    std::vector<Row> m_rows;
    QHash<QByteArray, int> m_rowOf; ///< by the sender's sockaddr bytes
    std::vector<Row> m_pending;     ///< senders new in the batch being applied
    quint64 m_unlisted = 0;
};
