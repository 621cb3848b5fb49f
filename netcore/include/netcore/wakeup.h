#pragma once

#include "netcore/native_handle.h"
#include "netcore/net_error.h"

#include <expected>
#include <memory>

namespace netcore {

/// A handle one thread can poll on and another can signal: an eventfd/pipe on POSIX, a loopback
/// UDP socket talking to itself on Windows (WSAPoll polls sockets only). Wakes an IoLoop, and
/// cancels a Socket's blocking wait.
class Wakeup {
public:
    [[nodiscard]] static std::expected<std::unique_ptr<Wakeup>, NetError> create();
    ~Wakeup();
    Wakeup(const Wakeup&) = delete;
    Wakeup& operator=(const Wakeup&) = delete;

    /// Thread-safe, async-signal-safe on POSIX. Signals stay pending until drain().
    void signal() noexcept;
    /// Consumes pending signals; returns whether there were any.
    bool drain() noexcept;
    /// The handle to poll for readability.
    [[nodiscard]] NativeHandle pollHandle() const noexcept { return m_readHandle; }

private:
    Wakeup(NativeHandle readHandle, NativeHandle writeHandle) noexcept
        : m_readHandle(readHandle), m_writeHandle(writeHandle) {}
    NativeHandle m_readHandle;
    NativeHandle m_writeHandle;
};

} // namespace netcore
