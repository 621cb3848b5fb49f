#pragma once

#include "netcore/address.h"
#include "netcore/interfaces.h"
#include "netcore/session_event.h"

#include <QString>
#include <QStringList>
#include <QWidget>

#include <deque>
#include <span>
#include <vector>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;
class QVBoxLayout;

// Multicast membership of a UDP socket: a group (IPv4 224.0.0.0/4 or IPv6 ff00::/8) to join on an
// interface, the TTL (hops) and loopback of what the socket sends to groups, and the groups joined,
// each with a Leave button.
//
// The panel only asks: joinRequested / leaveRequested go to the session, which runs setsockopt() on
// the I/O thread. A group is listed once the session's trace of that call shows it succeeded
// (consume() reads the CallTraced events), and the OS's refusal shows in the tab's error panel like
// any other error.
//
// Interfaces come from localInterfaces(): an IPv4 group is joined on an interface named by its IPv4
// address, an IPv6 group on an interface named by the scope id of one of its link-local addresses.
// "Default" leaves the choice to the OS's routes.
class MulticastPanel : public QWidget {
    Q_OBJECT

public:
    explicit MulticastPanel(QWidget* parent = nullptr);
    ~MulticastPanel() override;

    // Replaces the interface choice (the constructor loads the machine's own).
    void setInterfaces(const std::vector<netcore::InterfaceAddress>& interfaces);
    // Join is possible only while the socket is open.
    void setRunning(bool running);

    void setGroupText(const QString& text);
    // Selects the interface whose address is `host` ("127.0.0.1"); empty selects Default.
    bool selectInterface(const QString& host);
    // Checks the input and emits joinRequested; false (and problem() says why) when it is wrong.
    bool requestJoin();
    [[nodiscard]] QString problem() const { return m_problem; }

    [[nodiscard]] int ttl() const;
    [[nodiscard]] bool loopback() const;

    // The session's events: a traced membership call settles the oldest join or leave asked for.
    void consume(std::span<const netcore::SessionEvent> events);
    // A join (joined = true) or leave that succeeded: lists or unlists the group.
    void setMembership(const netcore::Address& group, const netcore::Address& interfaceAddress, bool joined);
    // The socket closed: every membership (and every request in flight) went with it.
    void clearGroups();
    // "239.255.0.1 on 127.0.0.1", "ff02::1234 (default interface)"
    [[nodiscard]] QStringList joinedGroups() const;

signals:
    void joinRequested(const netcore::Address& group, const netcore::Address& interfaceAddress);
    void leaveRequested(const netcore::Address& group, const netcore::Address& interfaceAddress);
    void ttlChanged(int ttl);
    void loopbackChanged(bool on);
    // A join or leave the OS carried out (listed already).
    void membershipChanged(const netcore::Address& group, bool joined);

private:
    struct Joined {
        netcore::Address group;
        netcore::Address interfaceAddress;
        QString text;
        QWidget* row = nullptr;
    };

    // A join or leave sent to the session, waiting for its setsockopt() to be traced.
    struct Request {
        bool join = true;
        netcore::Address group;
        netcore::Address interfaceAddress;
    };

    void groupEdited();
    void rebuildInterfaceChoice(netcore::Family family);
    void showProblem(const QString& problem);
    void updateJoinButton();
    void updatePlaceholder();
    [[nodiscard]] static QString membershipText(const netcore::Address& group,
                                                const netcore::Address& interfaceAddress);

    QLineEdit* m_group = nullptr;
    QComboBox* m_interface = nullptr;
    QPushButton* m_join = nullptr;
    QSpinBox* m_ttl = nullptr;
    QCheckBox* m_loopback = nullptr;
    QLabel* m_problemLabel = nullptr;
    QLabel* m_none = nullptr;
    QVBoxLayout* m_joinedLayout = nullptr;

    std::vector<netcore::InterfaceAddress> m_interfaces;
    netcore::Family m_shownFamily = netcore::Family::Unspecified;
    std::vector<Joined> m_joined;
    std::deque<Request> m_requests;
    QString m_problem;
    bool m_running = false;
};
