#include "ui/socket_options_model.h"

#include "ui/error_model.h"

#include "netcore/explanation.h"

#include <QBrush>
#include <QColor>
#include <QPalette>

using namespace Qt::StringLiterals;

SocketOptionsModel::SocketOptionsModel(QObject* parent)
    : QAbstractTableModel(parent), m_rows(netcore::optionTable().size()) {}

const netcore::OptionInfo& SocketOptionsModel::infoAt(int row) const {
    return netcore::optionTable()[static_cast<std::size_t>(row)];
}

int SocketOptionsModel::rowOf(netcore::SocketOption option) const {
    const auto table = netcore::optionTable();
    for (std::size_t row = 0; row < table.size(); ++row)
        if (table[row].option == option) return static_cast<int>(row);
    return -1;
}

std::optional<netcore::OptionValue> SocketOptionsModel::valueAt(int row) const {
    if (row < 0 || row >= rowCount()) return std::nullopt;
    return m_rows[static_cast<std::size_t>(row)].value;
}

const std::optional<netcore::NetError>& SocketOptionsModel::errorAt(int row) const {
    static const std::optional<netcore::NetError> none;
    if (row < 0 || row >= rowCount()) return none;
    return m_rows[static_cast<std::size_t>(row)].error;
}

QString SocketOptionsModel::valueText(const netcore::OptionValue& value) {
    // Words are translated here; netcore's optionValueToString() stays English for traces and Python.
    if (const auto* flag = std::get_if<bool>(&value)) return *flag ? tr("on") : tr("off");
    if (const auto* linger = std::get_if<netcore::LingerValue>(&value))
        return linger->enabled ? tr("on, %1 s").arg(linger->seconds) : tr("off");
    return QString::fromStdString(netcore::optionValueToString(value)); // a number, or "250 ms"
}

QString SocketOptionsModel::errorDescription(const netcore::NetError& error) {
    // The native name first (what to search for), then what the OS said, then what it means.
    const auto& entry = error.explanation();
    QString text = ErrorModel::shortErrorText(error);
    if (!error.osMessage.empty()) text += u": "_s + ErrorModel::messageText(error);
    if (!entry.explanation.empty()) text += u" — "_s + ErrorModel::translated(entry.explanation);
    return text;
}

void SocketOptionsModel::setRead(netcore::SocketOption option,
                                 const std::expected<netcore::OptionValue, netcore::NetError>& read) {
    const int row = rowOf(option);
    if (row < 0) return;
    auto& state = m_rows[static_cast<std::size_t>(row)];
    state.remark.clear();
    if (read) {
        state.value = *read;
        state.error.reset();
    } else {
        state.value.reset();
        state.error = read.error();
    }
    rowChanged(row);
}

void SocketOptionsModel::setWritten(netcore::SocketOption option, const netcore::OptionValue& requested,
                                    const std::expected<netcore::OptionValue, netcore::NetError>& result) {
    const int row = rowOf(option);
    if (row < 0) return;
    auto& state = m_rows[static_cast<std::size_t>(row)];
    state.remark.clear();
    if (result) {
        state.value = *result;
        state.error.reset();
        if (*result != requested)
            state.remark = tr("Set %1, the OS reports %2.").arg(valueText(requested), valueText(*result));
        else
            state.remark = tr("Set %1.").arg(valueText(requested));
    } else {
        // The value shown stays the last one read: a failed set changed nothing.
        state.error = result.error();
    }
    rowChanged(row);
}

void SocketOptionsModel::setNotApplicable(netcore::SocketOption option, const QString& why) {
    const int row = rowOf(option);
    if (row < 0) return;
    auto& state = m_rows[static_cast<std::size_t>(row)];
    state = Row{};
    state.notApplicable = why;
    rowChanged(row);
}

bool SocketOptionsModel::isApplicable(int row) const {
    return row >= 0 && row < rowCount() && m_rows[static_cast<std::size_t>(row)].notApplicable.isEmpty();
}

void SocketOptionsModel::clearValues() {
    for (auto& row : m_rows)
        row = {};
    if (!m_rows.empty()) emit dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
}

void SocketOptionsModel::rowChanged(int row) {
    emit dataChanged(index(row, 0), index(row, ColumnCount - 1));
}

QString SocketOptionsModel::noteText(int row) const {
    const auto& info = infoAt(row);
    const auto& state = m_rows[static_cast<std::size_t>(row)];
    const QString note = ErrorModel::translated(info.note);
    if (!info.available) return tr("Not available on this OS. %1").arg(note);
    if (state.error) return errorDescription(*state.error);
    if (!state.remark.isEmpty()) return state.remark + u' ' + note;
    return note;
}

int SocketOptionsModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

int SocketOptionsModel::columnCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant SocketOptionsModel::data(const QModelIndex& index, int role) const {
    if (!index.isValid() || !checkIndex(index, CheckIndexOption::ParentIsInvalid)) return {};
    const int row = index.row();
    const auto& info = infoAt(row);
    const auto& state = m_rows[static_cast<std::size_t>(row)];
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case Name:
            return QString::fromUtf8(info.name.data(), static_cast<qsizetype>(info.name.size()));
        case Level:
            return QString::fromUtf8(info.level.data(), static_cast<qsizetype>(info.level.size()));
        case Value:
            if (!info.available) return tr("not on this OS");
            if (!state.notApplicable.isEmpty()) return state.notApplicable;
            if (state.error && !state.value) return ErrorModel::shortErrorText(*state.error);
            if (state.value) return valueText(*state.value);
            if (info.option == netcore::SocketOption::Error) return tr("(reading clears it)");
            return QString();
        case Note:
            return noteText(row);
        default:
            return {};
        }
    case Qt::ToolTipRole:
        if (index.column() == Note || index.column() == Value) return noteText(row);
        return {};
    case ErrorRole:
        return index.column() == Value && state.error.has_value();
    case Qt::ForegroundRole:
        if (state.error && (index.column() == Note || (index.column() == Value && !state.value)))
            return QBrush(QColor(0xc6, 0x28, 0x28));
        return {};
    default:
        return {};
    }
}

QVariant SocketOptionsModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) return {};
    switch (section) {
    case Name:
        return tr("Option");
    case Level:
        return tr("Level");
    case Value:
        return tr("Value (read back)");
    case Change:
        return tr("Set to");
    case Note:
        return tr("Note");
    default:
        return {};
    }
}

Qt::ItemFlags SocketOptionsModel::flags(const QModelIndex& index) const {
    if (!index.isValid() || !checkIndex(index, CheckIndexOption::ParentIsInvalid)) return Qt::NoItemFlags;
    // An option this OS lacks is listed, greyed out: disabled, not hidden. So is one that does not
    // apply to the selected socket.
    if (!infoAt(index.row()).available || !isApplicable(index.row())) return Qt::NoItemFlags;
    return Qt::ItemIsEnabled | Qt::ItemIsSelectable;
}
