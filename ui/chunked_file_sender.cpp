#include "ui/chunked_file_sender.h"

#include <algorithm>

ChunkedFileSender::Pacing ChunkedFileSender::datagrams(qint64 datagramSize) {
    return Pacing{.chunkSize = std::max<qint64>(1, datagramSize), .window = 64, .unit = WindowUnit::Chunks};
}

ChunkedFileSender::ChunkedFileSender(SendFunction send, QObject* parent)
    : QObject(parent), m_send(std::move(send)) {}

ChunkedFileSender::~ChunkedFileSender() = default;

bool ChunkedFileSender::start(const QString& path, Pacing pacing, QString* error) {
    cancel();
    m_file.setFileName(path);
    if (!m_file.open(QIODevice::ReadOnly)) {
        if (error) *error = m_file.errorString();
        return false;
    }
    m_pacing = pacing;
    m_pacing.chunkSize = std::max<qint64>(1, m_pacing.chunkSize);
    m_size = m_file.size();
    m_handedOver = 0;
    m_chunks = 0;
    m_inFlight = 0;
    fill();
    return true;
}

void ChunkedFileSender::acknowledge(quint64 done) {
    // Sends typed in the composer meanwhile are acknowledged too; the clamp keeps the window sane.
    m_inFlight =
        std::max<qint64>(0, m_inFlight - static_cast<qint64>(std::min<quint64>(done, quint64(m_inFlight))));
    // Refilled once a quarter of the window is free, not after every acknowledgement: the sends then
    // reach the I/O thread in bursts, and it wakes once per burst instead of once per chunk.
    if (isActive() && m_inFlight <= m_pacing.window - m_pacing.window / 4) fill();
}

void ChunkedFileSender::cancel() {
    if (m_file.isOpen()) m_file.close();
    m_inFlight = 0;
}

void ChunkedFileSender::fill() {
    while (m_file.isOpen() && m_inFlight < m_pacing.window) {
        const QByteArray chunk = m_file.read(m_pacing.chunkSize);
        if (m_file.error() != QFileDevice::NoError) {
            const QString path = m_file.fileName();
            const QString reason = m_file.errorString();
            m_file.close();
            emit failed(path, reason);
            return;
        }
        if (!chunk.isEmpty()) {
            m_handedOver += chunk.size();
            ++m_chunks;
            m_inFlight += m_pacing.unit == WindowUnit::Bytes ? chunk.size() : 1;
            m_send(chunk);
        }
        // Finished as soon as the last chunk is handed over, not when the window next opens.
        if (chunk.isEmpty() || m_file.atEnd()) {
            const QString path = m_file.fileName();
            m_file.close();
            emit finished(path, m_handedOver, m_chunks);
            return;
        }
    }
}
