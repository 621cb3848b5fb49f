#include "ui/traffic_capture.h"

#include "ui/capture_writer.h"
#include "ui/output_file.h"

#include "netcore/bytes.h"
#include "netcore/typed_input.h"

#include <QAbstractItemModel>
#include <QDateTime>
#include <QSaveFile>

#include <cstddef>

using namespace Qt::StringLiterals;

namespace {

std::span<const std::byte> bytesOf(const QByteArray& bytes) {
    return std::as_bytes(std::span(bytes.constData(), static_cast<std::size_t>(bytes.size())));
}

QString escaped(const QByteArray& bytes) {
    return QString::fromStdString(netcore::escapeForDisplay(bytesOf(bytes)));
}

QByteArray directionCode(TrafficRecord::Direction direction) {
    switch (direction) {
    case TrafficRecord::Direction::Received:
        return "in"_ba;
    case TrafficRecord::Direction::Sent:
        return "out"_ba;
    case TrafficRecord::Direction::Info:
        return "info"_ba;
    }
    return {};
}

// Lower-case hex straight into `out`: a 1 GiB capture in text form is two billion characters on the
// writer thread, so no string is made per record.
void appendHex(QByteArray& out, const QByteArray& bytes) {
    const qsizetype start = out.size();
    out.resize(start + bytes.size() * 2);
    netcore::writeHex(bytesOf(bytes), out.data() + start);
}

// Spreadsheets run a cell that starts with one of these as a formula: a peer must not be able to
// plant "=HYPERLINK(...)" in a saved file. The hex column keeps the exact bytes.
QString defuseFormula(const QString& text) {
    if (!text.isEmpty() && u"=+-@"_s.contains(text.front())) return u"'"_s + text;
    return text;
}

} // namespace

TrafficCapture::TrafficCapture(QObject* parent) : QObject(parent) {}

TrafficCapture::~TrafficCapture() {
    stop();
}

TrafficCapture::Format TrafficCapture::formatFor(const QString& path) {
    return path.endsWith(u".pcap"_s, Qt::CaseInsensitive) ? Format::Pcap : Format::Text;
}

bool TrafficCapture::start(const QString& path, Format format, PcapFormat::Transport transport) {
    stop();
    m_records = 0;
    m_error.clear();
    m_file.setFileName(path);
    if (!OutputFile::openForWriting(m_file, &m_error)) return false;
    const QByteArray header = format == Format::Pcap
                                  ? PcapFormat::fileHeader()
                                  : "# SockLab traffic capture 1\n# started " +
                                        QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs).toUtf8() +
                                        "; time_ms counts from the session start\n"
                                        "# time_ms\tdirection\tpeer\tconnection\tsize\treal_size\thex\n";
    if (m_file.write(header) != header.size() || !m_file.flush()) {
        m_error = m_file.errorString();
        m_file.close();
        return false;
    }
    CaptureWriter::Format append = textFormat();
    if (format == Format::Pcap) {
        // The writer thread is the pcap state's only user, in record order.
        append = [pcap = std::make_shared<PcapFormat>(transport)](
                     CaptureOutput& out, const TrafficRecord& record) { pcap->appendRecord(out, record); };
    }
    m_writer = std::make_unique<CaptureWriter>(m_file, std::move(append), [this](const QString& reason) {
        // On the writer thread: the capture is stopped on this object's thread.
        QMetaObject::invokeMethod(
            this, [this, reason] { writeFailed(reason); }, Qt::QueuedConnection);
    });
    return true;
}

void TrafficCapture::stop() {
    if (m_writer) {
        m_writer->finish();
        m_records = m_writer->recordsWritten();
        m_writer.reset();
    }
    if (m_file.isOpen()) m_file.close();
}

bool TrafficCapture::isActive() const {
    return m_writer && !m_writer->hasFailed();
}

quint64 TrafficCapture::recordsWritten() const {
    return m_writer ? m_writer->recordsWritten() : m_records;
}

void TrafficCapture::write(std::span<const TrafficRecord> records) {
    if (m_writer) m_writer->enqueue(records);
}

void TrafficCapture::writeFailed(const QString& reason) {
    if (!m_writer) return; // stopped meanwhile
    stop();
    m_error = reason;
    emit failed(tr("Capture stopped: %1").arg(m_error));
}

QByteArray TrafficCapture::formatRecord(const TrafficRecord& record) {
    QByteArray line;
    line.reserve(record.bytes.size() * 2 + 64);
    appendRecord(line, record);
    return line;
}

CaptureWriter::Format TrafficCapture::textFormat() {
    // Hex is written in place, byte by byte: nothing to gain from writing the payload apart.
    return [](CaptureOutput& out, const TrafficRecord& record) { appendRecord(out.buffer(), record); };
}

void TrafficCapture::appendRecord(QByteArray& line, const TrafficRecord& record) {
    line += QByteArray::number(record.timeMs);
    line += '\t';
    line += directionCode(record.direction);
    line += '\t';
    // A peer is an address we formatted, but a tab or newline in it would break the columns.
    line += escaped(record.peer.toUtf8()).toUtf8();
    line += '\t';
    line += QByteArray::number(record.connectionId);
    line += '\t';
    line += QByteArray::number(record.bytes.size());
    line += '\t';
    if (record.truncated && record.realSize) line += QByteArray::number(*record.realSize);
    line += '\t';
    appendHex(line, record.bytes);
    line += '\n';
}

bool TrafficCapture::saveText(const QAbstractItemModel& model, const QString& path,
                              TrafficModel::DisplayMode mode, QString* error) {
    const QByteArray header = (tr("Time") + u'\t' + tr("Direction") + u'\t' + tr("Peer") + u'\t' +
                               tr("Size") + u'\t' + tr("Data") + u'\n')
                                  .toUtf8();
    return saveRows(
        model, path, header,
        [mode](const TrafficRecord& record) {
            const auto shown =
                record.direction == TrafficRecord::Direction::Info ? TrafficModel::DisplayMode::Text : mode;
            return (TrafficModel::timeText(record.timeMs) + u'\t' +
                    TrafficModel::directionText(record.direction) + u'\t' + record.peer + u'\t' +
                    TrafficModel::sizeText(record) + u'\t' + TrafficModel::dataText(record.bytes, shown, -1) +
                    u'\n')
                .toUtf8();
        },
        error);
}

bool TrafficCapture::saveCsv(const QAbstractItemModel& model, const QString& path, QString* error) {
    // Column names are a file format, not user interface: not translated.
    const QByteArray header = "time_ms,direction,peer,connection,size,real_size,truncated,text,hex\r\n"_ba;
    return saveRows(
        model, path, header,
        [](const TrafficRecord& record) {
            const QStringList fields{
                QString::number(record.timeMs),
                QString::fromLatin1(directionCode(record.direction)),
                csvField(defuseFormula(escaped(record.peer.toUtf8()))),
                QString::number(record.connectionId),
                QString::number(record.bytes.size()),
                record.truncated && record.realSize ? QString::number(*record.realSize) : QString(),
                record.truncated ? u"1"_s : u"0"_s,
                csvField(defuseFormula(escaped(record.bytes))),
                QString::fromLatin1(record.bytes.toHex()),
            };
            return (fields.join(u',') + u"\r\n"_s).toUtf8();
        },
        error);
}

QString TrafficCapture::csvField(const QString& text) {
    if (!text.contains(u',') && !text.contains(u'"') && !text.contains(u'\n') && !text.contains(u'\r'))
        return text;
    QString quoted = text;
    quoted.replace(u"\""_s, u"\"\""_s);
    return u'"' + quoted + u'"';
}

bool TrafficCapture::saveRows(const QAbstractItemModel& model, const QString& path, const QByteArray& header,
                              const std::function<QByteArray(const TrafficRecord&)>& format, QString* error) {
    if (auto checked = OutputFile::checkTarget(path); !checked) {
        if (error != nullptr) *error = checked.error();
        return false;
    }
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        if (error != nullptr) *error = file.errorString();
        return false;
    }
    file.write(header);
    QByteArray chunk;
    const int rows = model.rowCount();
    for (int row = 0; row < rows; ++row) {
        chunk += format(model.index(row, 0).data(TrafficModel::RecordRole).value<TrafficRecord>());
        if (chunk.size() >= (1 << 20)) {
            file.write(chunk);
            chunk.clear();
        }
    }
    file.write(chunk);
    // QSaveFile remembers a failed write and commit() reports it; the old file stays intact.
    if (!file.commit()) {
        if (error != nullptr) *error = file.errorString();
        return false;
    }
    return true;
}
