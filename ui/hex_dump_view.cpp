#include "ui/hex_dump_view.h"

#include "ui/traffic_model.h"

#include "netcore/bytes.h"

#include <QFontDatabase>
#include <QLabel>
#include <QLocale>
#include <QPlainTextEdit>
#include <QVBoxLayout>

#include <algorithm>
#include <cstddef>

using namespace Qt::StringLiterals;

HexDumpView::HexDumpView(QWidget* parent)
    : QWidget(parent), m_header(new QLabel(this)), m_dump(new QPlainTextEdit(this)) {
    m_header->setObjectName(QStringLiteral("hexDumpHeader"));
    m_header->setTextFormat(Qt::PlainText);
    m_header->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_header->setContentsMargins(4, 2, 4, 2);
    m_dump->setObjectName(QStringLiteral("hexDumpText"));
    m_dump->setReadOnly(true);
    m_dump->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_dump->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_dump->setPlaceholderText(tr("Select a row to see its bytes."));

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_header);
    layout->addWidget(m_dump);
}

HexDumpView::~HexDumpView() = default;

void HexDumpView::setRecord(const TrafficRecord& record) {
    const QLocale locale;
    QString header =
        TrafficModel::timeText(record.timeMs) + u"   "_s + TrafficModel::directionText(record.direction);
    if (!record.peer.isEmpty()) header += u"   "_s + record.peer;
    header += u"   "_s + tr("connection %1").arg(record.connectionId);
    header += u"   "_s + tr("%1 bytes").arg(locale.toString(record.bytes.size()));
    if (record.truncated) {
        header += u"   "_s +
                  (record.realSize
                       ? tr("truncated: the datagram had %1 bytes").arg(locale.toString(*record.realSize))
                       : tr("truncated datagram"));
    }
    const qsizetype shown = std::min(record.bytes.size(), maxShownBytes);
    if (shown < record.bytes.size())
        header += u"   "_s + tr("(dump shows the first %1 bytes)").arg(locale.toString(shown));
    m_header->setText(header);

    const auto bytes = std::as_bytes(std::span(record.bytes.constData(), static_cast<std::size_t>(shown)));
    m_dump->setPlainText(QString::fromStdString(netcore::hexDump(bytes)));
}

void HexDumpView::clearRecord() {
    m_header->clear();
    m_dump->clear();
}

QString HexDumpView::headerText() const {
    return m_header->text();
}

QString HexDumpView::dumpText() const {
    return m_dump->toPlainText();
}
