#include "ui/udp_client_tab.h"
#include "ui/plain_label.h"

#include "ui/chunked_file_sender.h"
#include "ui/endpoint_editor.h"
#include "ui/error_model.h"
#include "ui/error_panel.h"
#include "ui/inline_error_label.h"
#include "ui/netcore_text.h"
#include "ui/send_composer.h"
#include "ui/session_activity.h"
#include "ui/traffic_view.h"
#include "ui/udp_client_notes.h"
#include "ui/udp_client_settings_bar.h"
#include "ui/udp_target_resolver.h"

#include "netcore_qt/udp_handle.h"

#include "netcore/typed_input.h"

#include <QFileInfo>
#include <QLabel>
#include <QSplitter>
#include <QTabWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace {

QString addressText(const netcore::Address& address) {
    return QString::fromStdString(address.toString());
}

bool isSendCall(const netcore::NetError& error) {
    return error.call == "send" || error.call == "sendto";
}

} // namespace

UdpClientTab::UdpClientTab(const TabSpec& spec, netcore_qt::SessionHub& hub, QWidget* parent)
    : SessionTab(parent), m_spec(spec) {
    setObjectName(u"udpClientTab"_s);
    m_spec.kind = TabKind::UdpClient;
    m_handle = new netcore_qt::UdpHandle(hub, this);
    m_resolver = new UdpTargetResolver(this);
    buildUi();
    m_activity = new SessionActivity({m_traffic, m_errors, m_inlineError, nullptr}, this);
    m_fileSender = new ChunkedFileSender([this](const QByteArray& datagram) { sendBytes(datagram); }, this);
    connectSignals();
    setState(State::Idle, tr("Not open"));
    // As MainWindow::openTab() expects: the tab has started when its constructor returns.
    if (m_spec.autoStart) start();
}

UdpClientTab::~UdpClientTab() = default;

void UdpClientTab::buildUi() {
    m_settings = new UdpClientSettingsBar(this);
    m_settings->load(m_spec);

    m_stateLabel = new PlainLabel(u"udpClientState"_s, this, PlainLabel::Bold | PlainLabel::Selectable);
    m_stateLabel->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);

    m_inlineError = new InlineErrorLabel(this);
    m_notes = new UdpClientNotes(this);

    m_composer = new SendComposer(this);
    m_traffic = new TrafficView(this);
    m_traffic->setCaptureTransport(PcapFormat::Transport::Udp);
    m_errors = new ErrorPanel(this);
    // The names the server tabs use too: guided scenarios point at them.
    m_traffic->setObjectName(u"trafficView"_s);
    m_errors->setObjectName(u"errorPanel"_s);
    m_views = new QTabWidget(this);
    m_views->setObjectName(u"udpClientViews"_s);
    m_views->setDocumentMode(true);
    m_views->addTab(m_traffic, tr("Traffic"));
    m_views->addTab(m_errors, tr("Errors"));

    auto* splitter = new QSplitter(Qt::Vertical, this);
    splitter->setChildrenCollapsible(false);
    splitter->addWidget(m_composer);
    splitter->addWidget(m_views);
    splitter->setStretchFactor(0, 0);
    splitter->setStretchFactor(1, 1);
    splitter->setSizes({160, 600});

    // What to send to and how, then how it is going, then what to send, then what happened.
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_settings);
    layout->addWidget(m_stateLabel);
    layout->addWidget(m_inlineError);
    layout->addWidget(m_notes);
    layout->addWidget(splitter, 1);

    if (m_spec.send) m_composer->setText(*m_spec.send);
}

void UdpClientTab::connectSignals() {
    connect(m_handle, &netcore_qt::UdpHandle::eventsArrived, this, &UdpClientTab::onEvents);
    connect(m_resolver, &UdpTargetResolver::resolved, this, &UdpClientTab::onTargetResolved);
    connect(m_resolver, &UdpTargetResolver::failed, this, &UdpClientTab::onTargetFailed);
    connect(m_activity, &SessionActivity::countersChanged, this, [this] {
        const qint64 errors = m_errors->model()->totalCount();
        m_views->setTabText(m_views->indexOf(m_errors),
                            errors > 0 ? tr("Errors (%1)").arg(errors) : tr("Errors"));
        emit statsChanged();
    });

    connect(m_settings, &UdpClientSettingsBar::openClicked, this, &UdpClientTab::start);
    connect(m_settings, &UdpClientSettingsBar::reopenClicked, this, &UdpClientTab::start);
    connect(m_settings, &UdpClientSettingsBar::closeClicked, this, &UdpClientTab::stop);
    connect(m_settings, &UdpClientSettingsBar::endpointChanged, this, [this] {
        if (m_spec.name.isEmpty()) emit titleChanged();
    });
    connect(m_settings, &UdpClientSettingsBar::modeChanged, this, [this] {
        // connect() cannot be undone portably (AF_UNSPEC is not everywhere): a new socket.
        if (!isOpen() && m_state != State::Resolving) return;
        m_activity->noteInfo(isConnectedMode() ? tr("Connected mode: opening a new socket")
                                               : tr("Unconnected mode: opening a new socket"));
        start();
    });
    connect(m_settings, &UdpClientSettingsBar::broadcastChanged, this, &UdpClientTab::onBroadcastChanged);
    connect(m_settings, &UdpClientSettingsBar::receiveBufferSizeChanged, this, [this](int size) {
        if (isOpen()) m_handle->setReceiveBufferSize(static_cast<std::size_t>(size));
    });

    connect(m_composer, &SendComposer::sendRequested, this, &UdpClientTab::sendBytes);
    connect(m_composer, &SendComposer::sendFileRequested, this, &UdpClientTab::sendFile);
    connect(m_inlineError, &InlineErrorLabel::openPanelRequested, this,
            [this] { m_views->setCurrentWidget(m_errors); });

    connect(m_fileSender, &ChunkedFileSender::finished, this,
            [this](const QString& path, qint64 bytes, qint64 datagrams) {
                m_activity->noteInfo(
                    tr("File %1: all %2 bytes handed to the socket in %3 datagrams")
                        .arg(QFileInfo(path).fileName(), QString::number(bytes), QString::number(datagrams)));
            });
    connect(
        m_fileSender, &ChunkedFileSender::failed, this, [this](const QString& path, const QString& reason) {
            m_activity->noteInfo(tr("File %1: reading stopped: %2").arg(QFileInfo(path).fileName(), reason));
        });
}

TabSpec UdpClientTab::spec() const {
    TabSpec spec = m_spec;
    spec.kind = TabKind::UdpClient;
    m_settings->store(spec);
    return spec;
}

TabStats UdpClientTab::stats() const {
    TabStats stats = baseStats(*m_activity, TabKind::UdpClient);
    stats.local = isOpen() ? addressText(m_local) : QString();
    // UDP has no connections; a connected socket has one fixed peer, counted as one.
    stats.connections = isOpen() && m_openedConnected ? 1 : 0;
    return stats;
}

QString UdpClientTab::title() const {
    if (!m_spec.name.isEmpty()) return m_spec.name;
    const TabSpec current = spec();
    // One arg() with both values: a scope id such as "fe80::1%2" must not be substituted into.
    const QString format = current.host.contains(u':') ? u"[%1]:%2"_s : u"%1:%2"_s;
    return tr("UDP client %1").arg(format.arg(current.host, QString::number(current.port)));
}

bool UdpClientTab::isConnectedMode() const {
    return m_settings->isConnectedMode();
}

void UdpClientTab::setConnectedMode(bool connected) {
    m_settings->setConnectedMode(connected);
}

void UdpClientTab::setBroadcast(bool on) {
    m_settings->setBroadcast(on);
}

quint64 UdpClientTab::foreignReplyCount() const {
    return m_notes->foreignReplyCount();
}

QString UdpClientTab::lastForeignReplyText() const {
    return m_notes->lastForeignReplyText();
}

QString UdpClientTab::adviceText() const {
    return m_notes->adviceText();
}

QString UdpClientTab::modeExplanation() const {
    return m_settings->modeExplanation();
}

void UdpClientTab::setState(State state, const QString& text) {
    const bool changed = state != m_state;
    m_state = state;
    m_stateText = text;
    m_stateLabel->setText(text);
    updateActions();
    if (changed) {
        emit stateChanged(state);
        emit statsChanged();
    }
}

void UdpClientTab::updateActions() {
    m_settings->setSessionState(isOpen() || m_state == State::Resolving, m_everStarted);
}

void UdpClientTab::start() {
    m_everStarted = true;
    const EndpointEditor* endpoint = m_settings->endpoint();
    const std::optional<QString> host = endpoint->host();
    m_fileSender->cancel();
    m_pending.clear();
    m_handle->stop();
    m_local = {};
    if (!endpoint->isValid() || !host) {
        const QString problem = endpoint->problem();
        m_activity->noteError(netcore::NetError::make(netcore::ErrorCode::InvalidArgument, "sendto",
                                                      spec().host.toStdString(),
                                                      NetcoreText::verbatim(problem)));
        setState(State::Failed, tr("Cannot open: %1").arg(problem));
        return;
    }
    m_inlineError->clear();
    m_notes->clearAdvice();
    m_openAfterResolve = true;
    setState(State::Resolving, tr("Looking up %1…").arg(*host));
    // A numeric host answers before lookup() returns, and the socket is open then.
    m_resolver->lookup(*host, endpoint->port());
}

void UdpClientTab::stop() {
    m_resolver->cancel();
    m_fileSender->cancel();
    m_pending.clear();
    m_openAfterResolve = false;
    if (m_state != State::Open && m_state != State::Resolving) return;
    m_handle->stop();
    m_local = {};
    m_activity->noteInfo(tr("Socket closed"));
    setState(State::Closed, tr("Closed"));
}

void UdpClientTab::onTargetResolved(const netcore::Address& target, const QStringList& all, qint64 ms) {
    const QString host = m_resolver->host();
    if (QString::fromStdString(target.host()) != host)
        m_activity->noteInfo(tr("%1 resolved in %2 ms: %3; sending to %4")
                                 .arg(host, QString::number(ms), all.join(u", "_s), all.front()));
    const bool familyChanged = m_target.isValid() && target.family() != m_target.family();
    const bool changed = !(target == m_target);
    m_target = target;
    if (m_openAfterResolve || (isOpen() && familyChanged)) {
        // A socket of one family cannot send to the other: an IPv6 target needs a new socket.
        m_openAfterResolve = false;
        openSocket();
        return;
    }
    if (isOpen() && changed) {
        // A connected socket may be connected again, to the new target, at once.
        if (m_openedConnected) m_handle->connectTo(target);
        setState(State::Open, openText());
    }
    flushPending();
}

void UdpClientTab::onTargetFailed(const netcore::NetError& error) {
    m_activity->noteError(error);
    const QString why = ErrorModel::shortErrorText(error);
    if (!m_pending.isEmpty())
        m_activity->noteInfo(tr("%n datagram(s) not sent: the target could not be looked up", "",
                                static_cast<int>(m_pending.size())));
    m_pending.clear();
    if (m_openAfterResolve || m_state == State::Resolving) {
        m_openAfterResolve = false;
        setState(State::Failed, tr("Could not look up %1: %2").arg(m_resolver->host(), why));
    }
}

void UdpClientTab::openSocket() {
    netcore_qt::UdpHandle::Settings settings;
    // The local end follows the target: a loopback target is answered from loopback, so the
    // client's port is not open to the network; any other target (a LAN host, a broadcast address)
    // needs the address the route picks, which only the wildcard bind (the OS's choice) gives.
    settings.bind = m_target.isLoopback() ? netcore::Address::loopback(m_target.family(), 0)
                                          : netcore::Address::any(m_target.family(), 0);
    if (isConnectedMode()) settings.connectTo = m_target;
    settings.receiveBufferSize = static_cast<std::size_t>(m_settings->receiveBufferSize());
    settings.broadcast = m_settings->broadcast();
    auto started = m_handle->start(settings);
    if (!started) {
        // The error also arrives as an event: the error panel and the inline label show it then.
        m_pending.clear();
        setState(State::Failed, tr("Could not open: %1").arg(ErrorModel::shortErrorText(started.error())));
        return;
    }
    m_local = *started;
    m_openedConnected = settings.connectTo.has_value();
    setState(State::Open, openText());
    m_activity->noteInfo(m_stateText, addressText(m_target));
    sendAutoText();
    flushPending();
}

QString UdpClientTab::openText() const {
    if (m_openedConnected)
        return tr("Connected %1 → %2: send()").arg(addressText(m_local), addressText(m_target));
    return tr("Open on %1: sendto() %2").arg(addressText(m_local), addressText(m_target));
}

void UdpClientTab::sendAutoText() {
    if (!m_spec.send) return;
    const std::string typed = m_spec.send->toStdString();
    auto bytes = netcore::parseEscapedText(typed);
    if (!bytes) {
        m_activity->noteError(
            netcore::NetError::make(netcore::ErrorCode::InvalidArgument, "sendto", typed,
                                    NetcoreText::verbatim(NetcoreText::text(bytes.error()))));
        return;
    }
    sendNow(QByteArray(reinterpret_cast<const char*>(bytes->data()), static_cast<qsizetype>(bytes->size())));
}

void UdpClientTab::sendBytes(const QByteArray& bytes) {
    if (!isOpen() && m_state != State::Resolving) {
        m_activity->noteError(netcore::NetError::make(
            netcore::ErrorCode::Closed, isConnectedMode() ? "send" : "sendto", std::to_string(bytes.size()),
            NetcoreText::verbatim(tr("the socket is not open"))));
        return;
    }
    const EndpointEditor* endpoint = m_settings->endpoint();
    const std::optional<QString> host = endpoint->host();
    if (!endpoint->isValid() || !host || m_state == State::Resolving) {
        // A lookup under way (or a target being typed): the datagram goes once the target is known.
        if (m_state == State::Resolving || m_resolver->isBusy())
            m_pending.append(bytes);
        else
            sendNow(bytes);
        return;
    }
    if (m_resolver->isCurrent(*host, endpoint->port())) {
        sendNow(bytes);
        return;
    }
    m_pending.append(bytes);
    const bool sameLookup =
        m_resolver->isBusy() && m_resolver->host() == *host && m_resolver->port() == endpoint->port();
    if (!sameLookup) m_resolver->lookup(*host, endpoint->port());
}

void UdpClientTab::flushPending() {
    const QList<QByteArray> pending = std::exchange(m_pending, {});
    for (const QByteArray& bytes : pending)
        sendNow(bytes);
}

std::size_t UdpClientTab::maxDatagram() const {
    return m_target.family() == netcore::Family::IPv6 ? UdpClientSettingsBar::kMaxIpv6Payload
                                                      : UdpClientSettingsBar::kMaxIpv4Payload;
}

void UdpClientTab::sendNow(const QByteArray& bytes) {
    // Too large for any datagram: said before the OS says EMSGSIZE, and handed to the OS anyway,
    // so the refusal is the real one, in the error panel with its explanation.
    if (static_cast<std::size_t>(bytes.size()) > maxDatagram())
        m_activity->noteInfo(tr("%1 bytes do not fit in one UDP datagram (at most %2 bytes over %3): the OS "
                                "will refuse to send them")
                                 .arg(QString::number(bytes.size()), QString::number(maxDatagram()),
                                      m_target.family() == netcore::Family::IPv6 ? u"IPv6"_s : u"IPv4"_s));
    if (m_openedConnected)
        m_handle->send(bytes);
    else
        m_handle->sendTo(m_target, bytes);
}

void UdpClientTab::sendFile(const QString& path) {
    if (!isOpen()) {
        m_activity->noteError(netcore::NetError::make(netcore::ErrorCode::Closed, "sendto",
                                                      path.toStdString(),
                                                      NetcoreText::verbatim(tr("the socket is not open"))));
        return;
    }
    QString error;
    const QString name = QFileInfo(path).fileName();
    const int size = m_settings->datagramSize();
    if (!m_fileSender->start(path, ChunkedFileSender::datagrams(size), &error)) {
        m_activity->noteInfo(tr("File %1 cannot be read: %2").arg(name, error));
        return;
    }
    if (m_fileSender->isActive())
        m_activity->noteInfo(tr("Sending file %1 (%2 bytes) in datagrams of %3 bytes")
                                 .arg(name, QString::number(m_fileSender->size()), QString::number(size)));
}

void UdpClientTab::onEvents(std::span<const netcore::SessionEvent> events) {
    using Kind = netcore::SessionEventKind;
    qint64 done = 0; // datagrams sent or refused: the file sender's window opens by that many
    for (const auto& event : events) {
        if (event.kind == Kind::Sent) ++done;
        if (event.kind == Kind::Datagram) m_notes->noteReply(event.peer, m_target, m_settings->broadcast());
        if (event.kind == Kind::Error && event.error) {
            if (isSendCall(*event.error)) ++done;
            m_notes->adviseOn(*event.error, m_target, m_settings->broadcast(), m_openedConnected);
        }
    }
    m_activity->consume(events);
    if (done > 0) m_fileSender->acknowledge(quint64(done));
}

void UdpClientTab::onBroadcastChanged(bool on) {
    if (isOpen()) {
        m_handle->setBroadcast(on);
        m_activity->noteInfo(on ? tr("SO_BROADCAST on") : tr("SO_BROADCAST off"));
    }
    if (on) m_notes->broadcastEnabled();
}
