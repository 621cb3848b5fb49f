#pragma once

#include <QByteArray>
#include <QFile>
#include <QObject>
#include <QString>

#include <functional>

// Sends a file in chunks without reading it into memory: at most a window of it is handed to the
// session and not yet done at any time, and acknowledge() opens the window for more. A stream
// counts the window in bytes the socket took (a multi-gigabyte file costs at most the window, and a
// peer that stops reading stalls the transfer instead of filling the output queue with the whole
// file). Datagrams count it in chunks done: UDP has no peer to slow us down, but the output queue
// would still swallow a whole file, and a datagram is done when it was sent or when its send
// failed (a refused or oversized datagram is dropped, as the OS drops it), so errors never stall.
// The window is refilled once a quarter of it is free, so chunks reach the session in bursts.
class ChunkedFileSender : public QObject {
    Q_OBJECT

public:
    static constexpr qint64 kChunkSize = 64 * 1024;

    enum class WindowUnit : quint8 { Bytes, Chunks };
    struct Pacing {
        qint64 chunkSize = kChunkSize;
        // The window opens when the GUI drains the session's Sent events, at most every 16 ms, so
        // it bounds the rate at window / 16 ms: 32 MiB allows ~2 GB/s (4 chunks allowed 16 MB/s;
        // docs/PERFORMANCE.md).
        qint64 window = 512 * kChunkSize;
        WindowUnit unit = WindowUnit::Bytes;
    };
    /// One datagram per `datagramSize` bytes of the file, at most 64 not yet done.
    [[nodiscard]] static Pacing datagrams(qint64 datagramSize);

    using SendFunction = std::function<void(const QByteArray&)>;

    explicit ChunkedFileSender(SendFunction send, QObject* parent = nullptr);
    ~ChunkedFileSender() override;

    // Opens the file and sends the first window; false (with why in `error`) when it cannot be read.
    bool start(const QString& path, QString* error = nullptr) { return start(path, Pacing{}, error); }
    bool start(const QString& path, Pacing pacing, QString* error = nullptr);
    // Bytes the socket took (the sum of a batch's Sent events), or chunks done, as the pacing
    // counts: sends more while the window allows.
    void acknowledge(quint64 done);
    // Stops reading; chunks already handed over are still sent.
    void cancel();

    [[nodiscard]] bool isActive() const { return m_file.isOpen(); }
    [[nodiscard]] QString path() const { return m_file.fileName(); }
    [[nodiscard]] qint64 handedOver() const { return m_handedOver; }
    [[nodiscard]] qint64 size() const { return m_size; }

signals:
    // Every byte of the file was handed to the session, in `chunks` chunks.
    void finished(const QString& path, qint64 bytes, qint64 chunks);
    void failed(const QString& path, const QString& reason);

private:
    void fill();

    SendFunction m_send;
    QFile m_file;
    Pacing m_pacing;
    qint64 m_size = 0;
    qint64 m_handedOver = 0;
    qint64 m_chunks = 0;
    qint64 m_inFlight = 0;
};
