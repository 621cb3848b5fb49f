#include "netcore/tcp_client_session.h"

#include "session_context.h"
#include "socket_registry.h"
#include "stream_connection.h"

#include <algorithm>
#include <utility>

namespace netcore {

TcpClientSession::TcpClientSession(IoLoop& loop, std::shared_ptr<EventQueue> queue, Config config)
    : m_config(std::move(config)),
      m_context(std::make_unique<SessionContext>(loop, std::move(queue), m_config.tracing)),
      m_received(std::make_unique<ReceiveBuffer>(m_config.receiveBufferSize, m_config.payloadStorage)) {}

TcpClientSession::~TcpClientSession() {
    m_context->loop().invoke([this] {
        SessionContext::EmitBatch batch(*m_context);
        closeOnLoop(false);
        m_closed.reset();
        m_context->retire();
    });
}

SessionId TcpClientSession::id() const noexcept {
    return m_context->id();
}

void TcpClientSession::connect(std::vector<Address> targets) {
    m_context->post([this, targets = std::move(targets)]() mutable {
        m_closed.reset();
        if (m_connection || m_attemptId != 0) {
            m_context->emitError(m_attemptId != 0 ? m_attemptId : m_connection->id(),
                                 NetError::make(m_connection ? ErrorCode::IsConnected : ErrorCode::Already,
                                                "connect", {},
                                                Message{"close the current connection first"}));
            return;
        }
        m_attemptId = m_nextConnection++;
        m_targets = std::move(targets);
        m_nextTarget = 0;
        tryNext();
    });
}

void TcpClientSession::tryNext() {
    while (m_nextTarget < m_targets.size()) {
        m_attemptAddress = m_targets[m_nextTarget++];
        auto opened = m_context->openSocket(m_attemptAddress.family(), SocketType::Stream, m_attemptId);
        if (!opened) {
            m_context->emitError(m_attemptId, opened.error());
            continue;
        }
        m_attempt = std::move(*opened);
        if (m_config.bind && m_config.bind->family() == m_attemptAddress.family()) {
            if (auto bound = m_attempt.bind(*m_config.bind); !bound) {
                attemptFailed(bound.error());
                return;
            }
        }
        if (auto mode = m_attempt.setBlocking(false); !mode) {
            attemptFailed(mode.error());
            return;
        }
        auto started = m_attempt.connect(m_attemptAddress);
        if (started) {
            connected(); // loopback may finish at once
            return;
        }
        if (started.error().code != ErrorCode::InProgress) {
            attemptFailed(started.error());
            return;
        }
        m_attemptHandle = m_attempt.nativeHandle();
        if (auto watched = m_context->loop().watch(m_attemptHandle, Writable,
                                                   [this](int) {
                                                       SessionContext::EmitBatch batch(*m_context);
                                                       onConnectReady();
                                                   });
            !watched) {
            m_attemptHandle = kInvalidHandle;
            attemptFailed(watched.error());
            return;
        }
        m_timer = m_context->loop().addTimer(m_config.connectTimeout, [this] {
            SessionContext::EmitBatch batch(*m_context);
            m_timer = 0;
            attemptFailed(NetError::make(
                ErrorCode::Timeout, "connect", m_attemptAddress.toString(),
                Message{"no answer within %1 ms", {std::to_string(m_config.connectTimeout.count())}}));
        });
        return;
    }
    const ConnectionId failed = std::exchange(m_attemptId, 0);
    m_targets.clear();
    m_context->emitClosed(failed, CloseReason::ConnectFailed);
}

void TcpClientSession::onConnectReady() {
    if (m_attemptHandle == kInvalidHandle) return;
    auto result = m_attempt.connectResult();
    if (!result && result.error().code == ErrorCode::InProgress) return; // not yet: keep waiting
    if (!result) {
        attemptFailed(result.error());
        return;
    }
    connected();
}

void TcpClientSession::endAttempt() {
    if (m_timer != 0) m_context->loop().cancelTimer(std::exchange(m_timer, 0));
    if (m_attemptHandle != kInvalidHandle)
        m_context->loop().unwatch(std::exchange(m_attemptHandle, kInvalidHandle));
}

void TcpClientSession::attemptFailed(NetError error) {
    endAttempt();
    m_context->emitError(m_attemptId, std::move(error));
    if (m_attempt.isOpen()) (void)m_attempt.close();
    tryNext();
}

void TcpClientSession::connected() {
    endAttempt();
    const ConnectionId id = std::exchange(m_attemptId, 0);
    m_targets.clear();
    auto connection = std::make_unique<StreamConnection>(
        *m_context, id, std::move(m_attempt), m_attemptAddress,
        StreamConnection::Options{.closeOnPeerEof = m_config.closeOnPeerEof, .onData = {}}, *m_received,
        [this](ConnectionId) { onConnectionClosed(); });
    if (auto started = connection->start(); !started) {
        m_context->emitError(id, started.error());
        m_context->emitClosed(id, CloseReason::Error);
        return;
    }
    auto event = m_context->event(SessionEventKind::Connected, id);
    event.peer = m_attemptAddress;
    event.local = connection->info().local;
    m_context->emit(std::move(event));
    m_connection = std::move(connection);
}

void TcpClientSession::onConnectionClosed() {
    m_closed = std::move(m_connection);
}

void TcpClientSession::closeOnLoop(bool abortive) {
    if (m_attemptId != 0) {
        endAttempt();
        if (m_attempt.isOpen()) (void)m_attempt.close();
        m_targets.clear();
        m_context->emitClosed(std::exchange(m_attemptId, 0), CloseReason::LocalClose);
        return;
    }
    if (!m_connection) return;
    if (abortive) {
        m_connection->abort();
    } else {
        m_connection->close(CloseReason::LocalClose);
    }
}

void TcpClientSession::send(Payload bytes) {
    m_context->post([this, bytes = std::move(bytes)]() mutable {
        m_closed.reset();
        if (!m_connection) {
            m_context->emitError(0, NetError::make(ErrorCode::NotConnected, "send",
                                                   std::to_string(bytes.size()), Message{"not connected"}));
            return;
        }
        m_connection->send(std::move(bytes));
    });
}

void TcpClientSession::shutdownWrite() {
    m_context->post([this] {
        m_closed.reset();
        if (m_connection) m_connection->shutdownWrite();
    });
}

void TcpClientSession::close() {
    m_context->post([this] {
        m_closed.reset();
        closeOnLoop(false);
    });
}

void TcpClientSession::abort() {
    m_context->post([this] {
        m_closed.reset();
        closeOnLoop(true);
    });
}

void TcpClientSession::setTracing(bool on) {
    m_context->loop().invoke([this, on] {
        m_context->setTracing(on);
        if (m_connection) m_connection->setTracer(m_context->tracerFor(m_connection->id()));
        if (m_attempt.isOpen()) m_attempt.setTracer(m_context->tracerFor(m_attemptId));
    });
}

std::optional<ConnectionInfo> TcpClientSession::connection() const {
    return m_context->loop().invoke([this]() -> std::optional<ConnectionInfo> {
        if (!m_connection) return std::nullopt;
        return m_connection->info();
    });
}

std::size_t TcpClientSession::queuedBytes() const {
    return m_context->loop().invoke(
        [this]() -> std::size_t { return m_connection ? m_connection->queuedBytes() : 0; });
}

SocketRegistry TcpClientSession::registry() {
    SocketRegistry registry;
    registry.add(m_attempt, SocketRole::Client, m_attemptId);
    if (m_connection && !m_connection->isClosed())
        registry.add(m_connection->socket(), SocketRole::Client, m_connection->id(),
                     m_connection->queuedBytes());
    return registry;
}

std::vector<SocketSnapshot> TcpClientSession::sockets(bool withReadiness) {
    return m_context->loop().invoke([this, withReadiness] { return registry().snapshots(withReadiness); });
}

std::expected<OptionValue, NetError> TcpClientSession::getOption(SocketId socket, SocketOption option) {
    return m_context->loop().invoke([this, socket, option] { return registry().getOption(socket, option); });
}

std::expected<OptionValue, NetError> TcpClientSession::setOption(SocketId socket, SocketOption option,
                                                                 const OptionValue& value) {
    return m_context->loop().invoke([this, socket, option, &value] {
        SessionContext::EmitBatch batch(*m_context);
        return registry().setOption(socket, option, value);
    });
}

std::expected<SocketReadiness, NetError> TcpClientSession::probe(SocketId socket) {
    return m_context->loop().invoke([this, socket] { return registry().probe(socket); });
}

} // namespace netcore
