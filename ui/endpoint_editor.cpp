#include "ui/endpoint_editor.h"

#include "ui/netcore_text.h"

#include "netcore/interfaces.h"

#include "netcore/address.h"

#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QRegularExpression>
#include <QSignalBlocker>
#include <QVBoxLayout>

#include <string>

using namespace Qt::StringLiterals;

namespace {

constexpr quint16 kDefaultPort = 8080;

// "[::1]" is how IPv6 appears next to a port; the socket wants "::1".
QString stripBrackets(const QString& host) {
    const QString trimmed = host.trimmed();
    if (trimmed.size() >= 2 && trimmed.startsWith(u'[') && trimmed.endsWith(u']'))
        return trimmed.mid(1, trimmed.size() - 2);
    return trimmed;
}

std::optional<netcore::Address> numericAddress(const QString& host) {
    const std::string text = host.toStdString();
    auto parsed = netcore::Address::fromHostPort(text, 0);
    if (!parsed) return std::nullopt;
    return *parsed;
}

// RFC 1123 host name syntax: dot-separated labels of letters, digits and hyphens (underscores are
// tolerated: they exist in the wild), 1-63 characters each, at most 253 in all, one trailing dot.
bool isHostName(const QString& host) {
    QString name = host;
    if (name.endsWith(u'.')) name.chop(1);
    if (name.isEmpty() || name.size() > 253) return false;
    static const QRegularExpression label(u"^[A-Za-z0-9_](?:[A-Za-z0-9_-]{0,61}[A-Za-z0-9_])?$"_s);
    for (const QString& part : name.split(u'.'))
        if (!label.match(part).hasMatch()) return false;
    return true;
}

} // namespace

EndpointEditor::EndpointEditor(Role role, QWidget* parent) : QWidget(parent), m_role(role) {
    m_host = new QComboBox(this);
    m_host->setObjectName(u"endpointHost"_s);
    m_host->setEditable(true);
    m_host->setInsertPolicy(QComboBox::NoInsert);
    m_host->setMinimumContentsLength(20);
    m_host->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_port = new QLineEdit(this);
    m_port->setObjectName(u"endpointPort"_s);
    m_port->setMaxLength(5);
    m_port->setPlaceholderText(tr("0–65535"));
    m_port->setMaximumWidth(m_port->fontMetrics().horizontalAdvance(u"0000000000"_s));

    m_problemLabel = new QLabel(this);
    m_problemLabel->setObjectName(u"endpointProblem"_s);
    m_problemLabel->setTextFormat(Qt::PlainText);
    m_problemLabel->setWordWrap(true);
    QFont bold = m_problemLabel->font();
    bold.setBold(true);
    m_problemLabel->setFont(bold);
    m_noteLabel = new QLabel(this);
    m_noteLabel->setObjectName(u"endpointNote"_s);
    m_noteLabel->setTextFormat(Qt::PlainText);
    m_noteLabel->setWordWrap(true);

    auto* hostLabel = new QLabel(tr("&Host:"), this);
    hostLabel->setBuddy(m_host);
    auto* portLabel = new QLabel(tr("&Port:"), this);
    portLabel->setBuddy(m_port);
    auto* row = new QHBoxLayout;
    row->addWidget(hostLabel);
    row->addWidget(m_host, 1);
    row->addWidget(portLabel);
    row->addWidget(m_port);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(row);
    layout->addWidget(m_problemLabel);
    layout->addWidget(m_noteLabel);

    rebuildSuggestions();
    // Servers default to loopback: nothing is exposed until the user asks for it.
    m_host->setEditText(u"127.0.0.1"_s);
    m_port->setText(QString::number(kDefaultPort));

    connect(m_host, &QComboBox::editTextChanged, this, &EndpointEditor::validate);
    connect(m_port, &QLineEdit::textChanged, this, &EndpointEditor::validate);
    setRole(role);
}

EndpointEditor::~EndpointEditor() = default;

void EndpointEditor::setRole(Role role) {
    m_role = role;
    m_host->setToolTip(
        role == Role::Server
            ? tr("The local address to bind: 127.0.0.1 (this machine only), 0.0.0.0 (every IPv4 "
                 "interface), :: (every IPv6 interface, and IPv4 too on a dual-stack socket)")
            : tr("The host to connect to: an IPv4 or IPv6 address, or a name"));
    m_port->setToolTip(role == Role::Server ? tr("0 lets the OS choose a free port")
                                            : tr("The port to connect to"));
    validate();
}

std::optional<QString> EndpointEditor::host() const {
    const QString text = stripBrackets(m_host->currentText());
    if (!hostProblem(text).isEmpty()) return std::nullopt;
    return text;
}

quint16 EndpointEditor::port() const {
    return m_portValue;
}

void EndpointEditor::setHost(const QString& host) {
    m_host->setEditText(host);
}

void EndpointEditor::setPort(quint16 port) {
    m_port->setText(QString::number(port));
}

void EndpointEditor::setSuggestions(const QStringList& hosts) {
    m_extraSuggestions = hosts;
    rebuildSuggestions();
}

void EndpointEditor::rebuildSuggestions() {
    // Rebuilding the list must not change what the user typed.
    const QString current = m_host->currentText();
    const QSignalBlocker blocker(m_host);
    m_host->clear();
    const auto add = [this](const QString& host, const QString& description) {
        if (m_host->findText(host, Qt::MatchFixedString) >= 0) return;
        m_host->addItem(host);
        if (!description.isEmpty()) m_host->setItemData(m_host->count() - 1, description, Qt::ToolTipRole);
    };
    add(u"127.0.0.1"_s, tr("IPv4 loopback: this machine only"));
    add(u"::1"_s, tr("IPv6 loopback: this machine only"));
    add(u"0.0.0.0"_s, tr("Every IPv4 interface (open to the network)"));
    add(u"::"_s, tr("Every IPv6 interface, and IPv4 on a dual-stack socket (open to the network)"));
    for (const QString& host : m_extraSuggestions)
        if (!host.trimmed().isEmpty()) add(host.trimmed(), {});
    m_host->setEditText(current);
}

QString EndpointEditor::hostProblem(const QString& host) const {
    if (host.isEmpty())
        return m_role == Role::Server ? tr("Enter the address to bind: 127.0.0.1 for this machine only, "
                                           "0.0.0.0 or :: for every interface.")
                                      : tr("Enter the host to connect to.");
    if (numericAddress(host)) return {};
    if (m_role == Role::Server)
        return tr("'%1' is not a numeric IPv4 or IPv6 address: a server binds to an address of this machine.")
            .arg(host);
    // Something that looks like an address but is not one should not be "resolved" as a name.
    static const QRegularExpression dottedDigits(u"^[0-9.]+$"_s);
    if (host.contains(u':')) return tr("'%1' is not a valid IPv6 address.").arg(host);
    if (dottedDigits.match(host).hasMatch()) return tr("'%1' is not a valid IPv4 address.").arg(host);
    if (!isHostName(host))
        return tr("'%1' is not a valid host name (letters, digits, '-' and '.' only).").arg(host);
    return {};
}

QString EndpointEditor::portProblem(const QString& text, quint16* port) const {
    *port = 0;
    const QString trimmed = text.trimmed();
    if (trimmed.isEmpty()) return tr("Enter a port (0–65535).");
    bool ok = false;
    const uint value = trimmed.toUInt(&ok);
    if (!ok) return tr("Port '%1' is not a number.").arg(trimmed);
    if (value > 65535) return tr("Port %1 is out of range: ports go from 0 to 65535.").arg(value);
    *port = static_cast<quint16>(value);
    if (value == 0 && m_role == Role::Client)
        return tr("Port 0 cannot be connected to: enter the server's port.");
    return {};
}

void EndpointEditor::validate() {
    const QString hostText = stripBrackets(m_host->currentText());
    QString problem = hostProblem(hostText);
    quint16 portValue = 0;
    const QString portText = portProblem(m_port->text(), &portValue);
    if (problem.isEmpty()) problem = portText;
    m_portValue = portText.isEmpty() ? portValue : 0;

    QStringList notes;
    bool open = false;
    if (problem.isEmpty() && m_role == Role::Server) {
        const auto address = numericAddress(hostText);
        open = address && !address->isLoopback();
        if (address && address->isAny())
            notes.append(tr("Open to the network: every interface accepts connections on this port, from "
                            "any machine that can reach this one."));
        else if (open)
            notes.append(tr("Open to the network: machines that can reach %1 can connect.").arg(hostText));
        if (m_portValue == 0) notes.append(tr("Port 0: the OS picks a free port when the server starts."));
    }
    m_problem = problem;
    m_openToNetwork = open;
    m_note = notes.join(u'\n');

    m_problemLabel->setText(m_problem);
    m_problemLabel->setVisible(!m_problem.isEmpty());
    m_noteLabel->setText(m_note);
    m_noteLabel->setVisible(!m_note.isEmpty());
    // An exposed server deserves to be noticed, in palette colours (works in dark mode too).
    m_noteLabel->setForegroundRole(m_openToNetwork ? QPalette::Highlight : QPalette::WindowText);
    QFont font = m_noteLabel->font();
    font.setBold(m_openToNetwork);
    m_noteLabel->setFont(font);
    emit changed();
}

std::expected<netcore::Address, QString> EndpointEditor::bindAddress() const {
    if (!isValid()) return std::unexpected(problem());
    auto address = netcore::Address::fromHostPort(host().value_or(QString()).toStdString(), port());
    if (!address) return std::unexpected(NetcoreText::summary(address.error()));
    return *address;
}

QStringList EndpointEditor::localInterfaceHosts() {
    // getifaddrs / GetAdaptersAddresses only list: nothing is opened or called on a socket.
    QStringList hosts;
    auto found = netcore::localInterfaces();
    if (!found) return hosts;
    for (const auto& entry : *found) {
        if (!entry.isUp || entry.isLoopback) continue;
        const std::string host = entry.address.host();
        if (netcore::Address::fromHostPort(host, 0)) hosts.append(QString::fromStdString(host));
    }
    return hosts;
}
