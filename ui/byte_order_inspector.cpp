#include "ui/byte_order_inspector.h"

#include "netcore/address.h"
#include "netcore/bytes.h"
#include "ui/netcore_text.h"
#include "ui/plain_label.h"

#include <QComboBox>
#include <QFontDatabase>
#include <QFormLayout>
#include <QGridLayout>
#include <QGroupBox>
#include <QLineEdit>
#include <QScrollArea>
#include <QVBoxLayout>

#include <array>
#include <charconv>
#include <cstdint>
#include <limits>
#include <span>
#include <string>

using namespace Qt::StringLiterals;

namespace {

QString hex(std::span<const std::byte> bytes) {
    return QString::fromStdString(netcore::toHex(bytes));
}

QGroupBox* section(const QString& title, QWidget* content, QWidget* parent) {
    auto* box = new QGroupBox(title, parent);
    auto* layout = new QVBoxLayout(box);
    layout->addWidget(content);
    return box;
}

// A value typed as decimal or 0x hex. Negative numbers and numbers over 64 bits are range errors;
// anything else that is not a number is a syntax error.
struct ParsedValue {
    std::uint64_t value = 0;
    bool outOfRange = false;
    bool valid = false;
};

ParsedValue parseValue(const QString& typed) {
    const std::string text = typed.trimmed().toStdString();
    std::string_view digits = text;
    bool negative = false;
    if (digits.starts_with('-')) {
        negative = true;
        digits.remove_prefix(1);
    } else if (digits.starts_with('+')) {
        digits.remove_prefix(1);
    }
    int base = 10;
    if (digits.starts_with("0x") || digits.starts_with("0X")) {
        base = 16;
        digits.remove_prefix(2);
    }
    ParsedValue parsed;
    if (digits.empty()) return parsed;
    const auto [end, error] =
        std::from_chars(digits.data(), digits.data() + digits.size(), parsed.value, base);
    if (end != digits.data() + digits.size()) return parsed;
    if (error == std::errc::result_out_of_range) {
        parsed.outOfRange = true;
    } else if (error != std::errc()) {
        return parsed;
    }
    if (negative && parsed.value != 0) parsed.outOfRange = true;
    parsed.valid = true;
    return parsed;
}

} // namespace

ByteOrderInspector::ByteOrderInspector(QWidget* parent) : QWidget(parent) {
    auto* content = new QWidget;
    auto* layout = new QVBoxLayout(content);

    auto* endianness = new PlainLabel(u"hostEndianness"_s, content, PlainLabel::Bold);
    endianness->setWordWrap(true);
    endianness->setText(hostEndiannessText());
    layout->addWidget(section(tr("This machine"), endianness, content));

    layout->addWidget(section(tr("hton / ntoh"), buildValueSection(), content));
    m_struct = new StructPackSection(content);
    layout->addWidget(section(tr("Python struct"), m_struct, content));
    layout->addWidget(section(tr("Socket address as sockaddr bytes"), buildAddressSection(), content));
    m_decode = new ByteDecodeSection(content);
    m_decode->setMinimumHeight(200);
    layout->addWidget(section(tr("Decode bytes"), m_decode, content), 1);

    auto* scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidget(content);
    auto* outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    outer->addWidget(scroll);

    updateValue();
    updateAddress();
}

ByteOrderInspector::~ByteOrderInspector() = default;

QString ByteOrderInspector::hostEndiannessText() const {
    return netcore::hostEndian() == netcore::Endian::Little
               ? tr("This machine is little-endian: the least significant byte comes first in memory, so "
                    "hton/ntoh swap the bytes.")
               : tr("This machine is big-endian, the same order as the network: hton/ntoh change nothing.");
}

QWidget* ByteOrderInspector::buildValueSection() {
    auto* box = new QWidget;
    const QFont fixed = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    m_value = new QLineEdit(box);
    m_value->setObjectName(u"hostValue"_s);
    m_value->setFont(fixed);
    m_value->setPlaceholderText(tr("a number, decimal or 0x hex, e.g. 8080"));
    m_value->setText(u"8080"_s);
    m_width = new QComboBox(box);
    m_width->setObjectName(u"valueWidth"_s);
    for (const int bits : {16, 32, 64})
        m_width->addItem(tr("%1 bits").arg(bits), bits);
    m_hostOrder = new PlainLabel(u"hostOrderBytes"_s, box, PlainLabel::Selectable);
    m_networkOrder = new PlainLabel(u"networkOrderBytes"_s, box, PlainLabel::Selectable);
    m_swapped = new PlainLabel(u"swappedValue"_s, box, PlainLabel::Selectable);
    m_swapped->setWordWrap(true);
    for (PlainLabel* label : {m_hostOrder, m_networkOrder, m_swapped})
        label->setFont(fixed);

    auto* grid = new QGridLayout(box);
    grid->setContentsMargins(0, 0, 0, 0);
    grid->addWidget(m_value, 0, 0);
    grid->addWidget(m_width, 0, 1);
    auto* hostTitle = new PlainLabel(u"hostOrderTitle"_s, box, PlainLabel::Bold);
    hostTitle->setText(tr("Host order (in memory here)"));
    auto* networkTitle = new PlainLabel(u"networkOrderTitle"_s, box, PlainLabel::Bold);
    networkTitle->setText(tr("Network order (big-endian, on the wire)"));
    grid->addWidget(hostTitle, 1, 0);
    grid->addWidget(networkTitle, 1, 1);
    grid->addWidget(m_hostOrder, 2, 0);
    grid->addWidget(m_networkOrder, 2, 1);
    grid->addWidget(m_swapped, 3, 0, 1, 2);

    connect(m_value, &QLineEdit::textChanged, this, &ByteOrderInspector::updateValue);
    connect(m_width, &QComboBox::currentIndexChanged, this, &ByteOrderInspector::updateValue);
    return box;
}

QWidget* ByteOrderInspector::buildAddressSection() {
    auto* box = new QWidget;
    const QFont fixed = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    m_address = new QLineEdit(box);
    m_address->setObjectName(u"sockaddrInput"_s);
    m_address->setFont(fixed);
    m_address->setPlaceholderText(tr("127.0.0.1:8080, [::1]:8080 or unix:/tmp/sock"));
    m_address->setText(u"127.0.0.1:8080"_s);
    m_addressBytes = new PlainLabel(u"sockaddrBytes"_s, box, PlainLabel::Selectable);
    m_addressBytes->setFont(fixed);
    m_addressBytes->setWordWrap(true);
    auto* form = new QFormLayout(box);
    form->setContentsMargins(0, 0, 0, 0);
    form->addRow(tr("Address:"), m_address);
    form->addRow(m_addressBytes);
    connect(m_address, &QLineEdit::textChanged, this, &ByteOrderInspector::updateAddress);
    return box;
}

void ByteOrderInspector::setValue(const QString& value) {
    m_value->setText(value);
}

bool ByteOrderInspector::setWidth(int bits) {
    const int index = m_width->findData(bits);
    if (index < 0) return false;
    m_width->setCurrentIndex(index);
    return true;
}

int ByteOrderInspector::width() const {
    return m_width->currentData().toInt();
}

void ByteOrderInspector::updateValue() {
    const int bits = width();
    const auto size = static_cast<std::size_t>(bits / 8);
    const std::uint64_t max =
        bits == 64 ? std::numeric_limits<std::uint64_t>::max() : (std::uint64_t{1} << bits) - 1;
    m_hostOrderText.clear();
    m_networkOrderText.clear();
    m_swappedText.clear();
    m_valueProblem.clear();
    const ParsedValue parsed = parseValue(m_value->text());
    if (!parsed.valid) {
        m_valueProblem = tr("'%1' is not a number (decimal, or hex with 0x)").arg(m_value->text().trimmed());
    } else if (parsed.outOfRange || parsed.value > max) {
        m_valueProblem = tr("%1 does not fit in %2 bits (0 to %3)")
                             .arg(m_value->text().trimmed())
                             .arg(bits)
                             .arg(QString::number(max));
    }
    if (!m_valueProblem.isEmpty()) {
        m_hostOrder->setText(QString());
        m_networkOrder->setText(QString());
        m_swapped->setText(tr("Error: %1").arg(m_valueProblem));
        return;
    }
    std::array<std::byte, 8> buffer{};
    const auto bytes = std::span(buffer).first(size);
    netcore::storeUnsigned(bytes, parsed.value, netcore::hostEndian());
    m_hostOrderText = hex(bytes);
    std::uint64_t swapped = 0;
    if (bits == 16) {
        swapped = netcore::hton16(static_cast<std::uint16_t>(parsed.value));
    } else if (bits == 32) {
        swapped = netcore::hton32(static_cast<std::uint32_t>(parsed.value));
    } else {
        swapped = netcore::hton64(parsed.value);
    }
    // The hton result lies in memory in host order: those bytes are the network order.
    netcore::storeUnsigned(bytes, swapped, netcore::hostEndian());
    m_networkOrderText = hex(bytes);
    m_swappedText = tr("hton%1(%2) = %3 (0x%4) as this machine reads it; ntoh%1(%3) = %2")
                        .arg(bits)
                        .arg(QString::number(parsed.value), QString::number(swapped),
                             QString::number(swapped, 16).rightJustified(int(size) * 2, u'0'));
    m_hostOrder->setText(m_hostOrderText);
    m_networkOrder->setText(m_networkOrderText);
    m_swapped->setText(m_swappedText);
}

void ByteOrderInspector::setAddressText(const QString& address) {
    m_address->setText(address);
}

QString ByteOrderInspector::addressField(const QString& field) const {
    for (const auto& [name, bytes] : m_addressFields) {
        if (name == field) return bytes;
    }
    return {};
}

void ByteOrderInspector::updateAddress() {
    m_addressFields.clear();
    m_addressBytesText.clear();
    m_addressProblem.clear();
    const auto parsed = netcore::Address::parse(m_address->text().trimmed().toStdString());
    if (!parsed) {
        const auto& error = parsed.error();
        m_addressProblem = NetcoreText::message(error);
        m_addressBytes->setText(tr("Error: %1").arg(m_addressProblem));
        return;
    }
    const netcore::Address& address = *parsed;
    const auto raw = address.raw();
    QStringList lines;
    const auto add = [&](const QString& key, const QString& label, std::size_t from, std::size_t to,
                         const QString& meaning) {
        if (from >= raw.size()) return;
        const auto bytes = raw.subspan(from, std::min(to, raw.size()) - from);
        m_addressFields.append({key, hex(bytes)});
        lines << u"%1 %2  %3"_s.arg(label.leftJustified(9), hex(bytes), meaning);
    };
    const QString familyName = QString::fromStdString(std::string(netcore::familyName(address.family())));
#if defined(Q_OS_BSD4)
    // BSD and macOS: a length byte, then a one-byte family.
    add(u"length"_s, tr("length"), 0, 1, tr("%1 bytes").arg(raw.size()));
    add(u"family"_s, tr("family"), 1, 2, familyName);
#else
    add(u"family"_s, tr("family"), 0, 2, tr("%1, host order").arg(familyName));
#endif
    switch (address.family()) {
    case netcore::Family::IPv4:
        add(u"port"_s, tr("port"), 2, 4, tr("%1, network order").arg(address.port()));
        add(u"address"_s, tr("address"), 4, 8, QString::fromStdString(address.host()));
        add(u"rest"_s, tr("rest"), 8, raw.size(), tr("sin_zero, padding"));
        break;
    case netcore::Family::IPv6:
        add(u"port"_s, tr("port"), 2, 4, tr("%1, network order").arg(address.port()));
        add(u"flowinfo"_s, tr("flowinfo"), 4, 8, tr("%1, network order").arg(address.flowInfo()));
        add(u"address"_s, tr("address"), 8, 24, QString::fromStdString(address.host()));
        add(u"scope id"_s, tr("scope id"), 24, 28, tr("%1, host order").arg(address.scopeId()));
        add(u"rest"_s, tr("rest"), 28, raw.size(), QString());
        break;
    case netcore::Family::Unix:
        add(u"path"_s, tr("path"), 2, raw.size(), QString::fromStdString(address.path()));
        break;
    case netcore::Family::Unspecified:
        add(u"rest"_s, tr("rest"), 2, raw.size(), QString());
        break;
    }
    lines.prepend(tr("%n byte(s):", nullptr, int(raw.size())));
    m_addressBytesText = lines.join(u'\n');
    m_addressBytes->setText(m_addressBytesText);
}
