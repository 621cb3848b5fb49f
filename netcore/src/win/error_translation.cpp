// Winsock error translation: WSAGetLastError() codes -> ErrorCode, names and messages. On Windows,
// getaddrinfo's errors are Winsock codes too (EAI_NONAME == WSAHOST_NOT_FOUND, ...), so one table of
// names serves both; only the few codes whose meaning differs for the resolver are special-cased.

#include "platform.h"

#include <windows.h>
#include <winsock2.h>
#include <ws2tcpip.h>

#include <cstddef>
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

constexpr NativeRow kWinsockTable[] = {
    {WSAEWOULDBLOCK, WouldBlock, "WSAEWOULDBLOCK"}, // also a non-blocking connect in progress
    {WSAEINPROGRESS, InProgress, "WSAEINPROGRESS"},
    {WSAEALREADY, Already, "WSAEALREADY"},
    {WSAEISCONN, IsConnected, "WSAEISCONN"},
    {WSAENOTCONN, NotConnected, "WSAENOTCONN"},
    {WSAEADDRINUSE, AddressInUse, "WSAEADDRINUSE"},
    {WSAEADDRNOTAVAIL, AddressNotAvailable, "WSAEADDRNOTAVAIL"},
    {WSAEACCES, AccessDenied, "WSAEACCES"},
    {WSAECONNREFUSED, ConnectionRefused, "WSAECONNREFUSED"},
    {WSAECONNRESET, ConnectionReset, "WSAECONNRESET"},
    {WSAECONNABORTED, ConnectionAborted, "WSAECONNABORTED"},
    {WSAENETRESET, ConnectionAborted, "WSAENETRESET"},
    {WSAEDISCON, ConnectionAborted, "WSAEDISCON"},
    {WSAETIMEDOUT, TimedOut, "WSAETIMEDOUT"},
    {WSAEHOSTUNREACH, HostUnreachable, "WSAEHOSTUNREACH"},
    {WSAEHOSTDOWN, HostUnreachable, "WSAEHOSTDOWN"},
    {WSAENETUNREACH, NetworkUnreachable, "WSAENETUNREACH"},
    {WSAENETDOWN, NetworkDown, "WSAENETDOWN"},
    {WSAESHUTDOWN, BrokenPipe, "WSAESHUTDOWN"},
    {WSAEMSGSIZE, MessageTooLong, "WSAEMSGSIZE"},
    {WSAEMFILE, TooManyOpenFiles, "WSAEMFILE"},
    {WSAENOBUFS, NoBuffers, "WSAENOBUFS"},
    {WSA_NOT_ENOUGH_MEMORY, NoBuffers, "WSA_NOT_ENOUGH_MEMORY"}, // also EAI_MEMORY
    {WSAEPROCLIM, NoBuffers, "WSAEPROCLIM"},
    {WSAEAFNOSUPPORT, FamilyNotSupported, "WSAEAFNOSUPPORT"},
    {WSAEPFNOSUPPORT, FamilyNotSupported, "WSAEPFNOSUPPORT"},
    {WSAEPROTONOSUPPORT, ProtocolNotSupported, "WSAEPROTONOSUPPORT"},
    {WSAESOCKTNOSUPPORT, ProtocolNotSupported, "WSAESOCKTNOSUPPORT"},
    {WSAEPROTOTYPE, ProtocolNotSupported, "WSAEPROTOTYPE"},
    {WSAENOPROTOOPT, OptionNotSupported, "WSAENOPROTOOPT"},
    {WSAEOPNOTSUPP, OperationNotSupported, "WSAEOPNOTSUPP"},
    {WSAEINVAL, InvalidArgument, "WSAEINVAL"},
    {WSAENOTSOCK, BadDescriptor, "WSAENOTSOCK"},
    {WSAEBADF, BadDescriptor, "WSAEBADF"},
    {WSAEFAULT, BadAddress, "WSAEFAULT"},
    {WSAEDESTADDRREQ, DestinationRequired, "WSAEDESTADDRREQ"},
    {WSAEINTR, Interrupted, "WSAEINTR"},
    {WSA_OPERATION_ABORTED, Interrupted, "WSA_OPERATION_ABORTED"}, // overlapped I/O cancelled
    {WSANOTINITIALISED, NotInitialized, "WSANOTINITIALISED"},
    {WSASYSNOTREADY, NotInitialized, "WSASYSNOTREADY"},
    {WSAVERNOTSUPPORTED, NotInitialized, "WSAVERNOTSUPPORTED"},
    // Resolver codes (getaddrinfo returns these; ws2tcpip.h defines EAI_* as them).
    {WSAHOST_NOT_FOUND, HostNotFound, "WSAHOST_NOT_FOUND"},
    {WSATRY_AGAIN, TryAgain, "WSATRY_AGAIN"},
    {WSATYPE_NOT_FOUND, ServiceNotFound, "WSATYPE_NOT_FOUND"},
    {WSANO_DATA, FamilyNotForHost, "WSANO_DATA"},
    {WSANO_RECOVERY, ResolverFailure, "WSANO_RECOVERY"},
};

const NativeRow* findRow(std::span<const NativeRow> table, int number) noexcept {
    for (const NativeRow& row : table)
        if (row.number == number) return &row;
    return nullptr;
}

// FormatMessageW rather than the A variant: the system text is in the user's language, and only the
// wide form survives a non-ASCII code page intact. Converted to UTF-8, trailing CR/LF and blanks cut.
std::string systemMessage(int native) {
    wchar_t buffer[512] = {};
    const DWORD length = FormatMessageW(FORMAT_MESSAGE_FROM_SYSTEM | FORMAT_MESSAGE_IGNORE_INSERTS, nullptr,
                                        static_cast<DWORD>(native), 0, buffer,
                                        static_cast<DWORD>(sizeof buffer / sizeof buffer[0]), nullptr);
    int wideLength = static_cast<int>(length);
    while (wideLength > 0 && (buffer[wideLength - 1] == L'\r' || buffer[wideLength - 1] == L'\n' ||
                              buffer[wideLength - 1] == L' '))
        --wideLength;
    if (wideLength == 0) return {};
    const int size = WideCharToMultiByte(CP_UTF8, 0, buffer, wideLength, nullptr, 0, nullptr, nullptr);
    if (size <= 0) return {};
    std::string text(static_cast<std::size_t>(size), '\0');
    WideCharToMultiByte(CP_UTF8, 0, buffer, wideLength, text.data(), size, nullptr, nullptr);
    return text;
}

} // namespace

void ensureInitialized() noexcept {
    // Once per process, thread-safe by the rules of function-local statics. No WSACleanup at exit:
    // sockets may still be closing in other threads' destructors then, and the OS releases it all.
    static const int startup = [] {
        WSADATA data;
        return WSAStartup(MAKEWORD(2, 2), &data);
    }();
    // A failed start is not fatal here: every later call reports WSANOTINITIALISED, which the
    // explanation table covers.
    (void)startup;
}

int lastSocketError() noexcept {
    return WSAGetLastError();
}

NativeSpace socketErrorSpace() noexcept {
    return NativeSpace::Winsock;
}

ErrorCode translateSocketError(int native) noexcept {
    if (native == 0) return None;
    const NativeRow* row = findRow(kWinsockTable, native);
    return row != nullptr ? row->code : Unknown;
}

std::string socketErrorName(int native) {
    const NativeRow* row = findRow(kWinsockTable, native);
    return row != nullptr ? std::string(row->name) : "error " + std::to_string(native);
}

std::string socketErrorMessage(int native) {
    return systemMessage(native);
}

ErrorCode translateResolverError(int native) noexcept {
    if (native == 0) return None;
    // EAI_FAMILY is WSAEAFNOSUPPORT: from getaddrinfo it is about the host's families, not the socket.
    if (native == EAI_FAMILY) return FamilyNotForHost;
    const NativeRow* row = findRow(kWinsockTable, native);
    return row != nullptr ? row->code : ResolverFailure;
}

std::string resolverErrorName(int native) {
    return socketErrorName(native);
}

// Not gai_strerror: mingw's version formats into a static buffer, which is not thread-safe.
std::string resolverErrorMessage(int native) {
    return systemMessage(native);
}

} // namespace netcore::platform
