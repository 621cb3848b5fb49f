#pragma once

#include "netcore/address.h"
#include "netcore/net_error.h"
#include "netcore/payload.h"
#include "netcore/trace.h"

#include <cstddef>
#include <cstdint>
#include <optional>
#include <string_view>
#include <vector>

namespace netcore {

/// Identifies a session (listener, client, UDP endpoint) process-wide; never reused, never 0.
using SessionId = std::uint64_t;
/// Identifies a TCP connection within its session (1, 2, ...); 0 = the session itself.
using ConnectionId = std::uint64_t;

/// What happened. See SessionEvent for which fields each kind fills.
enum class SessionEventKind : std::uint8_t {
    Listening,    ///< a listener or UDP socket is bound (`local`)
    Accepted,     ///< a listener accepted `connection` from `peer` (`local` = our end)
    Connected,    ///< a client's connect finished: `peer` = the address that answered, `local`
    Data,         ///< stream bytes arrived on `connection` (`bytes`)
    Datagram,     ///< a datagram arrived from `peer` (`bytes`, `truncated`, `realSize`, `error`)
    Sent,         ///< one send()/sendto() moved `byteCount` bytes; `queuedBytes` still wait
    PeerShutdown, ///< the peer sent FIN (recv() returned 0) and the connection stays open for sending
    Error,        ///< a call failed (`error`); the session goes on unless a Closed follows
    Closed,       ///< `connection` (or the session, when 0) is closed, for `closeReason`
    CallStarted,  ///< a blocking-mode call began and may wait (`trace`: call, arguments, start)
    CallTraced,   ///< one socket call, as recorded (`trace`)
};

/// Why a connection or session closed.
enum class CloseReason : std::uint8_t {
    None,
    PeerEof,       ///< the peer closed (recv() returned 0)
    Reset,         ///< the peer reset the connection (ECONNRESET)
    LocalClose,    ///< closed here: close(), stop(), or the session went away
    Abort,         ///< closed here with SO_LINGER 0: the peer gets a RST
    Error,         ///< a call failed (the preceding Error event says which)
    ConnectFailed, ///< a client tried every address without success
};

[[nodiscard]] std::string_view sessionEventKindName(SessionEventKind kind) noexcept;
/// A new process-wide session id (every kind of session draws from the same counter).
[[nodiscard]] SessionId newSessionId() noexcept;
[[nodiscard]] std::string_view closeReasonName(CloseReason reason) noexcept;

/// One thing a session reports, as a value: it crosses from the I/O thread to whoever drains
/// the EventQueue. Fields a kind does not use stay empty.
struct SessionEvent {
    SessionId session = 0;
    ConnectionId connection = 0;
    SessionEventKind kind = SessionEventKind::Error;
    CloseReason closeReason = CloseReason::None;
    bool truncated = false;              ///< Datagram: cut to the receive buffer's size
    Address peer;                        ///< remote address (Accepted, Connected, Data, Datagram, Sent to)
    Address local;                       ///< local address (Listening, Accepted, Connected)
    Payload bytes;                       ///< Data / Datagram payload; Sent: the bytes that went
    std::size_t byteCount = 0;           ///< bytes in this event (Data, Datagram: bytes.size(); Sent)
    std::size_t queuedBytes = 0;         ///< Sent, Closed: bytes still in (or dropped from) the output queue
    std::optional<std::size_t> realSize; ///< Datagram: the size on the wire, where the OS says (Linux)
    std::optional<NetError> error;       ///< Error; Datagram: the truncation error (Windows WSAEMSGSIZE)
    std::optional<TraceRecord> trace;    ///< CallTraced
    TraceClock::time_point time;         ///< when the session saw it
};

} // namespace netcore
