#pragma once

#include "ui/capture_writer.h"
#include "ui/pcap_format.h"
#include "ui/traffic_model.h"
#include "ui/traffic_record.h"

#include <QByteArray>
#include <QFile>
#include <QObject>
#include <QString>

#include <functional>
#include <memory>
#include <span>

class QAbstractItemModel;

// Files of traffic. Two kinds:
//
// Capture: every record as it arrives, whatever the view's cap, pause or filter, written before
// framing (the chunks as the sockets gave them). The format is a tab-separated text log, binary-safe
// because the payload is hex, and readable by anything from grep and awk to Python
// (`bytes.fromhex(fields[6])`) or a spreadsheet:
//
//     # SockLab traffic capture 1
//     # started 2024-05-01T12:00:00.000Z; time_ms counts from the session start
//     # time_ms<TAB>direction<TAB>peer<TAB>connection<TAB>size<TAB>real_size<TAB>hex
//     1234<TAB>in<TAB>127.0.0.1:50412<TAB>3<TAB>5<TAB><TAB>68656c6c6f
//
// direction is in, out or info (info payloads are UTF-8 text); real_size is empty unless a datagram
// was truncated. Or, for a path ending in .pcap, a pcap file Wireshark opens (PcapFormat: a packet
// per chunk, headers made up from the record's endpoints; half the size of the text form and
// written at the speed of the disk, since nothing is hex-encoded). The file is appended to and
// flushed batch by batch (a crash loses at most the batch in flight), so it is a QFile, not a
// QSaveFile. A CaptureWriter formats and writes on a thread of its own; stop() returns when every
// record handed over is in the file.
//
// Save: the rows a view holds, as text (what the table shows, data not cut short) or CSV
// (RFC 4180, CRLF, both an escaped-text and a hex column), written whole through QSaveFile.
//
// Paths come from the user (a file dialog), never from anything a peer sent. Files are created with
// the default permissions, so the user's umask applies.
class TrafficCapture : public QObject {
    Q_OBJECT

public:
    explicit TrafficCapture(QObject* parent = nullptr);
    ~TrafficCapture() override;

    enum class Format : std::uint8_t { Text, Pcap };
    // Pcap for a path ending in .pcap (any case), else Text.
    [[nodiscard]] static Format formatFor(const QString& path);

    // Creates or truncates `path`; false with errorString() when it cannot be opened. `transport`
    // is what a pcap file's packets are (the text form does not need it).
    bool start(const QString& path, Format format = Format::Text,
               PcapFormat::Transport transport = PcapFormat::Transport::Tcp);
    // Writes what was handed over, closes the file.
    void stop();
    [[nodiscard]] bool isActive() const;
    [[nodiscard]] QString path() const { return m_file.fileName(); }
    [[nodiscard]] QString errorString() const { return m_error; }
    // Records in the file so far (the writer may still hold some).
    [[nodiscard]] quint64 recordsWritten() const;

    // Hands the records to the writer; on a write error (disk full) the capture stops and failed()
    // is emitted.
    void write(std::span<const TrafficRecord> records);

    [[nodiscard]] static QByteArray formatRecord(const TrafficRecord& record);
    // formatRecord() appended to `out`, without a temporary per record (the writer's hot path).
    static void appendRecord(QByteArray& out, const TrafficRecord& record);
    // The text form for a CaptureWriter (appendRecord into the output's buffer).
    [[nodiscard]] static CaptureWriter::Format textFormat();

    // `model` is a TrafficModel or a proxy over one: a proxy saves what it shows.
    static bool saveText(const QAbstractItemModel& model, const QString& path, TrafficModel::DisplayMode mode,
                         QString* error);
    static bool saveCsv(const QAbstractItemModel& model, const QString& path, QString* error);
    // One CSV field, quoted when it must be (RFC 4180).
    [[nodiscard]] static QString csvField(const QString& text);

signals:
    void failed(const QString& message);

private:
    static bool saveRows(const QAbstractItemModel& model, const QString& path, const QByteArray& header,
                         const std::function<QByteArray(const TrafficRecord&)>& format, QString* error);

    void writeFailed(const QString& reason);

    QFile m_file;
    QString m_error;
    std::unique_ptr<CaptureWriter> m_writer; // while a capture runs
    quint64 m_records = 0;                   // of the last capture, once stopped
};
