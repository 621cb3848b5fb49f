#include "ui/udp_client_notes.h"

#include "ui/udp_client_settings_bar.h"

#include <QEvent>
#include <QLabel>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace {

QString addressText(const netcore::Address& address) {
    return QString::fromStdString(address.toString());
}

QLabel* makeNoteLabel(const QString& objectName, QWidget* parent) {
    auto* label = new QLabel(parent);
    label->setObjectName(objectName);
    label->setTextFormat(Qt::PlainText);
    label->setWordWrap(true);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    label->setAutoFillBackground(true);
    label->setMargin(4);
    label->setVisible(false);
    return label;
}

bool isSendCall(const netcore::NetError& error) {
    return error.call == "send" || error.call == "sendto";
}

QColor mix(const QColor& a, const QColor& b, double amount) {
    const auto channel = [amount](double x, double y) {
        return static_cast<float>(x * amount + y * (1 - amount));
    };
    return QColor::fromRgbF(channel(a.redF(), b.redF()), channel(a.greenF(), b.greenF()),
                            channel(a.blueF(), b.blueF()));
}

} // namespace

UdpClientNotes::UdpClientNotes(QWidget* parent) : QWidget(parent) {
    setObjectName(u"udpClientNotes"_s);
    m_adviceLabel = makeNoteLabel(u"udpClientAdvice"_s, this);
    m_foreignLabel = makeNoteLabel(u"udpClientForeignReply"_s, this);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_adviceLabel);
    layout->addWidget(m_foreignLabel);
    updateColours();
}

UdpClientNotes::~UdpClientNotes() = default;

void UdpClientNotes::noteReply(const netcore::Address& source, const netcore::Address& target,
                               bool broadcastOn) {
    if (!target.isValid() || source == target) return;
    ++m_foreignReplies;
    m_lastForeignReply = tr("Reply from %1, not the target %2").arg(addressText(source), addressText(target));
    QString text = tr("%1. Replies from another source so far: %2.")
                       .arg(m_lastForeignReply, QString::number(m_foreignReplies));
    if (broadcastOn)
        text += u' ' + tr("After a broadcast this is expected: each host answers from its own address.");
    m_foreignLabel->setText(text);
    m_foreignLabel->setVisible(true);
}

void UdpClientNotes::adviseOn(const netcore::NetError& error, const netcore::Address& target,
                              bool broadcastOn, bool connected) {
    const QString name = QString::fromStdString(error.nativeName);
    const QString call = QString::fromStdString(error.call);
    const QString to = addressText(target);
    using Code = netcore::ErrorCode;
    if (error.code == Code::AccessDenied && isSendCall(error) && !broadcastOn) {
        setAdvice(tr("%1() to %2 was refused with %3: it is a broadcast address, and the OS lets a socket "
                     "send to one only with SO_BROADCAST set, so that no program floods the network by "
                     "mistake. Tick SO_BROADCAST and send again.")
                      .arg(call, to, name));
        m_refusedBroadcast = target;
    } else if (error.code == Code::AccessDenied && isSendCall(error)) {
        setAdvice(tr("%1() to %2 was refused with %3 although SO_BROADCAST is set: a firewall rule or a "
                     "security policy refused it.")
                      .arg(call, to, name));
    } else if (error.code == Code::MessageTooLong && isSendCall(error)) {
        setAdvice(tr("Oversized datagram: %1() refused it with %2 and nothing was sent. One UDP datagram "
                     "carries at most %3 bytes of data over IPv4 (%4 over IPv6). Send less, or send a file: "
                     "it goes in datagrams of the size chosen above.")
                      .arg(call, name, QString::number(UdpClientSettingsBar::kMaxIpv4Payload),
                           QString::number(UdpClientSettingsBar::kMaxIpv6Payload)));
    } else if (error.code == Code::ConnectionRefused || error.code == Code::ConnectionReset) {
        const QString why = connected ? tr("the OS reports it because the socket is connected.")
                                      : tr("Windows reports it even to an unconnected socket.");
        setAdvice(
            tr("%1 from %2(): an earlier datagram to %3 was answered with an ICMP \"port unreachable\": "
               "nothing listens on that port. UDP itself never says so; %4")
                .arg(name, call, to, why));
    }
}

void UdpClientNotes::broadcastEnabled() {
    // The refusal stays explained, and says that its cause is gone.
    if (!m_refusedBroadcast.isValid()) return;
    const QString refused = addressText(m_refusedBroadcast);
    setAdvice(tr("Earlier, sendto() to %1 was refused with EACCES because SO_BROADCAST was off. It is on "
                 "now: datagrams to the broadcast address go out.")
                  .arg(refused));
}

void UdpClientNotes::clearAdvice() {
    setAdvice({});
}

QString UdpClientNotes::adviceText() const {
    return m_adviceLabel->isHidden() ? QString() : m_adviceLabel->text();
}

void UdpClientNotes::setAdvice(const QString& text) {
    m_refusedBroadcast = {};
    m_adviceLabel->setText(text);
    m_adviceLabel->setVisible(!text.isEmpty());
}

void UdpClientNotes::updateColours() {
    // Tints of the palette, so both lines follow a dark theme: the flagged reply in the highlight
    // colour (it asks for attention), the advice in a quieter mix of text and window.
    const QPalette base = palette();
    const QColor window = base.color(QPalette::Window);
    QPalette foreign = base;
    foreign.setColor(QPalette::Window, mix(base.color(QPalette::Highlight), window, 0.25));
    m_foreignLabel->setPalette(foreign);
    QPalette advice = base;
    advice.setColor(QPalette::Window, mix(base.color(QPalette::WindowText), window, 0.07));
    m_adviceLabel->setPalette(advice);
}

void UdpClientNotes::changeEvent(QEvent* event) {
    QWidget::changeEvent(event);
    if (event->type() == QEvent::PaletteChange) updateColours();
}
