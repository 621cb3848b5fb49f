#include "netcore/blocking_client_session.h"

#include "netcore/socket.h"
#include "socket_registry.h"

namespace netcore {

/// Turns the worker socket's calls into CallTraced events (called on the worker thread).
class BlockingClientSession::Tracing final : public Tracer {
public:
    explicit Tracing(const BlockingClientSession& session) : m_session(session) {}
    void record(TraceRecord record) override {
        auto event = m_session.event(SessionEventKind::CallTraced);
        event.trace = std::move(record);
        m_session.publish(std::move(event));
    }

private:
    const BlockingClientSession& m_session;
};

std::expected<std::unique_ptr<BlockingClientSession>, NetError>
BlockingClientSession::create(std::shared_ptr<EventQueue> queue, Config config) {
    auto worker = BlockingWorker::create(Socket{});
    if (!worker) return std::unexpected(worker.error());
    return std::unique_ptr<BlockingClientSession>(
        new BlockingClientSession(std::move(queue), std::move(config), std::move(*worker)));
}

BlockingClientSession::BlockingClientSession(std::shared_ptr<EventQueue> queue, Config config,
                                             std::unique_ptr<BlockingWorker> worker)
    : m_id(newSessionId()), m_queue(std::move(queue)), m_config(std::move(config)),
      m_tracer(std::make_shared<Tracing>(*this)), m_worker(std::move(worker)) {}

BlockingClientSession::~BlockingClientSession() {
    m_worker.reset(); // cancels the wait in progress and joins before the members go
}

SessionEvent BlockingClientSession::event(SessionEventKind kind) const {
    SessionEvent event;
    event.session = m_id;
    event.connection = m_connection.load();
    event.kind = kind;
    event.time = TraceClock::now();
    return event;
}

void BlockingClientSession::publish(SessionEvent event) const {
    m_queue->push(std::move(event));
}

void BlockingClientSession::emitError(NetError error) const {
    auto event = this->event(SessionEventKind::Error);
    event.error = std::move(error);
    publish(std::move(event));
}

void BlockingClientSession::emitClosed(CloseReason reason) {
    auto event = this->event(SessionEventKind::Closed);
    event.closeReason = reason;
    publish(std::move(event));
    m_connection = 0;
}

void BlockingClientSession::announce(const char* call, std::string arguments) const {
    auto event = this->event(SessionEventKind::CallStarted);
    TraceRecord record;
    record.call = call;
    record.arguments = std::move(arguments);
    record.start = event.time;
    event.trace = std::move(record);
    publish(std::move(event));
}

void BlockingClientSession::prepare(Socket& socket) {
    if (m_config.tracing) socket.setTracer(m_tracer);
    if (auto armed = m_worker->armCancel(socket); !armed) emitError(armed.error());
    if (auto mode = socket.setMode(m_config.mode); !mode) emitError(mode.error());
}

void BlockingClientSession::connect(std::vector<Address> targets) {
    const auto generation = ++m_generation;
    m_worker->submit(
        [this, generation, targets = std::move(targets)](Socket& socket) {
            if (socket.isOpen()) {
                guarded(socket, [&] { (void)socket.close(); });
                emitClosed(CloseReason::LocalClose);
            }
            for (const auto& target : targets) {
                if (m_generation != generation) return; // closed meanwhile: try no further address
                auto opened = Socket::open(target.family(), SocketType::Stream);
                if (!opened) {
                    emitError(opened.error());
                    continue;
                }
                guarded(socket, [&] {
                    socket = std::move(*opened);
                    prepare(socket);
                });
                m_connection = m_nextConnection++;
                // A blocking connect waits as long as the OS retries SYNs (minutes): bound it by
                // the configured connect timeout, then go back to blocking for the other calls.
                const bool bounded = m_config.mode.kind() == BlockingMode::Kind::Blocking &&
                                     m_config.connectTimeout.count() > 0;
                if (bounded)
                    guarded(socket, [&] {
                        (void)socket.setMode(
                            BlockingMode::timeout(std::chrono::duration<double>(m_config.connectTimeout)));
                    });
                announce("connect", target.toString());
                auto connected = socket.connect(target);
                if (bounded) guarded(socket, [&] { (void)socket.setMode(m_config.mode); });
                if (!connected) {
                    emitError(connected.error());
                    guarded(socket, [&] { (void)socket.close(); });
                    continue;
                }
                auto event = this->event(SessionEventKind::Connected);
                event.peer = target;
                if (auto local = socket.localAddress()) event.local = *local;
                publish(std::move(event));
                return;
            }
            emitClosed(CloseReason::ConnectFailed);
        },
        "connect");
}

void BlockingClientSession::receiveOnce(Socket& socket) {
    std::vector<std::byte> buffer(std::max<std::size_t>(m_config.receiveBufferSize, 1));
    announce("recv", std::to_string(buffer.size()));
    auto received = socket.recv(buffer);
    if (!received) {
        const auto code = received.error().code;
        emitError(received.error());
        if (code == ErrorCode::ConnectionReset || code == ErrorCode::ConnectionAborted) {
            guarded(socket, [&] { (void)socket.close(); });
            auto event = this->event(SessionEventKind::Closed);
            event.closeReason = CloseReason::Reset;
            publish(std::move(event));
            m_connection = 0;
        }
        return;
    }
    if (*received == 0) {
        publish(event(SessionEventKind::PeerShutdown));
        return;
    }
    auto event = this->event(SessionEventKind::Data);
    if (auto peer = socket.peerAddress()) event.peer = *peer;
    event.byteCount = *received;
    event.bytes = Payload::copyOf(std::span(buffer).first(*received)); // sized to what came, not the buffer
    publish(std::move(event));
}

void BlockingClientSession::send(Payload bytes) {
    m_worker->submit(
        [this, bytes = std::move(bytes)](Socket& socket) {
            if (!socket.isOpen()) {
                emitError(NetError::make(ErrorCode::Closed, "send", std::to_string(bytes.size()),
                                         Message{"not connected"}));
                return;
            }
            announce("sendall", std::to_string(bytes.size()));
            auto sent = socket.sendAll(bytes);
            auto event = this->event(SessionEventKind::Sent);
            event.byteCount = sent ? sent->bytes : sent.error().transferred;
            event.bytes = bytes.sliced(0, event.byteCount);
            if (auto peer = socket.peerAddress()) event.peer = *peer;
            if (event.byteCount > 0) publish(std::move(event));
            if (!sent) {
                emitError(sent.error());
                return;
            }
            if (m_config.receiveAfterSend) receiveOnce(socket);
        },
        "send");
}

void BlockingClientSession::receive() {
    m_worker->submit(
        [this](Socket& socket) {
            if (!socket.isOpen()) {
                emitError(NetError::make(ErrorCode::Closed, "recv", "", Message{"not connected"}));
                return;
            }
            receiveOnce(socket);
        },
        "recv");
}

void BlockingClientSession::shutdownWrite() {
    m_worker->submit(
        [this](Socket& socket) {
            if (auto done = socket.shutdown(ShutdownHow::Write); !done) emitError(done.error());
        },
        "shutdown");
}

void BlockingClientSession::close() {
    ++m_generation;
    m_worker->cancel(); // a connect still waiting gives up now, not after its timeout
    m_worker->submit(
        [this](Socket& socket) {
            if (!socket.isOpen()) return;
            if (auto done = guarded(socket, [&] { return socket.close(); }); !done) emitError(done.error());
            emitClosed(CloseReason::LocalClose);
        },
        "close");
}

void BlockingClientSession::abort() {
    ++m_generation;
    m_worker->submit(
        [this](Socket& socket) {
            if (!socket.isOpen()) return;
            if (auto linger = socket.setOption(SocketOption::Linger, LingerValue{true, 0}); !linger)
                emitError(linger.error());
            guarded(socket, [&] { (void)socket.close(); });
            emitClosed(CloseReason::Abort);
        },
        "abort");
}

void BlockingClientSession::setMode(BlockingMode mode) {
    m_worker->submit(
        [this, mode](Socket& socket) {
            m_config.mode = mode;
            if (socket.isOpen())
                if (auto set = guarded(socket, [&] { return socket.setMode(mode); }); !set)
                    emitError(set.error());
        },
        "setmode");
}

void BlockingClientSession::cancel() noexcept {
    m_worker->cancel();
}

std::optional<BlockingWorker::Busy> BlockingClientSession::busy() const {
    return m_worker->busy();
}

template <typename Use>
auto BlockingClientSession::withRegistry(Use&& use) {
    std::lock_guard lock(m_socketMutex);
    SocketRegistry registry;
    if (m_socket) registry.add(*m_socket, SocketRole::Client, m_connection.load());
    return use(registry);
}

std::vector<SocketSnapshot> BlockingClientSession::sockets(bool withReadiness) {
    return withRegistry([&](const SocketRegistry& registry) { return registry.snapshots(withReadiness); });
}

std::expected<OptionValue, NetError> BlockingClientSession::getOption(SocketId socket, SocketOption option) {
    return withRegistry([&](const SocketRegistry& registry) { return registry.getOption(socket, option); });
}

std::expected<OptionValue, NetError> BlockingClientSession::setOption(SocketId socket, SocketOption option,
                                                                      const OptionValue& value) {
    return withRegistry(
        [&](const SocketRegistry& registry) { return registry.setOption(socket, option, value); });
}

std::expected<SocketReadiness, NetError> BlockingClientSession::probe(SocketId socket) {
    return withRegistry([&](const SocketRegistry& registry) { return registry.probe(socket); });
}

} // namespace netcore
