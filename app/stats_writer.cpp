#include "stats_writer.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <filesystem>
#include <system_error>

using namespace Qt::StringLiterals;

StatsWriter::StatsWriter(QString path, Source source, QObject* parent)
    : QObject(parent), m_path(std::move(path)), m_source(std::move(source)) {
    m_timer.setInterval(1000);
    connect(&m_timer, &QTimer::timeout, this, &StatsWriter::writeNow);
    m_timer.start();
}

QByteArray StatsWriter::toJson(const QList<TabStats>& tabs, const LoopLagMonitor::Summary& loopLag,
                               std::optional<double> firstPaintMs) {
    QJsonArray array;
    for (const auto& tab : tabs) {
        // JSON numbers are doubles: exact up to 2^53 bytes, far beyond any session.
        array.append(QJsonObject{{u"name"_s, tab.name},
                                 {u"kind"_s, tab.kind},
                                 {u"local"_s, tab.local},
                                 {u"rx_bytes"_s, static_cast<double>(tab.rxBytes)},
                                 {u"tx_bytes"_s, static_cast<double>(tab.txBytes)},
                                 {u"rx_msgs"_s, static_cast<double>(tab.rxMessages)},
                                 {u"tx_msgs"_s, static_cast<double>(tab.txMessages)},
                                 {u"connections"_s, static_cast<double>(tab.connections)},
                                 {u"errors"_s, static_cast<double>(tab.errors)}});
    }
    QJsonObject document{
        {u"tabs"_s, array}, {u"loop_lag_ms_p99"_s, loopLag.p99Ms}, {u"loop_lag_ms_max"_s, loopLag.maxMs}};
    if (firstPaintMs) document.insert(u"first_paint_ms"_s, *firstPaintMs);
    return QJsonDocument(document).toJson(QJsonDocument::Compact);
}

bool StatsWriter::writeNow() {
    // A temporary file beside the target, renamed over it: a reader sees the old file or the new one,
    // never half of one. Not QSaveFile: its commit() syncs to disk (fdatasync), and under heavy disk
    // traffic that stalled the GUI thread 70-90 ms once a second, for a file that is a snapshot.
    const QString temporary = m_path + u".tmp"_s;
    QFile file(temporary);
    const QByteArray json = toJson(m_source(), m_loopLag.summary(), m_firstPaintMs);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate) || file.write(json) != json.size()) {
        m_lastError = file.errorString();
        file.remove();
        return false;
    }
    file.close();
    std::error_code error;
    std::filesystem::rename(temporary.toStdU16String(), m_path.toStdU16String(), error);
    if (error) {
        m_lastError = QString::fromLocal8Bit(error.message());
        QFile::remove(temporary);
        return false;
    }
    m_lastError.clear();
    return true;
}

void StatsWriter::setFirstPaintMs(double milliseconds) {
    m_firstPaintMs = milliseconds;
    writeNow();
}
