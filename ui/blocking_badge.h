#pragma once

#include "netcore/blocking_mode.h"

#include <QFrame>
#include <QString>
#include <QTimer>

#include <chrono>

class QLabel;
class QToolButton;

// Shows a socket's blocking mode ("blocking", "timeout 2 s", "non-blocking") and, while a blocking
// call waits, how long it has waited: "blocked in accept() for 3.2 s", with Cancel. The refresh timer
// runs only while a call is blocked, so an idle badge costs no wake-ups at all.
class BlockingBadge : public QFrame {
    Q_OBJECT

public:
    using Clock = std::chrono::steady_clock;

    explicit BlockingBadge(QWidget* parent = nullptr);
    ~BlockingBadge() override;

    void setMode(netcore::BlockingMode mode);
    [[nodiscard]] netcore::BlockingMode mode() const { return m_mode; }

    // callName without parentheses: "accept". start is when the call began (the trace's clock).
    void callStarted(const QString& callName, Clock::time_point start = Clock::now());
    void callFinished();
    // A non-blocking socket's send queue: bytes send() did not take because the buffer was full
    // (EWOULDBLOCK or a partial send), waiting for the peer to read. 0 clears it.
    void setSendBacklog(quint64 bytes);
    [[nodiscard]] quint64 sendBacklog() const { return m_sendBacklog; }

    [[nodiscard]] bool isBlocked() const { return !m_callName.isEmpty(); }
    [[nodiscard]] bool isTimerActive() const { return m_tick.isActive(); }
    [[nodiscard]] QString text() const;
    // Seconds the current call has been blocked (0 when idle).
    [[nodiscard]] double blockedSeconds() const;

signals:
    void cancelRequested();

protected:
    void paintEvent(QPaintEvent* event) override;

private:
    void refresh();
    [[nodiscard]] QString modeText() const;

    netcore::BlockingMode m_mode;
    QString m_callName;
    Clock::time_point m_start;
    quint64 m_sendBacklog = 0;
    QTimer m_tick;
    QLabel* m_label = nullptr;
    QToolButton* m_cancel = nullptr;
};
