#include "ui/tcp_server_tab.h"
#include "ui/plain_label.h"

#include "ui/reply_responders.h"

#include "ui/connections_model.h"
#include "ui/endpoint_editor.h"
#include "ui/error_model.h"
#include "ui/error_panel.h"
#include "ui/inline_error_label.h"
#include "ui/reply_mode_editor.h"
#include "ui/send_composer.h"
#include "ui/server_clients_panel.h"
#include "ui/server_file_sends.h"
#include "ui/server_settings_bar.h"
#include "ui/session_activity.h"
#include "ui/traffic_view.h"

#include "netcore/explanation.h"
#include "netcore/responder.h"
#include "netcore_qt/tcp_server_handle.h"

#include <QCheckBox>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QSplitter>
#include <QStyle>
#include <QTabWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace {

QString addressText(const netcore::Address& address) {
    return QString::fromStdString(address.toString());
}

} // namespace

TcpServerTab::TcpServerTab(const TabSpec& spec, netcore_qt::SessionHub& hub, QWidget* parent)
    : SessionTab(parent), m_spec(spec) {
    m_spec.kind = TabKind::TcpServer;
    m_server = new netcore_qt::TcpServerHandle(hub, this);
    m_fileSends = new ServerFileSends([this](netcore::ConnectionId connection,
                                             const QByteArray& bytes) { m_server->send(connection, bytes); },
                                      this);

    m_inlineError = new InlineErrorLabel(this);
    m_clients = new ServerClientsPanel(this);
    m_traffic = new TrafficView(this);
    m_traffic->setObjectName(u"trafficView"_s);
    m_errors = new ErrorPanel(this);
    m_errors->setObjectName(u"errorPanel"_s);
    m_activity =
        new SessionActivity({.traffic = m_traffic, .errors = m_errors, .lastError = m_inlineError}, this);
    m_clients->follow(m_activity);

    m_logTabs = new QTabWidget(this);
    m_logTabs->setObjectName(u"logTabs"_s);
    m_logTabs->setDocumentMode(true);
    m_logTabs->addTab(m_traffic, tr("&Traffic"));
    m_logTabs->addTab(m_errors, QString());
    updateErrorTabTitle(0);

    // Clients and composer side by side above the log: the log gets the height, the lists the width.
    auto* middle = new QSplitter(Qt::Horizontal, this);
    middle->setChildrenCollapsible(false);
    middle->addWidget(m_clients);
    middle->addWidget(createComposerPane());
    middle->setStretchFactor(0, 1);
    middle->setStretchFactor(1, 1);
    middle->setSizes({600, 500}); // proportions until the tab is shown
    auto* body = new QSplitter(Qt::Vertical, this);
    body->setObjectName(u"serverBodySplitter"_s);
    body->setChildrenCollapsible(false);
    body->addWidget(middle);
    body->addWidget(m_logTabs);
    body->setStretchFactor(0, 0);
    body->setStretchFactor(1, 1);
    body->setSizes({260, 540}); // the log takes the extra height: it is what grows

    m_settings = new ServerSettingsBar(this);
    m_settings->setObjectName(u"serverSettings"_s);
    m_reply = new ReplyModeEditor(this);
    m_reply->setObjectName(u"serverReply"_s);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_settings);
    layout->addWidget(m_reply);
    layout->addWidget(createStatusRow());
    layout->addWidget(m_inlineError);
    layout->addWidget(body, 1);

    m_settings->load(spec);
    m_settings->endpoint()->setSuggestions(EndpointEditor::localInterfaceHosts());
    m_reply->setReply(spec.reply);

    connectParts();
    updateState();
    updateTargets();
    refreshTitle();
    if (m_spec.autoStart) start();
}

TcpServerTab::~TcpServerTab() = default;

QWidget* TcpServerTab::createStatusRow() {
    auto* row = new QWidget(this);
    m_status = new PlainLabel(u"serverStatus"_s, row);
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    QFont bold = m_status->font();
    bold.setBold(true);
    m_status->setFont(bold);

    m_statusIcon = new QLabel(row);
    m_statusIcon->setObjectName(u"serverStatusIcon"_s);

    // The seeds' "peer that never reads": the connections stop being read, so what clients send
    // piles up in the receive buffers, then in the clients' send buffers (see View > Sockets).
    auto* pauseReading = new QCheckBox(tr("Stop reading (the peer's sends fill the buffers)"), row);
    pauseReading->setObjectName(u"pauseReadingCheck"_s);
    pauseReading->setToolTip(tr("Stop calling recv() on the connections: received data waits in the OS's "
                                "buffers, and a client sending more eventually blocks. Untick to read "
                                "everything that waited."));
    connect(pauseReading, &QCheckBox::toggled, m_server, &netcore_qt::TcpServerHandle::setReadingPaused);

    auto* layout = new QHBoxLayout(row);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_statusIcon);
    layout->addWidget(m_status, 1);
    layout->addWidget(pauseReading);
    return row;
}

QWidget* TcpServerTab::createComposerPane() {
    auto* box = new QGroupBox(tr("Send"), this);
    m_composer = new SendComposer(box);
    m_composer->setObjectName(u"serverComposer"_s);
    m_targets = new PlainLabel(u"serverSendTargets"_s, box);
    m_targets->setWordWrap(true);
    auto* layout = new QVBoxLayout(box);
    layout->addWidget(m_targets);
    layout->addWidget(m_composer, 1);
    return box;
}

void TcpServerTab::connectParts() {
    connect(m_server, &netcore_qt::SessionHandle::eventsArrived, m_activity, &SessionActivity::consume);
    connect(m_activity, &SessionActivity::countersChanged, this, &SessionTab::statsChanged);
    connect(m_activity, &SessionActivity::closed, this, &TcpServerTab::connectionClosed);
    connect(m_activity, &SessionActivity::connectionTraffic, m_fileSends,
            [this](netcore::ConnectionId connection, quint64, quint64 bytesOut) {
                m_fileSends->acknowledge(connection, bytesOut);
            });
    connect(m_fileSends, &ServerFileSends::progress, this,
            [this](netcore::ConnectionId connection, const QString& text) {
                m_activity->noteInfo(text, peerOf(connection));
            });

    connect(m_settings, &ServerSettingsBar::startStopClicked, this,
            [this] { isListening() ? stop() : start(); });
    connect(m_settings, &ServerSettingsBar::endpointChanged, this, [this] {
        m_settings->store(m_spec);
        refreshTitle();
    });
    connect(m_reply, &ReplyModeEditor::replyChanged, this, &TcpServerTab::applyReply);

    connect(m_clients, &ServerClientsPanel::sendRequested, this, &TcpServerTab::sendToClients);
    connect(m_clients, &ServerClientsPanel::sendToAllRequested, this, &TcpServerTab::sendToAll);
    connect(m_clients, &ServerClientsPanel::shutdownWriteRequested, this,
            [this](const QList<netcore::ConnectionId>& ids) {
                for (const auto id : ids)
                    m_server->shutdownWrite(id);
            });
    connect(m_clients, &ServerClientsPanel::closeRequested, this,
            [this](const QList<netcore::ConnectionId>& ids) {
                for (const auto id : ids)
                    m_server->close(id);
            });
    connect(m_clients, &ServerClientsPanel::abortRequested, this,
            [this](const QList<netcore::ConnectionId>& ids) {
                for (const auto id : ids)
                    m_server->abort(id);
            });
    connect(m_clients, &ServerClientsPanel::targetsChanged, this, &TcpServerTab::updateTargets);

    connect(m_composer, &SendComposer::sendRequested, this, &TcpServerTab::sendToTargets);
    connect(m_composer, &SendComposer::sendFileRequested, this, &TcpServerTab::sendFile);

    connect(m_inlineError, &InlineErrorLabel::openPanelRequested, this,
            [this] { m_logTabs->setCurrentWidget(m_errors); });
    connect(m_errors->model(), &ErrorModel::totalCountChanged, this, &TcpServerTab::updateErrorTabTitle);
}

TabSpec TcpServerTab::spec() const {
    TabSpec spec = m_spec;
    m_settings->store(spec);
    spec.reply = m_reply->reply();
    return spec;
}

TabStats TcpServerTab::stats() const {
    TabStats stats = baseStats(*m_activity, TabKind::TcpServer);
    stats.local = m_listening ? addressText(*m_listening) : QString();
    // The clients list, not the event count: it also knows connections a stopped session took along.
    stats.connections = static_cast<quint64>(m_clients->model()->openCount());
    return stats;
}

void TcpServerTab::refreshTitle() {
    QString title = m_spec.name;
    if (title.isEmpty()) {
        const quint16 port = m_listening ? m_listening->port() : m_spec.port;
        title = tr("Server :%1").arg(port);
    }
    setTitle(title);
}

void TcpServerTab::start() {
    const auto bind = m_settings->endpoint()->bindAddress();
    if (!bind) {
        m_failure = tr("Not listening: %1").arg(bind.error());
        updateState();
        return;
    }
    // Connection ids start again at 1 in a new session: rows of the previous run would be mistaken
    // for new connections.
    m_clients->clear();
    m_inlineError->clear();
    netcore_qt::TcpServerHandle::Settings settings;
    settings.bind = *bind;
    settings.backlog = m_settings->backlog();
    settings.reuseAddress = m_settings->reuseAddress();
    settings.responder = streamResponderFor(m_reply->reply());
    auto started = m_server->start(settings);
    if (started) {
        m_listening = *started;
        m_failure.clear();
        m_activity->noteInfo(tr("Listening on %1").arg(addressText(*started)));
    } else {
        // The same error also arrives as an Error event: SessionActivity counts and shows it then.
        m_listening.reset();
        const netcore::NetError& error = started.error();
        const auto& entry = error.explanation();
        m_failure = tr("Not listening: %1 failed: %2 — %3. %4")
                        .arg(ErrorModel::callText(error), ErrorModel::shortErrorText(error),
                             ErrorModel::translated(entry.title), ErrorModel::translated(entry.explanation));
    }
    updateState();
    refreshTitle();
    emit statsChanged();
}

void TcpServerTab::stop() {
    const bool wasListening = isListening();
    m_fileSends->cancelAll();
    m_server->stop();
    m_listening.reset();
    m_failure.clear();
    // The session is gone; its Closed events may still come, and agree.
    m_clients->markAllClosed();
    if (wasListening) m_activity->noteInfo(tr("Stopped"));
    updateState();
    updateTargets();
    refreshTitle();
    emit statsChanged();
}

QString TcpServerTab::statusText() const {
    if (m_listening && !m_listening->isLoopback())
        return tr("Listening on %1. Port %2 is open to the network: any machine that can reach this one "
                  "can connect.")
            .arg(addressText(*m_listening))
            .arg(m_listening->port());
    if (m_listening) return tr("Listening on %1").arg(addressText(*m_listening));
    if (!m_failure.isEmpty()) return m_failure;
    return tr("Stopped");
}

std::vector<netcore::ConnectionInfo> TcpServerTab::connectionsSnapshot() const {
    return m_server->connections();
}

void TcpServerTab::updateState() {
    const bool listening = isListening();
    m_status->setText(statusText());
    m_settings->setListening(listening);

    // A server others can reach is worth a warning; a failure gets the error sign.
    const bool exposed = listening && !m_listening->isLoopback();
    const bool failed = !m_failure.isEmpty();
    const int size = style()->pixelMetric(QStyle::PM_SmallIconSize, nullptr, this);
    const auto icon = exposed ? QStyle::SP_MessageBoxWarning : QStyle::SP_MessageBoxCritical;
    m_statusIcon->setPixmap(exposed || failed ? style()->standardIcon(icon, nullptr, this).pixmap(size, size)
                                              : QPixmap());
    m_statusIcon->setVisible(exposed || failed);
}

void TcpServerTab::applyReply() {
    // Live: from the next chunk on, every connection answers the new way.
    m_server->setResponder(streamResponderFor(m_reply->reply()));
}

QList<netcore::ConnectionId> TcpServerTab::targets() const {
    const auto selected = m_clients->selectedOpenConnections();
    return selected.isEmpty() ? m_clients->openConnections() : selected;
}

void TcpServerTab::updateTargets() {
    const int selected = static_cast<int>(m_clients->selectedOpenConnections().size());
    // A count, not the list: this runs after every batch of events (10,000 clients made the list
    // quadratic when it ran per accept).
    const int open = m_clients->model()->openCount();
    if (open == 0)
        m_targets->setText(tr("No client is connected: nothing to send to."));
    else if (selected > 0)
        m_targets->setText(tr("Sends to the %n selected client(s).", nullptr, selected));
    else
        m_targets->setText(
            tr("Sends to all %n client(s) (select some in the list to send to those only).", nullptr, open));
}

void TcpServerTab::sendToTargets(const QByteArray& bytes) {
    for (const auto id : targets())
        m_server->send(id, bytes);
}

void TcpServerTab::sendFile(const QString& path) {
    QString error;
    if (!m_fileSends->start(path, targets(), &error)) m_targets->setText(error);
}

void TcpServerTab::sendToClients(const QList<netcore::ConnectionId>& connections) {
    const auto bytes = m_composer->bytes();
    if (!bytes) return; // the composer already shows what is wrong with its input
    for (const auto id : connections)
        m_server->send(id, *bytes);
}

void TcpServerTab::sendToAll() {
    if (const auto bytes = m_composer->bytes()) m_server->sendToAll(*bytes);
}

void TcpServerTab::connectionClosed(netcore::ConnectionId connection) {
    if (connection == 0) return; // the listener: start() and stop() say what happened to it
    // No Info row here: it would carry the time this batch was shown, not when the connection
    // closed; the clients list shows how each one ended.
    m_fileSends->connectionClosed(connection);
}

QString TcpServerTab::peerOf(netcore::ConnectionId connection) const {
    const ConnectionsModel& model = *m_clients->model();
    const int row = model.rowOf(connection);
    return row < 0 ? QString() : model.data(model.index(row, ConnectionsModel::PeerColumn)).toString();
}

void TcpServerTab::updateErrorTabTitle(qint64 total) {
    const int index = m_logTabs->indexOf(m_errors);
    m_logTabs->setTabText(index, total == 0 ? tr("&Errors") : tr("&Errors (%1)").arg(total));
}
