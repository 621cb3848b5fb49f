#include "test_support.h"

#include "netcore/resolve.h"

using namespace netcore;

TEST_CASE("resolve: localhost lists every result, in order, each a loopback address") {
    auto result = test::require(resolve("localhost", "8080"), "resolve");
    REQUIRE_FALSE(result.addresses.empty());
    CHECK_FALSE(result.numericFastPath);
    for (const auto& entry : result.addresses) {
        CAPTURE(entry.address.toString());
        CHECK(entry.address.isLoopback());
        CHECK(entry.address.port() == 8080);
        CHECK(entry.type == SocketType::Stream);
    }
    // With no family asked, the resolver may list IPv6 and IPv4: both families must be allowed.
    auto v4 = test::require(resolve("localhost", "8080", {.family = Family::IPv4}), "resolve v4");
    for (const auto& entry : v4.addresses)
        CHECK(entry.address.family() == Family::IPv4);
}

TEST_CASE("resolve: numeric hosts take the fast path") {
    const char* hosts[] = {"127.0.0.1", "::1", "10.1.2.3"};
    for (const char* host : hosts) {
        CAPTURE(host);
        auto result = test::require(resolve(host, "80"), "resolve");
        CHECK(result.numericFastPath);
        REQUIRE(result.addresses.size() == 1);
        CHECK(result.addresses[0].address.host() == host);
    }
}

TEST_CASE("resolve: passive with no host gives the wildcard address") {
    auto result = test::require(
        resolve("", "9000", {.family = Family::IPv4, .type = SocketType::Datagram, .passive = true}),
        "resolve");
    REQUIRE_FALSE(result.addresses.empty());
    CHECK(result.addresses[0].address.isAny());
    CHECK(result.addresses[0].address.port() == 9000);
    CHECK(result.addresses[0].type == SocketType::Datagram);
}

TEST_CASE("resolve: errors carry the resolver's code and name") {
    SUBCASE("a name that cannot exist (RFC 6761 .invalid)") {
        auto result = resolve("no-such-host.invalid", "80");
        REQUIRE_FALSE(result.has_value());
        // Offline resolvers may answer EAI_AGAIN/EAI_FAIL instead of EAI_NONAME; all are resolver errors.
        CHECK(result.error().space == NativeSpace::Resolver);
        CHECK((result.error().code == ErrorCode::HostNotFound || result.error().code == ErrorCode::TryAgain ||
               result.error().code == ErrorCode::ResolverFailure ||
               result.error().code == ErrorCode::FamilyNotForHost));
        CHECK(result.error().call == "getaddrinfo");
        CHECK_FALSE(result.error().nativeName.empty());
    }
    SUBCASE("an unknown service name") {
        auto result = resolve("127.0.0.1", "no-such-service-xyz");
        REQUIRE_FALSE(result.has_value());
        CHECK(result.error().code == ErrorCode::ServiceNotFound);
    }
    SUBCASE("a numeric-only lookup of a name") {
        auto result = resolve("localhost", "80", {.numericHostOnly = true});
        REQUIRE_FALSE(result.has_value());
        CHECK(result.error().code == ErrorCode::HostNotFound);
    }
}
