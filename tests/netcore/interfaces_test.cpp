#include "test_support.h"

#include "netcore/interfaces.h"

using namespace netcore;

TEST_CASE("interfaces: the list has a loopback address, and every address can be bound") {
    auto interfaces = test::require(localInterfaces());
    REQUIRE_FALSE(interfaces.empty());
    bool loopback = false;
    for (const auto& item : interfaces) {
        CAPTURE(item.interfaceName);
        CAPTURE(item.address.toString());
        CHECK((item.address.family() == Family::IPv4 || item.address.family() == Family::IPv6));
        CHECK(item.address.port() == 0);
        loopback = loopback || (item.isLoopback && item.address.isLoopback());
    }
    CHECK(loopback);
    // Binding (no traffic) to the IPv4 loopback entry proves the addresses are usable as they are.
    for (const auto& item : interfaces) {
        if (!item.isLoopback || item.address.family() != Family::IPv4) continue;
        auto socket = test::require(Socket::open(Family::IPv4, SocketType::Datagram));
        test::require(socket.bind(item.address));
        break;
    }
}
