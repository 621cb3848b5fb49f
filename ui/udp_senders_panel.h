#pragma once

#include "netcore/address.h"
#include "netcore/session_event.h"

#include <QList>
#include <QString>
#include <QWidget>

#include <span>

class QTableView;
class UdpSendersModel;

// A UDP server's senders list (UdpSendersModel in a table) and the choice of whom to reply to: UDP
// has no connections, so the selected senders' addresses are where the composer's datagrams go.
// The UDP counterpart of ServerClientsPanel.
class UdpSendersPanel : public QWidget {
    Q_OBJECT

public:
    explicit UdpSendersPanel(QWidget* parent = nullptr);
    ~UdpSendersPanel() override;

    void apply(std::span<const netcore::SessionEvent> events);
    // Makes `address` ("127.0.0.1:5000") the only selected sender; false if it is not listed.
    bool selectSender(const QString& address);
    [[nodiscard]] QList<netcore::Address> selectedSenders() const;

    [[nodiscard]] UdpSendersModel* model() const { return m_model; }
    [[nodiscard]] QTableView* view() const { return m_view; }

signals:
    void selectionChanged();
    // New senders were listed.
    void sendersAdded(int total);

private:
    UdpSendersModel* m_model = nullptr;
    QTableView* m_view = nullptr;
};
