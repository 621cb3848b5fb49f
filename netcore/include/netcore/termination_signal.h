#pragma once

#include "netcore/native_handle.h"

namespace netcore {

/// Makes SIGTERM and SIGINT (POSIX) observable by an event loop instead of killing the process at
/// once: the first one makes the returned handle readable (poll it, or hand it to a
/// QSocketNotifier), so the program can stop its sessions and save its state. A second signal of
/// the same kind gets the default action, so a hung shutdown can still be interrupted.
/// On Windows, GUI programs are asked to end through their windows (WM_CLOSE): the handle never
/// becomes readable there. Call once; returns kInvalidHandle if the handle could not be made.
[[nodiscard]] NativeHandle watchTerminationSignals() noexcept;

/// Consumes the pending notification (call when the handle was readable).
void acknowledgeTerminationSignal() noexcept;

} // namespace netcore
