#pragma once

#include <QObject>

class QSocketNotifier;

namespace netcore_qt {

/// Brings SIGTERM / SIGINT to the event loop (netcore::watchTerminationSignals): the program can
/// stop its sessions and save its state instead of dying mid-write. Create one, early.
class TerminationWatcher : public QObject {
    Q_OBJECT
public:
    explicit TerminationWatcher(QObject* parent = nullptr);

signals:
    void terminationRequested();

private:
    QSocketNotifier* m_notifier = nullptr;
};

} // namespace netcore_qt
