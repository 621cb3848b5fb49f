#include "ui/capture_output.h"

#include <QIODevice>

void CaptureOutput::appendPayload(const char* data, qsizetype size) {
    if (m_device == nullptr || size < kDirectWriteBytes) {
        m_buffer.append(data, size);
        return;
    }
    if (flush()) write(data, size);
}

bool CaptureOutput::flush() {
    if (m_device == nullptr || m_buffer.isEmpty()) return m_ok;
    write(m_buffer.constData(), m_buffer.size());
    m_buffer.resize(0); // resize, not clear: the buffer keeps its capacity
    return m_ok;
}

bool CaptureOutput::write(const char* data, qsizetype size) {
    if (m_ok && m_device->write(data, size) != size) m_ok = false;
    return m_ok;
}
