#include "test_support.h"

#include <cstring>

namespace netcore::test {

void initialize() {
    // Socket::open initialises Winsock on first use; nothing else to prepare.
}

std::vector<std::byte> bytes(std::string_view text) {
    std::vector<std::byte> out(text.size());
    if (!text.empty()) std::memcpy(out.data(), text.data(), text.size());
    return out;
}

std::string text(std::span<const std::byte> data) {
    return {reinterpret_cast<const char*>(data.data()), data.size()};
}

Listener listenOnLoopback(Family family, int backlog, bool reuseAddress) {
    auto socket = require(Socket::open(family, SocketType::Stream), "socket");
    if (reuseAddress) require(socket.setOption(SocketOption::ReuseAddress, true), "SO_REUSEADDR");
    require(socket.bind(Address::loopback(family, 0)), "bind");
    require(socket.listen(backlog), "listen");
    auto address = require(socket.localAddress(), "getsockname");
    return {std::move(socket), address};
}

Connection connectedPair(Family family) {
    auto listener = listenOnLoopback(family);
    auto client = require(Socket::open(family, SocketType::Stream), "socket");
    require(client.connect(listener.address), "connect");
    auto accepted = require(listener.socket.accept(), "accept");
    return {std::move(client), std::move(accepted.socket)};
}

BoundUdp udpOnLoopback(Family family) {
    auto socket = require(Socket::open(family, SocketType::Datagram), "socket");
    require(socket.bind(Address::loopback(family, 0)), "bind");
    auto address = require(socket.localAddress(), "getsockname");
    return {std::move(socket), address};
}

bool hasIpv6Loopback() {
    static const bool has = [] {
        auto socket = Socket::open(Family::IPv6, SocketType::Datagram);
        return socket && socket->bind(Address::loopback(Family::IPv6, 0)).has_value();
    }();
    return has;
}

} // namespace netcore::test
