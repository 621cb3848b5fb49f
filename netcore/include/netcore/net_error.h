#pragma once

#include "netcore/error_code.h"
#include "netcore/message.h"

#include <cstddef>
#include <string>

namespace netcore {

/// Which numbering the native code belongs to: errno, Winsock (WSA...), or getaddrinfo (EAI_...).
enum class NativeSpace : std::uint8_t { None, Errno, Winsock, Resolver };

struct Explanation;

/// A failed socket call, described well enough to teach from: what the OS said (native number,
/// name and message), which call with which arguments, and what netcore makes of it.
struct NetError {
    ErrorCode code = ErrorCode::None;
    NativeSpace space = NativeSpace::None;
    int nativeNumber = 0;   ///< errno / WSAGetLastError() / EAI_* value as the OS gave it
    std::string nativeName; ///< "ECONNREFUSED", "WSAECONNREFUSED", "EAI_NONAME"
    std::string osMessage;  ///< strerror / FormatMessage / gai_strerror text; for netcore's own
                            ///< errors detail.text()
    /// For errors netcore raises itself (make()): the message as a translatable Message, e.g.
    /// "no answer within %1 ms"; empty for errors the OS reported. osMessage holds its English text.
    Message detail;
    std::string call;            ///< "connect"
    std::string arguments;       ///< "127.0.0.1:9"
    std::size_t transferred = 0; ///< bytes moved before the failure (sendAll, recvAll)

    /// "connect(127.0.0.1:9)"
    [[nodiscard]] std::string callText() const;
    /// "connect(127.0.0.1:9) failed: ECONNREFUSED (111) Connection refused"
    [[nodiscard]] std::string summary() const;
    /// The explanation table's entry for this code (platform notes included).
    [[nodiscard]] const Explanation& explanation() const;

    /// An error netcore raises itself (Timeout, Cancelled, Closed, InvalidArgument from a parser).
    /// Without a message, the code's own words ("timed out", the explanation's title).
    [[nodiscard]] static NetError make(ErrorCode code, std::string call, std::string arguments,
                                       Message message = {});
    /// The error the OS reported for the last call on this thread (errno / WSAGetLastError).
    [[nodiscard]] static NetError fromLastError(std::string call, std::string arguments);
    /// An error from a native code in the platform's socket numbering (errno / WSA), e.g. SO_ERROR.
    [[nodiscard]] static NetError fromNative(int native, std::string call, std::string arguments);
    /// A getaddrinfo failure (EAI_* / WSA resolver codes).
    [[nodiscard]] static NetError fromResolver(int eai, std::string call, std::string arguments);
};

} // namespace netcore
