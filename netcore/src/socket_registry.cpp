#include "socket_registry.h"

#include "netcore/socket.h"

#include <string>

namespace netcore {

namespace {

/// A Socket over another's handle with no tracer: calls on it leave no trace record. It must
/// give the handle back (release) rather than close it.
class UntracedView {
public:
    explicit UntracedView(const Socket& socket)
        : m_view(Socket::adopt(socket.nativeHandle(), socket.family(), socket.type())) {}
    ~UntracedView() { (void)m_view.release(); }
    UntracedView(const UntracedView&) = delete;
    UntracedView& operator=(const UntracedView&) = delete;
    [[nodiscard]] Socket& get() { return m_view; }

private:
    Socket m_view;
};

} // namespace

void SocketRegistry::add(Socket& socket, SocketRole role, ConnectionId connection, std::size_t queuedBytes) {
    if (socket.isOpen()) m_entries.push_back({&socket, role, connection, queuedBytes});
}

std::vector<SocketSnapshot> SocketRegistry::snapshots(bool withReadiness) const {
    std::vector<SocketSnapshot> result;
    result.reserve(m_entries.size());
    std::vector<NativeHandle> handles;
    for (const auto& entry : m_entries) {
        SocketSnapshot snapshot;
        snapshot.id = entry.socket->id();
        snapshot.role = entry.role;
        snapshot.connection = entry.connection;
        snapshot.family = entry.socket->family();
        snapshot.type = entry.socket->type();
        snapshot.queuedBytes = entry.queuedBytes;
        UntracedView view(*entry.socket);
        if (auto local = view.get().localAddress()) snapshot.local = *local;
        if (auto peer = view.get().peerAddress()) snapshot.peer = *peer;
        result.push_back(std::move(snapshot));
        handles.push_back(entry.socket->nativeHandle());
    }
    if (withReadiness) {
        // One poll() for all of them, as select() would do it.
        auto readiness = probeReadiness(handles);
        for (std::size_t i = 0; i < result.size(); ++i)
            result[i].readiness = readiness[i];
    }
    return result;
}

std::expected<Socket*, NetError> SocketRegistry::find(SocketId id, const char* call) const {
    for (const auto& entry : m_entries)
        if (entry.socket->id() == id) return entry.socket;
    return std::unexpected(NetError::make(ErrorCode::Closed, call, "socket #" + std::to_string(id),
                                          Message{"the socket is closed (or is not one of this session's)"}));
}

std::expected<OptionValue, NetError> SocketRegistry::readUntraced(const Socket& socket, SocketOption option) {
    UntracedView view(socket);
    return view.get().getOption(option);
}

std::expected<OptionValue, NetError> SocketRegistry::getOption(SocketId id, SocketOption option) const {
    auto socket = find(id, "getsockopt");
    if (!socket) return std::unexpected(socket.error());
    return readUntraced(**socket, option);
}

std::expected<OptionValue, NetError> SocketRegistry::setOption(SocketId id, SocketOption option,
                                                               const OptionValue& value) const {
    auto socket = find(id, "setsockopt");
    if (!socket) return std::unexpected(socket.error());
    if (auto set = (*socket)->setOption(option, value); !set) return std::unexpected(set.error());
    return readUntraced(**socket, option);
}

std::expected<SocketReadiness, NetError> SocketRegistry::probe(SocketId id) const {
    auto socket = find(id, "poll");
    if (!socket) return std::unexpected(socket.error());
    return probeReadiness(**socket);
}

} // namespace netcore
