#include "netcore_qt/tcp_server_handle.h"

#include "netcore_qt/byte_array_payload.h"
#include "netcore_qt/session_hub.h"

#include "netcore/tcp_listener_session.h"

namespace netcore_qt {

TcpServerHandle::TcpServerHandle(SessionHub& hub, QObject* parent) : SessionHandle(hub, parent) {}

TcpServerHandle::~TcpServerHandle() = default; // the session's destructor stops it on the loop

std::expected<netcore::Address, netcore::NetError> TcpServerHandle::start(const Settings& settings) {
    m_session.reset();
    m_responder = settings.responder;
    netcore::TcpListenerSession::Config config;
    config.bind = settings.bind;
    config.backlog = settings.backlog;
    config.reuseAddress = settings.reuseAddress;
    config.responder = settings.responder;
    config.payloadStorage = byteArrayStorage(); // received chunks reach the views without a copy
    auto session =
        std::make_unique<netcore::TcpListenerSession>(hub().loop(), hub().queue(), std::move(config));
    // Attach before starting: the Listening or Error event must find this handle.
    attachSession(session->id());
    // bind() and listen() run on the I/O thread; this waits the microseconds they take.
    if (m_readingPaused) session->setReadingPaused(true); // before any connection is accepted
    auto started = session->start();
    if (started) m_session = std::move(session);
    return started;
}

void TcpServerHandle::stop() {
    m_session.reset();
}

void TcpServerHandle::setResponder(std::shared_ptr<netcore::Responder> responder) {
    m_responder = responder;
    if (m_session) m_session->setResponder(std::move(responder));
}

void TcpServerHandle::send(netcore::ConnectionId connection, const QByteArray& bytes) {
    if (m_session) m_session->send(connection, toPayload(bytes));
}

void TcpServerHandle::sendToAll(const QByteArray& bytes) {
    if (m_session) m_session->sendToAll(toPayload(bytes));
}

void TcpServerHandle::shutdownWrite(netcore::ConnectionId connection) {
    if (m_session) m_session->shutdownWrite(connection);
}

void TcpServerHandle::close(netcore::ConnectionId connection) {
    if (m_session) m_session->close(connection);
}

void TcpServerHandle::abort(netcore::ConnectionId connection) {
    if (m_session) m_session->abort(connection);
}

void TcpServerHandle::setReadingPaused(bool paused) {
    m_readingPaused = paused;
    if (m_session) m_session->setReadingPaused(paused);
}

netcore::SocketInspector* TcpServerHandle::inspector() const {
    return m_session.get();
}

std::vector<netcore::ConnectionInfo> TcpServerHandle::connections() const {
    return m_session ? m_session->connections() : std::vector<netcore::ConnectionInfo>{};
}

} // namespace netcore_qt
