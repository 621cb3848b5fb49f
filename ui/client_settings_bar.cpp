#include "ui/client_settings_bar.h"

#include "ui/endpoint_editor.h"

#include <QComboBox>
#include <QDoubleSpinBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace {

// The mode combo's rows, in the order Python's socket lesson introduces them.
enum ModeRow { BlockingRow, TimeoutRow, NonBlockingRow };

QPushButton* makeButton(const QString& objectName, const QString& text, const QString& toolTip,
                        QWidget* parent) {
    auto* button = new QPushButton(text, parent);
    button->setObjectName(objectName);
    button->setToolTip(toolTip);
    return button;
}

} // namespace

ClientSettingsBar::ClientSettingsBar(QWidget* parent) : QWidget(parent) {
    setObjectName(u"clientSettingsBar"_s);
    m_endpoint = new EndpointEditor(EndpointEditor::Role::Client, this);
    m_connect = makeButton(u"clientConnect"_s, tr("&Connect"),
                           tr("Look the host up and connect to its addresses in turn"), this);
    m_disconnect = makeButton(u"clientDisconnect"_s, tr("&Disconnect"),
                              tr("End the lookup, the connect in progress or the connection"), this);
    m_reconnect = makeButton(u"clientReconnect"_s, tr("&Reconnect"),
                             tr("Close, then connect again with the settings shown"), this);

    m_connectTimeout = new QSpinBox(this);
    m_connectTimeout->setObjectName(u"clientConnectTimeout"_s);
    m_connectTimeout->setRange(100, 600'000);
    m_connectTimeout->setSingleStep(1000);
    m_connectTimeout->setSuffix(tr(" ms"));
    m_connectTimeout->setToolTip(tr("How long to wait for each address to answer before trying the next"));

    m_mode = new QComboBox(this);
    m_mode->setObjectName(u"clientMode"_s);
    m_mode->addItem(tr("Blocking"));
    m_mode->addItem(tr("Timeout"));
    m_mode->addItem(tr("Non-blocking"));
    // Non-blocking shows what the server sends whenever it sends it: the right default for a tool
    // left open all day. The blocking modes are the seeds' lesson, one click away.
    m_mode->setCurrentIndex(NonBlockingRow);
    m_mode->setToolTip(
        tr("Blocking: setblocking(True), each call waits. Timeout: settimeout(t), a wait longer "
           "than t fails with \"timed out\". Non-blocking: calls never wait; data is shown as "
           "it arrives."));
    m_timeoutSeconds = new QDoubleSpinBox(this);
    m_timeoutSeconds->setObjectName(u"clientTimeoutSeconds"_s);
    m_timeoutSeconds->setRange(0.01, 3600.0);
    m_timeoutSeconds->setDecimals(2);
    m_timeoutSeconds->setValue(5.0);
    m_timeoutSeconds->setSuffix(tr(" s"));
    m_timeoutSeconds->setToolTip(tr("settimeout(t): the longest any one call may wait"));
    m_modeNote = new QLabel(this);
    m_modeNote->setObjectName(u"clientModeNote"_s);
    m_modeNote->setTextFormat(Qt::PlainText);
    m_modeNote->setVisible(false);

    auto* endpointRow = new QHBoxLayout;
    endpointRow->addWidget(m_endpoint, 1, Qt::AlignTop);
    endpointRow->addWidget(m_connect, 0, Qt::AlignTop);
    endpointRow->addWidget(m_disconnect, 0, Qt::AlignTop);
    endpointRow->addWidget(m_reconnect, 0, Qt::AlignTop);

    auto* optionsRow = new QHBoxLayout;
    optionsRow->addWidget(new QLabel(tr("Connect timeout:"), this));
    optionsRow->addWidget(m_connectTimeout);
    optionsRow->addSpacing(12);
    optionsRow->addWidget(new QLabel(tr("Mode:"), this));
    optionsRow->addWidget(m_mode);
    optionsRow->addWidget(m_timeoutSeconds);
    optionsRow->addWidget(m_modeNote);
    optionsRow->addStretch(1);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(endpointRow);
    layout->addLayout(optionsRow);

    connect(m_connect, &QPushButton::clicked, this, &ClientSettingsBar::connectClicked);
    connect(m_disconnect, &QPushButton::clicked, this, &ClientSettingsBar::disconnectClicked);
    connect(m_reconnect, &QPushButton::clicked, this, &ClientSettingsBar::reconnectClicked);
    connect(m_endpoint, &EndpointEditor::changed, this, &ClientSettingsBar::endpointChanged);
    connect(m_mode, &QComboBox::currentIndexChanged, this, [this] {
        m_timeoutSeconds->setEnabled(m_mode->currentIndex() == TimeoutRow);
        emit modeChanged();
    });
    connect(m_timeoutSeconds, &QDoubleSpinBox::valueChanged, this, &ClientSettingsBar::modeChanged);
    m_timeoutSeconds->setEnabled(false);
    load(TabSpec{});
}

ClientSettingsBar::~ClientSettingsBar() = default;

void ClientSettingsBar::load(const TabSpec& spec) {
    m_endpoint->setHost(spec.host);
    m_endpoint->setPort(spec.port);
    m_connectTimeout->setValue(spec.connectTimeoutMs);
}

void ClientSettingsBar::store(TabSpec& spec) const {
    if (m_endpoint->isValid()) {
        spec.host = m_endpoint->host().value_or(spec.host);
        spec.port = m_endpoint->port();
    }
    spec.connectTimeoutMs = m_connectTimeout->value();
}

std::chrono::milliseconds ClientSettingsBar::connectTimeout() const {
    return std::chrono::milliseconds(m_connectTimeout->value());
}

netcore::BlockingMode ClientSettingsBar::mode() const {
    switch (m_mode->currentIndex()) {
    case BlockingRow:
        return netcore::BlockingMode::blocking();
    case TimeoutRow:
        return netcore::BlockingMode::timeout(netcore::BlockingMode::Seconds{m_timeoutSeconds->value()});
    default:
        return netcore::BlockingMode::nonBlocking();
    }
}

void ClientSettingsBar::setMode(netcore::BlockingMode mode) {
    switch (mode.kind()) {
    case netcore::BlockingMode::Kind::Blocking:
        m_mode->setCurrentIndex(BlockingRow);
        break;
    case netcore::BlockingMode::Kind::Timeout:
        m_timeoutSeconds->setValue(mode.gettimeout().value_or(netcore::BlockingMode::Seconds{5}).count());
        m_mode->setCurrentIndex(TimeoutRow);
        break;
    case netcore::BlockingMode::Kind::NonBlocking:
        m_mode->setCurrentIndex(NonBlockingRow);
        break;
    }
}

void ClientSettingsBar::setModeNote(const QString& note) {
    m_modeNote->setText(note);
    m_modeNote->setVisible(!note.isEmpty());
}

QString ClientSettingsBar::modeNote() const {
    return m_modeNote->text();
}

void ClientSettingsBar::setSessionState(bool live, bool started) {
    m_connect->setEnabled(!live);
    m_disconnect->setEnabled(live);
    m_reconnect->setEnabled(started);
}
