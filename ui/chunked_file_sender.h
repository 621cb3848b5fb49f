#pragma once

#include <QByteArray>
#include <QFile>
#include <QObject>
#include <QString>

#include <functional>

// Sends a file in chunks without reading it into memory: at most kWindow bytes are handed to the
// session and not yet reported sent at any time. Each Sent event (acknowledge()) opens the window
// for more, so a multi-gigabyte file costs a few hundred KiB, and a peer that stops reading stalls
// the transfer instead of filling the output queue with the whole file.
class ChunkedFileSender : public QObject {
    Q_OBJECT

public:
    static constexpr qint64 kChunkSize = 64 * 1024;
    static constexpr qint64 kWindow = 4 * kChunkSize;

    using SendFunction = std::function<void(const QByteArray&)>;

    explicit ChunkedFileSender(SendFunction send, QObject* parent = nullptr);
    ~ChunkedFileSender() override;

    // Opens the file and sends the first window; false (with why in `error`) when it cannot be read.
    bool start(const QString& path, QString* error = nullptr);
    // Bytes the socket took (the sum of a batch's Sent events): sends more while the window allows.
    void acknowledge(quint64 bytes);
    // Stops reading; chunks already handed over are still sent.
    void cancel();

    [[nodiscard]] bool isActive() const { return m_file.isOpen(); }
    [[nodiscard]] QString path() const { return m_file.fileName(); }
    [[nodiscard]] qint64 handedOver() const { return m_handedOver; }
    [[nodiscard]] qint64 size() const { return m_size; }

signals:
    // Every byte of the file was handed to the session.
    void finished(const QString& path, qint64 bytes);
    void failed(const QString& path, const QString& reason);

private:
    void fill();

    SendFunction m_send;
    QFile m_file;
    qint64 m_size = 0;
    qint64 m_handedOver = 0;
    qint64 m_inFlight = 0;
};
