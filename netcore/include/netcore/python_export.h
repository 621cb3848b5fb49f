#pragma once
// "Copy as Python": the socket calls a tab or a scenario made, as a runnable script using
// Python's `socket` module, so a learner can replay what they clicked.

#include "netcore/net_error.h"
#include "netcore/trace.h"

#include <cstddef>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

namespace netcore {

/// One traced call to replay. Built from a TraceRecord (CallTraced event) plus what the trace
/// leaves out: the bytes a send carried (the trace keeps only their count) and, for accept, the
/// id of the socket it created (the trace names only the listener).
struct PythonStep {
    SocketId socket = 0;
    std::string call;      ///< as traced: "socket", "bind", "accept", "sendall", "setmode", ...
    std::string arguments; ///< as traced: "127.0.0.1:8080", "4096", "5, 127.0.0.1:9", "timeout 0.2 s"
    std::string result;    ///< as traced: "12 bytes", "EOF" (recv steps: used to order the script)
    std::vector<std::byte> payload; ///< send / sendall / sendto: the bytes sent
    std::optional<NetError> error;  ///< the call failed: replayed inside try/except
    /// accept: the accepted socket's id. 0 = infer: the first socket seen after the accept that no
    /// step creates, binds, connects, or listens or accepts on.
    SocketId accepted = 0;
};

/// A step from a traced call and the bytes it sent (empty for calls that send nothing).
[[nodiscard]] PythonStep pythonStepFromTrace(const TraceRecord& record, std::vector<std::byte> payload = {});

struct PythonExportOptions {
    /// socket.setdefaulttimeout() at the top, so a replay that goes differently cannot hang.
    /// 0 = none. A recorded setmode("blocking") still turns it off for that socket.
    double defaultTimeoutSeconds = 10.0;
    /// First comment line: "Exported by SockLab" plus this (a tab or scenario name).
    std::string title;
};

/// The script. Rules:
/// - One variable per socket: `s1`, `s2`, ... for sockets created (by a "socket" step, or
///   implicitly at their first call: family from their addresses, SOCK_DGRAM if they use
///   sendto/recvfrom), `conn1`, ... for accepted ones.
/// - Order: the steps' order (trace order = completion order), except that, so one Python thread
///   can replay a client and a server of the same process, a step waits until it can complete:
///   accept until a connect more than the accepts so far was emitted, a recv that got data until
///   sent bytes are unread, and a socket's later steps behind its waiting one. When nothing can
///   go on, the first waiting step goes anyway (a trace of one side only replays in order).
/// - A failed call becomes try/except naming the error the OS gave; a second connect on a
///   socket (a non-blocking connect's completion) becomes connect_ex.
/// - Payloads are Python bytes literals, escaped (\xNN, \', \\): peer bytes never leave them.
[[nodiscard]] std::string exportPython(std::span<const PythonStep> steps,
                                       const PythonExportOptions& options = {});

/// b'...' for these bytes: printable ASCII as is, \' \\ \n \r \t, anything else \xNN.
[[nodiscard]] std::string pythonBytesLiteral(std::span<const std::byte> bytes);
/// ('127.0.0.1', 8080) / ('::1', 8080) / '/tmp/sock' for an address as traced; nullopt if unparsable.
[[nodiscard]] std::optional<std::string> pythonAddress(std::string_view traced);

} // namespace netcore
