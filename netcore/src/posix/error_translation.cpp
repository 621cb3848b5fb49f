// POSIX error translation: errno and EAI_* -> ErrorCode, names and messages. Each mapping is one
// table, searched in order, so numbers that are equal on some systems (EWOULDBLOCK == EAGAIN and
// EOPNOTSUPP == ENOTSUP on Linux) need no #if: the first row with the number wins.

#include "platform.h"

#include <cerrno>
#include <cstring>
#include <netdb.h>

#include <span>
#include <string>

namespace netcore::platform {

namespace {

using enum ErrorCode;

struct NativeRow {
    int number;
    ErrorCode code;
    const char* name;
};

// Where two names share a number, the first is the name shown. EWOULDBLOCK is listed before EAGAIN
// so a would-block reads the same on every platform (WSAEWOULDBLOCK on Windows) and matches
// ErrorCode::WouldBlock; the explanation's platform note mentions EAGAIN.
constexpr NativeRow kErrnoTable[] = {
    {EWOULDBLOCK, WouldBlock, "EWOULDBLOCK"},
    {EAGAIN, WouldBlock, "EAGAIN"},
    {EINPROGRESS, InProgress, "EINPROGRESS"},
    {EALREADY, Already, "EALREADY"},
    {EISCONN, IsConnected, "EISCONN"},
    {ENOTCONN, NotConnected, "ENOTCONN"},
    {EADDRINUSE, AddressInUse, "EADDRINUSE"},
    {EADDRNOTAVAIL, AddressNotAvailable, "EADDRNOTAVAIL"},
    {ENOENT, AddressNotAvailable, "ENOENT"}, // AF_UNIX: no socket file at that path
    {EACCES, AccessDenied, "EACCES"},
    {EPERM, AccessDenied, "EPERM"}, // Linux: a firewall rule rejected the packet
    {ECONNREFUSED, ConnectionRefused, "ECONNREFUSED"},
    {ECONNRESET, ConnectionReset, "ECONNRESET"},
    {ECONNABORTED, ConnectionAborted, "ECONNABORTED"},
    {ENETRESET, ConnectionAborted, "ENETRESET"},
    {ETIMEDOUT, TimedOut, "ETIMEDOUT"},
    {EHOSTUNREACH, HostUnreachable, "EHOSTUNREACH"},
#ifdef EHOSTDOWN // not in POSIX; Linux, macOS and the BSDs have it
    {EHOSTDOWN, HostUnreachable, "EHOSTDOWN"},
#endif
    {ENETUNREACH, NetworkUnreachable, "ENETUNREACH"},
    {ENETDOWN, NetworkDown, "ENETDOWN"},
    {EPIPE, BrokenPipe, "EPIPE"},
#ifdef ESHUTDOWN // not in POSIX
    {ESHUTDOWN, BrokenPipe, "ESHUTDOWN"},
#endif
    {EMSGSIZE, MessageTooLong, "EMSGSIZE"},
    {EMFILE, TooManyOpenFiles, "EMFILE"},
    {ENFILE, SystemFileLimit, "ENFILE"},
    {ENOBUFS, NoBuffers, "ENOBUFS"},
    {ENOMEM, NoBuffers, "ENOMEM"},
    {EAFNOSUPPORT, FamilyNotSupported, "EAFNOSUPPORT"},
#ifdef EPFNOSUPPORT // not in POSIX
    {EPFNOSUPPORT, FamilyNotSupported, "EPFNOSUPPORT"},
#endif
    {EPROTONOSUPPORT, ProtocolNotSupported, "EPROTONOSUPPORT"},
#ifdef ESOCKTNOSUPPORT // not in POSIX
    {ESOCKTNOSUPPORT, ProtocolNotSupported, "ESOCKTNOSUPPORT"},
#endif
    {EPROTOTYPE, ProtocolNotSupported, "EPROTOTYPE"},
    {ENOPROTOOPT, OptionNotSupported, "ENOPROTOOPT"},
    {EOPNOTSUPP, OperationNotSupported, "EOPNOTSUPP"},
    {ENOTSUP, OperationNotSupported, "ENOTSUP"}, // equal to EOPNOTSUPP on Linux, not on macOS
    {EINVAL, InvalidArgument, "EINVAL"},
    {EBADF, BadDescriptor, "EBADF"},
    {ENOTSOCK, BadDescriptor, "ENOTSOCK"},
    {EFAULT, BadAddress, "EFAULT"},
    {EDESTADDRREQ, DestinationRequired, "EDESTADDRREQ"},
    {EINTR, Interrupted, "EINTR"},
};

constexpr NativeRow kResolverTable[] = {
    {EAI_NONAME, HostNotFound, "EAI_NONAME"},
    {EAI_AGAIN, TryAgain, "EAI_AGAIN"},
    {EAI_SERVICE, ServiceNotFound, "EAI_SERVICE"},
    {EAI_FAMILY, FamilyNotForHost, "EAI_FAMILY"},
#ifdef EAI_ADDRFAMILY // glibc (with _GNU_SOURCE), macOS; not in POSIX
    {EAI_ADDRFAMILY, FamilyNotForHost, "EAI_ADDRFAMILY"},
#endif
#ifdef EAI_NODATA // glibc (with _GNU_SOURCE), macOS (deprecated); not in POSIX
    {EAI_NODATA, FamilyNotForHost, "EAI_NODATA"},
#endif
    {EAI_FAIL, ResolverFailure, "EAI_FAIL"},
    {EAI_MEMORY, NoBuffers, "EAI_MEMORY"},
    {EAI_BADFLAGS, InvalidArgument, "EAI_BADFLAGS"},
    {EAI_SOCKTYPE, ProtocolNotSupported, "EAI_SOCKTYPE"},
    {EAI_SYSTEM, ResolverFailure, "EAI_SYSTEM"},
    {EAI_OVERFLOW, ResolverFailure, "EAI_OVERFLOW"},
};

const NativeRow* findRow(std::span<const NativeRow> table, int number) noexcept {
    for (const NativeRow& row : table)
        if (row.number == number) return &row;
    return nullptr;
}

// strerror_r comes in two shapes: XSI returns int and fills the buffer, GNU returns a char* that
// may or may not point into the buffer. Overloading on the result type picks the right reading
// without guessing feature macros.
[[maybe_unused]] std::string strerrorResult(int result, const char* buffer) {
    return result == 0 ? std::string(buffer) : std::string();
}
[[maybe_unused]] std::string strerrorResult(const char* result, const char*) {
    return result != nullptr ? std::string(result) : std::string();
}

} // namespace

void ensureInitialized() noexcept {}

int lastSocketError() noexcept {
    return errno;
}

NativeSpace socketErrorSpace() noexcept {
    return NativeSpace::Errno;
}

ErrorCode translateSocketError(int native) noexcept {
    if (native == 0) return None;
    const NativeRow* row = findRow(kErrnoTable, native);
    return row != nullptr ? row->code : Unknown;
}

std::string socketErrorName(int native) {
    const NativeRow* row = findRow(kErrnoTable, native);
    return row != nullptr ? std::string(row->name) : "errno " + std::to_string(native);
}

std::string socketErrorMessage(int native) {
    char buffer[256] = {};
    return strerrorResult(strerror_r(native, buffer, sizeof buffer), buffer);
}

ErrorCode translateResolverError(int native) noexcept {
    if (native == 0) return None;
    const NativeRow* row = findRow(kResolverTable, native);
    return row != nullptr ? row->code : ResolverFailure;
}

std::string resolverErrorName(int native) {
    const NativeRow* row = findRow(kResolverTable, native);
    return row != nullptr ? std::string(row->name) : "EAI " + std::to_string(native);
}

std::string resolverErrorMessage(int native) {
    // EAI_SYSTEM means "look in errno": read it before anything here can change it.
    const int systemError = errno;
    std::string message = gai_strerror(native); // returns constant strings on glibc and macOS
    if (native == EAI_SYSTEM && systemError != 0) message += ": " + socketErrorMessage(systemError);
    return message;
}

} // namespace netcore::platform
