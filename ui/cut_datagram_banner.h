#pragma once

#include "netcore/session_event.h"

#include <QFrame>
#include <QString>

class QLabel;

// The seed's UDP lesson in one line, above a server's traffic: "Datagram cut: from 127.0.0.1:5000,
// 2000 bytes sent, 1024 kept (the rest is lost)" and how many were cut so far. Hidden until the
// first cut. A warning tint of the palette (amber over the window colour) keeps it readable in dark
// mode and tells it apart from the red error line.
class CutDatagramBanner : public QFrame {
    Q_OBJECT

public:
    explicit CutDatagramBanner(QWidget* parent = nullptr);
    ~CutDatagramBanner() override;

    // One more cut datagram (a Datagram event with `truncated` set).
    void noteCut(const netcore::SessionEvent& event);
    // What the line says of a cut datagram, as far as the OS tells: "from 127.0.0.1:5000: 2000 bytes
    // sent, 1024 kept" (Linux), the size unknown (macOS), or the error it came with (Windows).
    [[nodiscard]] static QString describe(const netcore::SessionEvent& event);
    // The receive buffer size now: the next cut's line names it.
    void setReceiveBufferSize(int size);

    [[nodiscard]] quint64 count() const { return m_count; }
    // describe() of the last cut datagram.
    [[nodiscard]] QString lastText() const { return m_last; }
    // The line as shown (for tests and the accessible name).
    [[nodiscard]] QString text() const;
    [[nodiscard]] QColor tintColor() const;

protected:
    void paintEvent(QPaintEvent* event) override;

private:
    void refresh();

    QLabel* m_icon = nullptr;
    QLabel* m_text = nullptr;
    QLabel* m_countLabel = nullptr;
    QString m_last;
    quint64 m_count = 0;
    int m_bufferSize = 0;
    int m_bufferAtCut = 0;
};
