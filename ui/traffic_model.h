#pragma once

#include "ui/traffic_record.h"

#include "netcore/framing.h"

#include <QAbstractTableModel>
#include <QFont>
#include <QSet>
#include <QStringList>

#include <cstdint>
#include <deque>
#include <map>
#include <memory>
#include <optional>
#include <span>
#include <utility>
#include <vector>

// The rows of a traffic view, kept in a ring buffer of at most cap() records (default 100,000).
// Records arrive in batches: one beginInsertRows per batch, never one per packet. When the cap is
// reached, the oldest rows go together with a tenth of the cap more (capSlack()), so the next
// removal comes thousands of rows later: a removal at the front costs the filter proxy and the table's
// header time in proportion to all the rows they hold (a 50,000/s flood spent 12 % of the GUI thread
// removing rows batch by batch). So a full view holds between cap() - capSlack() and cap() rows.
//
// Framing: Received and Sent chunks go through a netcore::FrameDecoder per connection and direction,
// so with "lines" or "length prefix" a row is a message, whatever the TCP segmentation was. Only the
// framed rows are kept (not the raw chunks), so a framing change applies to data arriving from then
// on; bytes waiting in the old decoders for the end of a message become one row each, so nothing is
// hidden. Info records are never framed.
//
// Pause stops inserting rows, not counting them: totals stay exact, framing continues, and the rows
// produced meanwhile wait (bounded by the cap) until resume inserts them as one batch.
class TrafficModel : public QAbstractTableModel {
    Q_OBJECT

public:
    enum Column : int { TimeColumn, DirectionColumn, PeerColumn, SizeColumn, DataColumn, ColumnCount };
    enum Role : int {
        RecordRole = Qt::UserRole + 1, // the whole TrafficRecord (a copy; bytes are shared)
        DirectionRole,                 // TrafficRecord::Direction as int
        PeerRole,                      // QString
        BytesRole,                     // QByteArray, complete (the Data cell is cut short)
        ConnectionRole,                // quint64
    };
    enum class DisplayMode : std::uint8_t { Text, Hex };

    // Exact counts since construction or clear(), whatever the cap, pause or filter did.
    struct Totals {
        quint64 rowsAdded = 0;   // rows produced (after framing), shown or not
        quint64 rowsDropped = 0; // rows pushed out by the cap, including rows produced while paused
        quint64 bytesReceived = 0;
        quint64 bytesSent = 0;
        quint64 chunksReceived = 0; // records as they came from the sockets
        quint64 chunksSent = 0;
        quint64 messagesReceived = 0; // rows after framing (equal to chunks for raw)
        quint64 messagesSent = 0;
        quint64 infoRows = 0;
    };

    static constexpr int defaultCap = 100'000;
    // The payload the rows may hold, whatever their number: past it the oldest rows go as the cap
    // drops them. 100,000 rows of 64 KiB stream chunks would otherwise hold 6.5 GB (a 1 GiB
    // transfer kept all of it: 3.4 GB resident for its two tabs, docs/PERFORMANCE.md).
    static constexpr qint64 byteCap = 64LL * 1024 * 1024;
    // The Data cell shows at most this many characters: views ask for every visible cell on each
    // repaint, and a 64 KiB chunk escaped in full would make scrolling crawl.
    static constexpr qsizetype cellTextLimit = 200;
    // The list offered by the peer filter stops growing here (a server with short-lived clients sees
    // a new port per connection); typing a filter still matches every peer.
    static constexpr qsizetype maxKnownPeers = 1000;

    explicit TrafficModel(QObject* parent = nullptr);
    ~TrafficModel() override;

    [[nodiscard]] int rowCount(const QModelIndex& parent = {}) const override;
    [[nodiscard]] int columnCount(const QModelIndex& parent = {}) const override;
    [[nodiscard]] QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    [[nodiscard]] QVariant headerData(int section, Qt::Orientation orientation,
                                      int role = Qt::DisplayRole) const override;

    void appendBatch(std::span<const TrafficRecord> records);
    // Empties the rows and resets the totals and the list of peers. Framing state is kept: a message
    // in progress on a live connection still completes correctly.
    void clear();

    // Takes effect at once: past the new cap the oldest rows go, exactly down to it.
    void setCap(int cap);
    [[nodiscard]] int cap() const { return m_cap; }
    // The extra rows a full view lets go with each removal: a tenth of the cap.
    [[nodiscard]] int capSlack() const { return m_cap / 10; }

    void setPaused(bool paused);
    [[nodiscard]] bool isPaused() const { return m_paused; }
    // Rows produced while paused, waiting for resume.
    [[nodiscard]] int pendingCount() const { return static_cast<int>(m_pending.size()); }

    void setDisplayMode(DisplayMode mode);
    [[nodiscard]] DisplayMode displayMode() const { return m_displayMode; }

    // Applies to data from now on (see above). An invalid spec is refused with the reason, and the
    // previous framing stays.
    std::optional<netcore::FramingError> setFraming(const netcore::FramingSpec& spec);
    [[nodiscard]] const netcore::FramingSpec& framing() const { return m_framing; }
    // A closed connection: its unfinished message becomes a row, and its decoders are freed.
    void forgetConnection(quint64 connectionId);

    [[nodiscard]] const TrafficRecord& record(int row) const;
    [[nodiscard]] const Totals& totals() const { return m_totals; }
    [[nodiscard]] QStringList peers() const { return m_peerList; }

    // Cell texts, shared with the detail pane and the text export so all three agree.
    [[nodiscard]] static QString timeText(qint64 timeMs);
    [[nodiscard]] static QString directionText(TrafficRecord::Direction direction);
    [[nodiscard]] static QString sizeText(const TrafficRecord& record);
    // Escaped text or hex of `bytes`; limit < 0 means all of it.
    [[nodiscard]] static QString dataText(const QByteArray& bytes, DisplayMode mode, qsizetype limit);

signals:
    void totalsChanged();
    void peersAdded(const QStringList& peers);

private:
    struct Decoder {
        std::unique_ptr<netcore::FrameDecoder> decoder;
        QString peer;
        // After a framing error the next boundary is unknown: the rest of the stream is shown raw.
        bool failed = false;
    };
    using DecoderKey = std::pair<quint64, TrafficRecord::Direction>;

    void frame(const TrafficRecord& chunk, std::vector<TrafficRecord>& out);
    void flushDecoder(const DecoderKey& key, Decoder& state, std::vector<TrafficRecord>& out);
    void addRows(std::vector<TrafficRecord>&& rows);
    void insertIntoRing(std::span<TrafficRecord> rows);
    void trimPending();
    void notePeers(std::span<const TrafficRecord> records);
    void ensureCapacity(qsizetype needed);
    [[nodiscard]] TrafficRecord& at(qsizetype row);
    [[nodiscard]] const TrafficRecord& at(qsizetype row) const;

    // Ring buffer: m_count records starting at m_head, wrapping at m_ring.size(). The storage grows
    // on demand up to m_cap so that an idle tab does not hold 100,000 empty slots.
    std::vector<TrafficRecord> m_ring;
    qsizetype m_head = 0;
    qsizetype m_count = 0;
    int m_cap = defaultCap;
    qint64 m_bytesKept = 0; // payload bytes of the m_count rows, at most byteCap

    std::deque<TrafficRecord> m_pending;
    bool m_paused = false;

    netcore::FramingSpec m_framing;
    std::map<DecoderKey, Decoder> m_decoders;

    // The newest time seen: the time of rows made when a framing change flushes a decoder.
    qint64 m_lastTimeMs = 0;
    DisplayMode m_displayMode = DisplayMode::Text;
    Totals m_totals;
    QSet<QString> m_peerSet;
    QStringList m_peerList;
    QFont m_fixedFont;
};
