#pragma once

// A plain netcore listener on 127.0.0.1 for widget tests that need a peer of their own (one that
// never reads, or reads only when told): the tab under test connects to it.

#include "netcore/address.h"
#include "netcore/socket.h"

#include <QtGlobal>

#include <chrono>
#include <utility>

struct LoopbackListener {
    netcore::Socket socket;
    quint16 port = 0;
};

/// Listens on 127.0.0.1, port chosen by the OS; accept() gives up after 5 s instead of hanging a test.
inline LoopbackListener listenOnLoopback() {
    using namespace std::chrono_literals;
    auto socket = netcore::Socket::open(netcore::Family::IPv4, netcore::SocketType::Stream);
    if (!socket) qFatal("socket: %s", socket.error().summary().c_str());
    if (auto bound = socket->bind(netcore::Address::loopback(netcore::Family::IPv4)); !bound)
        qFatal("bind: %s", bound.error().summary().c_str());
    if (auto listening = socket->listen(8); !listening)
        qFatal("listen: %s", listening.error().summary().c_str());
    if (auto timeout = socket->setTimeout(5s); !timeout)
        qFatal("timeout: %s", timeout.error().summary().c_str());
    const auto local = socket->localAddress();
    if (!local) qFatal("getsockname: %s", local.error().summary().c_str());
    return {std::move(*socket), local->port()};
}

/// The next connection, its calls bounded by 5 s too.
inline netcore::Socket acceptFrom(LoopbackListener& listener) {
    using namespace std::chrono_literals;
    auto accepted = listener.socket.accept();
    if (!accepted) qFatal("accept: %s", accepted.error().summary().c_str());
    if (auto timeout = accepted->socket.setTimeout(5s); !timeout)
        qFatal("timeout: %s", timeout.error().summary().c_str());
    return std::move(accepted->socket);
}
