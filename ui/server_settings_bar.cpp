#include "ui/server_settings_bar.h"

#include "ui/endpoint_editor.h"

#include <QCheckBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

ServerSettingsBar::ServerSettingsBar(QWidget* parent) : QWidget(parent) {
    m_endpoint = new EndpointEditor(EndpointEditor::Role::Server, this);
    m_endpoint->setObjectName(u"serverEndpoint"_s);

    m_backlog = new QSpinBox(this);
    m_backlog->setObjectName(u"serverBacklog"_s);
    m_backlog->setRange(0, 65535);
    m_backlog->setToolTip(tr("listen(backlog): how many finished handshakes may wait for accept(). "
                             "The OS caps it (SOMAXCONN)."));
    auto* backlogLabel = new QLabel(tr("&Backlog:"), this);
    backlogLabel->setBuddy(m_backlog);

    const QString why = tr("lets the server restart while old connections sit in TIME_WAIT");
    m_reuseAddress = new QCheckBox(u"SO_REUSE&ADDR"_s, this);
    m_reuseAddress->setObjectName(u"serverReuseAddress"_s);
    m_reuseAddress->setToolTip(
        tr("SO_REUSEADDR %1. Not applied on Windows, where it would let another program bind the same port.")
            .arg(why));
    auto* hint = new QLabel(why, this);
    hint->setObjectName(u"serverReuseHint"_s);
    hint->setTextFormat(Qt::PlainText);
    hint->setForegroundRole(QPalette::PlaceholderText);
    QFont small = hint->font();
    small.setPointSizeF(small.pointSizeF() * 0.9);
    hint->setFont(small);

    m_startStop = new QPushButton(this);
    m_startStop->setObjectName(u"serverStartStop"_s);
    m_startStop->setAutoDefault(false);
    m_startStop->setMinimumWidth(m_startStop->fontMetrics().horizontalAdvance(tr("Stop")) * 4);

    auto* reuse = new QVBoxLayout;
    reuse->setSpacing(0);
    reuse->addWidget(m_reuseAddress);
    reuse->addWidget(hint);
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_endpoint, 1, Qt::AlignTop);
    layout->addSpacing(8);
    layout->addWidget(backlogLabel, 0, Qt::AlignTop);
    layout->addWidget(m_backlog, 0, Qt::AlignTop);
    layout->addSpacing(8);
    layout->addLayout(reuse);
    layout->addSpacing(8);
    layout->addWidget(m_startStop, 0, Qt::AlignTop);

    connect(m_startStop, &QPushButton::clicked, this, &ServerSettingsBar::startStopClicked);
    connect(m_endpoint, &EndpointEditor::changed, this, [this] {
        updateButton();
        emit endpointChanged();
    });
    updateButton();
}

ServerSettingsBar::~ServerSettingsBar() = default;

void ServerSettingsBar::load(const TabSpec& spec) {
    m_endpoint->setHost(spec.host);
    m_endpoint->setPort(spec.port);
    m_backlog->setValue(spec.backlog);
    m_reuseAddress->setChecked(spec.reuseAddress);
}

void ServerSettingsBar::store(TabSpec& spec) const {
    if (m_endpoint->isValid()) {
        spec.host = m_endpoint->host().value_or(spec.host);
        spec.port = m_endpoint->port();
    }
    spec.backlog = m_backlog->value();
    spec.reuseAddress = m_reuseAddress->isChecked();
}

int ServerSettingsBar::backlog() const {
    return m_backlog->value();
}

bool ServerSettingsBar::reuseAddress() const {
    return m_reuseAddress->isChecked();
}

void ServerSettingsBar::setListening(bool listening) {
    m_listening = listening;
    m_endpoint->setEnabled(!listening);
    m_backlog->setEnabled(!listening);
    m_reuseAddress->setEnabled(!listening);
    updateButton();
}

void ServerSettingsBar::updateButton() {
    m_startStop->setText(m_listening ? tr("S&top") : tr("&Start"));
    m_startStop->setToolTip(m_listening ? tr("Close the listener and every connection")
                                        : tr("socket(), setsockopt(SO_REUSEADDR), bind(), listen()"));
    m_startStop->setEnabled(m_listening || m_endpoint->isValid());
}
