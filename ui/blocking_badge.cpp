#include "ui/blocking_badge.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QPainter>
#include <QToolButton>

using namespace Qt::StringLiterals;

namespace {

// A tenth of a second is the precision the label shows; refreshing faster would be wasted work.
constexpr std::chrono::milliseconds kTickInterval{100};

QString seconds(double value) {
    return QLocale().toString(value, 'f', 1);
}

} // namespace

// The timer is a child (not only a member) so tools and tests that walk the object tree see it.
BlockingBadge::BlockingBadge(QWidget* parent) : QFrame(parent), m_tick(this) {
    setObjectName(u"blockingBadge"_s);
    m_tick.setObjectName(u"blockingBadgeTimer"_s);
    m_tick.setInterval(kTickInterval);
    m_tick.setTimerType(Qt::CoarseTimer);
    connect(&m_tick, &QTimer::timeout, this, &BlockingBadge::refresh);

    m_label = new QLabel(this);
    m_label->setObjectName(u"blockingBadgeText"_s);
    m_label->setTextFormat(Qt::PlainText);
    m_cancel = new QToolButton(this);
    m_cancel->setObjectName(u"blockingBadgeCancel"_s);
    m_cancel->setText(tr("Cancel"));
    m_cancel->setToolTip(tr("Cancel the blocked call (it fails with \"cancelled\")"));
    m_cancel->setAutoRaise(true);
    m_cancel->setVisible(false);

    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(8, 1, 8, 1);
    layout->setSpacing(4);
    layout->addWidget(m_label);
    layout->addWidget(m_cancel);
    setSizePolicy(QSizePolicy::Maximum, QSizePolicy::Fixed);

    connect(m_cancel, &QToolButton::clicked, this, [this] {
        // One request per call: the worker may take a moment to unwind.
        m_cancel->setEnabled(false);
        m_cancel->setText(tr("Cancelling…"));
        emit cancelRequested();
    });
    refresh();
}

BlockingBadge::~BlockingBadge() = default;

void BlockingBadge::setMode(netcore::BlockingMode mode) {
    m_mode = mode;
    refresh();
}

void BlockingBadge::callStarted(const QString& callName, Clock::time_point start) {
    m_callName = callName.isEmpty() ? u"?"_s : callName;
    m_start = start;
    m_cancel->setText(tr("Cancel"));
    m_cancel->setEnabled(true);
    m_cancel->setVisible(true);
    m_tick.start();
    refresh();
    update();
}

void BlockingBadge::callFinished() {
    m_tick.stop();
    m_callName.clear();
    m_cancel->setVisible(false);
    refresh();
    update();
}

void BlockingBadge::setSendBacklog(quint64 bytes) {
    if (bytes == m_sendBacklog) return;
    m_sendBacklog = bytes;
    refresh();
    update();
}

QString BlockingBadge::text() const {
    return m_label->text();
}

double BlockingBadge::blockedSeconds() const {
    if (!isBlocked()) return 0.0;
    return std::chrono::duration<double>(Clock::now() - m_start).count();
}

QString BlockingBadge::modeText() const {
    switch (m_mode.kind()) {
    case netcore::BlockingMode::Kind::Blocking:
        return tr("blocking");
    case netcore::BlockingMode::Kind::NonBlocking:
        return tr("non-blocking");
    case netcore::BlockingMode::Kind::Timeout:
        break;
    }
    return tr("timeout %1 s")
        .arg(QLocale().toString(m_mode.gettimeout().value_or(netcore::BlockingMode::Seconds{0}).count()));
}

void BlockingBadge::refresh() {
    if (!isBlocked() && m_sendBacklog > 0) {
        // The thread is free (non-blocking), but the peer is not reading: say so, and how much waits.
        m_label->setText(tr("%1 — send would block: %2 bytes waiting")
                             .arg(modeText(), QLocale().toString(static_cast<qulonglong>(m_sendBacklog))));
        setToolTip(tr("The socket's send buffer is full (send() said EWOULDBLOCK or took only part): "
                      "the rest waits in SockLab until the peer reads"));
        return;
    }
    if (!isBlocked()) {
        m_label->setText(modeText());
        setToolTip(tr("Blocking mode of this socket, as Python's setblocking() / settimeout() set it"));
        return;
    }
    const double waited = std::max(0.0, blockedSeconds());
    QString text = tr("blocked in %1() for %2 s").arg(m_callName, seconds(waited));
    if (m_mode.kind() == netcore::BlockingMode::Kind::Timeout)
        text = tr("%1 of %2 s").arg(text, QLocale().toString(m_mode.gettimeout()->count()));
    m_label->setText(text);
}

void BlockingBadge::paintEvent(QPaintEvent* event) {
    // A pill in palette colours: plain while idle, highlighted while a call holds the thread.
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    const QPalette& pal = palette();
    const QColor window = pal.color(QPalette::Window);
    const bool stuck = isBlocked() || m_sendBacklog > 0;
    const QColor accent = stuck ? pal.color(QPalette::Highlight) : pal.color(QPalette::Mid);
    const double alpha = stuck ? 0.30 : 0.15;
    const auto blend = [alpha](float a, float b) { return static_cast<float>(a + (b - a) * alpha); };
    const QColor fill =
        QColor::fromRgbF(blend(window.redF(), accent.redF()), blend(window.greenF(), accent.greenF()),
                         blend(window.blueF(), accent.blueF()));
    painter.setPen(accent);
    painter.setBrush(fill);
    const QRectF box = QRectF(rect()).adjusted(0.5, 0.5, -0.5, -0.5);
    const double radius = box.height() / 2;
    painter.drawRoundedRect(box, radius, radius);
    QFrame::paintEvent(event);
}
