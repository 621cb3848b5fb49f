#include "ui/chat_conversation_view.h"

#include "ui/chat_conversation_model.h"

#include <QApplication>
#include <QClipboard>
#include <QContextMenuEvent>
#include <QKeyEvent>
#include <QMenu>
#include <QPainter>
#include <QPainterPath>
#include <QScrollBar>
#include <QStyledItemDelegate>
#include <QTextLayout>
#include <QTimer>

#include <algorithm>
#include <cmath>

using namespace Qt::StringLiterals;

namespace {

constexpr int kMargin = 10;    // bubble to view edge
constexpr int kPadH = 10;      // text to bubble edge
constexpr int kPadV = 6;       //
constexpr int kHeaderGap = 2;  // header line to bubble
constexpr int kSpacing = 8;    // between messages
constexpr qreal kRadius = 9.0; //
// A message longer than this is shown cut (the raw traffic view has all of it): laying out 64 KiB of
// text for every repaint would make the chat crawl.
constexpr qsizetype kMaxShownChars = 4000;

qreal luminance(const QColor& c) {
    return 0.299 * c.redF() + 0.587 * c.greenF() + 0.114 * c.blueF();
}

QColor blend(const QColor& a, const QColor& b, qreal aWeight) {
    const auto mix = [aWeight](float x, float y) {
        return static_cast<float>(aWeight * x + (1.0 - aWeight) * y);
    };
    return QColor::fromRgbF(mix(a.redF(), b.redF()), mix(a.greenF(), b.greenF()), mix(a.blueF(), b.blueF()));
}

// An ANSI colour made readable on `background`: the hue stays, the lightness moves away from it.
QColor readableOn(const QColor& colour, const QColor& background) {
    if (std::abs(luminance(colour) - luminance(background)) >= 0.4) return colour;
    float h = 0, s = 0, l = 0, a = 0;
    colour.getHslF(&h, &s, &l, &a);
    l = luminance(background) < 0.5 ? std::max(l, 0.78f) : std::min(l, 0.28f);
    return QColor::fromHslF(h, s, l, a);
}

QColor bubbleColour(const ChatMessage& message, const QPalette& palette) {
    const QColor base = palette.color(QPalette::Base);
    if (message.direction == ChatMessage::Direction::Mine)
        return blend(palette.color(QPalette::Highlight), base, 0.28);
    return blend(palette.color(QPalette::Text), base, 0.08);
}

QFont smallFont(const QFont& font) {
    QFont small = font;
    small.setPointSizeF(std::max(6.0, font.pointSizeF() * 0.85));
    return small;
}

// The message's text with its ANSI styles as QTextCharFormats: plain text plus format ranges, never
// markup. '\n' becomes QChar::LineSeparator, which is how QTextLayout breaks a line.
void fillLayout(QTextLayout& layout, const ChatMessage& message, const QPalette& palette,
                const QColor& bubble) {
    QString text;
    QList<QTextLayout::FormatRange> formats;
    const QColor dim = palette.color(QPalette::PlaceholderText);
    const QColor defaultText = palette.color(QPalette::Text);
    for (const auto& segment : message.text.segments()) {
        if (text.size() >= kMaxShownChars) break;
        QTextLayout::FormatRange range;
        range.start = static_cast<int>(text.size());
        text += segment.text.left(kMaxShownChars - text.size());
        range.length = static_cast<int>(text.size()) - range.start;
        const AnsiStyle& style = segment.style;
        if (segment.escaped) {
            range.format.setForeground(dim);
        } else if (style.background) {
            range.format.setBackground(*style.background);
            const QColor fg = style.foreground.value_or(defaultText);
            // The sender chose both colours, or only the background: then the default text colour
            // may vanish on it (black on the seed's blue), so pick white or black instead.
            const bool poor =
                !style.foreground && std::abs(luminance(fg) - luminance(*style.background)) < 0.4;
            range.format.setForeground(
                poor ? (luminance(*style.background) < 0.5 ? QColor(Qt::white) : QColor(Qt::black)) : fg);
        } else if (style.foreground) {
            range.format.setForeground(readableOn(*style.foreground, bubble));
        }
        if (style.bold) range.format.setFontWeight(QFont::Bold);
        if (style.italic) range.format.setFontItalic(true);
        if (style.underline) range.format.setFontUnderline(true);
        formats.append(range);
    }
    if (text.size() < message.text.plainText().size()) {
        const int start = static_cast<int>(text.size());
        text += ChatConversationModel::tr(" … (%n more character(s))", nullptr,
                                          static_cast<int>(message.text.plainText().size() - text.size()));
        QTextLayout::FormatRange range{start, static_cast<int>(text.size()) - start, {}};
        range.format.setForeground(dim);
        formats.append(range);
    }
    text.replace(u'\n', QChar::LineSeparator);
    layout.setText(text);
    layout.setFormats(formats);
    QTextOption option;
    option.setWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
    if (message.direction == ChatMessage::Direction::Note) option.setAlignment(Qt::AlignHCenter);
    layout.setTextOption(option);
}

// Lays the text out `width` wide; returns the size it takes (width = the widest line).
QSizeF runLayout(QTextLayout& layout, qreal width) {
    qreal y = 0;
    qreal widest = 0;
    layout.beginLayout();
    for (QTextLine line = layout.createLine(); line.isValid(); line = layout.createLine()) {
        line.setLineWidth(width);
        line.setPosition({0, y});
        y += line.height();
        widest = std::max(widest, line.naturalTextWidth());
    }
    layout.endLayout();
    return {std::ceil(widest), std::ceil(y)};
}

class BubbleDelegate : public QStyledItemDelegate {
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    QSize sizeHint(const QStyleOptionViewItem& option, const QModelIndex& index) const override {
        const ChatMessage* message = messageAt(index);
        if (!message) return {};
        const int viewWidth = viewportWidth(option);
        QTextLayout layout;
        layout.setFont(message->direction == ChatMessage::Direction::Note ? smallFont(option.font)
                                                                          : option.font);
        fillLayout(layout, *message, option.palette, bubbleColour(*message, option.palette));
        const QSizeF text = runLayout(layout, textWidth(*message, viewWidth));
        if (message->direction == ChatMessage::Direction::Note)
            return {viewWidth, kSpacing + static_cast<int>(text.height())};
        const int header = QFontMetrics(smallFont(option.font)).height();
        return {viewWidth, kSpacing + header + kHeaderGap + static_cast<int>(text.height()) + 2 * kPadV};
    }

    void paint(QPainter* painter, const QStyleOptionViewItem& option,
               const QModelIndex& index) const override {
        const ChatMessage* message = messageAt(index);
        if (!message) return;
        const QPalette& palette = option.palette;
        const QColor bubble = bubbleColour(*message, palette);
        const bool mine = message->direction == ChatMessage::Direction::Mine;
        const QRect rect = option.rect;
        painter->save();
        painter->setRenderHint(QPainter::Antialiasing);
        QTextLayout layout;
        const bool note = message->direction == ChatMessage::Direction::Note;
        layout.setFont(note ? smallFont(option.font) : option.font);
        fillLayout(layout, *message, palette, bubble);
        const QSizeF text = runLayout(layout, textWidth(*message, rect.width()));
        if (note) {
            painter->setPen(palette.color(QPalette::PlaceholderText));
            layout.draw(painter, QPointF(rect.left() + kMargin, rect.top() + kSpacing));
            painter->restore();
            return;
        }

        const QFont headerFont = smallFont(option.font);
        const QFontMetrics headerMetrics(headerFont);
        const QString header = ChatConversationModel::headerText(*message);
        const qreal bubbleWidth = text.width() + 2 * kPadH;
        const qreal x = mine ? rect.right() - kMargin - bubbleWidth : rect.left() + kMargin;
        const int headerTop = rect.top() + kSpacing;
        const QRect headerRect(rect.left() + kMargin, headerTop, rect.width() - 2 * kMargin,
                               headerMetrics.height());
        painter->setFont(headerFont);
        painter->setPen(message->status == ChatMessage::Status::Failed
                            ? palette.color(QPalette::Text)
                            : palette.color(QPalette::PlaceholderText));
        painter->drawText(
            headerRect,
            static_cast<int>(((mine ? Qt::AlignRight : Qt::AlignLeft) | Qt::AlignVCenter).toInt()),
            headerMetrics.elidedText(header, Qt::ElideRight, headerRect.width()));

        const QRectF bubbleRect(x, headerTop + headerMetrics.height() + kHeaderGap, bubbleWidth,
                                text.height() + 2 * kPadV);
        QPainterPath path;
        path.addRoundedRect(bubbleRect.adjusted(0.5, 0.5, -0.5, -0.5), kRadius, kRadius);
        const bool selected = option.state.testFlag(QStyle::State_Selected);
        QPen border(selected ? palette.color(QPalette::Highlight)
                             : blend(palette.color(QPalette::Text), bubble, 0.15));
        border.setWidthF(selected ? 2.0 : 1.0);
        if (message->status == ChatMessage::Status::Failed) border.setStyle(Qt::DashLine);
        painter->setPen(border);
        painter->setBrush(bubble);
        painter->drawPath(path);

        painter->setPen(palette.color(QPalette::Text));
        layout.draw(painter, bubbleRect.topLeft() + QPointF(kPadH, kPadV));
        painter->restore();
    }

private:
    static const ChatMessage* messageAt(const QModelIndex& index) {
        const auto* model = qobject_cast<const ChatConversationModel*>(index.model());
        if (!model || index.row() < 0 || index.row() >= model->rowCount()) return nullptr;
        return &model->message(index.row());
    }

    // Item sizes follow the viewport (QListView's option.rect is not the final width here).
    static int viewportWidth(const QStyleOptionViewItem& option) {
        const auto* view = qobject_cast<const QAbstractItemView*>(option.widget);
        return view ? view->viewport()->width() : option.rect.width();
    }

    static qreal textWidth(const ChatMessage& message, int viewWidth) {
        if (message.direction == ChatMessage::Direction::Note) return std::max(40, viewWidth - 2 * kMargin);
        // Bubbles take at most three quarters of the width, so which side they sit on stays visible.
        return std::max(80.0, viewWidth * 0.75 - 2 * kPadH - kMargin);
    }
};

} // namespace

ChatConversationView::ChatConversationView(QWidget* parent) : QListView(parent) {
    setObjectName(u"chatConversation"_s);
    setItemDelegate(new BubbleDelegate(this));
    setSelectionMode(QAbstractItemView::ExtendedSelection);
    setEditTriggers(QAbstractItemView::NoEditTriggers);
    setVerticalScrollMode(QAbstractItemView::ScrollPerPixel);
    setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    setResizeMode(QListView::Adjust);
    setUniformItemSizes(false);
    setWordWrap(true);
    verticalScrollBar()->setSingleStep(20);
    m_placeholder = tr("No messages yet.");
    connect(verticalScrollBar(), &QScrollBar::valueChanged, this, [this] { m_follow = isAtBottom(); });
}

ChatConversationView::~ChatConversationView() = default;

void ChatConversationView::setConversation(ChatConversationModel* conversation) {
    if (conversation == m_conversation) return;
    // Only our own connection: QListView's connections to the model share the same receiver.
    disconnect(m_followConnection);
    m_conversation = conversation;
    setModel(conversation);
    if (conversation)
        m_followConnection = connect(conversation, &QAbstractItemModel::rowsInserted, this,
                                     &ChatConversationView::onRowsInserted);
    m_follow = true;
    scrollToBottom();
    viewport()->update();
}

void ChatConversationView::setPlaceholderText(const QString& text) {
    m_placeholder = text;
    viewport()->update();
}

bool ChatConversationView::isAtBottom() const {
    return verticalScrollBar()->value() >= verticalScrollBar()->maximum() - 4;
}

void ChatConversationView::onRowsInserted() {
    if (m_follow) scrollToBottom();
}

void ChatConversationView::resizeEvent(QResizeEvent* event) {
    const bool follow = m_follow;
    QListView::resizeEvent(event);
    // Heights change with the width; the relayout happens later, so scroll after it.
    if (follow) QTimer::singleShot(0, this, [this] { scrollToBottom(); });
}

QString ChatConversationView::selectedText() const {
    if (!m_conversation) return {};
    QModelIndexList rows = selectionModel() ? selectionModel()->selectedRows() : QModelIndexList();
    std::ranges::sort(rows, [](const QModelIndex& a, const QModelIndex& b) { return a.row() < b.row(); });
    if (rows.isEmpty()) return m_conversation->plainTexts().join(u'\n');
    QStringList texts;
    for (const QModelIndex& row : rows)
        texts.append(m_conversation->message(row.row()).text.plainText());
    return texts.join(u'\n');
}

void ChatConversationView::copySelection() const {
    QApplication::clipboard()->setText(selectedText());
}

void ChatConversationView::keyPressEvent(QKeyEvent* event) {
    if (event->matches(QKeySequence::Copy)) {
        copySelection();
        event->accept();
        return;
    }
    QListView::keyPressEvent(event);
}

void ChatConversationView::contextMenuEvent(QContextMenuEvent* event) {
    QMenu menu(this);
    const bool any = selectionModel() && selectionModel()->hasSelection();
    menu.addAction(any ? tr("&Copy") : tr("&Copy conversation"), this, [this] { copySelection(); });
    menu.addAction(tr("Select &all"), this, [this] { selectAll(); });
    menu.exec(event->globalPos());
}

void ChatConversationView::paintEvent(QPaintEvent* event) {
    if (m_conversation && m_conversation->rowCount() > 0) {
        QListView::paintEvent(event);
        return;
    }
    QPainter painter(viewport());
    painter.setPen(palette().color(QPalette::PlaceholderText));
    painter.drawText(viewport()->rect().adjusted(kMargin, kMargin, -kMargin, -kMargin),
                     Qt::AlignCenter | Qt::TextWordWrap, m_placeholder);
}
