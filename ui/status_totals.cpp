#include "ui/status_totals.h"

#include <QLocale>

#include <algorithm>
#include <limits>

using namespace Qt::StringLiterals;

namespace {

QString dataSize(quint64 bytes) {
    const auto clamped = std::min<quint64>(bytes, std::numeric_limits<qint64>::max());
    return QLocale().formattedDataSize(static_cast<qint64>(clamped));
}

} // namespace

StatusTotals::StatusTotals(Source source, QWidget* parent) : QLabel(parent), m_source(std::move(source)) {
    setObjectName(u"statusTotals"_s);
    setTextFormat(Qt::PlainText);
    m_throttle.setSingleShot(true);
    m_throttle.setInterval(kThrottleMs);
    connect(&m_throttle, &QTimer::timeout, this, &StatusTotals::updateNow);
    updateNow();
}

void StatusTotals::scheduleUpdate() {
    if (!m_throttle.isActive()) m_throttle.start();
}

void StatusTotals::updateNow() {
    m_throttle.stop();
    const auto tabs = m_source();
    setText(summary(tabs));
    quint64 errors = 0;
    for (const auto& tab : tabs)
        errors += tab.errors;
    setToolTip(errors == 0 ? tr("Totals across all tabs")
                           : tr("Totals across all tabs; each tab's error panel lists its errors"));
}

QString StatusTotals::summary(const QList<TabStats>& tabs) {
    quint64 connections = 0;
    quint64 rxBytes = 0;
    quint64 txBytes = 0;
    quint64 errors = 0;
    for (const auto& tab : tabs) {
        connections += tab.connections;
        rxBytes += tab.rxBytes;
        txBytes += tab.txBytes;
        errors += tab.errors;
    }
    // "Label: count" needs no plural forms, which untranslated English would show as "1 tab(s)".
    const QString separator = u"   "_s;
    return tr("Tabs: %1").arg(tabs.size()) + separator + tr("Connections: %1").arg(connections) + separator +
           tr("In: %1").arg(dataSize(rxBytes)) + separator + tr("Out: %1").arg(dataSize(txBytes)) +
           separator + tr("Errors: %1").arg(errors);
}
