#include "test_support.h"

#include "netcore/os_info.h"

#include <chrono>

using namespace netcore;
using namespace std::chrono_literals;

TEST_CASE("options: flags read back what was set") {
    struct Row {
        SocketOption option;
        SocketType type;
    };
    const Row rows[] = {
        {SocketOption::ReuseAddress, SocketType::Stream},    {SocketOption::KeepAlive, SocketType::Stream},
        {SocketOption::NoDelay, SocketType::Stream},         {SocketOption::Broadcast, SocketType::Datagram},
        {SocketOption::MulticastLoop, SocketType::Datagram},
    };
    for (const auto& row : rows) {
        CAPTURE(optionInfo(row.option).name);
        auto socket = test::require(Socket::open(Family::IPv4, row.type));
        for (bool value : {true, false, true}) {
            test::require(socket.setOption(row.option, value));
            CHECK(test::require(socket.getOption(row.option)) == OptionValue{value});
        }
    }
}

TEST_CASE("options: integers (TTL, multicast TTL) on IPv4 and IPv6") {
    for (Family family : {Family::IPv4, Family::IPv6}) {
        if (family == Family::IPv6 && !test::hasIpv6Loopback()) continue;
        CAPTURE(familyName(family));
        auto socket = test::require(Socket::open(family, SocketType::Datagram));
        test::require(socket.setOption(SocketOption::Ttl, 17));
        CHECK(test::require(socket.getOption(SocketOption::Ttl)) == OptionValue{17});
        test::require(socket.setOption(SocketOption::MulticastTtl, 3));
        CHECK(test::require(socket.getOption(SocketOption::MulticastTtl)) == OptionValue{3});
    }
}

TEST_CASE("options: SO_RCVBUF reads back what the OS really uses (Linux doubles it)") {
    auto socket = test::require(Socket::open(Family::IPv4, SocketType::Stream));
    test::require(socket.setOption(SocketOption::ReceiveBuffer, 65536));
    const int reported = std::get<int>(test::require(socket.getOption(SocketOption::ReceiveBuffer)));
    if (currentOs() == OsKind::Linux)
        CHECK(reported == 2 * 65536);
    else
        CHECK(reported == 65536);
}

TEST_CASE("options: SO_LINGER and the timeouts") {
    auto socket = test::require(Socket::open(Family::IPv4, SocketType::Stream));
    test::require(socket.setOption(SocketOption::Linger, LingerValue{true, 0}));
    CHECK(test::require(socket.getOption(SocketOption::Linger)) == OptionValue{LingerValue{true, 0}});
    test::require(socket.setOption(SocketOption::Linger, LingerValue{false, 0}));
    CHECK(std::get<LingerValue>(test::require(socket.getOption(SocketOption::Linger))).enabled == false);
    test::require(socket.setOption(SocketOption::ReceiveTimeout, 1500ms));
    CHECK(test::require(socket.getOption(SocketOption::ReceiveTimeout)) == OptionValue{1500ms});
    // Linux keeps these in kernel ticks (HZ 100..1000): whole multiples of 10 ms read back exactly,
    // 250 ms may come back as 252 ms. What the OS reports is what we show.
    test::require(socket.setOption(SocketOption::SendTimeout, 200ms));
    CHECK(test::require(socket.getOption(SocketOption::SendTimeout)) == OptionValue{200ms});
}

TEST_CASE("options: IPV6_V6ONLY on an IPv6 socket") {
    if (!test::hasIpv6Loopback()) return;
    auto socket = test::require(Socket::open(Family::IPv6, SocketType::Stream));
    test::require(socket.setOption(SocketOption::V6Only, false));
    CHECK(test::require(socket.getOption(SocketOption::V6Only)) == OptionValue{false});
    test::require(socket.setOption(SocketOption::V6Only, true));
    CHECK(test::require(socket.getOption(SocketOption::V6Only)) == OptionValue{true});
}

TEST_CASE("options: read-only and missing options are refused with a reason") {
    auto socket = test::require(Socket::open(Family::IPv4, SocketType::Stream));
    test::requireError(socket.setOption(SocketOption::Error, 0), ErrorCode::InvalidArgument);
    CHECK(test::require(socket.getOption(SocketOption::Error)) == OptionValue{0});
    CHECK(test::require(socket.getOption(SocketOption::Type)) != OptionValue{0});
    // Each OS lacks one of the port-sharing options.
    const auto missing =
        currentOs() == OsKind::Windows ? SocketOption::ReusePort : SocketOption::ExclusiveAddressUse;
    CHECK_FALSE(optionInfo(missing).available);
    test::requireError(socket.setOption(missing, true), ErrorCode::OptionNotSupported);
    // A wrong value kind is caught before the OS sees it.
    test::requireError(socket.setOption(SocketOption::ReceiveTimeout, true), ErrorCode::InvalidArgument);
}

TEST_CASE("options: the table names every option once, in enum order") {
    const auto table = optionTable();
    REQUIRE(table.size() == static_cast<std::size_t>(SocketOption::AcceptConnections) + 1);
    for (std::size_t i = 0; i < table.size(); ++i) {
        CHECK(static_cast<std::size_t>(table[i].option) == i);
        CHECK_FALSE(table[i].name.empty());
        CHECK_FALSE(table[i].note.empty());
    }
    CHECK(optionInfo(SocketOption::ReuseAddress).name == "SO_REUSEADDR");
}

TEST_CASE("options: SO_BROADCAST decides whether a broadcast sendto is allowed") {
    // 127.255.255.255 is the loopback network's broadcast address on Linux: the lesson without
    // traffic leaving the machine. (Other OSes route it as plain loopback: nothing to refuse.)
    if (currentOs() != OsKind::Linux && !runsUnderWine()) return;
    auto receiver = test::udpOnLoopback();
    auto broadcast = test::require(Address::parse("127.255.255.255:0"));
    broadcast.setPort(receiver.address.port());
    auto socket = test::require(Socket::open(Family::IPv4, SocketType::Datagram));
    auto refused = socket.sendTo(test::bytes("hi"), broadcast);
    REQUIRE_FALSE(refused.has_value());
    CHECK(refused.error().code == ErrorCode::AccessDenied);
    test::require(socket.setOption(SocketOption::Broadcast, true));
    CHECK(test::require(socket.sendTo(test::bytes("hi"), broadcast)) == 2);
}
