#pragma once

#include "ui/tab_spec.h"

#include "netcore/os_info.h"

#include <QWidget>

class EndpointEditor;
class QCheckBox;
class QComboBox;
class QLabel;
class QPushButton;
class QSpinBox;

// Where and how a UDP client sends: the target (a name or an address) and port; unconnected
// (sendto) or connected (connect + send) mode, with a line saying what this OS reports in each;
// SO_BROADCAST; the receive buffer per recvfrom(); the datagram size for files; Open / Close /
// Reopen. The tab decides what the buttons do; this bar only offers them.
class UdpClientSettingsBar : public QWidget {
    Q_OBJECT

public:
    // The most UDP payload one datagram can carry: 65535 minus the IP and UDP headers.
    static constexpr int kMaxIpv4Payload = 65507;
    static constexpr int kMaxIpv6Payload = 65527;
    static constexpr int kDefaultDatagramSize = 1400; // under a 1500-byte Ethernet MTU

    explicit UdpClientSettingsBar(QWidget* parent = nullptr);
    ~UdpClientSettingsBar() override;

    // Target, mode, broadcast and receive buffer of `spec`.
    void load(const TabSpec& spec);
    // Host and port are taken only when the endpoint is valid (the last valid ones stay otherwise).
    void store(TabSpec& spec) const;

    [[nodiscard]] EndpointEditor* endpoint() const { return m_endpoint; }
    [[nodiscard]] bool isConnectedMode() const;
    void setConnectedMode(bool connected);
    [[nodiscard]] bool broadcast() const;
    void setBroadcast(bool on);
    [[nodiscard]] int receiveBufferSize() const;
    void setReceiveBufferSize(int size);
    [[nodiscard]] int datagramSize() const;
    void setDatagramSize(int size);
    // The line beside the mode switch, as shown now.
    [[nodiscard]] QString modeExplanation() const;
    // What `os` reports after a datagram to a port nobody listens on, in either mode.
    [[nodiscard]] static QString explanationFor(bool connected, netcore::OsKind os);

    // open: the socket is open; started: there is something to reopen.
    void setSessionState(bool open, bool started);

signals:
    void openClicked();
    void closeClicked();
    void reopenClicked();
    void modeChanged();
    void broadcastChanged(bool on);
    void receiveBufferSizeChanged(int size);
    void endpointChanged();

private:
    void updateExplanation();

    EndpointEditor* m_endpoint = nullptr;
    QComboBox* m_mode = nullptr;
    QLabel* m_explanation = nullptr;
    QCheckBox* m_broadcast = nullptr;
    QSpinBox* m_receiveBuffer = nullptr;
    QSpinBox* m_datagramSize = nullptr;
    QPushButton* m_open = nullptr;
    QPushButton* m_close = nullptr;
    QPushButton* m_reopen = nullptr;
};
