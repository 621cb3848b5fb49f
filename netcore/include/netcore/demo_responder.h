#pragma once
// The framing lab's demo server: the seeds' "remote command" server made safe.
//
// The seed runs whatever the client sends through a shell and sends back stderr then stdout with
// two send() calls; its client reads them with one recv(1024), so a long output arrives split
// over several commands and glued to the next reply ("sticky packets"). This responder keeps the
// lesson and drops the danger: it answers a FIXED set of built-in commands from canned or
// generated text. NOTHING is ever run: no shell, no process, no file system access.

#include "netcore/responder.h"

#include <cstddef>
#include <cstdint>
#include <memory>
#include <string>
#include <string_view>

namespace netcore {

/// How commands arrive and how replies leave.
enum class DemoFraming : std::uint8_t {
    /// As the seed does it. Commands: until a connection's first '\n', each received chunk is one
    /// command (the seed's client sends "dir" without a newline); once a '\n' was seen the
    /// connection is in line mode for good, and commands end at '\n' (a trailing '\r' is dropped),
    /// so a command split over several sends is put back together. Replies: two unframed sends,
    /// a short "stderr" part (skipped when empty) then the "stdout" part.
    Raw,
    /// Both ways one message per command: struct.pack('>I', len) + payload. A reply is ONE
    /// framed message holding the stderr part followed by the stdout part.
    LengthPrefix,
};

/// One command's answer, split as the seed's server splits it.
struct DemoReply {
    std::string err; ///< the "stderr" part: errors such as an unknown command
    std::string out; ///< the "stdout" part
};

/// The largest `big N` accepted (16 MiB); more is refused with a message on the stderr part.
inline constexpr std::size_t kDemoBigMax = 16u * 1024u * 1024u;
/// The largest command accepted (a line in Raw line mode, a message in LengthPrefix mode).
inline constexpr std::size_t kDemoMaxCommand = 4096;

/// The built-in commands: help, date, echo TEXT, big N, dir / ls, whoami. Anything else is
/// "unknown command: X (try help)". Leading and trailing blanks are ignored. Pure: runs nothing.
[[nodiscard]] DemoReply runDemoCommand(std::string_view command);

/// What `big N` answers: exactly `size` bytes of 64-byte lines "line 000001 abc...\n" (the last one
/// cut short), so a learner sees where each recv() stopped.
[[nodiscard]] std::string demoBigOutput(std::size_t size);

/// A server reply mode answering the built-in commands, with per-connection command decoding.
[[nodiscard]] std::shared_ptr<Responder> makeDemoResponder(DemoFraming framing);

} // namespace netcore
