#pragma once

#include "ui/session_tab.h"

#include "netcore/address.h"
#include "netcore/session_event.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>
#include <span>

class CutDatagramBanner;
class ErrorPanel;
class InlineErrorLabel;
class MulticastPanel;
class QLabel;
class QTabWidget;
class ReplyModeEditor;
class SendComposer;
class SessionActivity;
class TrafficView;
class UdpReplyPane;
class UdpSendersModel;
class UdpSendersPanel;
class UdpServerSettingsBar;

namespace netcore_qt {
class UdpHandle;
}

// A UDP server: where to bind (endpoint, receive buffer per recvfrom(), SO_BROADCAST), how to answer
// (reply mode, applied live, answered on the I/O thread), who sent what (the senders list, and a
// traffic row per datagram with its sender), what to send back (the composer, to the selected
// senders), and multicast groups to join.
//
// The lesson the seed teaches with this server is that a datagram larger than the receive buffer is
// cut and the rest is lost. The tab makes it loud: a banner above the traffic names the last cut
// datagram and counts them, and the row itself says "N of M" bytes.
//
// Like TcpServerTab, when the spec says autoStart the constructor ends with start(), so whoever
// created the tab reads the outcome (boundAddress(), stats()) right away.
class UdpServerTab : public SessionTab {
    Q_OBJECT

public:
    UdpServerTab(const TabSpec& spec, netcore_qt::SessionHub& hub, QWidget* parent = nullptr);
    ~UdpServerTab() override;

    [[nodiscard]] TabSpec spec() const override;
    [[nodiscard]] TabStats stats() const override;
    void start() override;
    void stop() override;

    [[nodiscard]] bool isRunning() const { return m_bound.has_value(); }
    // The bound address (the real port when the spec asked for port 0); nullopt when stopped.
    [[nodiscard]] std::optional<netcore::Address> boundAddress() const { return m_bound; }
    // "Bound to 127.0.0.1:9000", "Stopped", or why it is not bound.
    [[nodiscard]] QString statusText() const;

    // Datagrams cut to the receive buffer since the tab opened, and the last one in words
    // ("from 127.0.0.1:5000: 2000 bytes sent, 1024 kept").
    [[nodiscard]] quint64 cutCount() const;
    [[nodiscard]] QString lastCutText() const;
    // Every distinct sender seen, as "host:port", in order of first datagram.
    [[nodiscard]] QStringList senders() const;
    // Selects one sender (as senders() spells it) as the composer's target; false if unknown.
    bool selectSender(const QString& address);
    // Where the composer's Send goes: the selected senders.
    [[nodiscard]] QList<netcore::Address> targets() const;
    // One datagram to each selected sender (what the composer's Send does).
    void sendToTargets(const QByteArray& bytes);

    [[nodiscard]] UdpServerSettingsBar* settingsBar() const { return m_settings; }
    [[nodiscard]] ReplyModeEditor* replyEditor() const { return m_reply; }
    [[nodiscard]] MulticastPanel* multicastPanel() const { return m_multicast; }
    [[nodiscard]] CutDatagramBanner* cutBanner() const { return m_cutBanner; }
    [[nodiscard]] UdpSendersPanel* sendersPanel() const { return m_senders; }
    [[nodiscard]] UdpSendersModel* sendersModel() const;
    [[nodiscard]] UdpReplyPane* replyPane() const { return m_replyPane; }
    [[nodiscard]] SendComposer* composer() const { return m_composer; }
    [[nodiscard]] TrafficView* trafficView() const { return m_traffic; }
    [[nodiscard]] ErrorPanel* errorPanel() const { return m_errors; }
    [[nodiscard]] InlineErrorLabel* inlineError() const { return m_inlineError; }
    [[nodiscard]] QLabel* countersLabel() const { return m_counters; }

private:
    QWidget* createStatusRow();
    QWidget* createLogPane();
    void connectParts();
    void eventsArrived(std::span<const netcore::SessionEvent> events);
    void applyMulticastOptions();
    void trafficRowSelected();
    void updateState();
    void updateCounters();
    void updateErrorTabTitle(qint64 total);
    void updateSendersTabTitle();
    void refreshTitle();

    TabSpec m_spec; ///< name and autoStart as given; the rest follows the editors
    netcore_qt::UdpHandle* m_udp = nullptr;
    SessionActivity* m_activity = nullptr;

    UdpServerSettingsBar* m_settings = nullptr;
    ReplyModeEditor* m_reply = nullptr;
    QLabel* m_status = nullptr;
    QLabel* m_statusIcon = nullptr;
    QLabel* m_counters = nullptr;
    InlineErrorLabel* m_inlineError = nullptr;
    QTabWidget* m_sideTabs = nullptr;
    UdpSendersPanel* m_senders = nullptr;
    MulticastPanel* m_multicast = nullptr;
    UdpReplyPane* m_replyPane = nullptr;
    SendComposer* m_composer = nullptr; ///< the reply pane's
    CutDatagramBanner* m_cutBanner = nullptr;
    QTabWidget* m_logTabs = nullptr;
    TrafficView* m_traffic = nullptr;
    ErrorPanel* m_errors = nullptr;

    std::optional<netcore::Address> m_bound;
    QString m_failure; ///< why the last start() failed; empty after a success or stop()
};
