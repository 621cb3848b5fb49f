#include "ui/udp_server_tab.h"

#include "ui/cut_datagram_banner.h"
#include "ui/endpoint_editor.h"
#include "ui/error_model.h"
#include "ui/error_panel.h"
#include "ui/inline_error_label.h"
#include "ui/multicast_panel.h"
#include "ui/reply_mode_editor.h"
#include "ui/reply_responders.h"
#include "ui/send_composer.h"
#include "ui/session_activity.h"
#include "ui/traffic_model.h"
#include "ui/traffic_view.h"
#include "ui/udp_reply_pane.h"
#include "ui/udp_senders_model.h"
#include "ui/udp_senders_panel.h"
#include "ui/udp_server_settings_bar.h"

#include "netcore/explanation.h"
#include "netcore/socket_option.h"
#include "netcore_qt/udp_handle.h"

#include <QHBoxLayout>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLocale>
#include <QSplitter>
#include <QStyle>
#include <QTabWidget>
#include <QTableView>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace {

QLabel* plainLabel(const QString& objectName, QWidget* parent) {
    auto* label = new QLabel(parent);
    label->setObjectName(objectName);
    label->setTextFormat(Qt::PlainText);
    return label;
}

QString addressText(const netcore::Address& address) {
    return QString::fromStdString(address.toString());
}

} // namespace

UdpServerTab::UdpServerTab(const TabSpec& spec, netcore_qt::SessionHub& hub, QWidget* parent)
    : SessionTab(parent), m_spec(spec) {
    m_spec.kind = TabKind::UdpServer;
    m_udp = new netcore_qt::UdpHandle(hub, this);

    m_inlineError = new InlineErrorLabel(this);
    m_traffic = new TrafficView(this);
    m_traffic->setCaptureTransport(PcapFormat::Transport::Udp);
    m_traffic->setObjectName(u"trafficView"_s);
    m_errors = new ErrorPanel(this);
    m_errors->setObjectName(u"errorPanel"_s);
    m_activity =
        new SessionActivity({.traffic = m_traffic, .errors = m_errors, .lastError = m_inlineError}, this);

    // Senders and multicast share the left pane (both are lists of addresses), the composer the
    // right: at the window's default size three columns would leave the senders list no room.
    m_sideTabs = new QTabWidget(this);
    m_sideTabs->setObjectName(u"udpServerSideTabs"_s);
    m_senders = new UdpSendersPanel(m_sideTabs);
    m_sideTabs->addTab(m_senders, QString());
    m_multicast = new MulticastPanel(m_sideTabs);
    m_multicast->setObjectName(u"multicastPanel"_s);
    m_sideTabs->addTab(m_multicast, tr("&Multicast"));
    updateSendersTabTitle();
    auto* middle = new QSplitter(Qt::Horizontal, this);
    middle->setChildrenCollapsible(false);
    middle->addWidget(m_sideTabs);
    m_replyPane = new UdpReplyPane(m_senders, this);
    m_composer = m_replyPane->composer();
    middle->addWidget(m_replyPane);
    middle->setStretchFactor(0, 1);
    middle->setStretchFactor(1, 1);
    middle->setSizes({500, 500}); // proportions until the tab is shown

    auto* body = new QSplitter(Qt::Vertical, this);
    body->setObjectName(u"udpServerBodySplitter"_s);
    body->setChildrenCollapsible(false);
    body->addWidget(middle);
    body->addWidget(createLogPane());
    body->setStretchFactor(0, 0);
    body->setStretchFactor(1, 1);
    body->setSizes({260, 540}); // the log takes the extra height: it is what grows

    m_settings = new UdpServerSettingsBar(this);
    m_settings->setObjectName(u"udpServerSettings"_s);
    m_reply = new ReplyModeEditor(this);
    m_reply->setObjectName(u"udpServerReply"_s);
    m_reply->setStreamModesAvailable(false);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_settings);
    layout->addWidget(m_reply);
    layout->addWidget(createStatusRow());
    layout->addWidget(m_inlineError);
    layout->addWidget(body, 1);

    m_settings->load(spec);
    m_cutBanner->setReceiveBufferSize(m_settings->receiveBufferSize());
    // A chat room relays lines between connections; datagrams have none, so it answers nothing here.
    if (!spec.reply.streamOnly()) m_reply->setReply(spec.reply);

    connectParts();
    updateState();
    updateCounters();
    refreshTitle();
    if (m_spec.autoStart) start();
}

UdpServerTab::~UdpServerTab() = default;

QWidget* UdpServerTab::createStatusRow() {
    auto* row = new QWidget(this);
    m_status = plainLabel(u"udpServerStatus"_s, row);
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    QFont bold = m_status->font();
    bold.setBold(true);
    m_status->setFont(bold);
    m_statusIcon = new QLabel(row);
    m_statusIcon->setObjectName(u"udpServerStatusIcon"_s);
    m_counters = plainLabel(u"udpServerCounters"_s, row);
    m_counters->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto* layout = new QHBoxLayout(row);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_statusIcon);
    layout->addWidget(m_status, 1);
    layout->addWidget(m_counters);
    return row;
}

void UdpServerTab::updateSendersTabTitle() {
    const int count = m_senders->model()->rowCount();
    m_sideTabs->setTabText(0, count == 0 ? tr("&Senders") : tr("&Senders (%1)").arg(count));
}

QWidget* UdpServerTab::createLogPane() {
    auto* pane = new QWidget(this);
    m_cutBanner = new CutDatagramBanner(pane);
    m_logTabs = new QTabWidget(pane);
    m_logTabs->setObjectName(u"logTabs"_s);
    m_logTabs->setDocumentMode(true);
    m_logTabs->addTab(m_traffic, tr("&Traffic"));
    m_logTabs->addTab(m_errors, QString());
    updateErrorTabTitle(0);
    auto* layout = new QVBoxLayout(pane);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_cutBanner);
    layout->addWidget(m_logTabs, 1);
    return pane;
}

void UdpServerTab::connectParts() {
    // Ours first: the cut count and senders are current when SessionActivity reports its counters.
    connect(m_udp, &netcore_qt::SessionHandle::eventsArrived, this, &UdpServerTab::eventsArrived);
    connect(m_udp, &netcore_qt::SessionHandle::eventsArrived, m_activity, &SessionActivity::consume);
    connect(m_activity, &SessionActivity::countersChanged, this, [this] {
        updateCounters();
        emit statsChanged();
    });

    connect(m_settings, &UdpServerSettingsBar::startStopClicked, this,
            [this] { isRunning() ? stop() : start(); });
    connect(m_settings, &UdpServerSettingsBar::endpointChanged, this, [this] {
        m_settings->store(m_spec);
        refreshTitle();
    });
    connect(m_settings, &UdpServerSettingsBar::receiveBufferSizeChanged, this, [this](int size) {
        m_udp->setReceiveBufferSize(static_cast<std::size_t>(size));
        m_cutBanner->setReceiveBufferSize(size);
    });
    connect(m_settings, &UdpServerSettingsBar::broadcastToggled, this,
            [this](bool on) { m_udp->setBroadcast(on); });
    connect(m_reply, &ReplyModeEditor::replyChanged, this,
            [this](const ReplySpec& reply) { m_udp->setResponder(datagramResponderFor(reply)); });

    connect(m_multicast, &MulticastPanel::joinRequested, m_udp, &netcore_qt::UdpHandle::joinGroup);
    connect(m_multicast, &MulticastPanel::leaveRequested, m_udp, &netcore_qt::UdpHandle::leaveGroup);
    connect(m_multicast, &MulticastPanel::membershipChanged, this,
            [this](const netcore::Address& group, bool joined) {
                const QString host = QString::fromStdString(group.host());
                m_activity->noteInfo(joined ? tr("Joined multicast group %1").arg(host)
                                            : tr("Left multicast group %1").arg(host));
            });
    connect(m_multicast, &MulticastPanel::ttlChanged, this,
            [this](int ttl) { m_udp->setOption(netcore::SocketOption::MulticastTtl, ttl); });
    connect(m_multicast, &MulticastPanel::loopbackChanged, this,
            [this](bool on) { m_udp->setOption(netcore::SocketOption::MulticastLoop, on); });

    connect(m_senders, &UdpSendersPanel::sendersAdded, this, &UdpServerTab::updateSendersTabTitle);
    connect(m_replyPane, &UdpReplyPane::sendTo, m_udp, &netcore_qt::UdpHandle::sendTo);
    connect(m_traffic->tableView()->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &UdpServerTab::trafficRowSelected);

    connect(m_inlineError, &InlineErrorLabel::openPanelRequested, this,
            [this] { m_logTabs->setCurrentWidget(m_errors); });
    connect(m_errors->model(), &ErrorModel::totalCountChanged, this, &UdpServerTab::updateErrorTabTitle);
}

void UdpServerTab::eventsArrived(std::span<const netcore::SessionEvent> events) {
    m_senders->apply(events);
    m_multicast->consume(events);
    for (const auto& event : events) {
        if (event.kind != netcore::SessionEventKind::Datagram || !event.truncated) continue;
        m_cutBanner->noteCut(event);
        // Windows reports the cut as an error (WSAEMSGSIZE): it belongs in the error panel too.
        if (event.error) m_activity->noteError(*event.error);
    }
}

void UdpServerTab::applyMulticastOptions() {
    // The OS defaults are TTL 1 and loopback on: a fresh socket needs only what differs.
    if (m_multicast->ttl() != 1) m_udp->setOption(netcore::SocketOption::MulticastTtl, m_multicast->ttl());
    if (!m_multicast->loopback())
        m_udp->setOption(netcore::SocketOption::MulticastLoop, m_multicast->loopback());
}

TabSpec UdpServerTab::spec() const {
    TabSpec spec = m_spec;
    m_settings->store(spec);
    spec.reply = m_reply->reply();
    return spec;
}

TabStats UdpServerTab::stats() const {
    TabStats stats = baseStats(*m_activity, TabKind::UdpServer);
    stats.local = m_bound ? addressText(*m_bound) : QString();
    stats.connections = 0; // datagrams have no connections; senders() lists who wrote
    return stats;
}

void UdpServerTab::refreshTitle() {
    QString title = m_spec.name;
    if (title.isEmpty()) title = tr("UDP Server :%1").arg(m_bound ? m_bound->port() : m_spec.port);
    setTitle(title);
}

void UdpServerTab::start() {
    const auto bind = m_settings->endpoint()->bindAddress();
    if (!bind) {
        m_failure = tr("Not bound: %1").arg(bind.error());
        updateState();
        return;
    }
    m_inlineError->clear();
    m_multicast->clearGroups();
    netcore_qt::UdpHandle::Settings settings;
    settings.bind = *bind;
    settings.receiveBufferSize = static_cast<std::size_t>(m_settings->receiveBufferSize());
    settings.broadcast = m_settings->broadcast();
    settings.responder = datagramResponderFor(m_reply->reply());
    auto started = m_udp->start(settings);
    if (started) {
        m_bound = *started;
        m_failure.clear();
        m_activity->noteInfo(tr("Bound to %1").arg(addressText(*started)));
        applyMulticastOptions();
    } else {
        // The same error also arrives as an Error event: SessionActivity counts and shows it then.
        m_bound.reset();
        const netcore::NetError& error = started.error();
        const auto& entry = error.explanation();
        m_failure = tr("Not bound: %1 failed: %2 — %3. %4")
                        .arg(ErrorModel::callText(error), ErrorModel::shortErrorText(error),
                             ErrorModel::translated(entry.title), ErrorModel::translated(entry.explanation));
    }
    updateState();
    refreshTitle();
    emit statsChanged();
}

void UdpServerTab::stop() {
    const bool wasRunning = isRunning();
    m_udp->stop();
    m_bound.reset();
    m_failure.clear();
    // Memberships belong to the socket: closing it left every group.
    m_multicast->clearGroups();
    if (wasRunning) m_activity->noteInfo(tr("Stopped"));
    updateState();
    refreshTitle();
    emit statsChanged();
}

QString UdpServerTab::statusText() const {
    if (m_bound && !m_bound->isLoopback())
        return tr("Bound to %1 (UDP). Port %2 is open to the network: any machine that can reach this one "
                  "can send to it.")
            .arg(addressText(*m_bound))
            .arg(m_bound->port());
    if (m_bound) return tr("Bound to %1 (UDP)").arg(addressText(*m_bound));
    if (!m_failure.isEmpty()) return m_failure;
    return tr("Stopped");
}

void UdpServerTab::updateState() {
    const bool running = isRunning();
    m_status->setText(statusText());
    m_settings->setRunning(running);
    m_multicast->setRunning(running);
    m_replyPane->setRunning(running);

    const bool exposed = running && !m_bound->isLoopback();
    const bool failed = !m_failure.isEmpty();
    const int size = style()->pixelMetric(QStyle::PM_SmallIconSize, nullptr, this);
    const auto icon = exposed ? QStyle::SP_MessageBoxWarning : QStyle::SP_MessageBoxCritical;
    m_statusIcon->setPixmap(exposed || failed ? style()->standardIcon(icon, nullptr, this).pixmap(size, size)
                                              : QPixmap());
    m_statusIcon->setVisible(exposed || failed);
}

void UdpServerTab::updateCounters() {
    const TabStats& counters = m_activity->counters();
    const QLocale locale;
    m_counters->setText(tr("In: %1 datagrams, %2 bytes · Out: %3 datagrams, %4 bytes · Cut: %5 · Errors: %6")
                            .arg(locale.toString(counters.rxMessages), locale.toString(counters.rxBytes),
                                 locale.toString(counters.txMessages), locale.toString(counters.txBytes),
                                 locale.toString(cutCount()), locale.toString(counters.errors)));
}

quint64 UdpServerTab::cutCount() const {
    return m_cutBanner->count();
}

QString UdpServerTab::lastCutText() const {
    return m_cutBanner->lastText();
}

UdpSendersModel* UdpServerTab::sendersModel() const {
    return m_senders->model();
}

QStringList UdpServerTab::senders() const {
    return m_senders->model()->senders();
}

bool UdpServerTab::selectSender(const QString& address) {
    return m_senders->selectSender(address);
}

QList<netcore::Address> UdpServerTab::targets() const {
    return m_replyPane->targets();
}

void UdpServerTab::trafficRowSelected() {
    // A row's peer is a sender (or where a reply went): selecting the row selects it as the target.
    const QModelIndex current = m_traffic->tableView()->currentIndex();
    if (!current.isValid()) return;
    const QString peer = current.data(TrafficModel::PeerRole).toString();
    if (!peer.isEmpty()) selectSender(peer);
}

void UdpServerTab::sendToTargets(const QByteArray& bytes) {
    m_replyPane->send(bytes);
}

void UdpServerTab::updateErrorTabTitle(qint64 total) {
    const int index = m_logTabs->indexOf(m_errors);
    m_logTabs->setTabText(index, total == 0 ? tr("&Errors") : tr("&Errors (%1)").arg(total));
}
