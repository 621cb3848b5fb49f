#pragma once

#include "ui/capture_output.h"
#include "ui/traffic_record.h"

#include <QByteArray>
#include <QString>

#include <atomic>
#include <condition_variable>
#include <cstdint>
#include <functional>
#include <memory>
#include <mutex>
#include <span>
#include <vector>

class QFile;
class QThread;

// Formats and writes capture records on a thread of its own, so that a capture of a fast stream
// (hex doubles every byte: 2 GB of text for 1 GiB) does not run on the GUI thread. Records are
// handed over as they are (their QByteArray payloads are shared, not copied) and written in order.
//
// Nothing is dropped: when the writer is more than maxPendingBytes of payload behind (the disk is
// slower than the network), enqueue() waits for it. The capture's promise is every byte; a GUI
// that pauses now and then is the lesser evil, and the loop-lag figure shows it.
class CaptureWriter {
public:
    using Format = std::function<void(CaptureOutput& out, const TrafficRecord& record)>;
    // Called on the writer thread once, when a write fails; the writer then drops what it is given.
    using FailureHandler = std::function<void(const QString& reason)>;

    static constexpr qint64 kDefaultMaxPendingBytes = 64LL << 20;

    // `file` is open for writing and must outlive the writer; only the writer thread writes to it
    // until finish() returns.
    CaptureWriter(QFile& file, Format format, FailureHandler onFailure,
                  qint64 maxPendingBytes = kDefaultMaxPendingBytes);
    ~CaptureWriter();
    CaptureWriter(const CaptureWriter&) = delete;
    CaptureWriter& operator=(const CaptureWriter&) = delete;

    void enqueue(std::span<const TrafficRecord> records);
    // Writes what is queued, flushes and joins the thread. Idempotent.
    void finish();

    [[nodiscard]] std::uint64_t recordsWritten() const { return m_written.load(); }
    [[nodiscard]] bool hasFailed() const { return m_failed.load(); }

private:
    void run();
    bool writeBatch(const std::vector<TrafficRecord>& batch, QByteArray& text);

    QFile& m_file;
    Format m_format;
    FailureHandler m_onFailure;
    const qint64 m_maxPendingBytes;

    std::mutex m_mutex;
    std::condition_variable m_changed;
    std::vector<TrafficRecord> m_pending; // guarded by m_mutex
    qint64 m_pendingBytes = 0;            // guarded by m_mutex: payload bytes queued or being written
    bool m_finishing = false;             // guarded by m_mutex

    std::atomic<std::uint64_t> m_written{0};
    std::atomic<bool> m_failed{false};
    std::unique_ptr<QThread> m_thread; // named "capture-writer" (top, perf and gdb show it)
};
