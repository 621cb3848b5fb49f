#pragma once

#include <QByteArray>
#include <QFile>
#include <QObject>
#include <QString>

#include <functional>

// Sends a file as datagrams, one per chunk of the chosen size, without reading it into memory.
// UDP has no stream to keep in order and no peer to slow us down, but the session's output queue
// would still swallow a whole file at once: so at most kWindow datagrams are handed over and not
// yet done. A datagram is done when it was sent or when its send failed (a refused or oversized
// datagram is dropped, as the OS drops it): acknowledge() counts both, so errors never stall.
class DatagramFileSender : public QObject {
    Q_OBJECT

public:
    static constexpr int kWindow = 64;

    using SendFunction = std::function<void(const QByteArray&)>;

    explicit DatagramFileSender(SendFunction send, QObject* parent = nullptr);
    ~DatagramFileSender() override;

    // Opens the file and sends the first window; false (with why in `error`) when it cannot be read.
    bool start(const QString& path, qint64 datagramSize, QString* error = nullptr);
    // Datagrams done (sent or failed) since the last call: sends more while the window allows.
    void acknowledge(qint64 datagrams);
    // Stops reading; datagrams already handed over are still sent.
    void cancel();

    [[nodiscard]] bool isActive() const { return m_file.isOpen(); }
    [[nodiscard]] QString path() const { return m_file.fileName(); }
    [[nodiscard]] qint64 size() const { return m_size; }
    [[nodiscard]] qint64 handedOver() const { return m_handedOver; }
    [[nodiscard]] qint64 datagramCount() const { return m_datagrams; }
    [[nodiscard]] qint64 datagramSize() const { return m_datagramSize; }

signals:
    // Every byte of the file was handed to the session, in `datagrams` datagrams.
    void finished(const QString& path, qint64 bytes, qint64 datagrams);
    void failed(const QString& path, const QString& reason);

private:
    void fill();

    SendFunction m_send;
    QFile m_file;
    qint64 m_size = 0;
    qint64 m_datagramSize = 1400;
    qint64 m_handedOver = 0;
    qint64 m_datagrams = 0;
    qint64 m_inFlight = 0;
};
