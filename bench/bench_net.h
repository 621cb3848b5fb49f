#pragma once

#include <chrono>
#include <cstdint>
#include <string>
#include <string_view>

#include <netinet/in.h>

// What every load generator and reference program of bench/ shares: plain POSIX (Linux) helpers,
// kept out of netcore on purpose, so a reference measures the kernel and nothing of SockLab.
namespace bench {

/// Monotonic nanoseconds (CLOCK_MONOTONIC, as Python's time.monotonic_ns()).
[[nodiscard]] inline std::int64_t nowNs() {
    return std::chrono::duration_cast<std::chrono::nanoseconds>(
               std::chrono::steady_clock::now().time_since_epoch())
        .count();
}

/// "127.0.0.1:9000" -> sockaddr_in; exits with a message when it is not an IPv4 endpoint.
[[nodiscard]] sockaddr_in parseEndpoint(std::string_view text);
/// The port a bound socket got (port 0 asks the OS for one).
[[nodiscard]] int boundPort(int fd);
/// The value after `--name` in argv, or `fallback`.
[[nodiscard]] std::string option(int argc, char** argv, std::string_view name, std::string_view fallback);
[[nodiscard]] double numberOption(int argc, char** argv, std::string_view name, double fallback);
/// Raises the soft RLIMIT_NOFILE to the hard limit; returns the soft limit now in force.
std::uint64_t raiseFileLimit();
/// Prints the error of the failed call and exits with status 1.
[[noreturn]] void fail(const char* what);
/// SIGTERM and SIGINT set the flag stopRequested() reads (no SA_RESTART, so a blocking call
/// returns EINTR and the loop can look).
void handleTermination();
[[nodiscard]] bool stopRequested();

} // namespace bench
