#pragma once

#include "ui/tab_spec.h"

#include <QWidget>

class EndpointEditor;
class QCheckBox;
class QPushButton;
class QSpinBox;

// Where a server listens: bind address and port (checked as typed), backlog, SO_REUSEADDR with its
// reason in plain sight, and Start / Stop. While the server listens the bind settings are locked:
// what was bound cannot change under a running listener (stop, edit, start).
class ServerSettingsBar : public QWidget {
    Q_OBJECT

public:
    explicit ServerSettingsBar(QWidget* parent = nullptr);
    ~ServerSettingsBar() override;

    // Host, port, backlog and SO_REUSEADDR of `spec`.
    void load(const TabSpec& spec);
    // Host and port are taken only when the endpoint is valid (the last valid ones stay otherwise).
    void store(TabSpec& spec) const;

    void setListening(bool listening);

    [[nodiscard]] EndpointEditor* endpoint() const { return m_endpoint; }
    [[nodiscard]] int backlog() const;
    [[nodiscard]] bool reuseAddress() const;
    [[nodiscard]] QPushButton* startStopButton() const { return m_startStop; }

signals:
    // Start when stopped, Stop when listening.
    void startStopClicked();
    void endpointChanged();

private:
    void updateButton();

    EndpointEditor* m_endpoint = nullptr;
    QSpinBox* m_backlog = nullptr;
    QCheckBox* m_reuseAddress = nullptr;
    QPushButton* m_startStop = nullptr;
    bool m_listening = false;
};
