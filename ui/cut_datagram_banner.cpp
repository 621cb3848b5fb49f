#include "ui/cut_datagram_banner.h"

#include "ui/error_model.h"

#include <QHBoxLayout>
#include <QIcon>
#include <QLabel>
#include <QLocale>
#include <QPainter>
#include <QStyle>

using namespace Qt::StringLiterals;

namespace {

// Blends b over a by alpha (0..1).
QColor mix(const QColor& a, const QColor& b, double alpha) {
    const auto blend = [alpha](float x, float y) { return static_cast<float>(x + (y - x) * alpha); };
    return QColor::fromRgbF(blend(a.redF(), b.redF()), blend(a.greenF(), b.greenF()),
                            blend(a.blueF(), b.blueF()));
}

} // namespace

CutDatagramBanner::CutDatagramBanner(QWidget* parent) : QFrame(parent) {
    setObjectName(u"cutDatagramBanner"_s);
    m_icon = new QLabel(this);
    const int iconSize = style()->pixelMetric(QStyle::PM_SmallIconSize, nullptr, this);
    m_icon->setPixmap(style()->standardIcon(QStyle::SP_MessageBoxWarning, nullptr, this).pixmap(iconSize));

    // Plain text: the line names an address, and nothing a peer controls may become markup.
    m_text = new QLabel(this);
    m_text->setObjectName(u"cutDatagramText"_s);
    m_text->setTextFormat(Qt::PlainText);
    m_text->setWordWrap(true);
    m_text->setTextInteractionFlags(Qt::TextSelectableByMouse);
    QFont bold = m_text->font();
    bold.setBold(true);
    m_text->setFont(bold);

    m_countLabel = new QLabel(this);
    m_countLabel->setObjectName(u"cutDatagramCount"_s);
    m_countLabel->setTextFormat(Qt::PlainText);

    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(6, 3, 8, 3);
    layout->addWidget(m_icon, 0, Qt::AlignTop);
    layout->addWidget(m_text, 1);
    layout->addWidget(m_countLabel, 0, Qt::AlignTop);
    setVisible(false);
}

CutDatagramBanner::~CutDatagramBanner() = default;

QString CutDatagramBanner::describe(const netcore::SessionEvent& event) {
    // Plain numbers: "2000 bytes sent, 1024 kept" reads like the seed's lesson.
    const QString from = QString::fromStdString(event.peer.toString());
    const QString kept = QString::number(event.byteCount);
    if (event.realSize)
        return tr("from %1: %2 bytes sent, %3 kept").arg(from, QString::number(*event.realSize), kept);
    if (event.error)
        return tr("from %1: %2 (the OS does not tell the real size), %3 bytes kept")
            .arg(from, ErrorModel::shortErrorText(*event.error), kept);
    return tr("from %1: cut (size unknown: the OS does not tell), %2 bytes kept").arg(from, kept);
}

void CutDatagramBanner::noteCut(const netcore::SessionEvent& event) {
    ++m_count;
    m_last = describe(event);
    m_bufferAtCut = m_bufferSize; // the line explains this cut, whatever the buffer becomes later
    refresh();
    setVisible(true);
}

void CutDatagramBanner::setReceiveBufferSize(int size) {
    m_bufferSize = size;
}

QString CutDatagramBanner::text() const {
    return m_text->text();
}

void CutDatagramBanner::refresh() {
    const QLocale locale;
    QString line = tr("Datagram cut %1.").arg(m_last);
    if (m_bufferAtCut > 0)
        line += u' ' + tr("recvfrom() takes at most the receive buffer (%1 bytes); the rest of a datagram is "
                          "lost, not kept for the next call.")
                           .arg(locale.toString(m_bufferAtCut));
    m_text->setText(line);
    m_text->setAccessibleName(line);
    m_countLabel->setText(tr("Cut datagrams: %1").arg(locale.toString(m_count)));
}

QColor CutDatagramBanner::tintColor() const {
    // Amber means "warning" on every theme; its lightness follows the window so dark themes get a
    // dark wash and the window text stays readable on it.
    const QColor window = palette().color(QPalette::Window);
    const QColor accent = QColor::fromHslF(0.11f, 0.9f, window.lightnessF() < 0.5f ? 0.4f : 0.55f);
    return mix(window, accent, 0.3);
}

void CutDatagramBanner::paintEvent(QPaintEvent* event) {
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    const QColor fill = tintColor();
    painter.setPen(mix(fill, palette().color(QPalette::WindowText), 0.25));
    painter.setBrush(fill);
    painter.drawRoundedRect(QRectF(rect()).adjusted(0.5, 0.5, -0.5, -0.5), 4, 4);
    QFrame::paintEvent(event);
}
