#pragma once
// What every session does to show and tune its sockets, written once: each session lists its open
// sockets (on the thread that owns them) and this class answers the SocketInspector calls over
// that list. Options are read through an untraced view of the socket, so the options editor does
// not fill the call timeline (and the Python export) with getsockopt calls; a set is the user's
// own call and is traced on the real socket.

#include "netcore/socket_inspection.h"

#include <expected>
#include <vector>

namespace netcore {

class Socket;

/// Built on the thread that owns the sockets, used there and thrown away.
class SocketRegistry {
public:
    /// `socket` must stay open while the registry is used.
    void add(Socket& socket, SocketRole role, ConnectionId connection = 0, std::size_t queuedBytes = 0);

    [[nodiscard]] std::vector<SocketSnapshot> snapshots(bool withReadiness) const;
    [[nodiscard]] std::expected<OptionValue, NetError> getOption(SocketId id, SocketOption option) const;
    [[nodiscard]] std::expected<OptionValue, NetError> setOption(SocketId id, SocketOption option,
                                                                 const OptionValue& value) const;
    [[nodiscard]] std::expected<SocketReadiness, NetError> probe(SocketId id) const;

    /// getsockopt without tracing (a second Socket object over the same handle).
    [[nodiscard]] static std::expected<OptionValue, NetError> readUntraced(const Socket& socket,
                                                                           SocketOption option);

private:
    struct Entry {
        Socket* socket = nullptr;
        SocketRole role = SocketRole::Client;
        ConnectionId connection = 0;
        std::size_t queuedBytes = 0;
    };
    [[nodiscard]] std::expected<Socket*, NetError> find(SocketId id, const char* call) const;

    std::vector<Entry> m_entries;
};

} // namespace netcore
