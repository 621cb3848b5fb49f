#pragma once

#include "ui/tab_spec.h"

#include <QWidget>

class EndpointEditor;
class QCheckBox;
class QPushButton;
class QSpinBox;

// Where a UDP server binds (address and port, checked as typed), how many bytes each recvfrom()
// takes, SO_BROADCAST, and Start / Stop. The bind address is locked while the socket is open; the
// receive buffer and SO_BROADCAST apply live (receiveBufferSizeChanged, broadcastToggled).
class UdpServerSettingsBar : public QWidget {
    Q_OBJECT

public:
    static constexpr int kMaxReceiveBuffer = 1 << 20;

    explicit UdpServerSettingsBar(QWidget* parent = nullptr);
    ~UdpServerSettingsBar() override;

    // Host, port, receive buffer size and SO_BROADCAST of `spec`.
    void load(const TabSpec& spec);
    // Host and port are taken only when the endpoint is valid (the last valid ones stay otherwise).
    void store(TabSpec& spec) const;

    void setRunning(bool running);

    [[nodiscard]] EndpointEditor* endpoint() const { return m_endpoint; }
    [[nodiscard]] int receiveBufferSize() const;
    void setReceiveBufferSize(int size);
    [[nodiscard]] bool broadcast() const;
    void setBroadcast(bool on);
    [[nodiscard]] QSpinBox* receiveBufferSpin() const { return m_receiveBuffer; }
    [[nodiscard]] QCheckBox* broadcastCheck() const { return m_broadcast; }
    [[nodiscard]] QPushButton* startStopButton() const { return m_startStop; }

signals:
    // Start when stopped, Stop when running.
    void startStopClicked();
    void endpointChanged();
    void receiveBufferSizeChanged(int size);
    void broadcastToggled(bool on);

private:
    void updateButton();

    EndpointEditor* m_endpoint = nullptr;
    QSpinBox* m_receiveBuffer = nullptr;
    QCheckBox* m_broadcast = nullptr;
    QPushButton* m_startStop = nullptr;
    bool m_running = false;
};
