#include "netcore_qt/termination_watcher.h"

#include "netcore/termination_signal.h"

#include <QSocketNotifier>

namespace netcore_qt {

TerminationWatcher::TerminationWatcher(QObject* parent) : QObject(parent) {
    const auto handle = netcore::watchTerminationSignals();
    if (handle == netcore::kInvalidHandle) return;
    m_notifier = new QSocketNotifier(static_cast<qintptr>(handle), QSocketNotifier::Read, this);
    connect(m_notifier, &QSocketNotifier::activated, this, [this] {
        netcore::acknowledgeTerminationSignal();
        emit terminationRequested();
    });
}

} // namespace netcore_qt
