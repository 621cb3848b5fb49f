#include "netcore/error_code.h"

namespace netcore {

std::string_view errorCodeName(ErrorCode code) noexcept {
    // A switch without default: -Wswitch flags any code added to the enum but not named here.
    switch (code) {
    case ErrorCode::None:
        return "None";
    case ErrorCode::WouldBlock:
        return "WouldBlock";
    case ErrorCode::InProgress:
        return "InProgress";
    case ErrorCode::Already:
        return "Already";
    case ErrorCode::IsConnected:
        return "IsConnected";
    case ErrorCode::NotConnected:
        return "NotConnected";
    case ErrorCode::AddressInUse:
        return "AddressInUse";
    case ErrorCode::AddressNotAvailable:
        return "AddressNotAvailable";
    case ErrorCode::AccessDenied:
        return "AccessDenied";
    case ErrorCode::ConnectionRefused:
        return "ConnectionRefused";
    case ErrorCode::ConnectionReset:
        return "ConnectionReset";
    case ErrorCode::ConnectionAborted:
        return "ConnectionAborted";
    case ErrorCode::TimedOut:
        return "TimedOut";
    case ErrorCode::Timeout:
        return "Timeout";
    case ErrorCode::HostUnreachable:
        return "HostUnreachable";
    case ErrorCode::NetworkUnreachable:
        return "NetworkUnreachable";
    case ErrorCode::NetworkDown:
        return "NetworkDown";
    case ErrorCode::BrokenPipe:
        return "BrokenPipe";
    case ErrorCode::MessageTooLong:
        return "MessageTooLong";
    case ErrorCode::TooManyOpenFiles:
        return "TooManyOpenFiles";
    case ErrorCode::SystemFileLimit:
        return "SystemFileLimit";
    case ErrorCode::NoBuffers:
        return "NoBuffers";
    case ErrorCode::FamilyNotSupported:
        return "FamilyNotSupported";
    case ErrorCode::ProtocolNotSupported:
        return "ProtocolNotSupported";
    case ErrorCode::OptionNotSupported:
        return "OptionNotSupported";
    case ErrorCode::OperationNotSupported:
        return "OperationNotSupported";
    case ErrorCode::InvalidArgument:
        return "InvalidArgument";
    case ErrorCode::BadDescriptor:
        return "BadDescriptor";
    case ErrorCode::BadAddress:
        return "BadAddress";
    case ErrorCode::DestinationRequired:
        return "DestinationRequired";
    case ErrorCode::Interrupted:
        return "Interrupted";
    case ErrorCode::Cancelled:
        return "Cancelled";
    case ErrorCode::Closed:
        return "Closed";
    case ErrorCode::HostNotFound:
        return "HostNotFound";
    case ErrorCode::TryAgain:
        return "TryAgain";
    case ErrorCode::ServiceNotFound:
        return "ServiceNotFound";
    case ErrorCode::FamilyNotForHost:
        return "FamilyNotForHost";
    case ErrorCode::ResolverFailure:
        return "ResolverFailure";
    case ErrorCode::NotInitialized:
        return "NotInitialized";
    case ErrorCode::Unknown:
        return "Unknown";
    }
    return "Unknown"; // a value cast from outside the enum's range
}

} // namespace netcore
