#pragma once

#include "netcore/address.h"
#include "netcore/net_error.h"

#include <QString>
#include <QWidget>

class QLabel;

// The two lines under a UDP client's state that say what UDP itself never says: a reply whose
// source is not the target (flagged, with a count), and why the last send failed in UDP terms
// (EACCES for a broadcast without SO_BROADCAST, EMSGSIZE for an oversized datagram, an ICMP "port
// unreachable" behind ECONNREFUSED / WSAECONNRESET). Plain text only: addresses are shown, and a
// reply's source is chosen by whoever sent it. Each line is hidden until it has something to say.
class UdpClientNotes : public QWidget {
    Q_OBJECT

public:
    explicit UdpClientNotes(QWidget* parent = nullptr);
    ~UdpClientNotes() override;

    // A datagram from `source` while sending to `target`: flagged (and counted) when they differ.
    void noteReply(const netcore::Address& source, const netcore::Address& target, bool broadcastOn);
    // Explains `error` when it is one UDP clients meet; other errors leave the advice as it is.
    void adviseOn(const netcore::NetError& error, const netcore::Address& target, bool broadcastOn,
                  bool connected);
    // SO_BROADCAST was switched on: an EACCES explained before says its cause is gone.
    void broadcastEnabled();
    void clearAdvice();

    [[nodiscard]] quint64 foreignReplyCount() const { return m_foreignReplies; }
    [[nodiscard]] QString lastForeignReplyText() const { return m_lastForeignReply; }
    // Empty while the advice line is hidden.
    [[nodiscard]] QString adviceText() const;
    [[nodiscard]] QLabel* foreignLabel() const { return m_foreignLabel; }
    [[nodiscard]] QLabel* adviceLabel() const { return m_adviceLabel; }

protected:
    void changeEvent(QEvent* event) override;

private:
    void setAdvice(const QString& text);
    void updateColours();

    QLabel* m_foreignLabel = nullptr;
    QLabel* m_adviceLabel = nullptr;
    netcore::Address m_refusedBroadcast; // the target of the EACCES the advice explains
    quint64 m_foreignReplies = 0;
    QString m_lastForeignReply;
};
