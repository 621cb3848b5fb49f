#pragma once

#include "ui/tab_spec.h"

#include "netcore/blocking_mode.h"

#include <QWidget>

#include <chrono>

class EndpointEditor;
class QComboBox;
class QDoubleSpinBox;
class QLabel;
class QPushButton;
class QSpinBox;

// Where and how a client connects: host (a name or an address) and port, checked as typed; the
// connect timeout per address; the socket's mode (blocking, timeout t, non-blocking); and Connect /
// Disconnect / Reconnect. The tab decides what the buttons do; this bar only offers them.
class ClientSettingsBar : public QWidget {
    Q_OBJECT

public:
    explicit ClientSettingsBar(QWidget* parent = nullptr);
    ~ClientSettingsBar() override;

    // Host, port and connect timeout of `spec`.
    void load(const TabSpec& spec);
    // Host and port are taken only when the endpoint is valid (the last valid ones stay otherwise).
    void store(TabSpec& spec) const;

    [[nodiscard]] EndpointEditor* endpoint() const { return m_endpoint; }
    [[nodiscard]] std::chrono::milliseconds connectTimeout() const;
    [[nodiscard]] netcore::BlockingMode mode() const;
    void setMode(netcore::BlockingMode mode);
    // Beside the mode, e.g. "(applies on Reconnect)"; empty hides it.
    void setModeNote(const QString& note);
    [[nodiscard]] QString modeNote() const;

    // live: a lookup, a connect or a connection is under way; started: there is something to redo.
    void setSessionState(bool live, bool started);

signals:
    void connectClicked();
    void disconnectClicked();
    void reconnectClicked();
    void modeChanged();
    void endpointChanged();

private:
    EndpointEditor* m_endpoint = nullptr;
    QSpinBox* m_connectTimeout = nullptr;
    QComboBox* m_mode = nullptr;
    QDoubleSpinBox* m_timeoutSeconds = nullptr;
    QLabel* m_modeNote = nullptr;
    QPushButton* m_connect = nullptr;
    QPushButton* m_disconnect = nullptr;
    QPushButton* m_reconnect = nullptr;
};
