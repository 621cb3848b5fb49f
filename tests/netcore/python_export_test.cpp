#include "test_support.h"

#include "netcore/python_export.h"

#include <array>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <memory>
#include <mutex>
#include <optional>
#include <utility>

using namespace netcore;

namespace {

PythonStep step(SocketId socket, std::string call, std::string arguments, std::string result = {},
                std::string payload = {}) {
    PythonStep made{
        socket, std::move(call), std::move(arguments), std::move(result), test::bytes(payload), std::nullopt,
        0};
    return made;
}

bool contains(const std::string& text, const std::string& part) {
    return text.find(part) != std::string::npos;
}

/// Runs python3 on `script` (with `arguments` before the file), returning its exit status and
/// output; nullopt where it cannot run here (Windows, no python3).
std::optional<std::pair<int, std::string>> runPython(const std::string& script,
                                                     const std::string& arguments = {}) {
#ifdef _WIN32
    (void)script;
    (void)arguments;
    return std::nullopt;
#else
    if (std::system("python3 --version > /dev/null 2>&1") != 0) return std::nullopt;
    const auto path = std::filesystem::temp_directory_path() /
                      ("socklab-python-export-" +
                       std::to_string(std::chrono::steady_clock::now().time_since_epoch().count()) + ".py");
    {
        std::ofstream file(path);
        file << script;
    }
    std::string output;
    FILE* pipe = popen(("python3 " + arguments + " '" + path.string() + "' 2>&1").c_str(), "r");
    if (pipe == nullptr) return std::nullopt;
    std::array<char, 512> chunk{};
    while (std::fgets(chunk.data(), static_cast<int>(chunk.size()), pipe) != nullptr)
        output += chunk.data();
    const int status = pclose(pipe);
    std::filesystem::remove(path);
    return std::pair{status, output};
#endif
}

struct Collect : Tracer {
    std::mutex mutex;
    std::vector<TraceRecord> records;
    void record(TraceRecord record) override {
        std::lock_guard lock(mutex);
        records.push_back(std::move(record));
    }
};

} // namespace

TEST_CASE("python export: bytes literals stay closed whatever the bytes") {
    CHECK(pythonBytesLiteral(test::bytes("hello")) == "b'hello'");
    const std::string nasty = std::string("it's \\ \"\"\" \n\r\t") + '\0' + "\x7f\xff'";
    const auto literal = pythonBytesLiteral(test::bytes(nasty));
    CHECK(literal == "b'it\\'s \\\\ \"\"\" \\n\\r\\t\\x00\\x7f\\xff\\''");
    // Only printable ASCII inside, and every quote escaped: the literal cannot end early.
    for (std::size_t i = 2; i + 1 < literal.size(); ++i) {
        CHECK(static_cast<unsigned char>(literal[i]) >= 0x20);
        CHECK(static_cast<unsigned char>(literal[i]) < 0x7f);
        if (literal[i] == '\'') CHECK(literal[i - 1] == '\\');
    }
    CHECK(pythonBytesLiteral({}) == "b''");
}

TEST_CASE("python export: addresses") {
    CHECK(pythonAddress("127.0.0.1:8080") == "('127.0.0.1', 8080)");
    CHECK(pythonAddress("[::1]:9") == "('::1', 9)");
    CHECK_FALSE(pythonAddress("not an address').close()#").has_value());
}

TEST_CASE("python export: each call translated") {
    std::vector<PythonStep> steps{
        step(1, "socket", "AF_INET, SOCK_STREAM"),
        step(1, "setsockopt", "SOL_SOCKET, SO_REUSEADDR, on"),
        step(1, "bind", "127.0.0.1:8080"),
        step(1, "listen", "5"),
        step(2, "connect", "127.0.0.1:8080"),
        step(1, "accept", "", "127.0.0.1:50412"),
        step(2, "setmode", "timeout 0.2 s"),
        step(2, "sendall", "5", "5 bytes", "hello"),
        step(3, "recv", "4096", "5 bytes"),
        step(3, "send", "5", "5 bytes", "HELLO"),
        step(2, "recv", "1024, MSG_PEEK", "5 bytes"),
        step(2, "shutdown", "SHUT_WR"),
        step(3, "setmode", "non-blocking"),
        step(3, "setmode", "blocking"),
        step(4, "sendto", "2, 127.0.0.1:9", "2 bytes", "hi"),
        step(4, "recvfrom", "2048", "2 bytes"),
        step(2, "close", ""),
        step(2, "poll", "5 ms"),
    };
    steps[5].accepted = 3;
    const auto script = exportPython(steps, {.defaultTimeoutSeconds = 5, .title = "two tabs\n"});
    CAPTURE(script);
    CHECK(script.starts_with("#!/usr/bin/env python3\n# Exported by SockLab: two tabs?\n"));
    CHECK(contains(script, "import socket\n"));
    CHECK(contains(script, "socket.setdefaulttimeout(5)"));
    CHECK(contains(script, "s1 = socket.socket(socket.AF_INET, socket.SOCK_STREAM)\n"));
    CHECK(contains(script, "s1.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)\n"));
    CHECK(contains(script, "s1.bind(('127.0.0.1', 8080))\n"));
    CHECK(contains(script, "s1.listen(5)\n"));
    CHECK(contains(script, "s2 = socket.socket(socket.AF_INET, socket.SOCK_STREAM)\n")); // implicit
    CHECK(contains(script, "s2.connect(('127.0.0.1', 8080))\n"));
    CHECK(contains(script, "conn1, addr = s1.accept()\n"));
    CHECK(contains(script, "s2.settimeout(0.2)\n"));
    CHECK(contains(script, "s2.sendall(b'hello')\n"));
    CHECK(contains(script, "print(conn1.recv(4096))\n"));
    CHECK(contains(script, "conn1.send(b'HELLO')\n"));
    CHECK(contains(script, "print(s2.recv(1024, socket.MSG_PEEK))\n"));
    CHECK(contains(script, "s2.shutdown(socket.SHUT_WR)\n"));
    CHECK(contains(script, "conn1.setblocking(False)\n"));
    CHECK(contains(script, "conn1.setblocking(True)\n"));
    CHECK(contains(script, "s3 = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)\n"));
    CHECK(contains(script, "s3.sendto(b'hi', ('127.0.0.1', 9))\n"));
    CHECK(contains(script, "print(s3.recvfrom(2048))\n"));
    CHECK(contains(script, "s2.close()\n"));
    CHECK(contains(script, "pass  # poll(5 ms): no Python translation\n"));
    // Valid Python (compiled, not run: the addresses are made up).
    if (const auto compiled = runPython(script, "-m py_compile"); compiled) CHECK(compiled->first == 0);
}

TEST_CASE("python export: failed calls in try/except, replay order, inferred accept") {
    auto refused = step(7, "connect", "127.0.0.1:9");
    refused.error = NetError{};
    refused.error->nativeName = "ECONNREFUSED";
    std::vector<PythonStep> steps{
        refused,
        step(1, "bind", "127.0.0.1:8080"),
        step(1, "listen", "5"),
        step(1, "accept", "", "127.0.0.1:50412"), // completed before the connect's record
        step(2, "connect", "127.0.0.1:8080"),
        step(3, "recv", "4096", "5 bytes"), // the accepted socket (inferred): before the send's record
        step(2, "sendall", "5", "5 bytes", "hello"),
        step(2, "connect", "127.0.0.1:8080"), // a second connect: connect_ex
    };
    const auto script = exportPython(steps);
    CAPTURE(script);
    CHECK(contains(script, "try:\n    s1.connect(('127.0.0.1', 9))\n"
                           "except OSError as error:  # the OS said ECONNREFUSED here\n"
                           "    print('connect failed:', error)\n"));
    const auto connect = script.find("s3.connect(");
    const auto accept = script.find("conn1, addr = s2.accept()");
    const auto send = script.find("s3.sendall(b'hello')");
    const auto recv = script.find("print(conn1.recv(4096))");
    REQUIRE(connect != std::string::npos);
    REQUIRE(accept != std::string::npos);
    REQUIRE(send != std::string::npos);
    REQUIRE(recv != std::string::npos);
    CHECK(connect < accept);
    CHECK(send < recv);
    CHECK(contains(script, "print(s3.connect_ex(('127.0.0.1', 8080)))\n"));
}

TEST_CASE("python export: the exported scenario 1 (upper-case echo) runs with python3") {
    // A free port: bind port 0, read it, close (the replay must know the port the client dials).
    auto probe = test::require(Socket::open(Family::IPv4, SocketType::Stream));
    test::require(probe.bind(Address::loopback(Family::IPv4)));
    const auto port = test::require(probe.localAddress()).port();
    test::require(probe.close());

    auto collect = std::make_shared<Collect>();
    std::vector<std::vector<std::byte>> payloads; // the bytes of each send, in order
    {
        auto server = test::require(Socket::open(Family::IPv4, SocketType::Stream));
        auto client = test::require(Socket::open(Family::IPv4, SocketType::Stream));
        server.setTracer(collect);
        client.setTracer(collect);
        test::require(server.setOption(SocketOption::ReuseAddress, true));
        test::require(server.bind(Address::loopback(Family::IPv4, port)));
        test::require(server.listen(5));
        test::require(client.connect(Address::loopback(Family::IPv4, port)));
        auto accepted = test::require(server.accept());
        accepted.socket.setTracer(collect);
        payloads.push_back(test::bytes("hello"));
        test::require(client.sendAll(payloads.back()));
        std::array<std::byte, 1024> buffer{};
        const auto got = test::require(accepted.socket.recv(buffer));
        auto upper =
            std::vector<std::byte>(buffer.begin(), buffer.begin() + static_cast<std::ptrdiff_t>(got));
        for (auto& b : upper)
            if (b >= std::byte{'a'} && b <= std::byte{'z'})
                b = static_cast<std::byte>(std::to_integer<int>(b) - 32);
        payloads.push_back(upper);
        test::require(accepted.socket.sendAll(payloads.back()));
        const auto answer = test::require(client.recv(buffer));
        CHECK(test::text(std::span(buffer).first(answer)) == "HELLO");
        test::require(client.close());
        test::require(accepted.socket.close());
        test::require(server.close());
    }
    std::vector<PythonStep> steps;
    std::size_t nextPayload = 0;
    for (const auto& record : collect->records) {
        const bool sends = record.call == "sendall" || record.call == "send";
        steps.push_back(pythonStepFromTrace(record, sends && nextPayload < payloads.size()
                                                        ? payloads[nextPayload++]
                                                        : std::vector<std::byte>{}));
    }
    CHECK(nextPayload == 2);
    const auto script = exportPython(steps, {.title = "scenario 1: upper-case echo"});
    CAPTURE(script);
    CHECK(contains(script, "sendall(b'HELLO')"));

    const auto run = runPython(script);
    if (!run) {
        MESSAGE("python export: python3 cannot run here (Windows, or not installed): the script is not run");
        return;
    }
    CAPTURE(run->second);
    CHECK(run->first == 0);
    CHECK(contains(run->second, "b'HELLO'"));
}
