#pragma once
// Small helpers for netcore's tests: real sockets on loopback, port 0, no sleeps.

#include <doctest/doctest.h>

#include "netcore/address.h"
#include "netcore/socket.h"

#include <cstddef>
#include <expected>
#include <span>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace netcore::test {

void initialize();

std::vector<std::byte> bytes(std::string_view text);
std::string text(std::span<const std::byte> data);

/// Unwraps an expected, failing the test with the error's summary when it holds an error.
template <typename T>
T require(std::expected<T, NetError>&& result, const char* what = "call") {
    if (!result) FAIL(what << ": " << result.error().summary());
    return std::move(*result);
}
inline void require(std::expected<void, NetError>&& result, const char* what = "call") {
    if (!result) FAIL(what << ": " << result.error().summary());
}
/// Expects failure with the given code.
template <typename T>
NetError requireError(std::expected<T, NetError>&& result, ErrorCode code) {
    REQUIRE_MESSAGE(!result.has_value(), "expected " << errorCodeName(code) << ", the call succeeded");
    CHECK_MESSAGE(result.error().code == code,
                  "expected " << errorCodeName(code) << ", got " << result.error().summary());
    return result.error();
}

/// A listening TCP socket on loopback port 0 and the address it got.
struct Listener {
    Socket socket;
    Address address;
};
Listener listenOnLoopback(Family family = Family::IPv4, int backlog = 16, bool reuseAddress = false);

/// A connected TCP pair on loopback: client and the server side accepted from it.
struct Connection {
    Socket client;
    Socket server;
};
Connection connectedPair(Family family = Family::IPv4);

/// A UDP socket bound to loopback port 0 and its address.
struct BoundUdp {
    Socket socket;
    Address address;
};
BoundUdp udpOnLoopback(Family family = Family::IPv4);

/// Whether this machine has a usable IPv6 loopback (::1); IPv6 tests skip their body without it.
bool hasIpv6Loopback();

} // namespace netcore::test
