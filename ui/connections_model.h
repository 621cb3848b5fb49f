#pragma once

#include <QAbstractTableModel>
#include <QDateTime>
#include <QHash>
#include <QList>
#include <QString>

#include <optional>
#include <vector>

// A server's connections: peer, connected since, bytes in and out, state; one row per connection id.
// Closed and reset connections stay in the list, greyed, until clearClosed() or removeConnection():
// a connection that vanished the moment it closed could not be inspected, and "who was here" is half
// of what a server tab is for.
class ConnectionsModel : public QAbstractTableModel {
    Q_OBJECT

public:
    enum Column { PeerColumn, SinceColumn, BytesInColumn, BytesOutColumn, StateColumn, ColumnCount };
    enum class State {
        Connected,
        HalfClosed, // we shut down writing (sent FIN); the peer may still send
        PeerClosed, // the peer sent FIN: recv() returned 0 (EOF)
        Closed,
        Reset,
    };
    // Raw values for sorting and for tests: counters as qulonglong, Since as QDateTime, State as int.
    static constexpr int SortRole = Qt::UserRole + 1;

    struct CounterUpdate {
        quint64 id = 0;
        quint64 bytesIn = 0;
        quint64 bytesOut = 0;
    };

    explicit ConnectionsModel(QObject* parent = nullptr);
    ~ConnectionsModel() override;

    // Adding an id that exists replaces its row's peer and time (the id was reused).
    void addConnection(quint64 id, const QString& peer, const QDateTime& since);
    // Counters are totals, not increments: a missed update cannot make them drift.
    void updateCounters(quint64 id, quint64 bytesIn, quint64 bytesOut);
    // Many connections at once, one dataChanged for the rows touched.
    void updateCounters(const QList<CounterUpdate>& updates);
    void setState(quint64 id, State state);
    void removeConnection(quint64 id);
    // Removes every Closed and Reset row.
    void clearClosed();
    void clear();

    [[nodiscard]] std::optional<quint64> connectionAt(int row) const;
    // -1 when the id is unknown.
    [[nodiscard]] int rowOf(quint64 id) const;
    [[nodiscard]] std::optional<State> stateOf(quint64 id) const;
    // Connections not yet Closed or Reset. Kept as a count, not counted: a server tab asks for it on
    // every accept, and counting 10,000 rows each time stalled the GUI for seconds.
    [[nodiscard]] int openCount() const { return m_openCount; }
    // The ids of those connections, in row order.
    [[nodiscard]] QList<quint64> openConnectionIds() const;

    [[nodiscard]] static QString stateText(State state);
    [[nodiscard]] static bool isFinished(State state) {
        return state == State::Closed || state == State::Reset;
    }

    [[nodiscard]] int rowCount(const QModelIndex& parent = {}) const override;
    [[nodiscard]] int columnCount(const QModelIndex& parent = {}) const override;
    [[nodiscard]] QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    [[nodiscard]] QVariant headerData(int section, Qt::Orientation orientation,
                                      int role = Qt::DisplayRole) const override;

private:
    struct Row {
        quint64 id = 0;
        QString peer;
        QDateTime since;
        quint64 bytesIn = 0;
        quint64 bytesOut = 0;
        State state = State::Connected;
    };

    void removeRows(const std::vector<int>& rowsDescending);
    void reindexFrom(int row);

    std::vector<Row> m_rows;
    QHash<quint64, int> m_index; // id -> row
    int m_openCount = 0;
};
