#pragma once

#include "netcore/address.h"
#include "netcore/event_queue.h"
#include "netcore/io_loop.h"
#include "netcore/net_error.h"
#include "netcore/responder.h"
#include "netcore/session_event.h"
#include "netcore/socket.h"
#include "netcore/socket_inspection.h"

#include <cstddef>
#include <deque>
#include <expected>
#include <memory>
#include <optional>
#include <vector>

namespace netcore {

class SessionContext;
class SocketRegistry;

/// A UDP endpoint on an IoLoop: bound, optionally connected (connected-UDP: send() without an
/// address, only the connected peer's datagrams arrive, ICMP errors are reported). Reports
/// Listening, Connected, Datagram (with sender, truncation and real size), Sent, Error and Closed.
/// ICMP errors (ECONNREFUSED, WSAECONNRESET) are Error events; the session goes on receiving.
///
/// Every method may be called from any thread; the work runs on the loop. The IoLoop must outlive
/// the session. The destructor stops the session and waits for that on the loop.
class UdpSession final : public SocketInspector {
public:
    struct Config {
        Address bind = Address::loopback(Family::IPv4);
        std::optional<Address> connectTo;      ///< connect() right after bind
        std::size_t receiveBufferSize = 65535; ///< bytes per recvfrom(): larger datagrams are cut
        int maxReadsPerWake = 64;              ///< recvfrom() calls per readiness
        bool broadcast = false;                ///< SO_BROADCAST
        /// SO_RCVBUF, set before bind: the kernel queue that holds a flood while the I/O thread is
        /// not running. Linux's default (212,992 bytes) holds about 1.4 ms of 32-byte datagrams at
        /// 200,000/s; the OS caps the request (net.core.rmem_max). 0 keeps the OS default.
        int socketReceiveBuffer = 4 * 1024 * 1024;
        bool reportSent = true; ///< a Sent event per datagram
        bool tracing = true;
        /// Answers each datagram to its sender on the I/O thread (echo, upper-case, fixed).
        std::shared_ptr<DatagramResponder> responder;
    };

    UdpSession(IoLoop& loop, std::shared_ptr<EventQueue> queue, Config config);
    ~UdpSession() override;
    UdpSession(const UdpSession&) = delete;
    UdpSession& operator=(const UdpSession&) = delete;

    [[nodiscard]] SessionId id() const noexcept;

    /// socket, bind (and connect); waits for the result, also posted (Listening / Error).
    /// Returns the bound address.
    [[nodiscard]] std::expected<Address, NetError> start();
    void stop();

    /// Connected-UDP mode from now on (posts Connected, or Error).
    void connect(const Address& target);
    void sendTo(const Address& to, Payload bytes);
    /// Connected mode only.
    void send(Payload bytes);
    void setReceiveBufferSize(std::size_t size);
    /// Replaces how the server answers (nullptr: silent). Waits until the loop has switched.
    void setResponder(std::shared_ptr<DatagramResponder> responder);
    /// SO_BROADCAST on or off (Error event if the OS refuses).
    void setBroadcast(bool on);
    /// Joins or leaves a multicast group (IPv4 or IPv6) on an interface (see Socket::joinGroup).
    void joinGroup(const Address& group, const Address& interfaceAddress = {});
    void leaveGroup(const Address& group, const Address& interfaceAddress = {});
    /// Sets a socket option on the session's socket (multicast TTL, loopback, ...); Error on failure.
    void setOption(SocketOption option, OptionValue value);
    /// Turns CallTraced events on or off (a benchmark measures without them). Waits until the
    /// loop has switched, so the calls after it are traced (or not).
    void setTracing(bool on);

    // SocketInspector: the endpoint's one socket.
    [[nodiscard]] std::vector<SocketSnapshot> sockets(bool withReadiness) override;
    [[nodiscard]] std::expected<OptionValue, NetError> getOption(SocketId socket,
                                                                 SocketOption option) override;
    [[nodiscard]] std::expected<OptionValue, NetError> setOption(SocketId socket, SocketOption option,
                                                                 const OptionValue& value) override;
    [[nodiscard]] std::expected<SocketReadiness, NetError> probe(SocketId socket) override;

private:
    struct Outgoing {
        std::optional<Address> to; ///< nullopt: send() on the connected socket
        Payload bytes;
    };

    void onReady(int readiness);
    void receiveSome();
    void enqueue(Outgoing datagram);
    void flushOutput();
    void updateInterest();
    void stopOnLoop();
    [[nodiscard]] SocketRegistry registry(); ///< loop thread

    Config m_config;
    std::unique_ptr<SessionContext> m_context;
    Socket m_socket;
    NativeHandle m_watched = kInvalidHandle;
    int m_interest = 0;
    std::optional<Address> m_connectedTo;
    std::vector<std::byte> m_buffer;
    std::deque<Outgoing> m_output;
};

} // namespace netcore
