#include "netcore_qt/udp_handle.h"

#include "netcore_qt/byte_array_payload.h"
#include "netcore_qt/session_hub.h"

#include "netcore/udp_session.h"

namespace netcore_qt {

UdpHandle::UdpHandle(SessionHub& hub, QObject* parent) : SessionHandle(hub, parent) {}

UdpHandle::~UdpHandle() = default;

std::expected<netcore::Address, netcore::NetError> UdpHandle::start(const Settings& settings) {
    m_session.reset();
    netcore::UdpSession::Config config;
    config.bind = settings.bind;
    config.connectTo = settings.connectTo;
    config.receiveBufferSize = settings.receiveBufferSize;
    config.broadcast = settings.broadcast;
    config.responder = settings.responder;
    auto session = std::make_unique<netcore::UdpSession>(hub().loop(), hub().queue(), std::move(config));
    attachSession(session->id()); // before start(): its Listening / Error event must find us
    auto started = session->start();
    if (started) m_session = std::move(session);
    return started;
}

void UdpHandle::stop() {
    m_session.reset();
}

void UdpHandle::sendTo(const netcore::Address& to, const QByteArray& bytes) {
    if (m_session) m_session->sendTo(to, toPayload(bytes));
}

void UdpHandle::send(const QByteArray& bytes) {
    if (m_session) m_session->send(toPayload(bytes));
}

void UdpHandle::connectTo(const netcore::Address& target) {
    if (m_session) m_session->connect(target);
}

void UdpHandle::setReceiveBufferSize(std::size_t size) {
    if (m_session) m_session->setReceiveBufferSize(size);
}

void UdpHandle::setResponder(std::shared_ptr<netcore::DatagramResponder> responder) {
    if (m_session) m_session->setResponder(std::move(responder));
}

void UdpHandle::setBroadcast(bool on) {
    if (m_session) m_session->setBroadcast(on);
}

void UdpHandle::setOption(netcore::SocketOption option, const netcore::OptionValue& value) {
    if (m_session) m_session->setOption(option, value);
}

void UdpHandle::joinGroup(const netcore::Address& group, const netcore::Address& interfaceAddress) {
    if (m_session) m_session->joinGroup(group, interfaceAddress);
}

void UdpHandle::leaveGroup(const netcore::Address& group, const netcore::Address& interfaceAddress) {
    if (m_session) m_session->leaveGroup(group, interfaceAddress);
}

netcore::SocketInspector* UdpHandle::inspector() const {
    return m_session.get();
}

} // namespace netcore_qt
