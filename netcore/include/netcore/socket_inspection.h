#pragma once

#include "netcore/address.h"
#include "netcore/native_handle.h"
#include "netcore/net_error.h"
#include "netcore/session_event.h"
#include "netcore/socket_option.h"
#include "netcore/socket_type.h"
#include "netcore/trace.h"

#include <cstddef>
#include <cstdint>
#include <expected>
#include <optional>
#include <span>
#include <string_view>
#include <vector>

namespace netcore {

class Socket;

/// What a socket is for in its session.
enum class SocketRole : std::uint8_t {
    Listener, ///< a TCP server's listening socket
    Accepted, ///< a connection a listener accepted
    Client,   ///< a TCP client's socket (connecting or connected)
    Udp,      ///< a UDP endpoint
};

/// "listener", "accepted", "client", "UDP"
[[nodiscard]] std::string_view socketRoleName(SocketRole role) noexcept;

/// The picture select(rlist, wlist, xlist) paints for one socket right now, plus the queues.
struct SocketReadiness {
    bool readable = false; ///< recv()/accept() would not block (data, a connection, EOF or an error)
    bool writable = false; ///< send() would not block
    bool failed = false;   ///< an error is pending (POLLERR; SO_ERROR says which)
    bool hangUp = false;   ///< POLLHUP: the connection is over (recv() returns 0 or the error)
    /// FIONREAD / ioctlsocket(FIONREAD): bytes recv() would get now (UDP: the next datagram on
    /// Linux and macOS, every queued byte on Windows). nullopt where the OS refuses (a listener).
    std::optional<std::size_t> bytesToRead;
    /// Bytes in the OS's send queue not yet acknowledged by the peer (Linux SIOCOUTQ, macOS
    /// SO_NWRITE); nullopt where the OS does not say (Windows).
    std::optional<std::size_t> bytesUnsent;

    friend bool operator==(const SocketReadiness&, const SocketReadiness&) = default;
};

/// Polls `handles` with a zero timeout (poll / WSAPoll) and asks each for its queue sizes. One
/// entry per handle, in order. The handles must stay open during the call. The flags and the
/// counts are read one after the other: bytes arriving in between show in the counts only.
[[nodiscard]] std::vector<SocketReadiness> probeReadiness(std::span<const NativeHandle> handles);
/// probeReadiness() for one open socket.
[[nodiscard]] SocketReadiness probeReadiness(const Socket& socket);

/// One socket of a session as it is now.
struct SocketSnapshot {
    SocketId id = 0; ///< the id its trace records carry
    SocketRole role = SocketRole::Client;
    ConnectionId connection = 0; ///< the session's connection id (0: the listener / the endpoint)
    Family family = Family::Unspecified;
    SocketType type = SocketType::Stream;
    Address local;               ///< getsockname (invalid before bind)
    Address peer;                ///< getpeername (invalid when not connected)
    std::size_t queuedBytes = 0; ///< netcore's own output queue: accepted by send(), not yet taken by the OS
    std::optional<SocketReadiness> readiness; ///< filled when asked for
};

/// What a session offers to inspect and tune its sockets: the UI's sockets view and options
/// editor. Sessions implement it; every method may be called from any thread and runs where
/// the session's sockets live (the IoLoop, or under the blocking session's lock), waiting for it.
class SocketInspector {
public:
    virtual ~SocketInspector() = default;

    /// The session's open sockets, with their readiness when `withReadiness`.
    [[nodiscard]] virtual std::vector<SocketSnapshot> sockets(bool withReadiness) = 0;
    /// getsockopt on one socket, not traced (reading options is looking, not a call of the lesson).
    [[nodiscard]] virtual std::expected<OptionValue, NetError> getOption(SocketId socket,
                                                                         SocketOption option) = 0;
    /// setsockopt on one socket (traced like the session's other calls), then reads the value
    /// back: the OS may keep another value than the one set (Linux doubles SO_RCVBUF).
    [[nodiscard]] virtual std::expected<OptionValue, NetError> setOption(SocketId socket, SocketOption option,
                                                                         const OptionValue& value) = 0;
    /// The readiness of one socket now.
    [[nodiscard]] virtual std::expected<SocketReadiness, NetError> probe(SocketId socket) = 0;
};

} // namespace netcore
