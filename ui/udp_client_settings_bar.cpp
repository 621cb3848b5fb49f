#include "ui/udp_client_settings_bar.h"

#include "ui/endpoint_editor.h"

#include <QCheckBox>
#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QSignalBlocker>
#include <QSpinBox>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace {

// The mode combo's rows: sendto() first, as the seeds' client does it.
enum ModeRow { UnconnectedRow, ConnectedRow };

QPushButton* makeButton(const QString& objectName, const QString& text, const QString& toolTip,
                        QWidget* parent) {
    auto* button = new QPushButton(text, parent);
    button->setObjectName(objectName);
    button->setToolTip(toolTip);
    button->setAutoDefault(false);
    return button;
}

QLabel* makeBuddyLabel(const QString& text, QWidget* buddy, QWidget* parent) {
    auto* label = new QLabel(text, parent);
    label->setBuddy(buddy);
    return label;
}

// Product names, not translated.
QString nameOf(netcore::OsKind os) {
    switch (os) {
    case netcore::OsKind::Linux:
        return u"Linux"_s;
    case netcore::OsKind::MacOS:
        return u"macOS"_s;
    case netcore::OsKind::Windows:
        return u"Windows"_s;
    case netcore::OsKind::OtherUnix:
        break;
    }
    return u"Unix"_s;
}

} // namespace

UdpClientSettingsBar::UdpClientSettingsBar(QWidget* parent) : QWidget(parent) {
    setObjectName(u"udpClientSettingsBar"_s);
    m_endpoint = new EndpointEditor(EndpointEditor::Role::Client, this);
    m_open = makeButton(
        u"udpClientOpen"_s, tr("&Open"),
        tr("Open a UDP socket for the target (bind to port 0, and connect in connected mode)"), this);
    m_close = makeButton(u"udpClientClose"_s, tr("C&lose"), tr("close() the socket"), this);
    m_reopen = makeButton(u"udpClientReopen"_s, tr("&Reopen"),
                          tr("Close, then open a new socket with the settings shown"), this);

    m_mode = new QComboBox(this);
    m_mode->setObjectName(u"udpClientMode"_s);
    m_mode->addItem(tr("Unconnected: sendto()"));
    m_mode->addItem(tr("Connected: connect() + send()"));
    m_mode->setToolTip(tr("Unconnected: every datagram names its destination, and replies from any "
                          "address arrive. Connected: connect() fixes the peer; only its datagrams "
                          "arrive, and ICMP errors for earlier datagrams are reported."));
    // The difference between the modes is the lesson: said in a line of its own, not a tooltip.
    m_explanation = new QLabel(this);
    m_explanation->setObjectName(u"udpClientModeExplanation"_s);
    m_explanation->setTextFormat(Qt::PlainText);
    m_explanation->setWordWrap(true);
    m_explanation->setForegroundRole(QPalette::PlaceholderText);
    m_explanation->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    QFont small = m_explanation->font();
    small.setPointSizeF(small.pointSizeF() * 0.9);
    m_explanation->setFont(small);

    m_broadcast = new QCheckBox(u"SO_BROAD&CAST"_s, this);
    m_broadcast->setObjectName(u"udpClientBroadcast"_s);
    m_broadcast->setToolTip(
        tr("Allow sending to a broadcast address (255.255.255.255, or a subnet's "
           "last address such as 192.168.1.255). Without it the OS refuses with EACCES."));

    m_receiveBuffer = new QSpinBox(this);
    m_receiveBuffer->setObjectName(u"udpClientReceiveBuffer"_s);
    m_receiveBuffer->setRange(1, 65535);
    m_receiveBuffer->setSuffix(tr(" bytes"));
    m_receiveBuffer->setToolTip(tr("The buffer each recvfrom() reads a reply into; a longer reply is cut "
                                   "(Linux, macOS) or fails with WSAEMSGSIZE (Windows)"));

    m_datagramSize = new QSpinBox(this);
    m_datagramSize->setObjectName(u"udpClientDatagramSize"_s);
    m_datagramSize->setRange(1, kMaxIpv4Payload);
    m_datagramSize->setValue(kDefaultDatagramSize);
    m_datagramSize->setSuffix(tr(" bytes"));
    m_datagramSize->setToolTip(tr("A file is sent in datagrams of this size. Up to 1472 bytes fit in one "
                                  "Ethernet frame; larger ones are fragmented; %1 is the most IPv4 "
                                  "can carry.")
                                   .arg(kMaxIpv4Payload));

    auto* endpointRow = new QHBoxLayout;
    endpointRow->addWidget(m_endpoint, 1, Qt::AlignTop);
    endpointRow->addWidget(m_open, 0, Qt::AlignTop);
    endpointRow->addWidget(m_close, 0, Qt::AlignTop);
    endpointRow->addWidget(m_reopen, 0, Qt::AlignTop);

    auto* modeRow = new QHBoxLayout;
    modeRow->addWidget(makeBuddyLabel(tr("&Mode:"), m_mode, this));
    modeRow->addWidget(m_mode);
    modeRow->addWidget(m_explanation, 1);

    auto* optionsRow = new QHBoxLayout;
    optionsRow->addWidget(m_broadcast);
    optionsRow->addSpacing(12);
    optionsRow->addWidget(makeBuddyLabel(tr("Receive &buffer:"), m_receiveBuffer, this));
    optionsRow->addWidget(m_receiveBuffer);
    optionsRow->addSpacing(12);
    optionsRow->addWidget(makeBuddyLabel(tr("File &datagrams:"), m_datagramSize, this));
    optionsRow->addWidget(m_datagramSize);
    optionsRow->addStretch(1);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(endpointRow);
    layout->addLayout(modeRow);
    layout->addLayout(optionsRow);

    connect(m_open, &QPushButton::clicked, this, &UdpClientSettingsBar::openClicked);
    connect(m_close, &QPushButton::clicked, this, &UdpClientSettingsBar::closeClicked);
    connect(m_reopen, &QPushButton::clicked, this, &UdpClientSettingsBar::reopenClicked);
    connect(m_endpoint, &EndpointEditor::changed, this, &UdpClientSettingsBar::endpointChanged);
    connect(m_mode, &QComboBox::currentIndexChanged, this, [this] {
        updateExplanation();
        emit modeChanged();
    });
    connect(m_broadcast, &QCheckBox::toggled, this, &UdpClientSettingsBar::broadcastChanged);
    connect(m_receiveBuffer, &QSpinBox::valueChanged, this, &UdpClientSettingsBar::receiveBufferSizeChanged);
    TabSpec defaults;
    defaults.kind = TabKind::UdpClient;
    defaults.port = 9000;
    load(defaults);
    updateExplanation();
}

UdpClientSettingsBar::~UdpClientSettingsBar() = default;

void UdpClientSettingsBar::load(const TabSpec& spec) {
    // Loading is not the user changing things: the tab must not reopen or reconfigure for it.
    const QSignalBlocker modeBlocker(m_mode);
    const QSignalBlocker broadcastBlocker(m_broadcast);
    const QSignalBlocker bufferBlocker(m_receiveBuffer);
    m_endpoint->setHost(spec.host);
    m_endpoint->setPort(spec.port);
    m_mode->setCurrentIndex(spec.connectedUdp ? ConnectedRow : UnconnectedRow);
    m_broadcast->setChecked(spec.broadcast);
    m_receiveBuffer->setValue(spec.receiveBufferSize);
    updateExplanation();
}

void UdpClientSettingsBar::store(TabSpec& spec) const {
    if (m_endpoint->isValid()) {
        spec.host = m_endpoint->host().value_or(spec.host);
        spec.port = m_endpoint->port();
    }
    spec.connectedUdp = isConnectedMode();
    spec.broadcast = broadcast();
    spec.receiveBufferSize = receiveBufferSize();
}

bool UdpClientSettingsBar::isConnectedMode() const {
    return m_mode->currentIndex() == ConnectedRow;
}

void UdpClientSettingsBar::setConnectedMode(bool connected) {
    m_mode->setCurrentIndex(connected ? ConnectedRow : UnconnectedRow);
}

bool UdpClientSettingsBar::broadcast() const {
    return m_broadcast->isChecked();
}

void UdpClientSettingsBar::setBroadcast(bool on) {
    m_broadcast->setChecked(on);
}

int UdpClientSettingsBar::receiveBufferSize() const {
    return m_receiveBuffer->value();
}

void UdpClientSettingsBar::setReceiveBufferSize(int size) {
    m_receiveBuffer->setValue(size);
}

int UdpClientSettingsBar::datagramSize() const {
    return m_datagramSize->value();
}

void UdpClientSettingsBar::setDatagramSize(int size) {
    m_datagramSize->setValue(size);
}

QString UdpClientSettingsBar::modeExplanation() const {
    return m_explanation->text();
}

QString UdpClientSettingsBar::explanationFor(bool connected, netcore::OsKind os) {
    const QString osName = nameOf(os);
    if (os == netcore::OsKind::Windows) {
        // Windows reports the ICMP error to unconnected sockets too (unless SIO_UDP_CONNRESET is
        // turned off, which netcore does not do): the modes differ in what they receive only.
        if (connected)
            return tr("On %1: if nothing listens on the target, the ICMP \"port unreachable\" comes back as "
                      "WSAECONNRESET on the next recv(); only the target's datagrams arrive.")
                .arg(osName);
        return tr("On %1: even unconnected, an ICMP \"port unreachable\" comes back as WSAECONNRESET on the "
                  "next recvfrom(); replies from any address arrive.")
            .arg(osName);
    }
    if (connected)
        return tr("On %1: if nothing listens on the target, the ICMP \"port unreachable\" comes back as "
                  "ECONNREFUSED on the next send() or recv(); only the target's datagrams arrive.")
            .arg(osName);
    return tr("On %1: if nothing listens on the target, nothing is reported (the ICMP \"port unreachable\" "
              "is not delivered to an unconnected socket); replies from any address arrive.")
        .arg(osName);
}

void UdpClientSettingsBar::updateExplanation() {
    m_explanation->setText(explanationFor(isConnectedMode(), netcore::currentOs()));
}

void UdpClientSettingsBar::setSessionState(bool open, bool started) {
    m_open->setEnabled(!open);
    m_close->setEnabled(open);
    m_reopen->setEnabled(started);
}
