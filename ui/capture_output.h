#pragma once

#include <QByteArray>

class QIODevice;

// Where a capture format puts a record. Headers and text gather in a buffer, written a few MiB at a
// time; a large payload is written to the file straight from the record's own bytes instead of
// being copied into the buffer first (on a 1 GiB stream that copy was the writer thread's only
// work besides the kernel's, and the writer is what a pcap capture waits for). Without a device
// everything gathers in the buffer (tests, formatRecord()).
class CaptureOutput {
public:
    // Payloads of at least this many bytes skip the buffer when there is a device.
    static constexpr qsizetype kDirectWriteBytes = 16 * 1024;

    explicit CaptureOutput(QByteArray& buffer, QIODevice* device = nullptr)
        : m_buffer(buffer), m_device(device) {}

    // For formats that write in place (resize, then fill).
    [[nodiscard]] QByteArray& buffer() { return m_buffer; }
    // Payload bytes, in order after what the buffer holds.
    void appendPayload(const char* data, qsizetype size);
    // Writes the buffer to the device and empties it (keeping its capacity); false once a write failed.
    bool flush();
    [[nodiscard]] bool ok() const { return m_ok; }

private:
    bool write(const char* data, qsizetype size);

    QByteArray& m_buffer;
    QIODevice* m_device;
    bool m_ok = true;
};
