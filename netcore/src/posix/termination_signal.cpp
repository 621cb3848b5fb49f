#include "netcore/termination_signal.h"

#include "netcore/wakeup.h"

#include <cerrno>
#include <csignal>
#include <memory>

namespace netcore {

// A signal handler may only do async-signal-safe things: Wakeup::signal() is one write() (the
// "self-pipe trick"); the event loop that polls the handle does the rest.
namespace {

Wakeup* g_wakeup = nullptr; // created once, never destroyed: a late signal must find it alive

extern "C" void onTerminationSignal(int) {
    const int savedErrno = errno;
    if (g_wakeup) g_wakeup->signal();
    errno = savedErrno;
}

} // namespace

NativeHandle watchTerminationSignals() noexcept {
    if (g_wakeup) return g_wakeup->pollHandle();
    auto wakeup = Wakeup::create();
    if (!wakeup) return kInvalidHandle;
    g_wakeup = wakeup->release();
    struct sigaction action = {};
    action.sa_handler = onTerminationSignal;
    sigemptyset(&action.sa_mask);
    // SA_RESETHAND: the second Ctrl+C (if the clean exit hangs) gets the default action.
    action.sa_flags =
        static_cast<int>(static_cast<unsigned>(SA_RESTART) | static_cast<unsigned>(SA_RESETHAND));
    ::sigaction(SIGTERM, &action, nullptr);
    ::sigaction(SIGINT, &action, nullptr);
    return g_wakeup->pollHandle();
}

void acknowledgeTerminationSignal() noexcept {
    if (g_wakeup) g_wakeup->drain();
}

} // namespace netcore
