// Native numbers -> NetError on the platform under test. Tests may know the platform: POSIX takes
// the numbers from <cerrno>/<netdb.h>; Windows uses the documented WSA numbers (mingw's <cerrno>
// has POSIX-style values that Winsock never returns).

#include <doctest/doctest.h>

#include "netcore/error_code.h"
#include "netcore/explanation.h"
#include "netcore/net_error.h"
#include "netcore/os_info.h"

#include <string>

#ifndef _WIN32
#include <cerrno>
#include <netdb.h>
#endif

using namespace netcore;

namespace {

struct NativeCase {
    const char* label;
    int number;
    ErrorCode code;
    const char* name;
};

#ifdef _WIN32
constexpr NativeSpace kSocketSpace = NativeSpace::Winsock;
const NativeCase kSocketCases[] = {
    {"refused", 10061, ErrorCode::ConnectionRefused, "WSAECONNREFUSED"},
    {"would block", 10035, ErrorCode::WouldBlock, "WSAEWOULDBLOCK"},
    {"reset", 10054, ErrorCode::ConnectionReset, "WSAECONNRESET"},
    {"aborted", 10053, ErrorCode::ConnectionAborted, "WSAECONNABORTED"},
    {"in use", 10048, ErrorCode::AddressInUse, "WSAEADDRINUSE"},
    {"access", 10013, ErrorCode::AccessDenied, "WSAEACCES"},
    {"timed out", 10060, ErrorCode::TimedOut, "WSAETIMEDOUT"},
    {"message size", 10040, ErrorCode::MessageTooLong, "WSAEMSGSIZE"},
    {"shutdown", 10058, ErrorCode::BrokenPipe, "WSAESHUTDOWN"},
    {"not a socket", 10038, ErrorCode::BadDescriptor, "WSAENOTSOCK"},
    {"not initialised", 10093, ErrorCode::NotInitialized, "WSANOTINITIALISED"},
};
const NativeCase kResolverCases[] = {
    {"no name", 11001, ErrorCode::HostNotFound, "WSAHOST_NOT_FOUND"},
    {"try again", 11002, ErrorCode::TryAgain, "WSATRY_AGAIN"},
    {"no recovery", 11003, ErrorCode::ResolverFailure, "WSANO_RECOVERY"},
    {"no data", 11004, ErrorCode::FamilyNotForHost, "WSANO_DATA"},
    {"service", 10109, ErrorCode::ServiceNotFound, "WSATYPE_NOT_FOUND"},
    {"family", 10047, ErrorCode::FamilyNotForHost, "WSAEAFNOSUPPORT"},
};
#else
constexpr NativeSpace kSocketSpace = NativeSpace::Errno;
const NativeCase kSocketCases[] = {
    {"refused", ECONNREFUSED, ErrorCode::ConnectionRefused, "ECONNREFUSED"},
    {"would block", EWOULDBLOCK, ErrorCode::WouldBlock, "EWOULDBLOCK"},
    {"again", EAGAIN, ErrorCode::WouldBlock, EAGAIN == EWOULDBLOCK ? "EWOULDBLOCK" : "EAGAIN"},
    {"in progress", EINPROGRESS, ErrorCode::InProgress, "EINPROGRESS"},
    {"reset", ECONNRESET, ErrorCode::ConnectionReset, "ECONNRESET"},
    {"in use", EADDRINUSE, ErrorCode::AddressInUse, "EADDRINUSE"},
    {"access", EACCES, ErrorCode::AccessDenied, "EACCES"},
    {"timed out", ETIMEDOUT, ErrorCode::TimedOut, "ETIMEDOUT"},
    {"pipe", EPIPE, ErrorCode::BrokenPipe, "EPIPE"},
    {"message size", EMSGSIZE, ErrorCode::MessageTooLong, "EMSGSIZE"},
    {"files", EMFILE, ErrorCode::TooManyOpenFiles, "EMFILE"},
    {"bad fd", EBADF, ErrorCode::BadDescriptor, "EBADF"},
    {"interrupted", EINTR, ErrorCode::Interrupted, "EINTR"},
};
const NativeCase kResolverCases[] = {
    {"no name", EAI_NONAME, ErrorCode::HostNotFound, "EAI_NONAME"},
    {"try again", EAI_AGAIN, ErrorCode::TryAgain, "EAI_AGAIN"},
    {"service", EAI_SERVICE, ErrorCode::ServiceNotFound, "EAI_SERVICE"},
    {"family", EAI_FAMILY, ErrorCode::FamilyNotForHost, "EAI_FAMILY"},
    {"fail", EAI_FAIL, ErrorCode::ResolverFailure, "EAI_FAIL"},
};
#endif

constexpr int kUnknownNumber = 123456;

} // namespace

TEST_CASE("socket errors translate to their portable code and native name") {
    for (const NativeCase& row : kSocketCases) {
        SUBCASE(row.label) {
            const NetError error = NetError::fromNative(row.number, "connect", "127.0.0.1:9");
            CHECK(error.code == row.code);
            CHECK(error.space == kSocketSpace);
            CHECK(error.nativeNumber == row.number);
            CHECK(error.nativeName == row.name);
            CHECK_FALSE(error.osMessage.empty());
            CHECK(error.osMessage.find('\n') == std::string::npos);
            CHECK(error.osMessage.find('\r') == std::string::npos);
            const std::string prefix = std::string("connect(127.0.0.1:9) failed: ") + row.name + " (" +
                                       std::to_string(row.number) + ") ";
            CHECK(error.summary().starts_with(prefix));
        }
    }
}

TEST_CASE("resolver errors translate to their portable code and native name") {
    for (const NativeCase& row : kResolverCases) {
        SUBCASE(row.label) {
            const NetError error = NetError::fromResolver(row.number, "getaddrinfo", "example.invalid:80");
            CHECK(error.code == row.code);
            CHECK(error.space == NativeSpace::Resolver);
            CHECK(error.nativeNumber == row.number);
            CHECK(error.nativeName == row.name);
            CHECK_FALSE(error.osMessage.empty());
        }
    }
}

TEST_CASE("an unknown native number still gives a readable error") {
    const NetError error = NetError::fromNative(kUnknownNumber, "recv", "");
    CHECK(error.code == ErrorCode::Unknown);
    CHECK(error.nativeName.find(std::to_string(kUnknownNumber)) != std::string::npos);
    CHECK_FALSE(error.osMessage.empty());
    CHECK(&error.explanation() == &explain(ErrorCode::Unknown));

    const NetError resolver = NetError::fromResolver(kUnknownNumber, "getaddrinfo", "x");
    CHECK(resolver.code == ErrorCode::ResolverFailure);
    CHECK_FALSE(resolver.nativeName.empty());
}

TEST_CASE("native number 0 is no error") {
    CHECK(NetError::fromNative(0, "recv", "").code == ErrorCode::None);
    CHECK(NetError::fromResolver(0, "getaddrinfo", "").code == ErrorCode::None);
}

#ifndef _WIN32
TEST_CASE("fromLastError reads errno") {
    errno = ECONNREFUSED;
    const NetError error = NetError::fromLastError("connect", "127.0.0.1:9");
    CHECK(error.code == ErrorCode::ConnectionRefused);
    CHECK(error.nativeNumber == ECONNREFUSED);
}
#endif

TEST_CASE("os_info describes the platform the tests were built for") {
#if defined(_WIN32)
    CHECK(currentOs() == OsKind::Windows);
    CHECK(osName() == "Windows");
    CHECK_FALSE(hasUnixSockets());
#elif defined(__linux__)
    CHECK(currentOs() == OsKind::Linux);
    CHECK(osName() == "Linux");
    CHECK(hasUnixSockets());
#elif defined(__APPLE__)
    CHECK(currentOs() == OsKind::MacOS);
    CHECK(osName() == "macOS");
    CHECK(hasUnixSockets());
#else
    CHECK(currentOs() == OsKind::OtherUnix);
    CHECK(hasUnixSockets());
#endif
}
