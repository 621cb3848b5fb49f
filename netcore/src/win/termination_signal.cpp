#include "netcore/termination_signal.h"

#include "netcore/wakeup.h"

namespace netcore {

// Windows asks a GUI program to end by sending its windows WM_CLOSE (taskkill without /F,
// logoff), which the GUI toolkit delivers as a close event. SockLab has no console, so there is no
// Ctrl+C to catch: the handle exists (callers need not special-case Windows) but never fires.
namespace {
Wakeup* g_wakeup = nullptr;
}

NativeHandle watchTerminationSignals() noexcept {
    if (!g_wakeup) {
        auto wakeup = Wakeup::create();
        if (!wakeup) return kInvalidHandle;
        g_wakeup = wakeup->release();
    }
    return g_wakeup->pollHandle();
}

void acknowledgeTerminationSignal() noexcept {
    if (g_wakeup) g_wakeup->drain();
}

} // namespace netcore
