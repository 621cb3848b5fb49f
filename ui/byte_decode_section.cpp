#include "ui/byte_decode_section.h"

#include "netcore/bytes.h"
#include "netcore/typed_input.h"
#include "ui/netcore_text.h"
#include "ui/plain_label.h"

#include <QFontDatabase>
#include <QHeaderView>
#include <QLineEdit>
#include <QStringDecoder>
#include <QTableWidget>
#include <QVBoxLayout>

#include <bit>
#include <cstdint>
#include <span>
#include <string>

using namespace Qt::StringLiterals;

namespace {

std::span<const std::byte> asSpan(const QByteArray& data) {
    return std::as_bytes(std::span<const char>(data.constData(), static_cast<std::size_t>(data.size())));
}

// Bidi controls would reorder what follows them on screen; they are shown as \uXXXX instead.
bool isBidiControl(char16_t c) {
    return c == 0x061C || c == 0x200E || c == 0x200F || (c >= 0x202A && c <= 0x202E) ||
           (c >= 0x2066 && c <= 0x2069);
}

QString escapeBidi(const QString& text) {
    QString out;
    out.reserve(text.size());
    for (const QChar c : text) {
        if (isBidiControl(c.unicode())) {
            out += u"\\u"_s + QString::number(c.unicode(), 16).rightJustified(4, u'0');
        } else {
            out += c;
        }
    }
    return out;
}

QString escapedUtf8(const QByteArray& utf8) {
    return escapeBidi(QString::fromStdString(netcore::escapeForDisplay(asSpan(utf8))));
}

template <typename Signed>
QString signedText(std::uint64_t raw) {
    using Unsigned = std::make_unsigned_t<Signed>;
    return QString::number(static_cast<qint64>(static_cast<Signed>(static_cast<Unsigned>(raw))));
}

} // namespace

ByteDecodeSection::ByteDecodeSection(QWidget* parent) : QWidget(parent) {
    const QFont fixed = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    m_input = new QLineEdit(this);
    m_input->setObjectName(u"decodeHex"_s);
    m_input->setFont(fixed);
    m_input->setPlaceholderText(tr("bytes in hex, e.g. 00 00 01 00, or select bytes in a traffic view"));
    m_status = new PlainLabel(u"decodeStatus"_s, this, PlainLabel::Selectable);
    m_status->setWordWrap(true);
    m_table = new QTableWidget(0, 3, this);
    m_table->setObjectName(u"decodeTable"_s);
    m_table->setFont(fixed);
    m_table->setHorizontalHeaderLabels({tr("Type"), tr("Big-endian"), tr("Little-endian")});
    m_table->verticalHeader()->hide();
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setWordWrap(false);
    m_table->horizontalHeader()->setStretchLastSection(true);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_input);
    layout->addWidget(m_status);
    layout->addWidget(m_table, 1);

    connect(m_input, &QLineEdit::textChanged, this, [this] {
        if (!m_settingBytes) parseInput();
    });
    decode();
}

ByteDecodeSection::~ByteDecodeSection() = default;

void ByteDecodeSection::setBytes(const QByteArray& bytes) {
    m_bytes = bytes.left(maxDecodedBytes);
    m_problem.clear();
    m_settingBytes = true;
    m_input->setText(QString::fromStdString(netcore::toHex(asSpan(m_bytes))));
    m_settingBytes = false;
    decode();
    if (bytes.size() > maxDecodedBytes) {
        m_status->setText(tr("%n byte(s) selected; the first %1 are decoded.", nullptr, int(bytes.size()))
                              .arg(maxDecodedBytes));
    }
}

void ByteDecodeSection::setHex(const QString& hex) {
    m_input->setText(hex);
}

void ByteDecodeSection::parseInput() {
    auto parsed = netcore::parseHex(m_input->text().toStdString());
    if (!parsed) {
        m_problem = tr("Hex, %1").arg(NetcoreText::text(parsed.error()));
        m_bytes.clear();
    } else {
        m_problem.clear();
        const auto size = std::min<std::size_t>(parsed->size(), std::size_t{maxDecodedBytes});
        m_bytes = QByteArray(reinterpret_cast<const char*>(parsed->data()), static_cast<qsizetype>(size));
    }
    decode();
}

QString ByteDecodeSection::displayText(const QByteArray& bytes, QStringView codec) {
    if (codec == u"UTF-8") return escapedUtf8(bytes);
    const bool little = codec == u"UTF-16LE";
    const qsizetype even = bytes.size() - bytes.size() % 2;
    QStringDecoder decoder(little ? QStringDecoder::Utf16LE : QStringDecoder::Utf16BE,
                           QStringDecoder::Flag::Stateless);
    QString text = decoder.decode(bytes.left(even));
    QString shown = escapedUtf8(text.toUtf8());
    if (even < bytes.size()) {
        shown +=
            u"\\x"_s + QString::number(static_cast<unsigned char>(bytes.back()), 16).rightJustified(2, u'0');
    }
    return shown;
}

void ByteDecodeSection::setRow(int row, const QString& type, const QString& big, const QString& little) {
    m_table->setItem(row, TypeColumn, new QTableWidgetItem(type));
    m_table->setItem(row, BigEndianColumn, new QTableWidgetItem(big));
    m_table->setItem(row, LittleEndianColumn, new QTableWidgetItem(little));
}

void ByteDecodeSection::setRow(int row, const QString& type, const QString& both) {
    setRow(row, type, both, QString());
    m_table->setSpan(row, BigEndianColumn, 1, 2);
}

void ByteDecodeSection::decode() {
    m_table->clearSpans();
    m_table->setRowCount(0);
    if (!m_problem.isEmpty()) {
        m_status->setText(tr("Error: %1").arg(m_problem));
        return;
    }
    const auto view = asSpan(m_bytes);
    m_status->setText(tr("%n byte(s); numbers are read from the first bytes.", nullptr, int(m_bytes.size())));
    m_table->setRowCount(13);
    int row = 0;
    const auto needs = [this](std::size_t size) { return tr("(needs %n byte(s))", nullptr, int(size)); };
    const auto load = [&](std::size_t size, netcore::Endian order) {
        return netcore::loadUnsigned(view.first(size), order);
    };
    using netcore::Endian;
    // 8-bit values have no byte order.
    if (view.empty()) {
        setRow(row++, tr("uint8"), needs(1));
        setRow(row++, tr("int8"), needs(1));
    } else {
        setRow(row++, tr("uint8"), QString::number(load(1, Endian::Big)));
        setRow(row++, tr("int8"), signedText<std::int8_t>(load(1, Endian::Big)));
    }
    const auto integerRows = [&]<typename Signed>(std::size_t size, const QString& unsignedName,
                                                  const QString& signedName) {
        if (view.size() < size) {
            setRow(row++, unsignedName, needs(size));
            setRow(row++, signedName, needs(size));
            return;
        }
        const std::uint64_t big = load(size, Endian::Big);
        const std::uint64_t little = load(size, Endian::Little);
        setRow(row++, unsignedName, QString::number(big), QString::number(little));
        setRow(row++, signedName, signedText<Signed>(big), signedText<Signed>(little));
    };
    integerRows.operator()<std::int16_t>(2, tr("uint16"), tr("int16"));
    integerRows.operator()<std::int32_t>(4, tr("uint32"), tr("int32"));
    integerRows.operator()<std::int64_t>(8, tr("uint64"), tr("int64"));
    if (view.size() < 4) {
        setRow(row++, tr("float"), needs(4));
    } else {
        const auto big = std::bit_cast<float>(static_cast<std::uint32_t>(load(4, Endian::Big)));
        const auto little = std::bit_cast<float>(static_cast<std::uint32_t>(load(4, Endian::Little)));
        setRow(row++, tr("float"), QString::number(double(big), 'g', 9),
               QString::number(double(little), 'g', 9));
    }
    if (view.size() < 8) {
        setRow(row++, tr("double"), needs(8));
    } else {
        const auto big = std::bit_cast<double>(load(8, Endian::Big));
        const auto little = std::bit_cast<double>(load(8, Endian::Little));
        setRow(row++, tr("double"), QString::number(big, 'g', 17), QString::number(little, 'g', 17));
    }
    setRow(row++, tr("UTF-8"), displayText(m_bytes, u"UTF-8"));
    setRow(row++, tr("UTF-16"), displayText(m_bytes, u"UTF-16BE"), displayText(m_bytes, u"UTF-16LE"));
    m_table->setRowCount(row);
    m_table->resizeColumnToContents(TypeColumn);
}

QString ByteDecodeSection::decodedText() const {
    QStringList lines;
    for (int row = 0; row < m_table->rowCount(); ++row) {
        QStringList cells;
        for (int column = 0; column < m_table->columnCount(); ++column) {
            if (column > BigEndianColumn && m_table->columnSpan(row, BigEndianColumn) > 1) break;
            const QTableWidgetItem* item = m_table->item(row, column);
            cells << (item ? item->text() : QString());
        }
        lines << cells.join(u'\t');
    }
    return lines.join(u'\n');
}

QString ByteDecodeSection::decodedValue(const QString& type, Column column) const {
    for (int row = 0; row < m_table->rowCount(); ++row) {
        const QTableWidgetItem* name = m_table->item(row, TypeColumn);
        if (name == nullptr || name->text() != type) continue;
        const QTableWidgetItem* item = m_table->item(row, column);
        return item ? item->text() : QString();
    }
    return {};
}
