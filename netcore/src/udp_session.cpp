#include "netcore/udp_session.h"

#include "session_context.h"
#include "socket_registry.h"

#include <algorithm>
#include <utility>

namespace netcore {

namespace {
// Errors a datagram socket reports for an earlier datagram (ICMP), not for the call itself.
bool isAsyncError(ErrorCode code) {
    return code == ErrorCode::ConnectionRefused || code == ErrorCode::ConnectionReset ||
           code == ErrorCode::HostUnreachable || code == ErrorCode::NetworkUnreachable ||
           code == ErrorCode::MessageTooLong;
}
} // namespace

UdpSession::UdpSession(IoLoop& loop, std::shared_ptr<EventQueue> queue, Config config)
    : m_config(std::move(config)),
      m_context(std::make_unique<SessionContext>(loop, std::move(queue), m_config.tracing)),
      m_buffer(std::max<std::size_t>(m_config.receiveBufferSize, 1)) {}

UdpSession::~UdpSession() {
    m_context->loop().invoke([this] {
        SessionContext::EmitBatch batch(*m_context);
        stopOnLoop();
        m_context->retire();
    });
}

SessionId UdpSession::id() const noexcept {
    return m_context->id();
}

std::expected<Address, NetError> UdpSession::start() {
    return m_context->loop().invoke([this]() -> std::expected<Address, NetError> {
        SessionContext::EmitBatch batch(*m_context);
        const auto failed = [this](NetError error) -> std::expected<Address, NetError> {
            m_context->emitError(0, error);
            if (m_watched != kInvalidHandle)
                m_context->loop().unwatch(std::exchange(m_watched, kInvalidHandle));
            (void)m_socket.close();
            return std::unexpected(std::move(error));
        };
        if (m_socket.isOpen())
            return failed(NetError::make(ErrorCode::InvalidArgument, "start", m_config.bind.toString(),
                                         Message{"the session is already bound"}));
        auto opened = m_context->openSocket(m_config.bind.family(), SocketType::Datagram, 0);
        if (!opened) {
            m_context->emitError(0, opened.error());
            return std::unexpected(opened.error());
        }
        m_socket = std::move(*opened);
        if (m_config.broadcast) {
            if (auto on = m_socket.setOption(SocketOption::Broadcast, true); !on) return failed(on.error());
        }
        // Best effort: a smaller queue than asked for still works, so a refusal is only reported.
        if (m_config.socketReceiveBuffer > 0) {
            if (auto set = m_socket.setOption(SocketOption::ReceiveBuffer, m_config.socketReceiveBuffer);
                !set)
                m_context->emitError(0, set.error());
        }
        if (auto bound = m_socket.bind(m_config.bind); !bound) return failed(bound.error());
        if (auto mode = m_socket.setBlocking(false); !mode) return failed(mode.error());
        auto local = m_socket.localAddress();
        if (!local) return failed(local.error());
        m_watched = m_socket.nativeHandle();
        m_interest = Readable;
        if (auto watched = m_context->loop().watch(m_watched, m_interest, [this](int r) { onReady(r); });
            !watched) {
            m_watched = kInvalidHandle;
            return failed(watched.error());
        }
        auto event = m_context->event(SessionEventKind::Listening);
        event.local = *local;
        m_context->emit(std::move(event));
        if (m_config.connectTo) {
            if (auto connected = m_socket.connect(*m_config.connectTo); !connected)
                return failed(connected.error());
            m_connectedTo = m_config.connectTo;
            auto connectedEvent = m_context->event(SessionEventKind::Connected);
            connectedEvent.peer = *m_connectedTo;
            connectedEvent.local = *local;
            m_context->emit(std::move(connectedEvent));
        }
        return *local;
    });
}

void UdpSession::stop() {
    m_context->loop().invoke([this] {
        SessionContext::EmitBatch batch(*m_context);
        stopOnLoop();
    });
}

void UdpSession::stopOnLoop() {
    if (m_watched != kInvalidHandle) m_context->loop().unwatch(std::exchange(m_watched, kInvalidHandle));
    std::size_t dropped = 0;
    for (const auto& datagram : m_output)
        dropped += datagram.bytes.size();
    m_output.clear();
    m_connectedTo.reset();
    if (!m_socket.isOpen()) return;
    if (auto closed = m_socket.close(); !closed) m_context->emitError(0, closed.error());
    m_context->emitClosed(0, CloseReason::LocalClose, dropped);
}

void UdpSession::onReady(int readiness) {
    SessionContext::EmitBatch batch(*m_context);
    if ((readiness & Writable) && !m_output.empty()) flushOutput();
    if (readiness & (Readable | Failed)) receiveSome();
}

void UdpSession::receiveSome() {
    const std::span<std::byte> buffer(m_buffer);
    for (int i = 0; i < m_config.maxReadsPerWake && m_socket.isOpen(); ++i) {
        auto received = m_socket.recvFrom(buffer);
        if (!received) {
            const auto code = received.error().code;
            if (code == ErrorCode::WouldBlock) return;
            m_context->emitError(0, received.error());
            if (isAsyncError(code)) continue; // reported once; datagrams may be waiting behind it
            return;
        }
        auto event = m_context->event(SessionEventKind::Datagram);
        event.peer = received->from;
        event.bytes = Payload::copyOf(buffer.first(received->bytes));
        event.byteCount = received->bytes;
        event.truncated = received->truncated;
        event.realSize = received->realSize;
        event.error = std::move(received->truncation);
        if (m_config.responder) {
            auto reply = m_config.responder->onDatagram(received->from, event.bytes);
            m_context->emit(std::move(event));
            enqueue({received->from, std::move(reply)});
        } else {
            m_context->emit(std::move(event));
        }
    }
}

void UdpSession::setResponder(std::shared_ptr<DatagramResponder> responder) {
    // Waits for the loop, like setTracing(): data sent after this call meets the new responder.
    m_context->loop().invoke([this, &responder] { m_config.responder = std::move(responder); });
}

void UdpSession::setBroadcast(bool on) {
    setOption(SocketOption::Broadcast, on);
}

void UdpSession::setOption(SocketOption option, OptionValue value) {
    m_context->post([this, option, value] {
        if (!m_socket.isOpen()) return;
        if (auto set = m_socket.setOption(option, value); !set) m_context->emitError(0, set.error());
    });
}

void UdpSession::joinGroup(const Address& group, const Address& interfaceAddress) {
    m_context->post([this, group, interfaceAddress] {
        if (!m_socket.isOpen()) return;
        if (auto joined = m_socket.joinGroup(group, interfaceAddress); !joined)
            m_context->emitError(0, joined.error());
    });
}

void UdpSession::leaveGroup(const Address& group, const Address& interfaceAddress) {
    m_context->post([this, group, interfaceAddress] {
        if (!m_socket.isOpen()) return;
        if (auto left = m_socket.leaveGroup(group, interfaceAddress); !left)
            m_context->emitError(0, left.error());
    });
}

void UdpSession::enqueue(Outgoing datagram) {
    if (!m_socket.isOpen()) {
        m_context->emitError(0, NetError::make(ErrorCode::Closed, datagram.to ? "sendto" : "send",
                                               std::to_string(datagram.bytes.size()),
                                               Message{"the session is not started"}));
        return;
    }
    m_output.push_back(std::move(datagram));
    if (!(m_interest & Writable)) flushOutput();
}

void UdpSession::flushOutput() {
    while (!m_output.empty() && m_socket.isOpen()) {
        auto& front = m_output.front();
        const Address& to = front.to ? *front.to : *m_connectedTo;
        auto sent = front.to ? m_socket.sendTo(front.bytes, *front.to) : m_socket.send(front.bytes);
        if (!sent && sent.error().code == ErrorCode::WouldBlock) break; // the send buffer is full
        if (!sent) {
            m_context->emitError(0, sent.error()); // the datagram is dropped, as the OS would
        } else if (m_config.reportSent) {
            auto event = m_context->event(SessionEventKind::Sent);
            event.peer = to;
            event.byteCount = *sent;
            event.bytes = std::move(front.bytes); // what went on the wire, for the traffic view
            m_context->emit(std::move(event));
        }
        m_output.pop_front();
    }
    updateInterest();
}

void UdpSession::updateInterest() {
    const int interest = Readable | (m_output.empty() ? 0 : Writable);
    if (interest == m_interest || m_watched == kInvalidHandle) return;
    m_interest = interest;
    if (auto changed = m_context->loop().setInterest(m_watched, interest); !changed)
        m_context->emitError(0, changed.error());
}

void UdpSession::connect(const Address& target) {
    m_context->post([this, target] {
        if (auto connected = m_socket.connect(target); !connected) {
            m_context->emitError(0, connected.error());
            return;
        }
        m_connectedTo = target;
        auto event = m_context->event(SessionEventKind::Connected);
        event.peer = target;
        if (auto local = m_socket.localAddress()) event.local = *local;
        m_context->emit(std::move(event));
    });
}

void UdpSession::sendTo(const Address& to, Payload bytes) {
    m_context->post([this, to, bytes = std::move(bytes)]() mutable { enqueue({to, std::move(bytes)}); });
}

void UdpSession::send(Payload bytes) {
    m_context->post([this, bytes = std::move(bytes)]() mutable {
        if (!m_connectedTo) {
            m_context->emitError(
                0, NetError::make(ErrorCode::DestinationRequired, "send", std::to_string(bytes.size()),
                                  Message{"send() needs a connected socket: use sendTo or connect"}));
            return;
        }
        enqueue({std::nullopt, std::move(bytes)});
    });
}

void UdpSession::setReceiveBufferSize(std::size_t size) {
    m_context->post([this, size] { m_buffer.resize(std::max<std::size_t>(size, 1)); });
}

void UdpSession::setTracing(bool on) {
    m_context->loop().invoke([this, on] {
        m_context->setTracing(on);
        m_socket.setTracer(m_context->tracerFor(0));
    });
}

SocketRegistry UdpSession::registry() {
    SocketRegistry registry;
    std::size_t queued = 0;
    for (const auto& datagram : m_output)
        queued += datagram.bytes.size();
    registry.add(m_socket, SocketRole::Udp, 0, queued);
    return registry;
}

std::vector<SocketSnapshot> UdpSession::sockets(bool withReadiness) {
    return m_context->loop().invoke([this, withReadiness] { return registry().snapshots(withReadiness); });
}

std::expected<OptionValue, NetError> UdpSession::getOption(SocketId socket, SocketOption option) {
    return m_context->loop().invoke([this, socket, option] { return registry().getOption(socket, option); });
}

std::expected<OptionValue, NetError> UdpSession::setOption(SocketId socket, SocketOption option,
                                                           const OptionValue& value) {
    return m_context->loop().invoke([this, socket, option, &value] {
        SessionContext::EmitBatch batch(*m_context);
        return registry().setOption(socket, option, value);
    });
}

std::expected<SocketReadiness, NetError> UdpSession::probe(SocketId socket) {
    return m_context->loop().invoke([this, socket] { return registry().probe(socket); });
}

} // namespace netcore
