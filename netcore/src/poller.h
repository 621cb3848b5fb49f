#pragma once
// One readiness interface over the OS's multiplexer: epoll (Linux), kqueue (macOS, BSD) and
// WSAPoll (Windows). Each platform file defines Poller's methods and its State; CMake compiles the
// platform folder and the file's own #if keeps the other multiplexer out.
//
// Level-triggered everywhere: a handle that stays readable is reported on every wait(), so the
// owner may read a bounded batch per wake-up and leave the rest for the next one.

#include "netcore/native_handle.h"
#include "netcore/net_error.h"

#include <chrono>
#include <cstdint>
#include <expected>
#include <memory>
#include <optional>
#include <vector>

namespace netcore {

/// One handle found ready by Poller::wait(). `readiness` is a mask of netcore::Readiness flags
/// (Readable also covers hang-up, so a reader sees EOF; Failed is an error pending on the handle).
struct PollerEvent {
    std::uint64_t token = 0;
    int readiness = 0;
};

/// Not thread-safe: the IoLoop's thread is the only user.
class Poller {
public:
    [[nodiscard]] static std::expected<std::unique_ptr<Poller>, NetError> create();
    ~Poller();
    Poller(const Poller&) = delete;
    Poller& operator=(const Poller&) = delete;

    /// Starts watching `handle` for `interest` (Readable | Writable, or 0 for errors only).
    /// `token` comes back in PollerEvent.
    [[nodiscard]] std::expected<void, NetError> add(NativeHandle handle, int interest, std::uint64_t token);
    [[nodiscard]] std::expected<void, NetError> modify(NativeHandle handle, int interest,
                                                       std::uint64_t token);
    /// Stops watching. Call before closing the handle (kqueue and epoll forget closed handles on
    /// their own, WSAPoll does not).
    void remove(NativeHandle handle) noexcept;

    /// Waits until a handle is ready or `timeout` passes (nullopt = no limit); replaces `ready`'s
    /// contents (its capacity is reused, so a steady state allocates nothing). EINTR returns an
    /// empty list.
    [[nodiscard]] std::expected<void, NetError> wait(std::optional<std::chrono::milliseconds> timeout,
                                                     std::vector<PollerEvent>& ready);

private:
    struct State;
    explicit Poller(std::unique_ptr<State> state) noexcept;
    std::unique_ptr<State> m_state;
};

} // namespace netcore
