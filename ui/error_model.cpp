#include "ui/error_model.h"

#include "ui/netcore_text.h"

#include "netcore/explanation.h"
#include "netcore/typed_input.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QLocale>

#include <algorithm>
#include <cstddef>
#include <span>
#include <utility>

using namespace Qt::StringLiterals;

ErrorModel::ErrorModel(QObject* parent, int capacity)
    : QAbstractTableModel(parent), m_capacity(std::max(1, capacity)) {}

ErrorModel::~ErrorModel() = default;

QString ErrorModel::displayText(std::string_view raw) {
    const auto bytes = std::as_bytes(std::span(raw.data(), raw.size()));
    return QString::fromStdString(netcore::escapeForDisplay(bytes));
}

QString ErrorModel::translated(std::string_view english) {
    if (english.empty()) return {};
    // translate() wants a NUL-terminated key; the table's views are literals, but do not rely on it.
    const QByteArray key(english.data(), static_cast<qsizetype>(english.size()));
    return QCoreApplication::translate("netcore", key.constData());
}

QString ErrorModel::callText(const netcore::NetError& error) {
    if (error.call.empty()) return {};
    return displayText(error.callText());
}

QString ErrorModel::errorText(const netcore::NetError& error) {
    if (error.space != netcore::NativeSpace::None && !error.nativeName.empty())
        return u"%1 (%2)"_s.arg(displayText(error.nativeName)).arg(error.nativeNumber);
    // netcore's own errors have no native number: a word says it, as Python's message does.
    switch (error.code) {
    case netcore::ErrorCode::Timeout:
        return tr("timed out");
    case netcore::ErrorCode::Cancelled:
        return tr("cancelled");
    case netcore::ErrorCode::Closed:
        return tr("socket closed");
    case netcore::ErrorCode::None:
        return tr("no error");
    default:
        return translated(error.explanation().title);
    }
}

QString ErrorModel::shortErrorText(const netcore::NetError& error) {
    if (error.space != netcore::NativeSpace::None && !error.nativeName.empty())
        return displayText(error.nativeName);
    return errorText(error);
}

QString ErrorModel::messageText(const netcore::NetError& error) {
    return NetcoreText::message(error);
}

void ErrorModel::append(qint64 timeMs, const netcore::NetError& error) {
    append(timeMs, std::span(&error, 1));
}

void ErrorModel::append(qint64 timeMs, std::span<const netcore::NetError> errors) {
    if (errors.empty()) return;
    m_total += static_cast<qint64>(errors.size());
    // Only the newest `capacity` can be shown: the others are counted, never formatted.
    if (std::cmp_greater(errors.size(), m_capacity))
        errors = errors.last(static_cast<std::size_t>(m_capacity));
    const auto adding = static_cast<int>(errors.size());
    const int overflow = std::max(0, rowCount() + adding - m_capacity);
    if (overflow > 0) {
        beginRemoveRows({}, 0, overflow - 1);
        m_entries.erase(m_entries.begin(), m_entries.begin() + overflow);
        endRemoveRows();
    }
    const QString time = QDateTime::fromMSecsSinceEpoch(timeMs).toString(u"HH:mm:ss.zzz"_s);
    const int first = rowCount();
    beginInsertRows({}, first, first + adding - 1);
    for (const netcore::NetError& error : errors) {
        Entry entry;
        entry.timeMs = timeMs;
        entry.error = error;
        entry.time = time;
        entry.call = callText(error);
        entry.errorText = errorText(error);
        entry.message = messageText(error);
        entry.title = translated(error.explanation().title);
        m_entries.push_back(std::move(entry));
    }
    endInsertRows();
    emit totalCountChanged(m_total);
}

void ErrorModel::clear() {
    if (m_entries.empty()) return;
    beginResetModel();
    m_entries.clear();
    endResetModel();
    // The total counts what happened, not what is shown: clearing the view does not undo history.
}

const netcore::NetError* ErrorModel::errorAt(int row) const {
    if (row < 0 || std::cmp_greater_equal(row, m_entries.size())) return nullptr;
    return &m_entries[static_cast<std::size_t>(row)].error;
}

qint64 ErrorModel::timeAt(int row) const {
    if (row < 0 || std::cmp_greater_equal(row, m_entries.size())) return 0;
    return m_entries[static_cast<std::size_t>(row)].timeMs;
}

int ErrorModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : static_cast<int>(m_entries.size());
}

int ErrorModel::columnCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ErrorModel::data(const QModelIndex& index, int role) const {
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) return {};
    const Entry& entry = m_entries[static_cast<std::size_t>(index.row())];
    if (role == Qt::DisplayRole) {
        switch (index.column()) {
        case TimeColumn:
            return entry.time;
        case CallColumn:
            return entry.call;
        case ErrorColumn:
            return entry.errorText;
        case MessageColumn:
            return entry.message;
        case ExplanationColumn:
            return entry.title;
        default:
            return {};
        }
    }
    if (role == Qt::ToolTipRole && index.column() == TimeColumn)
        return QLocale().toString(QDateTime::fromMSecsSinceEpoch(entry.timeMs), QLocale::LongFormat);
    return {};
}

QVariant ErrorModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) return {};
    switch (section) {
    case TimeColumn:
        return tr("Time");
    case CallColumn:
        return tr("Call");
    case ErrorColumn:
        return tr("Error");
    case MessageColumn:
        return tr("Message");
    case ExplanationColumn:
        return tr("Explanation");
    default:
        return {};
    }
}
