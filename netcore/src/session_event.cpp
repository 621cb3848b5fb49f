#include "netcore/session_event.h"

#include <atomic>

namespace netcore {

std::string_view sessionEventKindName(SessionEventKind kind) noexcept {
    switch (kind) {
    case SessionEventKind::Listening:
        return "Listening";
    case SessionEventKind::Accepted:
        return "Accepted";
    case SessionEventKind::Connected:
        return "Connected";
    case SessionEventKind::Data:
        return "Data";
    case SessionEventKind::Datagram:
        return "Datagram";
    case SessionEventKind::Sent:
        return "Sent";
    case SessionEventKind::PeerShutdown:
        return "PeerShutdown";
    case SessionEventKind::Error:
        return "Error";
    case SessionEventKind::Closed:
        return "Closed";
    case SessionEventKind::CallStarted:
        return "CallStarted";
    case SessionEventKind::CallTraced:
        return "CallTraced";
    }
    return "Unknown";
}

std::string_view closeReasonName(CloseReason reason) noexcept {
    switch (reason) {
    case CloseReason::None:
        return "None";
    case CloseReason::PeerEof:
        return "PeerEof";
    case CloseReason::Reset:
        return "Reset";
    case CloseReason::LocalClose:
        return "LocalClose";
    case CloseReason::Abort:
        return "Abort";
    case CloseReason::Error:
        return "Error";
    case CloseReason::ConnectFailed:
        return "ConnectFailed";
    }
    return "Unknown";
}

SessionId newSessionId() noexcept {
    static std::atomic<SessionId> next{1};
    return next.fetch_add(1);
}

} // namespace netcore
