#include "netcore_qt/tcp_client_handle.h"

#include "netcore_qt/byte_array_payload.h"
#include "netcore_qt/session_hub.h"

#include "netcore/blocking_client_session.h"
#include "netcore/tcp_client_session.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QMetaObject>
#include <QPointer>
#include <QThreadPool>

namespace netcore_qt {

TcpClientHandle::TcpClientHandle(SessionHub& hub, QObject* parent) : SessionHandle(hub, parent) {
    qRegisterMetaType<netcore::ResolveResult>();
}

TcpClientHandle::~TcpClientHandle() {
    dropSessions();
}

void TcpClientHandle::dropSessions() {
    // Destroying a session closes its socket and waits for its thread or loop task to finish.
    m_async.reset();
    m_blocking.reset();
}

void TcpClientHandle::connectTo(const Settings& settings) {
    dropSessions();
    m_settings = settings;
    const quint64 attempt = ++m_attempt;
    const std::string host = settings.host.toStdString();
    const std::string port = std::to_string(settings.port);
    QPointer<TcpClientHandle> self(this);
    // getaddrinfo may wait seconds for DNS: never on the GUI thread. The answer comes back
    // queued, and is dropped if a newer connectTo() (or the handle's end) made it stale.
    QThreadPool::globalInstance()->start([self, attempt, host, port] {
        QElapsedTimer timer;
        timer.start();
        auto result = netcore::resolve(host, port);
        const qint64 took = timer.elapsed();
        QMetaObject::invokeMethod(
            QCoreApplication::instance(),
            [self, attempt, result = std::move(result), took] {
                if (!self || self->m_attempt != attempt) return;
                if (!result) {
                    emit self->resolveFailed(result.error());
                    return;
                }
                emit self->resolved(*result, took);
                self->startSession(*result);
            },
            Qt::QueuedConnection);
    });
}

void TcpClientHandle::startSession(const netcore::ResolveResult& result) {
    std::vector<netcore::Address> targets;
    for (const auto& entry : result.addresses)
        targets.push_back(entry.address);
    if (m_settings.mode.kind() == netcore::BlockingMode::Kind::NonBlocking) {
        netcore::TcpClientSession::Config config;
        config.connectTimeout = m_settings.connectTimeout;
        config.payloadStorage = byteArrayStorage(); // received chunks reach the views without a copy
        m_async = std::make_unique<netcore::TcpClientSession>(hub().loop(), hub().queue(), config);
        attachSession(m_async->id());
        m_async->connect(std::move(targets));
        return;
    }
    netcore::BlockingClientSession::Config config;
    config.mode = m_settings.mode;
    config.connectTimeout = m_settings.connectTimeout;
    auto session = netcore::BlockingClientSession::create(hub().queue(), config);
    if (!session) {
        emit resolveFailed(session.error());
        return;
    }
    m_blocking = std::move(*session);
    attachSession(m_blocking->id());
    m_blocking->connect(std::move(targets));
}

void TcpClientHandle::reconnect() {
    connectTo(m_settings);
}

void TcpClientHandle::send(const QByteArray& bytes) {
    if (m_async) m_async->send(toPayload(bytes));
    if (m_blocking) m_blocking->send(toPayload(bytes));
}

void TcpClientHandle::receive() {
    if (m_blocking) m_blocking->receive();
}

void TcpClientHandle::shutdownWrite() {
    if (m_async) m_async->shutdownWrite();
    if (m_blocking) m_blocking->shutdownWrite();
}

void TcpClientHandle::close() {
    ++m_attempt; // a lookup still running must not connect after this
    if (m_async) m_async->close();
    if (m_blocking) m_blocking->close();
}

void TcpClientHandle::abort() {
    if (m_async) m_async->abort();
    if (m_blocking) m_blocking->abort();
}

void TcpClientHandle::cancel() {
    if (m_blocking) m_blocking->cancel();
}

void TcpClientHandle::setMode(netcore::BlockingMode mode) {
    const bool wasAsync = m_settings.mode.kind() == netcore::BlockingMode::Kind::NonBlocking;
    const bool isAsync = mode.kind() == netcore::BlockingMode::Kind::NonBlocking;
    m_settings.mode = mode;
    if (m_blocking && !isAsync) m_blocking->setMode(mode);
    Q_UNUSED(wasAsync); // switching between the two kinds of session takes a reconnect
}

std::optional<netcore::BlockingWorker::Busy> TcpClientHandle::busy() const {
    return m_blocking ? m_blocking->busy() : std::nullopt;
}

netcore::SocketInspector* TcpClientHandle::inspector() const {
    if (m_async) return m_async.get();
    return m_blocking.get();
}

} // namespace netcore_qt
