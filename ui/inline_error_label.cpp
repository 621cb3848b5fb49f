#include "ui/inline_error_label.h"

#include "netcore/explanation.h"
#include "ui/error_model.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QMouseEvent>
#include <QPainter>
#include <QStyle>
#include <QToolButton>

using namespace Qt::StringLiterals;

namespace {

// Tooltips are rendered as rich text whenever Qt guesses markup, so anything shown there is escaped
// first and wrapped explicitly: the text appears literally, whatever it contains.
QString plainToolTip(const QString& text) {
    return u"<p style=\"white-space:pre-wrap\">"_s + text.toHtmlEscaped() + u"</p>"_s;
}

// Blends b over a by alpha (0..1).
QColor mix(const QColor& a, const QColor& b, double alpha) {
    const auto blend = [alpha](float x, float y) { return static_cast<float>(x + (y - x) * alpha); };
    return QColor::fromRgbF(blend(a.redF(), b.redF()), blend(a.greenF(), b.greenF()),
                            blend(a.blueF(), b.blueF()));
}

} // namespace

InlineErrorLabel::InlineErrorLabel(QWidget* parent) : QFrame(parent) {
    setObjectName(u"inlineError"_s);
    m_icon = new QLabel(this);
    const int iconSize = style()->pixelMetric(QStyle::PM_SmallIconSize, nullptr, this);
    QIcon icon = QIcon::fromTheme(u"dialog-error"_s);
    if (icon.isNull()) icon = style()->standardIcon(QStyle::SP_MessageBoxCritical, nullptr, this);
    m_icon->setPixmap(icon.pixmap(iconSize, iconSize));

    m_text = new QLabel(this);
    m_text->setObjectName(u"inlineErrorText"_s);
    m_text->setTextFormat(Qt::PlainText);
    m_text->setWordWrap(false);
    // Ignored: a long error must not widen the tab; it is elided and whole in the tooltip.
    m_text->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);

    m_details = new QToolButton(this);
    m_details->setObjectName(u"inlineErrorDetails"_s);
    m_details->setText(tr("Details…"));
    m_details->setToolTip(tr("Open the error panel"));
    m_details->setAutoRaise(true);

    m_dismiss = new QToolButton(this);
    m_dismiss->setObjectName(u"inlineErrorDismiss"_s);
    const QIcon close = QIcon::fromTheme(u"window-close"_s);
    if (close.isNull())
        m_dismiss->setText(u"\u2715"_s);
    else
        m_dismiss->setIcon(close);
    m_dismiss->setToolTip(tr("Dismiss"));
    m_dismiss->setAccessibleName(tr("Dismiss"));
    m_dismiss->setAutoRaise(true);

    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(6, 2, 2, 2);
    layout->addWidget(m_icon);
    layout->addWidget(m_text, 1);
    layout->addWidget(m_details);
    layout->addWidget(m_dismiss);

    connect(m_details, &QToolButton::clicked, this, &InlineErrorLabel::openPanelRequested);
    connect(m_dismiss, &QToolButton::clicked, this, &InlineErrorLabel::dismiss);
    setVisible(false);
}

InlineErrorLabel::~InlineErrorLabel() = default;

void InlineErrorLabel::setError(const netcore::NetError& error) {
    const netcore::Explanation& entry = error.explanation();
    const QString title = ErrorModel::translated(entry.title);
    const QString what = ErrorModel::shortErrorText(error);
    const QString call = ErrorModel::callText(error);
    QString line = call.isEmpty() ? what : tr("%1 failed: %2").arg(call, what);
    // "timed out — Timed out" says nothing twice.
    if (what.compare(title, Qt::CaseInsensitive) != 0) line = tr("%1 — %2").arg(line, title);
    m_fullText = line;

    QString tip = line;
    const QString tryThis = ErrorModel::translated(entry.tryThis);
    if (!tryThis.isEmpty()) {
        tip += u"\n\n"_s + tr("What to try:");
        for (const QString& item : tryThis.split(u'\n', Qt::SkipEmptyParts))
            tip += u"\n\u2022 "_s + item;
    }
    setToolTip(plainToolTip(tip));
    m_text->setAccessibleName(line);
    updateElidedText();
    setVisible(true);
}

void InlineErrorLabel::clear() {
    m_fullText.clear();
    m_text->clear();
    setToolTip({});
    setVisible(false);
}

void InlineErrorLabel::dismiss() {
    clear();
    emit dismissed();
}

QColor InlineErrorLabel::tintColor() const {
    // The palette has no "error" role. Keep the hue meaning "error" (red) and take everything else
    // from the palette: the tint's lightness follows the window, so dark themes get a dark red wash
    // and the window text stays readable on it.
    const QColor window = palette().color(QPalette::Window);
    QColor accent = QColor::fromHslF(0.0f, 0.75f, window.lightnessF() < 0.5f ? 0.45f : 0.55f);
    return mix(window, accent, 0.22);
}

void InlineErrorLabel::paintEvent(QPaintEvent* event) {
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    const QColor fill = tintColor();
    painter.setPen(mix(fill, palette().color(QPalette::WindowText), 0.25));
    painter.setBrush(fill);
    painter.drawRoundedRect(QRectF(rect()).adjusted(0.5, 0.5, -0.5, -0.5), 4, 4);
    QFrame::paintEvent(event);
}

void InlineErrorLabel::resizeEvent(QResizeEvent* event) {
    QFrame::resizeEvent(event);
    updateElidedText();
}

void InlineErrorLabel::mouseDoubleClickEvent(QMouseEvent* event) {
    if (event->button() == Qt::LeftButton) emit openPanelRequested();
    QFrame::mouseDoubleClickEvent(event);
}

void InlineErrorLabel::updateElidedText() {
    const int width = m_text->width();
    m_text->setText(width > 0 ? m_text->fontMetrics().elidedText(m_fullText, Qt::ElideRight, width)
                              : m_fullText);
}
