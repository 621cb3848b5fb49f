#include "ui/multicast_panel.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSet>
#include <QSpinBox>
#include <QVBoxLayout>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace {

QString hostText(const netcore::Address& address) {
    return QString::fromStdString(address.host());
}

// A membership change as netcore traces it: "IPPROTO_IP, IP_ADD_MEMBERSHIP, 239.1.2.3".
bool isMembershipCall(const netcore::TraceRecord& trace) {
    if (trace.call != "setsockopt") return false;
    const std::string_view arguments = trace.arguments;
    return arguments.find("_MEMBERSHIP") != std::string_view::npos ||
           arguments.find("_JOIN_GROUP") != std::string_view::npos ||
           arguments.find("_LEAVE_GROUP") != std::string_view::npos;
}

} // namespace

MulticastPanel::MulticastPanel(QWidget* parent) : QWidget(parent) {
    m_group = new QLineEdit(this);
    m_group->setObjectName(u"multicastGroup"_s);
    m_group->setPlaceholderText(tr("239.255.0.1 or ff02::1234"));
    m_group->setClearButtonEnabled(true);
    m_group->setToolTip(tr("A multicast group: IPv4 224.0.0.0 to 239.255.255.255 (239.x.x.x is for local "
                           "use), or IPv6 ff00::/8"));

    m_interface = new QComboBox(this);
    m_interface->setObjectName(u"multicastInterface"_s);
    m_interface->setToolTip(tr("The interface that joins: IPv4 groups name it by its address, IPv6 groups "
                               "by its index (the scope id of a link-local address)"));
    m_interface->setSizeAdjustPolicy(QComboBox::AdjustToContents);

    m_join = new QPushButton(tr("&Join"), this);
    m_join->setObjectName(u"multicastJoin"_s);
    m_join->setAutoDefault(false);
    m_join->setToolTip(tr("setsockopt(IP_ADD_MEMBERSHIP) or setsockopt(IPV6_JOIN_GROUP)"));

    m_ttl = new QSpinBox(this);
    m_ttl->setObjectName(u"multicastTtl"_s);
    m_ttl->setRange(0, 255);
    m_ttl->setValue(1);
    m_ttl->setToolTip(tr("IP_MULTICAST_TTL / IPV6_MULTICAST_HOPS: how many routers the datagrams this "
                         "socket sends to a group may cross (1: this network only, 0: this machine)"));

    m_loopback = new QCheckBox(tr("&Loopback"), this);
    m_loopback->setObjectName(u"multicastLoopback"_s);
    m_loopback->setChecked(true);
    m_loopback->setToolTip(tr("IP_MULTICAST_LOOP / IPV6_MULTICAST_LOOP: whether sockets on this machine "
                              "receive what this socket sends to a group (on by default)"));

    m_problemLabel = new QLabel(this);
    m_problemLabel->setObjectName(u"multicastProblem"_s);
    m_problemLabel->setTextFormat(Qt::PlainText);
    m_problemLabel->setWordWrap(true);
    m_problemLabel->setForegroundRole(QPalette::PlaceholderText);
    m_problemLabel->setVisible(false);

    m_none = new QLabel(tr("No group joined."), this);
    m_none->setObjectName(u"multicastNone"_s);
    m_none->setForegroundRole(QPalette::PlaceholderText);

    auto* groupRow = new QHBoxLayout;
    groupRow->addWidget(m_group, 1);
    groupRow->addWidget(m_join);
    auto* optionsRow = new QHBoxLayout;
    optionsRow->addWidget(m_ttl);
    optionsRow->addSpacing(12);
    optionsRow->addWidget(m_loopback);
    optionsRow->addStretch(1);

    // Labels of rows that hold a layout need their buddy set by hand, or "&" shows as is.
    const auto label = [this](const QString& text, QWidget* buddy) {
        auto* made = new QLabel(text, this);
        made->setBuddy(buddy);
        return made;
    };
    auto* form = new QFormLayout;
    form->setContentsMargins(0, 0, 0, 0);
    form->addRow(label(tr("&Group:"), m_group), groupRow);
    form->addRow(label(tr("&Interface:"), m_interface), m_interface);
    form->addRow(label(tr("TTL (&hops):"), m_ttl), optionsRow);

    m_joinedLayout = new QVBoxLayout;
    m_joinedLayout->setSpacing(2);
    m_joinedLayout->addWidget(m_none);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_problemLabel);
    layout->addLayout(m_joinedLayout);
    layout->addStretch(1);

    connect(m_group, &QLineEdit::textChanged, this, &MulticastPanel::groupEdited);
    connect(m_group, &QLineEdit::returnPressed, this, &MulticastPanel::requestJoin);
    connect(m_join, &QPushButton::clicked, this, &MulticastPanel::requestJoin);
    connect(m_ttl, &QSpinBox::valueChanged, this, &MulticastPanel::ttlChanged);
    connect(m_loopback, &QCheckBox::toggled, this, &MulticastPanel::loopbackChanged);

    // Listing addresses calls getifaddrs only; no socket of ours is touched.
    if (auto found = netcore::localInterfaces())
        setInterfaces(*found);
    else
        rebuildInterfaceChoice(netcore::Family::Unspecified);
    updateJoinButton();
}

MulticastPanel::~MulticastPanel() = default;

void MulticastPanel::setInterfaces(const std::vector<netcore::InterfaceAddress>& interfaces) {
    m_interfaces.clear();
    QSet<QString> ipv6Interfaces;
    for (const auto& entry : interfaces) {
        if (!entry.isUp) continue;
        const auto family = entry.address.family();
        if (family == netcore::Family::IPv4) m_interfaces.push_back(entry);
        // IPv6 names the interface by index: one scoped address per interface is enough, and an
        // address without a scope id cannot name one.
        if (family == netcore::Family::IPv6 && entry.address.scopeId() != 0) {
            const QString name = QString::fromStdString(entry.interfaceName);
            if (ipv6Interfaces.contains(name)) continue;
            ipv6Interfaces.insert(name);
            m_interfaces.push_back(entry);
        }
    }
    rebuildInterfaceChoice(m_shownFamily);
}

void MulticastPanel::rebuildInterfaceChoice(netcore::Family family) {
    const QString previous = m_interface->currentData().toString();
    m_shownFamily = family;
    m_interface->clear();
    m_interface->addItem(tr("Default (the OS picks)"), QString());
    for (const auto& entry : m_interfaces) {
        if (family != netcore::Family::Unspecified && entry.address.family() != family) continue;
        const QString host = hostText(entry.address);
        m_interface->addItem(tr("%1 — %2").arg(QString::fromStdString(entry.interfaceName), host), host);
    }
    m_interface->setCurrentIndex(std::max(0, m_interface->findData(previous)));
}

void MulticastPanel::groupEdited() {
    const QString text = m_group->text().trimmed();
    auto group = netcore::Address::fromHostPort(text.toStdString(), 0);
    if (text.isEmpty())
        showProblem({});
    else if (!group)
        showProblem(tr("%1 is not a numeric IPv4 or IPv6 address.").arg(text));
    else if (!group->isMulticast())
        showProblem(tr("%1 is not a multicast group: IPv4 groups are 224.0.0.0 to 239.255.255.255, IPv6 "
                       "groups start with ff.")
                        .arg(text));
    else
        showProblem({});
    const auto family = group ? group->family() : netcore::Family::Unspecified;
    if (family != m_shownFamily) rebuildInterfaceChoice(family);
    updateJoinButton();
}

void MulticastPanel::setRunning(bool running) {
    m_running = running;
    groupEdited(); // drops a "start the server first" problem
}

void MulticastPanel::setGroupText(const QString& text) {
    m_group->setText(text);
}

bool MulticastPanel::selectInterface(const QString& host) {
    const int index = m_interface->findData(host);
    if (index < 0) return false;
    m_interface->setCurrentIndex(index);
    return true;
}

bool MulticastPanel::requestJoin() {
    groupEdited();
    const QString text = m_group->text().trimmed();
    if (text.isEmpty()) showProblem(tr("Type a group address to join."));
    if (!m_problem.isEmpty()) return false;
    if (!m_running) {
        showProblem(tr("Start the server first: a group is joined by an open socket."));
        return false;
    }
    const auto group = netcore::Address::fromHostPort(text.toStdString(), 0);
    netcore::Address interfaceAddress;
    if (const QString host = m_interface->currentData().toString(); !host.isEmpty()) {
        auto parsed = netcore::Address::fromHostPort(host.toStdString(), 0);
        if (parsed) interfaceAddress = *parsed;
    }
    m_requests.push_back({.join = true, .group = *group, .interfaceAddress = interfaceAddress});
    emit joinRequested(*group, interfaceAddress);
    return true;
}

int MulticastPanel::ttl() const {
    return m_ttl->value();
}

bool MulticastPanel::loopback() const {
    return m_loopback->isChecked();
}

QString MulticastPanel::membershipText(const netcore::Address& group,
                                       const netcore::Address& interfaceAddress) {
    if (!interfaceAddress.isValid()) return tr("%1 (default interface)").arg(hostText(group));
    return tr("%1 on %2").arg(hostText(group), hostText(interfaceAddress));
}

void MulticastPanel::setMembership(const netcore::Address& group, const netcore::Address& interfaceAddress,
                                   bool joined) {
    const auto found = std::ranges::find_if(m_joined, [&](const Joined& entry) {
        return entry.group == group && entry.interfaceAddress == interfaceAddress;
    });
    if (!joined) {
        if (found == m_joined.end()) return;
        delete found->row;
        m_joined.erase(found);
        updatePlaceholder();
        return;
    }
    if (found != m_joined.end()) return; // joined twice: the OS said EADDRINUSE, shown as an error

    Joined entry{.group = group,
                 .interfaceAddress = interfaceAddress,
                 .text = membershipText(group, interfaceAddress)};
    entry.row = new QWidget(this);
    auto* label = new QLabel(entry.text, entry.row);
    label->setTextFormat(Qt::PlainText);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto* leave = new QPushButton(tr("Leave"), entry.row);
    leave->setObjectName(u"multicastLeave"_s);
    leave->setAutoDefault(false);
    leave->setToolTip(tr("setsockopt(IP_DROP_MEMBERSHIP) or setsockopt(IPV6_LEAVE_GROUP)"));
    leave->setAccessibleName(tr("Leave %1").arg(entry.text));
    auto* rowLayout = new QHBoxLayout(entry.row);
    rowLayout->setContentsMargins(0, 0, 0, 0);
    rowLayout->addWidget(label, 1);
    rowLayout->addWidget(leave);
    connect(leave, &QPushButton::clicked, this, [this, group, interfaceAddress] {
        m_requests.push_back({.join = false, .group = group, .interfaceAddress = interfaceAddress});
        emit leaveRequested(group, interfaceAddress);
    });
    m_joinedLayout->addWidget(entry.row);
    m_joined.push_back(std::move(entry));
    updatePlaceholder();
}

void MulticastPanel::consume(std::span<const netcore::SessionEvent> events) {
    for (const auto& event : events) {
        if (event.kind != netcore::SessionEventKind::CallTraced || !event.trace) continue;
        if (!isMembershipCall(*event.trace) || m_requests.empty()) continue;
        // The session carries out commands in the order they were issued, so the oldest request
        // is the one this call answered. A failure is listed nowhere here: its Error event is.
        const Request done = m_requests.front();
        m_requests.pop_front();
        if (event.trace->error) continue;
        setMembership(done.group, done.interfaceAddress, done.join);
        emit membershipChanged(done.group, done.join);
    }
}

void MulticastPanel::clearGroups() {
    m_requests.clear();
    for (auto& entry : m_joined)
        delete entry.row;
    m_joined.clear();
    updatePlaceholder();
}

QStringList MulticastPanel::joinedGroups() const {
    QStringList list;
    for (const auto& entry : m_joined)
        list.append(entry.text);
    return list;
}

void MulticastPanel::showProblem(const QString& problem) {
    m_problem = problem;
    m_problemLabel->setText(problem);
    m_problemLabel->setVisible(!problem.isEmpty());
}

void MulticastPanel::updateJoinButton() {
    m_join->setEnabled(m_running && m_problem.isEmpty() && !m_group->text().trimmed().isEmpty());
}

void MulticastPanel::updatePlaceholder() {
    m_none->setVisible(m_joined.empty());
}
