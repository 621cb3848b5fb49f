#pragma once

#include "ui/traffic_record.h"

#include <QByteArray>
#include <QSortFilterProxyModel>
#include <QString>

#include <cstdint>
#include <optional>

class TrafficModel;

// What the traffic table shows of a TrafficModel: rows of the chosen directions and peer, in arrival
// order (no sorting: a capture log reads top to bottom). Also finds rows by content, searching the
// complete bytes of each row, not the shortened Data cell.
class TrafficFilterModel : public QSortFilterProxyModel {
    Q_OBJECT

public:
    // Exact when the user picked a peer from the list ("127.0.0.1:5041" must not also match
    // "127.0.0.1:50412"); substring while typing.
    enum class PeerMatch : std::uint8_t { Substring, Exact };
    enum class FindMode : std::uint8_t { Text, Hex };

    explicit TrafficFilterModel(QObject* parent = nullptr);
    ~TrafficFilterModel() override;

    // Only a TrafficModel is accepted (the filter reads its records directly, not through QVariants).
    void setSourceModel(QAbstractItemModel* model) override;

    // An empty peer shows every peer.
    void setPeerFilter(const QString& peer, PeerMatch match);
    [[nodiscard]] QString peerFilter() const { return m_peer; }
    [[nodiscard]] PeerMatch peerMatch() const { return m_peerMatch; }

    void setDirectionVisible(TrafficRecord::Direction direction, bool visible);
    [[nodiscard]] bool isDirectionVisible(TrafficRecord::Direction direction) const;

    // The bytes to look for: text with the composer's escapes (\n, \r, \t, \xNN; taken literally if
    // they do not parse), or hex ("de ad", "dead", "0xde"). nullopt for hex that does not parse.
    [[nodiscard]] static std::optional<QByteArray> parseNeedle(const QString& text, FindMode mode);

    // The next shown row after `fromRow` (or before it, backward) whose bytes contain `needle`,
    // wrapping around; fromRow -1 starts at the first (or last) row. -1 when no row matches.
    [[nodiscard]] int findRow(const QByteArray& needle, int fromRow, bool backward) const;

protected:
    [[nodiscard]] bool filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const override;

private:
    [[nodiscard]] static int directionBit(TrafficRecord::Direction direction);

    TrafficModel* m_traffic = nullptr;
    QString m_peer;
    PeerMatch m_peerMatch = PeerMatch::Substring;
    int m_directions = 0x7; // one bit per TrafficRecord::Direction
};
