#include "test_support.h"

#include "netcore/address.h"

#include <string>

using namespace netcore;

TEST_CASE("address: parse and print round-trip") {
    struct Row {
        const char* text;
        Family family;
        const char* host;
        std::uint16_t port;
        const char* printed;
    };
    const Row rows[] = {
        {"127.0.0.1:8080", Family::IPv4, "127.0.0.1", 8080, "127.0.0.1:8080"},
        {"0.0.0.0:0", Family::IPv4, "0.0.0.0", 0, "0.0.0.0:0"},
        {"255.255.255.255:65535", Family::IPv4, "255.255.255.255", 65535, "255.255.255.255:65535"},
        {"[::1]:8080", Family::IPv6, "::1", 8080, "[::1]:8080"},
        {"[::]:9000", Family::IPv6, "::", 9000, "[::]:9000"},
        {"[::ffff:127.0.0.1]:80", Family::IPv6, "::ffff:127.0.0.1", 80, "[::ffff:127.0.0.1]:80"},
        {"[fe80::1%1]:80", Family::IPv6, nullptr, 80, nullptr},
    };
    for (const auto& row : rows) {
        CAPTURE(row.text);
        auto address = test::require(Address::parse(row.text), "parse");
        CHECK(address.family() == row.family);
        CHECK(address.port() == row.port);
        if (row.host) CHECK(address.host() == row.host);
        if (row.printed) CHECK(address.toString() == row.printed);
        // What toString() prints parses back to the same bytes.
        CHECK(test::require(Address::parse(address.toString()), "reparse") == address);
    }
}

TEST_CASE("address: a scope id survives parsing") {
    auto address = test::require(Address::parse("[fe80::1%1]:80"), "parse");
    CHECK(address.scopeId() == 1);
    CHECK(address.host().starts_with("fe80::1%"));
}

TEST_CASE("address: an interface name as scope (the seeds' [fe80::1%eth0]:80 form)") {
    // Interface names differ per machine: use the loopback interface's name where the OS has one.
    for (const char* name : {"lo", "lo0"}) {
        auto address = Address::parse(std::string("[fe80::1%") + name + "]:80");
        if (!address) continue;
        CHECK(address->scopeId() != 0);
        CHECK(address->toString() == std::string("[fe80::1%") + name + "]:80");
        return;
    }
    auto unknown = Address::parse("[fe80::1%nosuchif0]:80");
    REQUIRE_FALSE(unknown.has_value());
    CHECK(unknown.error().osMessage.find("nosuchif0") != std::string::npos);
}

TEST_CASE("address: parse errors name the column") {
    struct Row {
        const char* text;
        const char* column;
        const char* says;
    };
    const Row rows[] = {
        {"127.0.0.1", "column 10", "port"},
        {"127.0.0.1:", "column 11", "port number is missing"},
        {"127.0.0.1:80x", "column 13", "digits"},
        {"127.0.0.1:70000", "column 11", "0 to 65535"},
        {"300.1.1.1:80", "column 1", "not a numeric"},
        {"localhost:80", "column 1", "not a numeric"},
        {"[::1:80", "column 8", "']' is missing"},
        {"[::1]80", "column 6", "':' and a port"},
        {"::1:80", "column 1", "brackets"},
        {"[::g]:80", "column 2", "not a numeric IPv6"},
    };
    for (const auto& row : rows) {
        CAPTURE(row.text);
        auto result = Address::parse(row.text);
        REQUIRE_FALSE(result.has_value());
        CHECK(result.error().code == ErrorCode::InvalidArgument);
        CHECK(result.error().osMessage.find(row.column) == 0);
        CHECK(result.error().osMessage.find(row.says) != std::string::npos);
    }
}

TEST_CASE("address: raw sockaddr bytes show the port in network order") {
    auto v4 = test::require(Address::parse("127.0.0.1:8080"), "parse");
    const auto raw = v4.raw();
    REQUIRE(raw.size() >= 8);
    // sockaddr_in: family (2 bytes, or len+family on BSD), port big-endian, then the address.
    CHECK(std::to_integer<int>(raw[2]) == 0x1f);
    CHECK(std::to_integer<int>(raw[3]) == 0x90);
    CHECK(std::to_integer<int>(raw[4]) == 127);
    CHECK(std::to_integer<int>(raw[7]) == 1);
    CHECK(Address::fromRaw(raw) == v4);

    auto v6 = test::require(Address::parse("[::1]:256"), "parse");
    CHECK(std::to_integer<int>(v6.raw()[2]) == 0x01);
    CHECK(std::to_integer<int>(v6.raw()[3]) == 0x00);
}

TEST_CASE("address: classification") {
    CHECK(Address::loopback(Family::IPv4, 1).isLoopback());
    CHECK(Address::loopback(Family::IPv6, 1).isLoopback());
    CHECK(Address::any(Family::IPv4).isAny());
    CHECK(Address::any(Family::IPv6).isAny());
    CHECK(test::require(Address::parse("239.1.2.3:5000"), "parse").isMulticast());
    CHECK(test::require(Address::parse("[ff02::1]:5000"), "parse").isMulticast());
    CHECK_FALSE(test::require(Address::parse("10.0.0.1:5000"), "parse").isMulticast());
    CHECK(Address().toString() == "(none)");
    CHECK_FALSE(Address().isValid());
}

TEST_CASE("address: unix paths") {
    auto address = test::require(Address::parse("unix:/tmp/socklab.sock"), "parse");
    CHECK(address.family() == Family::Unix);
    CHECK(address.path() == "/tmp/socklab.sock");
    CHECK(address.toString() == "unix:/tmp/socklab.sock");
    CHECK_FALSE(Address::unixPath(std::string(200, 'x')).has_value());
    CHECK_FALSE(Address::unixPath("").has_value());
    // Found by fuzzing: sun_path ends at a NUL, so "unix:\0\0:/tmp/x" would have bound "" and
    // printed as something that does not parse back.
    const auto withNul = Address::parse(std::string_view("unix:\0\0:/tmp/x", 13));
    REQUIRE_FALSE(withNul.has_value());
    CHECK(withNul.error().osMessage.find("NUL") != std::string::npos);
}

TEST_CASE("address: set port") {
    auto address = Address::loopback(Family::IPv6, 1);
    address.setPort(65535);
    CHECK(address.toString() == "[::1]:65535");
}
