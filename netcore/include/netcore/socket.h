#pragma once

#include "netcore/address.h"
#include "netcore/blocking_mode.h"
#include "netcore/native_handle.h"
#include "netcore/net_error.h"
#include "netcore/socket_option.h"
#include "netcore/socket_type.h"
#include "netcore/trace.h"

#include <atomic>
#include <cstddef>
#include <expected>
#include <memory>
#include <optional>
#include <span>
#include <string>

namespace netcore {

class Wakeup;
class Socket;

enum class ShutdownHow : std::uint8_t { Read, Write, Both };

/// accept()'s result: the new connection and who it is from.
struct Accepted;

/// sendAll()'s result: bytes moved and how many send() calls it took (1 = no partial send).
struct SendAllResult {
    std::size_t bytes = 0;
    int calls = 0;
};

/// recvFrom()'s result. `bytes` were copied into the buffer; a datagram larger than the buffer
/// is cut (Linux/macOS: the rest is discarded; Windows: WSAEMSGSIZE, kept here as `truncation`).
struct Datagram {
    std::size_t bytes = 0;
    Address from;
    bool truncated = false;
    std::optional<std::size_t> realSize; ///< the datagram's size on the wire, where the OS says (Linux)
    std::optional<NetError> truncation;  ///< the OS error that reported the cut (Windows)
};

/// Readiness flags for wait(): the picture select() paints.
enum Readiness : std::uint8_t { NotReady = 0, Readable = 1, Writable = 2, Failed = 4 };

/// A socket of the operating system, mirroring the BSD API one call to one method.
///
/// Move-only RAII: the destructor closes. Every fallible call returns std::expected<T, NetError>.
/// Created close-on-exec and with SIGPIPE suppressed per socket (MSG_NOSIGNAL / SO_NOSIGPIPE).
/// EINTR is retried. Blocking modes follow Python's socket: blocking, timeout(t), non-blocking;
/// a timeout expiring is ErrorCode::Timeout ("timed out"), distinct from the OS's ETIMEDOUT.
///
/// Thread-safety: one thread uses a Socket at a time, except cancel(), which any thread may call.
class Socket {
public:
    Socket() noexcept = default;
    ~Socket();
    Socket(Socket&& other) noexcept;
    Socket& operator=(Socket&& other) noexcept;
    Socket(const Socket&) = delete;
    Socket& operator=(const Socket&) = delete;

    /// socket(family, type, 0).
    [[nodiscard]] static std::expected<Socket, NetError> open(Family family, SocketType type);
    /// Adopts a handle (takes ownership). The mode is assumed blocking.
    [[nodiscard]] static Socket adopt(NativeHandle handle, Family family, SocketType type);

    [[nodiscard]] std::expected<void, NetError> bind(const Address& address);
    [[nodiscard]] std::expected<void, NetError> listen(int backlog);
    [[nodiscard]] std::expected<Accepted, NetError> accept();
    /// Blocking: waits for the handshake. Timeout: waits up to the timeout. Non-blocking: fails
    /// with ErrorCode::InProgress at once; finish with connectResult().
    [[nodiscard]] std::expected<void, NetError> connect(const Address& address);
    /// After a non-blocking connect: InProgress while the handshake runs, then success or the
    /// connect's error as SO_ERROR reports it (ECONNREFUSED, ETIMEDOUT, ...).
    [[nodiscard]] std::expected<void, NetError> connectResult();

    /// One send(): may move fewer bytes than given (the count is the result).
    [[nodiscard]] std::expected<std::size_t, NetError> send(std::span<const std::byte> data);
    /// Loops send() until all is sent. On failure NetError::transferred says how much went.
    [[nodiscard]] std::expected<SendAllResult, NetError> sendAll(std::span<const std::byte> data);
    /// One recv(): 0 means the peer closed its side (EOF).
    [[nodiscard]] std::expected<std::size_t, NetError> recv(std::span<std::byte> buffer, bool peek = false);
    [[nodiscard]] std::expected<std::size_t, NetError> sendTo(std::span<const std::byte> data,
                                                              const Address& to);
    [[nodiscard]] std::expected<Datagram, NetError> recvFrom(std::span<std::byte> buffer);

    [[nodiscard]] std::expected<void, NetError> shutdown(ShutdownHow how);
    /// Closes now and reports the OS's verdict (the destructor closes silently).
    [[nodiscard]] std::expected<void, NetError> close();

    [[nodiscard]] std::expected<OptionValue, NetError> getOption(SocketOption option) const;
    [[nodiscard]] std::expected<void, NetError> setOption(SocketOption option, const OptionValue& value);

    /// IP_ADD_MEMBERSHIP / IPV6_JOIN_GROUP: receive `group`'s datagrams on an interface, named by
    /// one of its addresses: its IPv4 address, or for IPv6 any address whose scope id is the
    /// interface index. An empty address lets the OS pick by its routes.
    [[nodiscard]] std::expected<void, NetError> joinGroup(const Address& group,
                                                          const Address& interfaceAddress = {});
    /// IP_DROP_MEMBERSHIP / IPV6_LEAVE_GROUP.
    [[nodiscard]] std::expected<void, NetError> leaveGroup(const Address& group,
                                                           const Address& interfaceAddress = {});

    [[nodiscard]] std::expected<Address, NetError> localAddress() const; ///< getsockname
    [[nodiscard]] std::expected<Address, NetError> peerAddress() const;  ///< getpeername

    /// Python's setblocking / settimeout: switchable at any time.
    [[nodiscard]] std::expected<void, NetError> setMode(BlockingMode mode);
    [[nodiscard]] std::expected<void, NetError> setBlocking(bool blocking);
    [[nodiscard]] std::expected<void, NetError> setTimeout(std::optional<BlockingMode::Seconds> timeout);
    [[nodiscard]] BlockingMode mode() const noexcept { return m_mode; }
    /// Python's gettimeout(): nullopt = blocking, 0 = non-blocking.
    [[nodiscard]] std::optional<BlockingMode::Seconds> gettimeout() const noexcept {
        return m_mode.gettimeout();
    }

    /// Polls this socket for the given readiness (a Readiness mask) up to `timeout` (negative =
    /// forever). Returns the readiness found (NotReady when the time ran out).
    [[nodiscard]] std::expected<int, NetError> wait(int interest, std::chrono::milliseconds timeout) const;

    /// Makes blocking and timeout waits cancellable: while a call waits, signalling `wakeup`
    /// (from any thread, or through cancel()) makes it fail with ErrorCode::Cancelled. The
    /// socket stays usable. Without it, blocking mode is the OS's own blocking call.
    [[nodiscard]] std::expected<void, NetError> setCancelWakeup(std::shared_ptr<Wakeup> wakeup);
    /// Signals the cancel wakeup, if one is set. Thread-safe.
    void cancel() noexcept;

    /// Every call from now on is recorded to `tracer` (nullptr stops tracing).
    void setTracer(std::shared_ptr<Tracer> tracer) noexcept { m_tracer = std::move(tracer); }

    [[nodiscard]] bool isOpen() const noexcept { return m_handle != kInvalidHandle; }
    [[nodiscard]] NativeHandle nativeHandle() const noexcept { return m_handle; }
    /// Gives up ownership without closing.
    [[nodiscard]] NativeHandle release() noexcept;
    [[nodiscard]] SocketId id() const noexcept { return m_id; }
    [[nodiscard]] Family family() const noexcept { return m_family; }
    [[nodiscard]] SocketType type() const noexcept { return m_type; }

private:
    friend class SocketCall;
    Socket(NativeHandle handle, Family family, SocketType type) noexcept;
    [[nodiscard]] std::expected<void, NetError> applyOsBlocking(bool osNonBlocking);
    [[nodiscard]] std::expected<void, NetError> changeMembership(const Address& group,
                                                                 const Address& interfaceAddress, bool join);
    void closeSilently() noexcept;

    NativeHandle m_handle = kInvalidHandle;
    SocketId m_id = 0;
    Family m_family = Family::Unspecified;
    SocketType m_type = SocketType::Stream;
    BlockingMode m_mode;
    bool m_osNonBlocking = false; ///< O_NONBLOCK / FIONBIO as set on the handle
    std::shared_ptr<Wakeup> m_cancel;
    std::shared_ptr<Tracer> m_tracer;
    std::string m_connectTarget; ///< the last connect()'s address, named again by connectResult()
};

struct Accepted {
    Socket socket;
    Address peer;
};

} // namespace netcore
