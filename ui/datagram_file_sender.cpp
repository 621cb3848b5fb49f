#include "ui/datagram_file_sender.h"

#include <algorithm>

DatagramFileSender::DatagramFileSender(SendFunction send, QObject* parent)
    : QObject(parent), m_send(std::move(send)) {}

DatagramFileSender::~DatagramFileSender() = default;

bool DatagramFileSender::start(const QString& path, qint64 datagramSize, QString* error) {
    cancel();
    m_file.setFileName(path);
    if (!m_file.open(QIODevice::ReadOnly)) {
        if (error) *error = m_file.errorString();
        return false;
    }
    m_size = m_file.size();
    m_datagramSize = std::max<qint64>(1, datagramSize);
    m_handedOver = 0;
    m_datagrams = 0;
    m_inFlight = 0;
    fill();
    return true;
}

void DatagramFileSender::acknowledge(qint64 datagrams) {
    // Datagrams typed in the composer meanwhile are counted too; the clamp keeps the window sane.
    m_inFlight = std::max<qint64>(0, m_inFlight - datagrams);
    if (isActive()) fill();
}

void DatagramFileSender::cancel() {
    if (m_file.isOpen()) m_file.close();
    m_inFlight = 0;
}

void DatagramFileSender::fill() {
    while (m_file.isOpen() && m_inFlight < kWindow) {
        const QByteArray chunk = m_file.read(m_datagramSize);
        if (m_file.error() != QFileDevice::NoError) {
            const QString path = m_file.fileName();
            const QString reason = m_file.errorString();
            m_file.close();
            emit failed(path, reason);
            return;
        }
        if (!chunk.isEmpty()) {
            m_handedOver += chunk.size();
            ++m_datagrams;
            ++m_inFlight;
            m_send(chunk);
        }
        // Finished as soon as the last datagram is handed over, not when the window next opens.
        if (chunk.isEmpty() || m_file.atEnd()) {
            const QString path = m_file.fileName();
            m_file.close();
            emit finished(path, m_handedOver, m_datagrams);
            return;
        }
    }
}
