#pragma once

#include "netcore/address.h"
#include "netcore/session_event.h"
#include "netcore/trace.h"

#include <cstddef>
#include <cstdint>

namespace netcore {

/// A snapshot of one open TCP connection of a session, for a connections view.
struct ConnectionInfo {
    ConnectionId id = 0;
    Address peer;
    Address local;
    TraceClock::time_point openedAt; ///< accepted / connected
    std::uint64_t bytesIn = 0;
    std::uint64_t bytesOut = 0;
    std::size_t queuedBytes = 0; ///< accepted by send() but not yet taken by the OS
    bool peerShutdown = false;   ///< the peer sent FIN
    bool writeShutdown = false;  ///< we sent FIN (shutdownWrite)
};

} // namespace netcore
