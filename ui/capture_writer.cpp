#include "ui/capture_writer.h"

#include <QFile>
#include <QThread>

#include <algorithm>

CaptureWriter::CaptureWriter(QFile& file, Format format, FailureHandler onFailure, qint64 maxPendingBytes)
    : m_file(file), m_format(std::move(format)), m_onFailure(std::move(onFailure)),
      m_maxPendingBytes(std::max<qint64>(1, maxPendingBytes)), m_thread(QThread::create([this] { run(); })) {
    m_thread->setObjectName(QStringLiteral("capture-writer"));
    m_thread->start();
}

CaptureWriter::~CaptureWriter() {
    finish();
}

void CaptureWriter::enqueue(std::span<const TrafficRecord> records) {
    if (records.empty() || m_failed.load()) return;
    qint64 bytes = 0;
    for (const TrafficRecord& record : records)
        bytes += record.bytes.size();
    std::unique_lock lock(m_mutex);
    // Back-pressure, but never a deadlock: a batch larger than the limit waits for an empty queue.
    m_changed.wait(lock, [&] {
        return m_failed.load() || m_pendingBytes == 0 || m_pendingBytes + bytes <= m_maxPendingBytes;
    });
    if (m_failed.load()) return;
    m_pending.insert(m_pending.end(), records.begin(), records.end());
    m_pendingBytes += bytes;
    m_changed.notify_all();
}

void CaptureWriter::finish() {
    {
        std::lock_guard lock(m_mutex);
        m_finishing = true;
    }
    m_changed.notify_all();
    m_thread->wait();
}

void CaptureWriter::run() {
    std::vector<TrafficRecord> batch;
    QByteArray text;
    for (;;) {
        {
            std::unique_lock lock(m_mutex);
            m_changed.wait(lock, [this] { return !m_pending.empty() || m_finishing; });
            if (m_pending.empty()) return; // finishing, and everything is written
            batch.swap(m_pending);
        }
        qint64 bytes = 0;
        for (const TrafficRecord& record : batch)
            bytes += record.bytes.size();
        const bool written = !m_failed.load() && writeBatch(batch, text);
        batch.clear(); // the payloads are released here, before the queue has room again
        {
            std::lock_guard lock(m_mutex);
            m_pendingBytes -= bytes;
        }
        m_changed.notify_all();
        if (!written && !m_failed.exchange(true)) m_onFailure(m_file.errorString());
    }
}

bool CaptureWriter::writeBatch(const std::vector<TrafficRecord>& batch, QByteArray& text) {
    // Written in pieces of a few MiB: one write per piece, and the text buffer stays small.
    constexpr qsizetype kPiece = 4 << 20;
    text.resize(0); // resize, not clear: the buffer keeps its capacity from batch to batch
    CaptureOutput out(text, &m_file);
    for (const TrafficRecord& record : batch) {
        m_format(out, record);
        if (text.size() >= kPiece && !out.flush()) return false;
    }
    // Flushed batch by batch: a crash loses at most the batch in flight.
    if (!out.flush()) return false;
    if (!m_file.flush()) return false;
    m_written += batch.size();
    return true;
}
