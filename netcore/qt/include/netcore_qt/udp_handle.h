#pragma once

#include "netcore_qt/session_handle.h"

#include "netcore/address.h"
#include "netcore/net_error.h"
#include "netcore/responder.h"
#include "netcore/socket_option.h"

#include <QByteArray>

#include <expected>
#include <memory>
#include <optional>

namespace netcore {
class UdpSession;
}

namespace netcore_qt {

/// A UDP tab's session (server, client or chat peer): one datagram socket on netcore's I/O
/// thread. Events (Listening, Connected, Datagram, Sent, Error, CallTraced) arrive through
/// eventsArrived().
class UdpHandle : public SessionHandle {
    Q_OBJECT
public:
    struct Settings {
        netcore::Address bind = netcore::Address::loopback(netcore::Family::IPv4, 0);
        std::optional<netcore::Address> connectTo; ///< connected-UDP mode
        std::size_t receiveBufferSize = 65535;     ///< bytes per recvfrom(): larger datagrams are cut
        bool broadcast = false;                    ///< SO_BROADCAST
        std::shared_ptr<netcore::DatagramResponder> responder; ///< servers: answer each datagram
    };

    explicit UdpHandle(SessionHub& hub, QObject* parent = nullptr);
    ~UdpHandle() override;

    /// Opens and binds (and connects); the error is returned and also arrives as an Error event.
    [[nodiscard]] std::expected<netcore::Address, netcore::NetError> start(const Settings& settings);
    void stop();
    [[nodiscard]] bool isRunning() const { return m_session != nullptr; }
    [[nodiscard]] netcore::SocketInspector* inspector() const override;

    void sendTo(const netcore::Address& to, const QByteArray& bytes);
    /// Connected mode only.
    void send(const QByteArray& bytes);
    void connectTo(const netcore::Address& target);
    void setReceiveBufferSize(std::size_t size);
    void setResponder(std::shared_ptr<netcore::DatagramResponder> responder);
    void setBroadcast(bool on);
    void setOption(netcore::SocketOption option, const netcore::OptionValue& value);
    void joinGroup(const netcore::Address& group, const netcore::Address& interfaceAddress = {});
    void leaveGroup(const netcore::Address& group, const netcore::Address& interfaceAddress = {});

private:
    std::unique_ptr<netcore::UdpSession> m_session;
};

} // namespace netcore_qt
