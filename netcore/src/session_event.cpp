#include "netcore/session_event.h"

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

} // namespace netcore
