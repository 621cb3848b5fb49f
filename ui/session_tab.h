#pragma once

#include "ui/tab_spec.h"
#include "ui/tab_stats.h"

#include <QWidget>

class SessionActivity;

namespace netcore_qt {
class SessionHub;
}

/// What the main window needs of every tab: what it is (a TabSpec, saved in workspaces and the
/// window's state), its counters (status bar, --stats), and start/stop. TcpServerTab and
/// TcpClientTab implement it; createSessionTab() builds the right one for a spec.
class SessionTab : public QWidget {
    Q_OBJECT
public:
    using QWidget::QWidget;

    /// The tab as it is configured now (editing the endpoint changes it).
    [[nodiscard]] virtual TabSpec spec() const = 0;
    /// Exact counters; name and kind filled in.
    [[nodiscard]] virtual TabStats stats() const = 0;
    /// Start the server / connect the client, as the spec says.
    virtual void start() = 0;
    /// Stop the server / disconnect the client.
    virtual void stop() = 0;
    /// A short title: the spec's name, else "Server :8080" / "Client 127.0.0.1:8080".
    [[nodiscard]] virtual QString title() const { return m_title; }
    /// "Copy as Python": the calls this tab made, as a runnable script (empty before any call).
    [[nodiscard]] QString pythonScript() const;

protected:
    /// Tabs whose title follows their state set it here; titleChanged() fires only on a change.
    void setTitle(const QString& title) {
        if (title == m_title) return;
        m_title = title;
        emit titleChanged();
    }
    /// What every tab reports the same way: the session's exact counters, the title, the kind.
    [[nodiscard]] TabStats baseStats(const SessionActivity& activity, TabKind kind) const;

signals:
    void titleChanged();
    /// Counters changed (at most once per event batch).
    void statsChanged();

private:
    QString m_title;
};

/// The tab for `spec` (its kind decides the class). The hub must outlive the tab.
[[nodiscard]] SessionTab* createSessionTab(const TabSpec& spec, netcore_qt::SessionHub& hub,
                                           QWidget* parent = nullptr);
