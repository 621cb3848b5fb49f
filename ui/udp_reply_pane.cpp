#include "ui/udp_reply_pane.h"

#include "ui/send_composer.h"
#include "ui/udp_senders_model.h"
#include "ui/udp_senders_panel.h"

#include <QFile>
#include <QLabel>
#include <QLocale>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

UdpReplyPane::UdpReplyPane(UdpSendersPanel* senders, QWidget* parent)
    : QGroupBox(tr("Send"), parent), m_senders(senders) {
    m_composer = new SendComposer(this);
    m_composer->setObjectName(u"udpServerComposer"_s);
    m_targets = new QLabel(this);
    m_targets->setObjectName(u"udpServerSendTargets"_s);
    m_targets->setTextFormat(Qt::PlainText);
    m_targets->setWordWrap(true);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addWidget(m_targets);
    layout->addWidget(m_composer, 1);

    connect(m_composer, &SendComposer::sendRequested, this, &UdpReplyPane::send);
    connect(m_composer, &SendComposer::sendFileRequested, this, &UdpReplyPane::sendFile);
    connect(m_senders, &UdpSendersPanel::selectionChanged, this, &UdpReplyPane::updateTargets);
    connect(m_senders, &UdpSendersPanel::sendersAdded, this, &UdpReplyPane::updateTargets);
    updateTargets();
}

UdpReplyPane::~UdpReplyPane() = default;

void UdpReplyPane::setRunning(bool running) {
    m_running = running;
    updateTargets();
}

QList<netcore::Address> UdpReplyPane::targets() const {
    return m_senders->selectedSenders();
}

QString UdpReplyPane::targetsText() const {
    return m_targets->text();
}

void UdpReplyPane::updateTargets() {
    const auto selected = targets();
    if (!m_running)
        m_targets->setText(tr("Start the server: replies leave from its socket."));
    else if (selected.isEmpty() && m_senders->model()->rowCount() == 0)
        m_targets->setText(tr("No datagram yet: nobody to reply to."));
    else if (selected.isEmpty())
        m_targets->setText(tr("Select a sender (in Senders, or a row of the traffic) to send to it."));
    else if (selected.size() == 1)
        m_targets->setText(
            tr("Sends to %1 with sendto().").arg(QString::fromStdString(selected.front().toString())));
    else
        m_targets->setText(tr("Sends one datagram to each of the %n selected senders.", nullptr,
                              static_cast<int>(selected.size())));
}

void UdpReplyPane::send(const QByteArray& bytes) {
    const auto selected = targets();
    if (selected.isEmpty() || !m_running) {
        updateTargets(); // says why nothing went out
        return;
    }
    for (const auto& target : selected)
        emit sendTo(target, bytes);
}

void UdpReplyPane::sendFile(const QString& path) {
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        m_targets->setText(tr("Cannot read %1: %2").arg(path, file.errorString()));
        return;
    }
    // A file is sent whole or not at all: cutting it into datagrams would hide the lesson that a
    // datagram is one message.
    if (file.size() > kMaxDatagram) {
        const QLocale locale;
        m_targets->setText(tr("%1 has %2 bytes; one UDP datagram holds at most %3.")
                               .arg(path, locale.toString(file.size()), locale.toString(kMaxDatagram)));
        return;
    }
    send(file.readAll());
}
