#include "ui/tcp_client_tab.h"
#include "ui/plain_label.h"

#include "ui/blocking_badge.h"
#include "ui/chunked_file_sender.h"
#include "ui/client_settings_bar.h"
#include "ui/endpoint_editor.h"
#include "ui/error_model.h"
#include "ui/error_panel.h"
#include "ui/inline_error_label.h"
#include "ui/netcore_text.h"
#include "ui/resolved_addresses_view.h"
#include "ui/send_composer.h"
#include "ui/session_activity.h"
#include "ui/traffic_view.h"

#include "netcore_qt/tcp_client_handle.h"

#include "netcore/typed_input.h"

#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QSplitter>
#include <QTabWidget>
#include <QVBoxLayout>

#include <chrono>

using namespace Qt::StringLiterals;

namespace {

QString addressText(const netcore::Address& address) {
    return QString::fromStdString(address.toString());
}

QPushButton* makeButton(const QString& objectName, const QString& text, const QString& toolTip,
                        QWidget* parent) {
    auto* button = new QPushButton(text, parent);
    button->setObjectName(objectName);
    button->setToolTip(toolTip);
    return button;
}

} // namespace

TcpClientTab::TcpClientTab(const TabSpec& spec, netcore_qt::SessionHub& hub, QWidget* parent)
    : SessionTab(parent), m_spec(spec) {
    setObjectName(u"tcpClientTab"_s);
    m_handle = new netcore_qt::TcpClientHandle(hub, this);
    buildUi();
    m_activity = new SessionActivity({m_traffic, m_errors, m_inlineError, m_badge}, this);
    m_fileSender = new ChunkedFileSender([this](const QByteArray& chunk) { m_handle->send(chunk); }, this);
    connectSignals();
    setState(State::Idle, tr("Not connected"));
    // As MainWindow::openTab() expects: the tab has started when its constructor returns. The
    // lookup and the connect are asynchronous, so their outcome reaches signals connected after.
    if (m_spec.autoStart) start();
}

TcpClientTab::~TcpClientTab() = default;

void TcpClientTab::buildUi() {
    m_settings = new ClientSettingsBar(this);
    m_settings->load(m_spec);

    m_stateLabel = new PlainLabel(u"clientState"_s, this, PlainLabel::Bold | PlainLabel::Selectable);
    m_stateLabel->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    m_badge = new BlockingBadge(this);
    m_receiveButton = makeButton(u"clientReceive"_s, tr("Rec&eive"),
                                 tr("One more recv(): wait for what the server sends next"), this);

    m_resolved = new ResolvedAddressesView(this);
    m_inlineError = new InlineErrorLabel(this);

    m_composer = new SendComposer(this);
    m_shutdownButton = makeButton(u"clientShutdownWrite"_s, tr("Shut&down write"),
                                  tr("shutdown(SHUT_WR): the server reads EOF; you can still receive"), this);
    m_closeButton = makeButton(u"clientClose"_s, tr("C&lose"), tr("close(): a graceful FIN"), this);
    m_abortButton = makeButton(u"clientAbort"_s, tr("&Abort"),
                               tr("SO_LINGER 0, then close(): the server gets ECONNRESET"), this);

    m_traffic = new TrafficView(this);
    m_errors = new ErrorPanel(this);
    // The names the server tabs use too: guided scenarios point at them.
    m_traffic->setObjectName(u"trafficView"_s);
    m_errors->setObjectName(u"errorPanel"_s);
    m_views = new QTabWidget(this);
    m_views->setObjectName(u"clientViews"_s);
    m_views->setDocumentMode(true);
    m_views->addTab(m_traffic, tr("Traffic"));
    m_views->addTab(m_errors, tr("Errors"));

    // Layout: what to connect to, then how it is going, then what to send, then what happened.
    auto* stateRow = new QHBoxLayout;
    stateRow->addWidget(m_stateLabel, 1);
    stateRow->addWidget(m_badge);
    stateRow->addWidget(m_receiveButton);

    auto* socketButtons = new QVBoxLayout;
    socketButtons->addWidget(m_shutdownButton);
    socketButtons->addWidget(m_closeButton);
    socketButtons->addWidget(m_abortButton);
    socketButtons->addStretch(1);
    auto* sendArea = new QWidget(this);
    auto* sendLayout = new QHBoxLayout(sendArea);
    sendLayout->setContentsMargins(0, 0, 0, 0);
    sendLayout->addWidget(m_composer, 1);
    sendLayout->addLayout(socketButtons);

    auto* splitter = new QSplitter(Qt::Vertical, this);
    splitter->setChildrenCollapsible(false);
    splitter->addWidget(sendArea);
    splitter->addWidget(m_views);
    splitter->setStretchFactor(0, 0);
    splitter->setStretchFactor(1, 1);
    // Most of the height for what happened; the composer needs a few lines only.
    splitter->setSizes({160, 600});

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_settings);
    layout->addLayout(stateRow);
    layout->addWidget(m_resolved);
    layout->addWidget(m_inlineError);
    layout->addWidget(splitter, 1);

    if (m_spec.send) m_composer->setText(*m_spec.send);
    onModeControlsChanged();
}

void TcpClientTab::connectSignals() {
    connect(m_handle, &netcore_qt::TcpClientHandle::eventsArrived, this, &TcpClientTab::onEvents);
    connect(m_handle, &netcore_qt::TcpClientHandle::resolved, this, &TcpClientTab::onResolved);
    connect(m_handle, &netcore_qt::TcpClientHandle::resolveFailed, this, &TcpClientTab::onResolveFailed);
    connect(m_activity, &SessionActivity::connected, this,
            [this](netcore::ConnectionId, const netcore::Address& peer, const netcore::Address& local) {
                onConnected(peer, local);
            });
    connect(m_activity, &SessionActivity::closed, this,
            [this](netcore::ConnectionId, netcore::CloseReason reason) { onClosed(reason); });
    connect(m_activity, &SessionActivity::peerShutdown, this, [this] {
        // Non-blocking sessions close on EOF (a Closed event follows); a blocking one stays open.
        if (m_state == State::Connected)
            setState(State::Connected,
                     tr("%1 — the server closed its side (recv() returned 0); you can still send")
                         .arg(m_connectedText));
    });
    connect(m_activity, &SessionActivity::countersChanged, this, [this] {
        const qint64 errors = m_errors->model()->totalCount();
        m_views->setTabText(m_views->indexOf(m_errors),
                            errors > 0 ? tr("Errors (%1)").arg(errors) : tr("Errors"));
        emit statsChanged();
    });

    connect(m_settings, &ClientSettingsBar::connectClicked, this, &TcpClientTab::start);
    connect(m_settings, &ClientSettingsBar::disconnectClicked, this, &TcpClientTab::stop);
    connect(m_settings, &ClientSettingsBar::reconnectClicked, this, &TcpClientTab::reconnect);
    connect(m_receiveButton, &QPushButton::clicked, this, &TcpClientTab::receiveOnce);
    connect(m_shutdownButton, &QPushButton::clicked, this, &TcpClientTab::shutdownWrite);
    connect(m_closeButton, &QPushButton::clicked, this, &TcpClientTab::closeConnection);
    connect(m_abortButton, &QPushButton::clicked, this, &TcpClientTab::abortConnection);
    connect(m_badge, &BlockingBadge::cancelRequested, m_handle, &netcore_qt::TcpClientHandle::cancel);
    connect(m_composer, &SendComposer::sendRequested, this, &TcpClientTab::sendBytes);
    connect(m_composer, &SendComposer::sendFileRequested, this, &TcpClientTab::sendFile);
    connect(m_inlineError, &InlineErrorLabel::openPanelRequested, this,
            [this] { m_views->setCurrentWidget(m_errors); });
    connect(m_settings, &ClientSettingsBar::endpointChanged, this, [this] {
        if (m_spec.name.isEmpty()) emit titleChanged();
    });
    connect(m_settings, &ClientSettingsBar::modeChanged, this, &TcpClientTab::onModeControlsChanged);

    connect(m_fileSender, &ChunkedFileSender::finished, this, [this](const QString& path, qint64 bytes) {
        m_activity->noteInfo(tr("File %1: all %2 bytes handed to the socket")
                                 .arg(QFileInfo(path).fileName(), QString::number(bytes)));
    });
    connect(
        m_fileSender, &ChunkedFileSender::failed, this, [this](const QString& path, const QString& reason) {
            m_activity->noteInfo(tr("File %1: reading stopped: %2").arg(QFileInfo(path).fileName(), reason));
        });
}

TabSpec TcpClientTab::spec() const {
    TabSpec spec = m_spec;
    spec.kind = TabKind::TcpClient;
    m_settings->store(spec);
    return spec;
}

TabStats TcpClientTab::stats() const {
    TabStats stats = baseStats(*m_activity, TabKind::TcpClient);
    const bool connected = m_state == State::Connected;
    if (!connected) stats.local.clear();
    stats.connections = connected ? 1 : 0;
    return stats;
}

QString TcpClientTab::title() const {
    if (!m_spec.name.isEmpty()) return m_spec.name;
    const TabSpec current = spec();
    // One arg() with both values: a scope id such as "fe80::1%2" must not be substituted into.
    const QString format = current.host.contains(u':') ? u"[%1]:%2"_s : u"%1:%2"_s;
    return tr("Client %1").arg(format.arg(current.host, QString::number(current.port)));
}

QString TcpClientTab::stateText() const {
    return m_stateText;
}

void TcpClientTab::setState(State state, const QString& text) {
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

void TcpClientTab::updateActions() {
    const bool live =
        m_state == State::Resolving || m_state == State::Connecting || m_state == State::Connected;
    const bool connected = m_state == State::Connected;
    m_settings->setSessionState(live, m_everStarted);
    m_receiveButton->setEnabled(connected && blockingModeActive());
    m_receiveButton->setVisible(blockingModeActive());
    m_shutdownButton->setEnabled(connected && !m_writeShut);
    m_closeButton->setEnabled(connected);
    m_abortButton->setEnabled(connected);
}

bool TcpClientTab::blockingModeActive() const {
    const bool live =
        m_state == State::Resolving || m_state == State::Connecting || m_state == State::Connected;
    const auto mode = live ? m_activeMode : this->mode();
    return mode.kind() != netcore::BlockingMode::Kind::NonBlocking;
}

netcore::BlockingMode TcpClientTab::mode() const {
    return m_settings->mode();
}

void TcpClientTab::setMode(netcore::BlockingMode mode) {
    m_settings->setMode(mode);
    onModeControlsChanged();
}

void TcpClientTab::onModeControlsChanged() {
    const netcore::BlockingMode next = mode();
    const bool live =
        m_state == State::Resolving || m_state == State::Connecting || m_state == State::Connected;
    const auto isAsync = [](netcore::BlockingMode m) {
        return m.kind() == netcore::BlockingMode::Kind::NonBlocking;
    };
    if (!live) {
        m_activeMode = next;
        m_settings->setModeNote({});
    } else if (!isAsync(m_activeMode) && !isAsync(next)) {
        // Blocking and timeout are the same session with another setting: switched live, as
        // settimeout() on an open socket would.
        m_handle->setMode(next);
        m_activeMode = next;
        m_settings->setModeNote({});
    } else {
        // Non-blocking runs on the I/O thread, the others on a thread of their own: another session.
        m_settings->setModeNote(next == m_activeMode ? QString() : tr("(applies on Reconnect)"));
    }
    m_badge->setMode(m_activeMode);
    updateActions();
}

void TcpClientTab::start() {
    m_everStarted = true;
    const EndpointEditor* endpoint = m_settings->endpoint();
    const std::optional<QString> host = endpoint->host();
    if (!endpoint->isValid() || !host) {
        const QString problem = endpoint->problem();
        m_activity->noteError(netcore::NetError::make(netcore::ErrorCode::InvalidArgument, "connect",
                                                      spec().host.toStdString(),
                                                      NetcoreText::verbatim(problem)));
        setState(State::Failed, tr("Cannot connect: %1").arg(problem));
        return;
    }
    m_fileSender->cancel();
    m_inlineError->clear();
    m_writeShut = false;
    m_lastConnectError.clear();
    netcore_qt::TcpClientHandle::Settings settings;
    settings.host = *host;
    settings.port = endpoint->port();
    settings.mode = mode();
    settings.connectTimeout = m_settings->connectTimeout();
    m_activeMode = settings.mode;
    m_settings->setModeNote({});
    m_badge->setMode(m_activeMode);
    m_resolved->lookupStarted(*host);
    setState(State::Resolving, tr("Looking up %1…").arg(*host));
    m_handle->connectTo(settings);
}

void TcpClientTab::stop() {
    m_fileSender->cancel();
    switch (m_state) {
    case State::Resolving:
        // No session yet: close() makes the lookup's answer stale, and no Closed event will come.
        m_handle->close();
        setState(State::Closed, tr("Disconnected"));
        break;
    case State::Connecting:
    case State::Connected:
        // A blocked call holds the session's thread: end the wait so close() runs now.
        if (m_handle->busy()) m_handle->cancel();
        m_handle->close();
        break;
    default:
        break;
    }
}

void TcpClientTab::reconnect() {
    // connectTo() closes the connection first; the editor's current values are used, so a changed
    // host or mode applies too.
    start();
}

void TcpClientTab::sendBytes(const QByteArray& bytes) {
    if (m_state != State::Connected) {
        m_activity->noteError(netcore::NetError::make(netcore::ErrorCode::NotConnected, "send",
                                                      std::to_string(bytes.size()),
                                                      NetcoreText::verbatim(tr("not connected"))));
        return;
    }
    m_handle->send(bytes);
}

void TcpClientTab::sendFile(const QString& path) {
    if (m_state != State::Connected) {
        m_activity->noteError(netcore::NetError::make(netcore::ErrorCode::NotConnected, "send",
                                                      path.toStdString(),
                                                      NetcoreText::verbatim(tr("not connected"))));
        return;
    }
    QString error;
    const QString name = QFileInfo(path).fileName();
    m_ackedTx = m_activity->counters().txBytes;
    if (!m_fileSender->start(path, &error)) {
        m_activity->noteInfo(tr("File %1 cannot be read: %2").arg(name, error));
        return;
    }
    if (m_fileSender->isActive())
        m_activity->noteInfo(tr("Sending file %1 (%2 bytes) in %3 KiB chunks")
                                 .arg(name, QString::number(m_fileSender->size()),
                                      QString::number(ChunkedFileSender::kChunkSize / 1024)));
}

void TcpClientTab::receiveOnce() {
    if (m_state == State::Connected && blockingModeActive()) m_handle->receive();
}

void TcpClientTab::shutdownWrite() {
    if (m_state != State::Connected) return;
    m_handle->shutdownWrite();
    m_writeShut = true;
    setState(State::Connected, tr("%1 — write side shut down: the server reads EOF").arg(m_connectedText));
}

void TcpClientTab::closeConnection() {
    m_fileSender->cancel();
    if (m_handle->busy()) m_handle->cancel();
    m_handle->close();
}

void TcpClientTab::abortConnection() {
    m_fileSender->cancel();
    if (m_handle->busy()) m_handle->cancel();
    m_handle->abort();
}

void TcpClientTab::onEvents(std::span<const netcore::SessionEvent> events) {
    // Connect attempts fail in the resolver's order, one Error each: that is how the resolved list
    // learns which address failed why (the async session's error names SO_ERROR, not the address).
    if (m_state == State::Connecting) {
        for (const auto& event : events) {
            if (event.kind != netcore::SessionEventKind::Error || !event.error) continue;
            if (event.error->call != "connect" && event.error->call != "socket") continue;
            m_lastConnectError = ErrorModel::shortErrorText(*event.error);
            m_resolved->attemptFailed(m_lastConnectError);
        }
    }
    m_activity->consume(events);
    const quint64 tx = m_activity->counters().txBytes;
    if (tx > m_ackedTx) m_fileSender->acknowledge(tx - m_ackedTx);
    m_ackedTx = tx;
}

void TcpClientTab::onResolved(const netcore::ResolveResult& result, qint64 milliseconds) {
    m_resolved->setResult(result, milliseconds);
    if (!result.numericFastPath) {
        QStringList addresses;
        for (const auto& resolved : result.addresses)
            addresses.append(addressText(resolved.address));
        m_activity->noteInfo(
            tr("%1 resolved in %2 ms: %3")
                .arg(m_handle->settings().host, QString::number(milliseconds), addresses.join(u", "_s)));
    }
    if (result.addresses.empty()) {
        setState(State::Failed, tr("%1 has no address to connect to").arg(m_handle->settings().host));
        return;
    }
    setState(State::Connecting, tr("Connecting to %1…").arg(addressText(result.addresses.front().address)));
}

void TcpClientTab::onResolveFailed(const netcore::NetError& error) {
    m_activity->noteError(error);
    m_resolved->setLookupFailed(ErrorModel::shortErrorText(error));
    setState(
        State::Failed,
        tr("Could not look up %1: %2").arg(m_handle->settings().host, ErrorModel::shortErrorText(error)));
}

void TcpClientTab::onConnected(const netcore::Address& peer, const netcore::Address& local) {
    m_resolved->markUsed(peer);
    m_writeShut = false;
    m_connectedText = tr("Connected %1 → %2").arg(addressText(local), addressText(peer));
    m_activity->noteInfo(m_connectedText, addressText(peer));
    setState(State::Connected, m_connectedText);
    sendAutoText();
}

void TcpClientTab::sendAutoText() {
    if (!m_spec.send) return;
    const std::string typed = m_spec.send->toStdString();
    auto bytes = netcore::parseEscapedText(typed);
    if (!bytes) {
        m_activity->noteError(
            netcore::NetError::make(netcore::ErrorCode::InvalidArgument, "send", typed,
                                    NetcoreText::verbatim(NetcoreText::text(bytes.error()))));
        return;
    }
    m_handle->send(
        QByteArray(reinterpret_cast<const char*>(bytes->data()), static_cast<qsizetype>(bytes->size())));
}

void TcpClientTab::onClosed(netcore::CloseReason reason) {
    // A Closed from the session a new connect just replaced: the new one's state stands.
    if (m_state == State::Resolving || m_state == State::Idle) return;
    if (m_fileSender->isActive()) {
        m_activity->noteInfo(tr("File %1: stopped after %2 of %3 bytes: the connection closed")
                                 .arg(QFileInfo(m_fileSender->path()).fileName(),
                                      QString::number(m_fileSender->handedOver()),
                                      QString::number(m_fileSender->size())));
        m_fileSender->cancel();
    }
    using Reason = netcore::CloseReason;
    QString text;
    State state = State::Closed;
    switch (reason) {
    case Reason::PeerEof:
        text = tr("Closed by peer");
        break;
    case Reason::Reset:
        text = tr("Reset by peer (ECONNRESET)");
        break;
    case Reason::Abort:
        text = tr("Aborted: RST sent (SO_LINGER 0)");
        break;
    case Reason::Error:
        text = tr("Closed after an error: %1").arg(m_inlineError->text());
        break;
    case Reason::ConnectFailed:
        state = State::Failed;
        text = m_lastConnectError.isEmpty() ? tr("Could not connect")
                                            : tr("Could not connect: %1").arg(m_lastConnectError);
        break;
    case Reason::None:
    case Reason::LocalClose:
        text = tr("Closed");
        break;
    }
    m_activity->noteInfo(text);
    // A call cut short by the close may never report its end.
    if (m_badge->isBlocked()) m_badge->callFinished();
    setState(state, text);
    onModeControlsChanged();
}
