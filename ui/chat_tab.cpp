#include "ui/chat_tab.h"

#include "ui/chat_contacts_panel.h"
#include "ui/chat_conversation_model.h"
#include "ui/chat_conversation_view.h"
#include "ui/chat_text_codec.h"
#include "ui/contact_book_model.h"
#include "ui/endpoint_editor.h"
#include "ui/error_model.h"
#include "ui/error_panel.h"
#include "ui/inline_error_label.h"
#include "ui/netcore_text.h"
#include "ui/session_activity.h"
#include "ui/traffic_view.h"

#include "netcore_qt/udp_handle.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSplitter>
#include <QTabWidget>
#include <QTimer>
#include <QToolButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

ChatTab::ChatTab(const TabSpec& spec, netcore_qt::SessionHub& hub, QWidget* parent)
    : SessionTab(parent), m_spec(spec) {
    setObjectName(u"chatTab"_s);
    m_handle = new netcore_qt::UdpHandle(hub, this);
    m_contacts = new ContactBookModel(this);
    m_contacts->setContacts(spec.contacts.isEmpty() ? ContactBookModel::seedContacts() : spec.contacts);
    buildUi();
    m_activity = new SessionActivity({m_traffic, m_errors, m_inlineError, nullptr}, this);
    connectSignals();
    setStateText(tr("Stopped"));
    updateActions();
    if (m_contacts->rowCount() > 0) m_contactsPanel->selectKey(m_contacts->key(0));
    // Deferred like the other tabs: whoever creates the tab connects to its signals first.
    if (m_spec.autoStart)
        QTimer::singleShot(0, this, [this] {
            if (!m_everStarted) start();
        });
}

ChatTab::~ChatTab() = default;

void ChatTab::buildUi() {
    m_bind = new EndpointEditor(EndpointEditor::Role::Server, this);
    m_bind->setObjectName(u"chatBind"_s);
    m_bind->setHost(m_spec.host);
    m_bind->setPort(m_spec.port);
    m_startButton = new QPushButton(tr("&Start"), this);
    m_startButton->setObjectName(u"chatStart"_s);
    m_stateLabel = new QLabel(this);
    m_stateLabel->setObjectName(u"chatState"_s);
    m_stateLabel->setTextFormat(Qt::PlainText);
    m_stateLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_stateLabel->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    m_encoding = new QComboBox(this);
    m_encoding->setObjectName(u"chatEncoding"_s);
    m_encoding->setToolTip(tr("How messages are encoded when sent and decoded when received"));
    for (const auto& choice : ChatTextCodec::available())
        m_encoding->addItem(choice.label, choice.name);
    auto* encodingLabel = new QLabel(tr("&Encoding:"), this);
    encodingLabel->setBuddy(m_encoding);
    m_bind->setToolTip(tr("This chat's own address: bind() here, and peers send to it"));

    auto* top = new QHBoxLayout;
    top->addWidget(m_bind, 1);
    top->addWidget(m_startButton);
    top->addSpacing(12);
    top->addWidget(encodingLabel);
    top->addWidget(m_encoding);
    m_inlineError = new InlineErrorLabel(this);

    m_contactsPanel = new ChatContactsPanel(m_contacts, this);

    m_conversationTitle = new QLabel(this);
    m_conversationTitle->setObjectName(u"chatConversationTitle"_s);
    m_conversationTitle->setTextFormat(Qt::PlainText);
    m_conversationTitle->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_conversationTitle->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    QFont titleFont = m_conversationTitle->font();
    titleFont.setBold(true);
    m_conversationTitle->setFont(titleFont);
    m_conversationView = new ChatConversationView(this);
    m_entry = new QLineEdit(this);
    m_entry->setObjectName(u"chatMessage"_s);
    m_entry->setPlaceholderText(tr("Type a message, Enter sends it"));
    m_entry->setClearButtonEnabled(true);
    m_sendButton = new QPushButton(tr("Sen&d"), this);
    m_sendButton->setObjectName(u"chatSend"_s);
    auto* entryRow = new QHBoxLayout;
    entryRow->addWidget(m_entry, 1);
    entryRow->addWidget(m_sendButton);
    auto* chatArea = new QWidget(this);
    auto* chatLayout = new QVBoxLayout(chatArea);
    chatLayout->setContentsMargins(0, 0, 0, 0);
    chatLayout->addWidget(m_conversationTitle);
    chatLayout->addWidget(m_conversationView, 1);
    chatLayout->addLayout(entryRow);

    auto* chatSplitter = new QSplitter(Qt::Horizontal, this);
    chatSplitter->setChildrenCollapsible(false);
    chatSplitter->addWidget(m_contactsPanel);
    chatSplitter->addWidget(chatArea);
    chatSplitter->setStretchFactor(0, 0);
    chatSplitter->setStretchFactor(1, 1);
    chatSplitter->setSizes({380, 620});

    // The raw datagrams are there for when the chat looks wrong: collapsed until asked for.
    m_rawToggle = new QToolButton(this);
    m_rawToggle->setObjectName(u"chatRawToggle"_s);
    m_rawToggle->setText(tr("Raw traffic and errors"));
    m_rawToggle->setCheckable(true);
    m_rawToggle->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_rawToggle->setArrowType(Qt::RightArrow);
    m_rawToggle->setAutoRaise(true);
    m_traffic = new TrafficView(this);
    m_traffic->setCaptureTransport(PcapFormat::Transport::Udp);
    m_errors = new ErrorPanel(this);
    // The names the server tabs use too: guided scenarios point at them.
    m_traffic->setObjectName(u"trafficView"_s);
    m_errors->setObjectName(u"errorPanel"_s);
    m_rawViews = new QTabWidget(this);
    m_rawViews->setObjectName(u"chatRawViews"_s);
    m_rawViews->setDocumentMode(true);
    m_rawViews->addTab(m_traffic, tr("Traffic"));
    m_rawViews->addTab(m_errors, tr("Errors"));
    m_rawViews->hide();

    auto* vertical = new QSplitter(Qt::Vertical, this);
    vertical->setChildrenCollapsible(false);
    vertical->addWidget(chatSplitter);
    vertical->addWidget(m_rawViews);
    vertical->setStretchFactor(0, 3);
    vertical->setStretchFactor(1, 2);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_stateLabel);
    layout->addWidget(m_inlineError);
    layout->addWidget(vertical, 1);
    layout->addWidget(m_rawToggle, 0, Qt::AlignLeft);
}

void ChatTab::connectSignals() {
    connect(m_handle, &netcore_qt::UdpHandle::eventsArrived, this, &ChatTab::onEvents);
    connect(m_activity, &SessionActivity::listening, this, &ChatTab::onListening);
    connect(m_activity, &SessionActivity::countersChanged, this, [this] {
        const qint64 errors = m_errors->model()->totalCount();
        m_rawViews->setTabText(m_rawViews->indexOf(m_errors),
                               errors > 0 ? tr("Errors (%1)").arg(errors) : tr("Errors"));
        emit statsChanged();
    });
    connect(m_startButton, &QPushButton::clicked, this, [this] { isRunning() ? stop() : start(); });
    connect(m_bind, &EndpointEditor::changed, this, [this] {
        updateActions();
        if (m_spec.name.isEmpty()) emit titleChanged();
    });
    connect(m_entry, &QLineEdit::returnPressed, this, &ChatTab::sendEntry);
    connect(m_sendButton, &QPushButton::clicked, this, &ChatTab::sendEntry);
    connect(m_rawToggle, &QToolButton::toggled, this, &ChatTab::setRawViewVisible);
    connect(m_inlineError, &InlineErrorLabel::openPanelRequested, this, [this] {
        setRawViewVisible(true);
        m_rawViews->setCurrentWidget(m_errors);
    });
    connect(m_contactsPanel, &ChatContactsPanel::currentKeyChanged, this, &ChatTab::onCurrentKeyChanged);
    connect(m_contactsPanel, &ChatContactsPanel::addAsContactRequested, this,
            &ChatTab::onAddAsContactRequested);
    connect(m_contacts, &ContactBookModel::keyChanged, this, &ChatTab::onKeyChanged);
    connect(m_contacts, &ContactBookModel::dataChanged, this, &ChatTab::updateConversationTitle);
    connect(m_contacts, &ContactBookModel::modelReset, this, [this] {
        // A new book (setContacts): start on its first contact, as a new tab does.
        if (m_contacts->rowCount() > 0) m_contactsPanel->selectKey(m_contacts->key(0));
        onCurrentKeyChanged(m_contactsPanel->currentKey());
    });
    connect(m_contacts, &ContactBookModel::rowsRemoved, this, [this] {
        // The removed row's conversation goes with it; the panel moved the selection already.
        for (auto it = m_conversations.begin(); it != m_conversations.end();) {
            if (m_contacts->rowOfKey(it.key()) >= 0) {
                ++it;
                continue;
            }
            if (m_conversationView->conversation() == it.value())
                m_conversationView->setConversation(nullptr);
            it.value()->deleteLater();
            it = m_conversations.erase(it);
        }
        onCurrentKeyChanged(m_contactsPanel->currentKey());
    });
}

TabSpec ChatTab::spec() const {
    TabSpec spec = m_spec;
    spec.kind = TabKind::Chat;
    if (const auto host = m_bind->host(); host && m_bind->isValid()) {
        spec.host = *host;
        spec.port = m_bind->port();
    }
    spec.contacts = m_contacts->contacts();
    return spec;
}

TabStats ChatTab::stats() const {
    TabStats stats = baseStats(*m_activity, TabKind::Chat);
    stats.local = m_bound ? ContactBookModel::addressKey(*m_bound) : QString();
    stats.connections = 0;
    return stats;
}

QString ChatTab::title() const {
    if (!m_spec.name.isEmpty()) return m_spec.name;
    const TabSpec current = spec();
    const QString format = current.host.contains(u':') ? u"[%1]:%2"_s : u"%1:%2"_s;
    return tr("Chat %1").arg(format.arg(current.host, QString::number(current.port)));
}

bool ChatTab::isRunning() const {
    return m_handle->isRunning();
}

void ChatTab::start() {
    m_everStarted = true;
    const std::optional<QString> host = m_bind->host();
    if (!m_bind->isValid() || !host) {
        m_activity->noteError(netcore::NetError::make(netcore::ErrorCode::InvalidArgument, "bind",
                                                      spec().host.toStdString(),
                                                      NetcoreText::verbatim(m_bind->problem())));
        setStateText(tr("Cannot start: %1").arg(m_bind->problem()));
        return;
    }
    const auto address = netcore::Address::fromHostPort(host->toStdString(), m_bind->port());
    if (!address) {
        m_activity->noteError(address.error());
        setStateText(tr("Cannot start: %1").arg(ErrorModel::shortErrorText(address.error())));
        return;
    }
    if (isRunning()) stop();
    m_inlineError->clear();
    netcore_qt::UdpHandle::Settings settings;
    settings.bind = *address;
    // The seed reads with recvfrom(1024); a chat tab keeps whole datagrams (up to UDP's maximum).
    settings.receiveBufferSize = 65535;
    const auto started = m_handle->start(settings);
    if (!started) {
        // The same error arrives as an event, which records it; here only the state line changes.
        QString text =
            tr("Could not bind %1: %2")
                .arg(ContactBookModel::addressKey(*address), ErrorModel::shortErrorText(started.error()));
        if (started.error().code == netcore::ErrorCode::AddressInUse)
            text += u' ' + tr("(Is the seed's QQ server running there? Bind to port 0 to chat with it.)");
        setStateText(text);
        updateActions();
        return;
    }
    // The Listening event sets the state; the address is known already.
    m_bound = *started;
    updateActions();
}

void ChatTab::stop() {
    if (!isRunning()) return;
    m_handle->stop();
    onStopped();
}

void ChatTab::onStopped() {
    m_bound.reset();
    // What sendto() never took will not go out now.
    while (!m_pending.empty()) {
        const PendingSend pending = m_pending.front();
        m_pending.pop_front();
        if (ChatConversationModel* conversation = m_conversations.value(pending.key))
            conversation->setStatus(pending.messageId, ChatMessage::Status::Failed,
                                    tr("The chat was stopped"));
    }
    setStateText(tr("Stopped"));
    updateActions();
    emit statsChanged();
}

void ChatTab::onListening(const netcore::Address& local) {
    m_bound = local;
    setStateText(
        tr("Bound to %1 — messages to this address arrive here").arg(ContactBookModel::addressKey(local)));
    updateActions();
    emit statsChanged();
    sendAutoText();
}

void ChatTab::setStateText(const QString& text) {
    m_stateLabel->setText(text);
    m_stateLabel->setToolTip(text);
}

void ChatTab::updateActions() {
    const bool running = isRunning();
    m_startButton->setText(running ? tr("&Stop") : tr("&Start"));
    m_startButton->setEnabled(running || m_bind->isValid());
    m_bind->setEnabled(!running);
    const bool canSend = running && !m_selectedKey.isEmpty();
    m_sendButton->setEnabled(canSend);
    m_entry->setPlaceholderText(running ? tr("Type a message, Enter sends it")
                                        : tr("Start the chat to send messages"));
}

void ChatTab::setRawViewVisible(bool visible) {
    m_rawViews->setVisible(visible);
    const QSignalBlocker blocker(m_rawToggle);
    m_rawToggle->setChecked(visible);
    m_rawToggle->setArrowType(visible ? Qt::DownArrow : Qt::RightArrow);
}

bool ChatTab::setEncoding(const QByteArray& name) {
    const int index = m_encoding->findData(name);
    if (index < 0) return false;
    m_encoding->setCurrentIndex(index);
    return true;
}

QByteArray ChatTab::encoding() const {
    return m_encoding->currentData().toByteArray();
}
