#pragma once

#include "netcore/address.h"

#include <QByteArray>
#include <QGroupBox>
#include <QList>

class QLabel;
class SendComposer;
class UdpSendersPanel;

// What a UDP server sends by hand: the composer, and a line saying where its datagrams go (the
// senders selected in the senders panel) or why nothing would go out. Each Send is one datagram
// per selected sender (sendTo()); a file is one datagram, sent whole or not at all.
class UdpReplyPane : public QGroupBox {
    Q_OBJECT

public:
    // The largest UDP payload over IPv4 (65,535 minus the IP and UDP headers).
    static constexpr qint64 kMaxDatagram = 65507;

    explicit UdpReplyPane(UdpSendersPanel* senders, QWidget* parent = nullptr);
    ~UdpReplyPane() override;

    // Replies leave from the server's socket: nothing is sent while it is closed.
    void setRunning(bool running);
    [[nodiscard]] QList<netcore::Address> targets() const;
    // One datagram to each target (what the composer's Send does).
    void send(const QByteArray& bytes);

    [[nodiscard]] SendComposer* composer() const { return m_composer; }
    [[nodiscard]] QString targetsText() const;

signals:
    void sendTo(const netcore::Address& to, const QByteArray& bytes);

private:
    void sendFile(const QString& path);
    void updateTargets();

    UdpSendersPanel* m_senders = nullptr;
    SendComposer* m_composer = nullptr;
    QLabel* m_targets = nullptr;
    bool m_running = false;
};
