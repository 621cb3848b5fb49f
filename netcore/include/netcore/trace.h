#pragma once

#include "netcore/address.h"
#include "netcore/net_error.h"

#include <chrono>
#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>

namespace netcore {

/// Process-wide identity of a socket for traces: unlike file descriptors, never reused.
using SocketId = std::uint64_t;
using TraceClock = std::chrono::steady_clock;

/// One socket call as it happened: which socket, which call with which arguments, what came back,
/// and how long it took (the blocked part of a blocking call included).
struct TraceRecord {
    SocketId socket = 0;
    std::string call;      ///< "recv"
    std::string arguments; ///< "4096"
    std::string result;    ///< "12 bytes", "EOF", "127.0.0.1:50412" (empty on error)
    std::optional<NetError> error;
    TraceClock::time_point start;
    TraceClock::time_point end;
    std::chrono::nanoseconds waited{0}; ///< time spent waiting for readiness (timeout / blocking mode)

    /// Where the socket is, when the call tells: bind's address, getsockname's answer. A view
    /// builds each socket's identity from these (no getsockname of its own). Invalid = not told.
    Address local;
    /// The other end, when the call tells: connect's target, accept's and recvfrom's sender,
    /// sendto's destination, getpeername's answer.
    Address peer;
    /// accept(): the new socket's id, so its calls can be tied to the listener that made it.
    SocketId newSocket = 0;
    /// Bytes moved by send/sendall/recv/sendto/recvfrom (on failure: what moved before it).
    std::optional<std::size_t> byteCount;

    [[nodiscard]] std::chrono::nanoseconds duration() const { return end - start; }
    /// "recv(4096) -> 12 bytes" / "connect(127.0.0.1:9) -> ECONNREFUSED"
    [[nodiscard]] std::string toString() const;
};

/// Receives a Socket's trace records. Called on the thread that made the call: implementations
/// that hand records to another thread must be thread-safe.
class Tracer {
public:
    virtual ~Tracer() = default;
    virtual void record(TraceRecord record) = 0;
};

} // namespace netcore
