#include "ui/struct_pack_section.h"

#include "netcore/bytes.h"
#include "netcore/struct_format.h"
#include "netcore/typed_input.h"
#include "ui/netcore_text.h"
#include "ui/plain_label.h"

#include <QFontDatabase>
#include <QFormLayout>
#include <QLineEdit>

#include <string>
#include <vector>

using namespace Qt::StringLiterals;

namespace {

QString fromStd(const std::string& text) {
    return QString::fromStdString(text);
}

} // namespace

StructPackSection::StructPackSection(QWidget* parent) : QWidget(parent) {
    const QFont fixed = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    m_format = new QLineEdit(this);
    m_format->setObjectName(u"structFormat"_s);
    m_format->setFont(fixed);
    m_format->setPlaceholderText(tr(">H  (< little, > or ! big-endian, = native order)"));
    m_format->setText(u">H"_s);
    m_values = new QLineEdit(this);
    m_values->setObjectName(u"structValues"_s);
    m_values->setFont(fixed);
    m_values->setPlaceholderText(tr("values separated by spaces, e.g. 256"));
    m_values->setText(u"256"_s);
    m_packed = new PlainLabel(u"structPacked"_s, this, PlainLabel::Selectable);
    m_packed->setFont(fixed);
    m_packed->setWordWrap(true);
    m_hex = new QLineEdit(this);
    m_hex->setObjectName(u"structUnpackHex"_s);
    m_hex->setFont(fixed);
    m_hex->setPlaceholderText(tr("bytes in hex, e.g. 01 00"));
    m_hex->setText(u"01 00"_s);
    m_unpacked = new PlainLabel(u"structUnpacked"_s, this, PlainLabel::Selectable);
    m_unpacked->setFont(fixed);
    m_unpacked->setWordWrap(true);

    auto* form = new QFormLayout(this);
    form->setContentsMargins(0, 0, 0, 0);
    form->addRow(tr("Format:"), m_format);
    form->addRow(tr("Values:"), m_values);
    form->addRow(tr("pack() gives:"), m_packed);
    form->addRow(tr("Bytes (hex):"), m_hex);
    form->addRow(tr("unpack() gives:"), m_unpacked);

    connect(m_format, &QLineEdit::textChanged, this, [this] {
        updatePack();
        updateUnpack();
    });
    connect(m_values, &QLineEdit::textChanged, this, &StructPackSection::updatePack);
    connect(m_hex, &QLineEdit::textChanged, this, &StructPackSection::updateUnpack);
    updatePack();
    updateUnpack();
}

StructPackSection::~StructPackSection() = default;

void StructPackSection::setFormat(const QString& format) {
    m_format->setText(format);
}

void StructPackSection::setValues(const QString& values) {
    m_values->setText(values);
}

void StructPackSection::setUnpackHex(const QString& hex) {
    m_hex->setText(hex);
}

void StructPackSection::updatePack() {
    const std::string format = m_format->text().toStdString();
    const std::string text = m_values->text().toStdString();
    m_packedText.clear();
    m_packProblem.clear();
    auto values = netcore::parseStructValues(format, text);
    if (!values) {
        const QString where =
            values.error().source == netcore::FormatError::Source::Format ? tr("Format") : tr("Values");
        m_packProblem = tr("%1, %2").arg(where, NetcoreText::text(values.error()));
    } else if (auto packed = netcore::pack(format, *values); !packed) {
        const QString where =
            packed.error().source == netcore::FormatError::Source::Format ? tr("Format") : tr("Values");
        m_packProblem = tr("%1, %2").arg(where, NetcoreText::text(packed.error()));
    } else {
        m_packedText = fromStd(netcore::toHex(*packed));
    }
    if (!m_packProblem.isEmpty()) {
        m_packed->setText(tr("Error: %1").arg(m_packProblem));
    } else if (m_packedText.isEmpty()) {
        m_packed->setText(tr("(no bytes)"));
    } else {
        m_packed->setText(m_packedText);
    }
}

void StructPackSection::updateUnpack() {
    const std::string format = m_format->text().toStdString();
    m_unpackedText.clear();
    m_unpackProblem.clear();
    auto bytes = netcore::parseHex(m_hex->text().toStdString());
    if (!bytes) {
        m_unpackProblem = tr("Hex, %1").arg(NetcoreText::text(bytes.error()));
    } else if (auto values = netcore::unpack(format, *bytes); !values) {
        // A format error without a column is about the buffer: the bytes do not match calcsize().
        const bool inFormat =
            values.error().source == netcore::FormatError::Source::Format && values.error().column > 0;
        const QString where = inFormat ? tr("Format") : tr("Bytes");
        m_unpackProblem = tr("%1, %2").arg(where, NetcoreText::text(values.error()));
    } else {
        QStringList parts;
        for (const auto& value : *values)
            parts << fromStd(netcore::formatStructValue(value));
        m_unpackedText = parts.join(u' ');
    }
    if (!m_unpackProblem.isEmpty()) {
        m_unpacked->setText(tr("Error: %1").arg(m_unpackProblem));
    } else if (m_unpackedText.isEmpty()) {
        m_unpacked->setText(tr("(no values)"));
    } else {
        m_unpacked->setText(m_unpackedText);
    }
}
