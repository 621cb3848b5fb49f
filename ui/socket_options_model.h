#pragma once

#include "netcore/net_error.h"
#include "netcore/socket_option.h"

#include <QAbstractTableModel>
#include <QString>

#include <expected>
#include <optional>
#include <vector>

// Every option netcore knows (netcore::optionTable()), one row each: native name, level, the
// value the OS reports for the selected socket, and a note: the option's platform behaviour, what
// the OS kept after a set (Linux doubles SO_RCVBUF), or why a call failed. Options this OS lacks
// are listed greyed out, with why. The editors of the "Set to" column are index widgets of
// SocketOptionsEditor; this model holds the values.
class SocketOptionsModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { Name, Level, Value, Change, Note, ColumnCount };
    // Value column: true while the row shows an error instead of a value.
    static constexpr int ErrorRole = Qt::UserRole + 1;

    explicit SocketOptionsModel(QObject* parent = nullptr);

    [[nodiscard]] const netcore::OptionInfo& infoAt(int row) const;
    [[nodiscard]] int rowOf(netcore::SocketOption option) const;
    [[nodiscard]] std::optional<netcore::OptionValue> valueAt(int row) const;
    [[nodiscard]] const std::optional<netcore::NetError>& errorAt(int row) const;

    // A getsockopt's outcome for the row's option.
    void setRead(netcore::SocketOption option,
                 const std::expected<netcore::OptionValue, netcore::NetError>& read);
    // A set's outcome: the value read back (with a remark when the OS kept another value than
    // `requested`), or the error.
    void setWritten(netcore::SocketOption option, const netcore::OptionValue& requested,
                    const std::expected<netcore::OptionValue, netcore::NetError>& result);
    // The option does not apply to this socket (IPV6_V6ONLY on an IPv4 socket): says why instead.
    void setNotApplicable(netcore::SocketOption option, const QString& why);
    [[nodiscard]] bool isApplicable(int row) const;
    // Forgets every value (another socket is selected).
    void clearValues();

    [[nodiscard]] int rowCount(const QModelIndex& parent = {}) const override;
    [[nodiscard]] int columnCount(const QModelIndex& parent = {}) const override;
    [[nodiscard]] QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    [[nodiscard]] QVariant headerData(int section, Qt::Orientation orientation,
                                      int role = Qt::DisplayRole) const override;
    [[nodiscard]] Qt::ItemFlags flags(const QModelIndex& index) const override;

    // "on", "16384", "on, 5 s", "200 ms"
    [[nodiscard]] static QString valueText(const netcore::OptionValue& value);
    // "EINVAL — Invalid argument: <what it means>"
    [[nodiscard]] static QString errorDescription(const netcore::NetError& error);

private:
    struct Row {
        std::optional<netcore::OptionValue> value;
        std::optional<netcore::NetError> error;
        QString remark;
        QString notApplicable; ///< why the option does not apply to this socket (empty: it does)
    };
    void rowChanged(int row);
    [[nodiscard]] QString noteText(int row) const;

    std::vector<Row> m_rows;
};
