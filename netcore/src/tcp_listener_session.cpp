#include "netcore/tcp_listener_session.h"

#include "netcore/os_info.h"
#include "session_context.h"
#include "socket_registry.h"
#include "stream_connection.h"

#include <algorithm>
#include <chrono>
#include <utility>

namespace netcore {

namespace {
constexpr int kMaxAcceptsPerWake = 64;
// After EMFILE and the like the listener stays readable: waiting a little avoids a busy loop.
constexpr std::chrono::milliseconds kAcceptPause{100};
} // namespace

/// Lets the responder reach the connections from inside a connection's own callback. It must not
/// destroy closed connections (find() does): the one calling may be among them.
class TcpListenerSession::Replies final : public ReplyContext {
public:
    explicit Replies(TcpListenerSession& session) : m_session(session) {}

    void send(ConnectionId connection, std::vector<std::byte> bytes) override {
        auto found = m_session.m_connections.find(connection);
        if (found != m_session.m_connections.end()) found->second->send(std::move(bytes));
    }
    void sendToOthers(ConnectionId except, std::vector<std::byte> bytes) override {
        std::vector<ConnectionId> ids; // a failing send closes its connection and edits the map
        for (const auto& [id, connection] : m_session.m_connections)
            if (id != except) ids.push_back(id);
        for (const auto id : ids)
            send(id, bytes);
    }
    [[nodiscard]] Address peerOf(ConnectionId connection) const override {
        auto found = m_session.m_connections.find(connection);
        return found == m_session.m_connections.end() ? Address{} : found->second->info().peer;
    }

private:
    TcpListenerSession& m_session;
};

TcpListenerSession::TcpListenerSession(IoLoop& loop, std::shared_ptr<EventQueue> queue, Config config)
    : m_config(std::move(config)), m_replies(std::make_unique<Replies>(*this)),
      m_context(std::make_unique<SessionContext>(loop, std::move(queue), m_config.tracing)),
      m_received(std::make_unique<ReceiveBuffer>(m_config.receiveBufferSize, m_config.payloadStorage)) {}

TcpListenerSession::~TcpListenerSession() {
    m_context->loop().invoke([this] {
        SessionContext::EmitBatch batch(*m_context);
        stopOnLoop();
        m_closed.clear();
        m_context->retire();
    });
}

SessionId TcpListenerSession::id() const noexcept {
    return m_context->id();
}

std::expected<Address, NetError> TcpListenerSession::start() {
    return m_context->loop().invoke([this]() -> std::expected<Address, NetError> {
        SessionContext::EmitBatch batch(*m_context);
        const auto failed = [this](NetError error) -> std::expected<Address, NetError> {
            m_context->emitError(0, error);
            (void)m_listener.close();
            return std::unexpected(std::move(error));
        };
        if (m_listener.isOpen())
            return failed(NetError::make(ErrorCode::InvalidArgument, "start", m_config.bind.toString(),
                                         Message{"the session is already listening"}));
        auto opened = m_context->openSocket(m_config.bind.family(), SocketType::Stream, 0);
        if (!opened) {
            m_context->emitError(0, opened.error());
            return std::unexpected(opened.error());
        }
        m_listener = std::move(*opened);
        if (m_config.reuseAddress && currentOs() != OsKind::Windows) {
            if (auto reuse = m_listener.setOption(SocketOption::ReuseAddress, true); !reuse)
                return failed(reuse.error());
        }
        if (auto bound = m_listener.bind(m_config.bind); !bound) return failed(bound.error());
        if (auto listening = m_listener.listen(m_config.backlog); !listening)
            return failed(listening.error());
        if (auto mode = m_listener.setBlocking(false); !mode) return failed(mode.error());
        auto local = m_listener.localAddress();
        if (!local) return failed(local.error());
        m_watched = m_listener.nativeHandle();
        if (auto watched =
                m_context->loop().watch(m_watched, Readable, [this](int r) { onListenerReady(r); });
            !watched) {
            m_watched = kInvalidHandle;
            return failed(watched.error());
        }
        auto event = m_context->event(SessionEventKind::Listening);
        event.local = *local;
        m_context->emit(std::move(event));
        return *local;
    });
}

void TcpListenerSession::stop() {
    m_context->loop().invoke([this] {
        SessionContext::EmitBatch batch(*m_context);
        stopOnLoop();
    });
}

void TcpListenerSession::stopOnLoop() {
    m_closed.clear();
    auto open = std::move(m_connections);
    m_connections.clear();
    for (auto& [id, connection] : open)
        connection->close(CloseReason::LocalClose);
    if (m_resumeTimer != 0) m_context->loop().cancelTimer(std::exchange(m_resumeTimer, 0));
    m_acceptStalled = false;
    if (m_watched != kInvalidHandle) m_context->loop().unwatch(std::exchange(m_watched, kInvalidHandle));
    if (m_listener.isOpen()) {
        if (auto closed = m_listener.close(); !closed) m_context->emitError(0, closed.error());
        m_context->emitClosed(0, CloseReason::LocalClose);
    }
}

void TcpListenerSession::onListenerReady(int) {
    SessionContext::EmitBatch batch(*m_context);
    m_closed.clear();
    acceptSome();
}

void TcpListenerSession::acceptSome() {
    for (int i = 0; i < kMaxAcceptsPerWake && m_listener.isOpen(); ++i) {
        auto accepted = m_listener.accept();
        if (!accepted) {
            const auto code = accepted.error().code;
            if (code == ErrorCode::WouldBlock) {
                m_acceptStalled = false;
                return;
            }
            // A connection that died in the backlog is no reason to stop; running out of
            // descriptors or memory is, for a moment. The retries of one such episode are traced,
            // but the error is said once: ten identical rows a second would bury everything else.
            if (code == ErrorCode::ConnectionAborted || code == ErrorCode::ConnectionReset) {
                m_context->emitError(0, accepted.error());
                continue;
            }
            if (!std::exchange(m_acceptStalled, true)) m_context->emitError(0, accepted.error());
            pauseAccepting();
            return;
        }
        m_acceptStalled = false;
        const ConnectionId id = m_nextConnection++;
        accepted->socket.setTracer(m_context->tracerFor(id));
        auto connection = std::make_unique<StreamConnection>(
            *m_context, id, std::move(accepted->socket), accepted->peer,
            StreamConnection::Options{.closeOnPeerEof = m_config.closeOnPeerEof,
                                      .readingPaused = m_readingPaused,
                                      .onData =
                                          [this](ConnectionId from, std::span<const std::byte> data) {
                                              if (m_config.responder)
                                                  m_config.responder->onData(*m_replies, from, data);
                                          }},
            *m_received, [this](ConnectionId closed) { onConnectionClosed(closed); });
        if (auto started = connection->start(); !started) {
            m_context->emitError(id, started.error());
            continue; // the socket closes with `connection`
        }
        auto event = m_context->event(SessionEventKind::Accepted, id);
        event.peer = accepted->peer;
        event.local = connection->info().local;
        m_context->emit(std::move(event));
        m_connections.emplace(id, std::move(connection));
    }
}

void TcpListenerSession::pauseAccepting() {
    if (m_watched == kInvalidHandle || m_resumeTimer != 0) return;
    (void)m_context->loop().setInterest(m_watched, 0);
    m_resumeTimer = m_context->loop().addTimer(kAcceptPause, [this] {
        m_resumeTimer = 0;
        if (m_watched != kInvalidHandle) (void)m_context->loop().setInterest(m_watched, Readable);
    });
}

void TcpListenerSession::onConnectionClosed(ConnectionId connection) {
    auto found = m_connections.find(connection);
    if (found == m_connections.end()) return;
    if (m_config.responder) m_config.responder->onClosed(connection);
    m_closed.push_back(std::move(found->second));
    m_connections.erase(found);
}

StreamConnection* TcpListenerSession::find(ConnectionId connection) {
    m_closed.clear();
    auto found = m_connections.find(connection);
    if (found != m_connections.end()) return found->second.get();
    m_context->emitError(connection,
                         NetError::make(ErrorCode::NotConnected, "connection", std::to_string(connection),
                                        Message{"no such open connection"}));
    return nullptr;
}

void TcpListenerSession::send(ConnectionId connection, Payload bytes) {
    m_context->post([this, connection, bytes = std::move(bytes)]() mutable {
        if (auto* found = find(connection)) found->send(std::move(bytes));
    });
}

void TcpListenerSession::sendToAll(Payload bytes) {
    m_context->post([this, bytes = std::move(bytes)] {
        m_closed.clear();
        // Copy the ids first: a failing send closes its connection and edits the map.
        std::vector<ConnectionId> ids;
        for (const auto& [id, connection] : m_connections)
            ids.push_back(id);
        for (const auto id : ids)
            if (auto found = m_connections.find(id); found != m_connections.end()) found->second->send(bytes);
    });
}

void TcpListenerSession::shutdownWrite(ConnectionId connection) {
    m_context->post([this, connection] {
        if (auto* found = find(connection)) found->shutdownWrite();
    });
}

void TcpListenerSession::close(ConnectionId connection) {
    m_context->post([this, connection] {
        if (auto* found = find(connection)) found->close(CloseReason::LocalClose);
    });
}

void TcpListenerSession::abort(ConnectionId connection) {
    m_context->post([this, connection] {
        if (auto* found = find(connection)) found->abort();
    });
}

void TcpListenerSession::setResponder(std::shared_ptr<Responder> responder) {
    // Waits for the loop, like setTracing(): data sent after this call meets the new responder.
    m_context->loop().invoke([this, &responder] { m_config.responder = std::move(responder); });
}

void TcpListenerSession::setTracing(bool on) {
    m_context->loop().invoke([this, on] {
        m_context->setTracing(on);
        m_listener.setTracer(m_context->tracerFor(0));
        for (auto& [id, connection] : m_connections)
            connection->setTracer(m_context->tracerFor(id));
    });
}

std::vector<ConnectionInfo> TcpListenerSession::connections() const {
    return m_context->loop().invoke([this] {
        std::vector<ConnectionInfo> infos;
        infos.reserve(m_connections.size());
        for (const auto& [id, connection] : m_connections)
            infos.push_back(connection->info());
        return infos;
    });
}

void TcpListenerSession::setReadingPaused(bool paused) {
    m_context->loop().invoke([this, paused] {
        SessionContext::EmitBatch batch(*m_context);
        m_closed.clear();
        m_readingPaused = paused;
        // Copy the ids first: resuming reads, and a read may close its connection.
        std::vector<ConnectionId> ids;
        for (const auto& [id, connection] : m_connections)
            ids.push_back(id);
        for (const auto id : ids)
            if (auto found = m_connections.find(id); found != m_connections.end())
                found->second->setReadingPaused(paused);
    });
}

bool TcpListenerSession::readingPaused() const {
    return m_context->loop().invoke([this] { return m_readingPaused; });
}

SocketRegistry TcpListenerSession::registry() {
    SocketRegistry registry;
    registry.add(m_listener, SocketRole::Listener);
    for (auto& [id, connection] : m_connections)
        registry.add(connection->socket(), SocketRole::Accepted, id, connection->queuedBytes());
    return registry;
}

std::vector<SocketSnapshot> TcpListenerSession::sockets(bool withReadiness) {
    return m_context->loop().invoke([this, withReadiness] { return registry().snapshots(withReadiness); });
}

std::expected<OptionValue, NetError> TcpListenerSession::getOption(SocketId socket, SocketOption option) {
    return m_context->loop().invoke([this, socket, option] { return registry().getOption(socket, option); });
}

std::expected<OptionValue, NetError> TcpListenerSession::setOption(SocketId socket, SocketOption option,
                                                                   const OptionValue& value) {
    return m_context->loop().invoke([this, socket, option, &value] {
        SessionContext::EmitBatch batch(*m_context); // the setsockopt's trace record goes out with it
        return registry().setOption(socket, option, value);
    });
}

std::expected<SocketReadiness, NetError> TcpListenerSession::probe(SocketId socket) {
    return m_context->loop().invoke([this, socket] { return registry().probe(socket); });
}

} // namespace netcore
