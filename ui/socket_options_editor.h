#pragma once

#include "netcore/socket_inspection.h"
#include "netcore/socket_option.h"

#include <QPointer>
#include <QWidget>

#include <optional>

class PlainLabel;
class QPushButton;
class QTableView;
class SocketOptionsModel;

namespace netcore_qt {
class SessionHandle;
}

// The options of one socket: every option netcore supports with its level, native name and the
// value the OS reports, and an editor where it can be set (flag: check box, integer: spin box,
// linger: on + seconds, timeout: milliseconds). "Set" calls setsockopt and reads the value back at
// once, so what the OS really kept is what is shown (Linux doubles SO_RCVBUF). A failing call shows
// its error, native name and explanation, in its row and under the table.
class SocketOptionsEditor : public QWidget {
    Q_OBJECT
public:
    explicit SocketOptionsEditor(QWidget* parent = nullptr);
    ~SocketOptionsEditor() override;

    // Shows `snapshot`'s options (read now). The handle gives the session each time it is asked,
    // so a restart never leaves a dangling session behind.
    void setSocket(netcore_qt::SessionHandle* handle, const netcore::SocketSnapshot& snapshot);
    void clearSocket();
    [[nodiscard]] std::optional<netcore::SocketId> socketId() const;

    // Reads every option again (SO_ERROR only on request: reading it clears it).
    void reload();
    // What the row's Set button does: setsockopt with the editor's value, then read back.
    // Returns whether the OS accepted it.
    bool apply(netcore::SocketOption option);
    // getsockopt for one option (the read-only rows' Read button).
    void read(netcore::SocketOption option);

    [[nodiscard]] SocketOptionsModel* model() const { return m_model; }
    [[nodiscard]] QTableView* view() const { return m_view; }
    [[nodiscard]] PlainLabel* errorLabel() const { return m_error; }
    // What the last successful set did ("Set 4096, the OS reports 8192." and the option's note).
    [[nodiscard]] PlainLabel* resultLabel() const { return m_result; }
    // The row's editor widgets live in this container (objectName "option_<NAME>").
    [[nodiscard]] QWidget* editorFor(netcore::SocketOption option) const;

private:
    [[nodiscard]] QWidget* createEditor(const netcore::OptionInfo& info);
    [[nodiscard]] std::optional<netcore::OptionValue> editedValue(netcore::SocketOption option) const;
    void showInEditor(netcore::SocketOption option, const netcore::OptionValue& value);
    void setEditorsEnabled(bool enabled);
    [[nodiscard]] netcore::SocketInspector* inspector() const;

    SocketOptionsModel* m_model = nullptr;
    QTableView* m_view = nullptr;
    PlainLabel* m_title = nullptr;
    PlainLabel* m_error = nullptr;
    PlainLabel* m_result = nullptr;
    QPushButton* m_reload = nullptr;
    QPointer<netcore_qt::SessionHandle> m_handle;
    std::optional<netcore::SocketSnapshot> m_socket;
};
