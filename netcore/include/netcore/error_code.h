#pragma once

#include <cstdint>
#include <string_view>

namespace netcore {

/// Portable error codes: one value per thing that can go wrong in a socket call, the same on every
/// platform. The native number and name (errno, WSA..., EAI_...) travel beside it in NetError.
enum class ErrorCode : std::uint8_t {
    None,
    WouldBlock,            ///< EWOULDBLOCK / EAGAIN / WSAEWOULDBLOCK
    InProgress,            ///< EINPROGRESS (and WSAEWOULDBLOCK from a non-blocking connect)
    Already,               ///< EALREADY
    IsConnected,           ///< EISCONN
    NotConnected,          ///< ENOTCONN
    AddressInUse,          ///< EADDRINUSE
    AddressNotAvailable,   ///< EADDRNOTAVAIL
    AccessDenied,          ///< EACCES / EPERM (privileged port, broadcast without SO_BROADCAST)
    ConnectionRefused,     ///< ECONNREFUSED
    ConnectionReset,       ///< ECONNRESET (also WSAECONNRESET on a UDP socket after ICMP unreachable)
    ConnectionAborted,     ///< ECONNABORTED
    TimedOut,              ///< ETIMEDOUT: the OS gave up (connect or keep-alive)
    Timeout,               ///< "timed out": the socket's own timeout (settimeout) expired
    HostUnreachable,       ///< EHOSTUNREACH
    NetworkUnreachable,    ///< ENETUNREACH
    NetworkDown,           ///< ENETDOWN
    BrokenPipe,            ///< EPIPE / WSAESHUTDOWN: send after the connection was closed
    MessageTooLong,        ///< EMSGSIZE / WSAEMSGSIZE
    TooManyOpenFiles,      ///< EMFILE
    SystemFileLimit,       ///< ENFILE
    NoBuffers,             ///< ENOBUFS / ENOMEM
    FamilyNotSupported,    ///< EAFNOSUPPORT / EPFNOSUPPORT
    ProtocolNotSupported,  ///< EPROTONOSUPPORT / ESOCKTNOSUPPORT / EPROTOTYPE
    OptionNotSupported,    ///< ENOPROTOOPT
    OperationNotSupported, ///< EOPNOTSUPP
    InvalidArgument,       ///< EINVAL
    BadDescriptor,         ///< EBADF / ENOTSOCK / WSAENOTSOCK
    BadAddress,            ///< EFAULT
    DestinationRequired,   ///< EDESTADDRREQ
    Interrupted,           ///< EINTR / WSAEINTR (netcore retries; seen only if a retry is impossible)
    Cancelled,             ///< the call was cancelled from another thread (netcore, not the OS)
    Closed,                ///< the call was made on a closed Socket (netcore, not the OS)
    HostNotFound,          ///< EAI_NONAME / WSAHOST_NOT_FOUND
    TryAgain,              ///< EAI_AGAIN / WSATRY_AGAIN
    ServiceNotFound,       ///< EAI_SERVICE / WSATYPE_NOT_FOUND
    FamilyNotForHost,      ///< EAI_FAMILY / EAI_ADDRFAMILY / EAI_NODATA
    ResolverFailure,       ///< EAI_FAIL and other resolver errors
    NotInitialized,        ///< WSANOTINITIALISED
    Unknown,               ///< a native code the table does not know yet
};

/// Stable identifier of a code, e.g. "ConnectionRefused"; used in tests, logs and translations.
[[nodiscard]] std::string_view errorCodeName(ErrorCode code) noexcept;

} // namespace netcore
