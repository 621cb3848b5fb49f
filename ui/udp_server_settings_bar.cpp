#include "ui/udp_server_settings_bar.h"

#include "ui/endpoint_editor.h"

#include <QCheckBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QSpinBox>

using namespace Qt::StringLiterals;

UdpServerSettingsBar::UdpServerSettingsBar(QWidget* parent) : QWidget(parent) {
    m_endpoint = new EndpointEditor(EndpointEditor::Role::Server, this);
    m_endpoint->setObjectName(u"udpServerEndpoint"_s);
    m_endpoint->setSuggestions(EndpointEditor::localInterfaceHosts());

    m_receiveBuffer = new QSpinBox(this);
    m_receiveBuffer->setObjectName(u"udpServerReceiveBuffer"_s);
    m_receiveBuffer->setRange(1, kMaxReceiveBuffer);
    m_receiveBuffer->setSuffix(tr(" bytes"));
    m_receiveBuffer->setGroupSeparatorShown(true);
    m_receiveBuffer->setToolTip(tr("The buffer each recvfrom() fills. A datagram larger than this is cut: "
                                   "the rest is lost (try 1024 and send 2000 bytes). Applied at once."));
    auto* bufferLabel = new QLabel(tr("&Receive buffer:"), this);
    bufferLabel->setBuddy(m_receiveBuffer);

    m_broadcast = new QCheckBox(u"SO_&BROADCAST"_s, this);
    m_broadcast->setObjectName(u"udpServerBroadcast"_s);
    m_broadcast->setToolTip(tr("SO_BROADCAST: lets this socket send to broadcast addresses (a reply to "
                               "255.255.255.255 is refused without it). Applied at once."));

    m_startStop = new QPushButton(this);
    m_startStop->setObjectName(u"udpServerStartStop"_s);
    m_startStop->setAutoDefault(false);
    m_startStop->setMinimumWidth(m_startStop->fontMetrics().horizontalAdvance(tr("Stop")) * 4);

    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_endpoint, 1, Qt::AlignTop);
    layout->addSpacing(8);
    layout->addWidget(bufferLabel, 0, Qt::AlignTop);
    layout->addWidget(m_receiveBuffer, 0, Qt::AlignTop);
    layout->addSpacing(8);
    layout->addWidget(m_broadcast, 0, Qt::AlignTop);
    layout->addSpacing(8);
    layout->addWidget(m_startStop, 0, Qt::AlignTop);

    connect(m_startStop, &QPushButton::clicked, this, &UdpServerSettingsBar::startStopClicked);
    connect(m_endpoint, &EndpointEditor::changed, this, [this] {
        updateButton();
        emit endpointChanged();
    });
    connect(m_receiveBuffer, &QSpinBox::valueChanged, this, &UdpServerSettingsBar::receiveBufferSizeChanged);
    connect(m_broadcast, &QCheckBox::toggled, this, &UdpServerSettingsBar::broadcastToggled);
    updateButton();
}

UdpServerSettingsBar::~UdpServerSettingsBar() = default;

void UdpServerSettingsBar::load(const TabSpec& spec) {
    m_endpoint->setHost(spec.host);
    m_endpoint->setPort(spec.port);
    m_receiveBuffer->setValue(spec.receiveBufferSize);
    m_broadcast->setChecked(spec.broadcast);
}

void UdpServerSettingsBar::store(TabSpec& spec) const {
    if (m_endpoint->isValid()) {
        spec.host = m_endpoint->host().value_or(spec.host);
        spec.port = m_endpoint->port();
    }
    spec.receiveBufferSize = m_receiveBuffer->value();
    spec.broadcast = m_broadcast->isChecked();
}

int UdpServerSettingsBar::receiveBufferSize() const {
    return m_receiveBuffer->value();
}

void UdpServerSettingsBar::setReceiveBufferSize(int size) {
    m_receiveBuffer->setValue(size);
}

bool UdpServerSettingsBar::broadcast() const {
    return m_broadcast->isChecked();
}

void UdpServerSettingsBar::setBroadcast(bool on) {
    m_broadcast->setChecked(on);
}

void UdpServerSettingsBar::setRunning(bool running) {
    m_running = running;
    m_endpoint->setEnabled(!running);
    updateButton();
}

void UdpServerSettingsBar::updateButton() {
    m_startStop->setText(m_running ? tr("S&top") : tr("&Start"));
    m_startStop->setToolTip(m_running ? tr("Close the socket") : tr("socket(SOCK_DGRAM), bind()"));
    m_startStop->setEnabled(m_running || m_endpoint->isValid());
}
