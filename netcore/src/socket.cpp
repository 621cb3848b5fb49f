#include "netcore/socket.h"

#include "netcore/wakeup.h"
#include "platform.h"
#include "socket_call.h"

#include <atomic>
#include <utility>

namespace netcore {

namespace {

std::atomic<SocketId> g_nextSocketId{1};

int nativeFamily(Family family) {
    switch (family) {
    case Family::IPv4:
        return AF_INET;
    case Family::IPv6:
        return AF_INET6;
    case Family::Unix:
        return AF_UNIX;
    case Family::Unspecified:
        break;
    }
    return AF_UNSPEC;
}

int nativeType(SocketType type) {
    return type == SocketType::Stream ? SOCK_STREAM : SOCK_DGRAM;
}

// A datagram socket hears from and answers the same few peers again and again: the text of the
// last address traced on this thread is kept, which saves an inet_ntop and its allocations per
// datagram on the I/O thread (docs/PERFORMANCE.md).
const std::string& peerText(const Address& address) {
    thread_local Address last;
    thread_local std::string text;
    if (!(last == address) || text.empty()) {
        last = address;
        text = address.toString();
    }
    return text;
}

std::string sizeText(std::size_t size) {
    return std::to_string(size);
}
std::string bytesText(std::size_t size) {
    return std::to_string(size) + (size == 1 ? " byte" : " bytes");
}

const char* shutdownName(ShutdownHow how) {
    switch (how) {
    case ShutdownHow::Read:
        return "SHUT_RD";
    case ShutdownHow::Write:
        return "SHUT_WR";
    case ShutdownHow::Both:
        break;
    }
    return "SHUT_RDWR";
}

} // namespace

Socket::Socket(NativeHandle handle, Family family, SocketType type) noexcept
    : m_handle(handle), m_id(g_nextSocketId.fetch_add(1)), m_family(family), m_type(type) {}

Socket::~Socket() {
    closeSilently();
}

Socket::Socket(Socket&& other) noexcept
    : m_handle(std::exchange(other.m_handle, kInvalidHandle)), m_id(other.m_id), m_family(other.m_family),
      m_type(other.m_type), m_mode(other.m_mode), m_osNonBlocking(other.m_osNonBlocking),
      m_cancel(std::move(other.m_cancel)), m_tracer(std::move(other.m_tracer)),
      m_connectTarget(std::move(other.m_connectTarget)) {}

Socket& Socket::operator=(Socket&& other) noexcept {
    if (this != &other) {
        closeSilently();
        m_handle = std::exchange(other.m_handle, kInvalidHandle);
        m_id = other.m_id;
        m_family = other.m_family;
        m_type = other.m_type;
        m_mode = other.m_mode;
        m_osNonBlocking = other.m_osNonBlocking;
        m_cancel = std::move(other.m_cancel);
        m_tracer = std::move(other.m_tracer);
        m_connectTarget = std::move(other.m_connectTarget);
    }
    return *this;
}

std::expected<Socket, NetError> Socket::open(Family family, SocketType type) {
    platform::ensureInitialized();
    const auto arguments = std::string(familyName(family)) + ", " + std::string(socketTypeName(type));
    const NativeHandle handle = os::openSocket(nativeFamily(family), nativeType(type), 0);
    if (handle == kInvalidHandle) return std::unexpected(NetError::fromLastError("socket", arguments));
    return Socket(handle, family, type);
}

Socket Socket::adopt(NativeHandle handle, Family family, SocketType type) {
    return {handle, family, type};
}

void Socket::closeSilently() noexcept {
    if (m_handle != kInvalidHandle) os::closeSocket(std::exchange(m_handle, kInvalidHandle));
}

NativeHandle Socket::release() noexcept {
    return std::exchange(m_handle, kInvalidHandle);
}

std::expected<void, NetError> Socket::close() {
    SocketCall call(*this, "close", {});
    if (m_handle == kInvalidHandle) return call.finish<void>(std::unexpected(call.error(ErrorCode::Closed)));
    // close() must not be retried after EINTR (the descriptor is gone either way).
    const int result = os::closeSocket(std::exchange(m_handle, kInvalidHandle));
    if (result != 0) return call.finish<void>(std::unexpected(call.nativeError(SocketCall::lastError())));
    return call.finish<void>({});
}

std::expected<void, NetError> Socket::bind(const Address& address) {
    SocketCall call(*this, "bind", [&] { return address.toString(); });
    if (!isOpen()) return call.finish<void>(std::unexpected(call.error(ErrorCode::Closed)));
    const auto* raw = reinterpret_cast<const sockaddr*>(address.raw().data());
    if (::bind(os::native(m_handle), raw, static_cast<os::SockLen>(address.size())) != 0)
        return call.finish<void>(std::unexpected(call.nativeError(SocketCall::lastError())));
    call.setLocal(address);
    return call.finish<void>({});
}

std::expected<void, NetError> Socket::listen(int backlog) {
    SocketCall call(*this, "listen", [&] { return std::to_string(backlog); });
    if (!isOpen()) return call.finish<void>(std::unexpected(call.error(ErrorCode::Closed)));
    if (::listen(os::native(m_handle), backlog) != 0)
        return call.finish<void>(std::unexpected(call.nativeError(SocketCall::lastError())));
    return call.finish<void>({});
}

std::expected<Accepted, NetError> Socket::accept() {
    SocketCall call(*this, "accept", {});
    if (!isOpen()) return call.finish<Accepted>(std::unexpected(call.error(ErrorCode::Closed)));
    Address peer;
    os::SockLen length = 0;
    auto result = call.run(os::kPollIn, [&] {
        length = static_cast<os::SockLen>(Address::kCapacity);
        const auto handle = os::acceptSocket(m_handle, reinterpret_cast<sockaddr*>(peer.storage()), &length);
        return handle == kInvalidHandle ? os::IoResult{-1} : static_cast<os::IoResult>(handle);
    });
    if (!result) return call.finish<Accepted>(std::unexpected(result.error()));
    peer.setSize(static_cast<std::size_t>(length));
    Accepted accepted{
        Socket(static_cast<NativeHandle>(*result), peer.isValid() ? peer.family() : m_family, m_type), peer};
    // BSD and Windows hand the listener's O_NONBLOCK to the new socket, Linux does not: start every
    // accepted socket in blocking mode, as Python does, so the mode is the same everywhere.
    if (auto blocking = accepted.socket.applyOsBlocking(false); !blocking)
        return call.finish<Accepted>(std::unexpected(blocking.error()));
    call.setPeer(peer);
    call.setNewSocket(accepted.socket.id());
    return call.finish<Accepted>(std::move(accepted), peer.toString());
}

std::expected<void, NetError> Socket::connect(const Address& address) {
    m_connectTarget = address.toString();
    SocketCall call(*this, "connect", [&] { return m_connectTarget; });
    call.setPeer(address);
    if (!isOpen()) return call.finish<void>(std::unexpected(call.error(ErrorCode::Closed)));
    const auto* raw = reinterpret_cast<const sockaddr*>(address.raw().data());
    const auto length = static_cast<os::SockLen>(address.size());
    if (::connect(os::native(m_handle), raw, length) == 0) return call.finish<void>({});
    const int native = SocketCall::lastError();
    // An interrupted connect goes on in the background (POSIX): treat it like one in progress.
    const bool pending = os::isConnectPending(native) || os::isInterrupted(native);
    if (!pending) return call.finish<void>(std::unexpected(call.nativeError(native)));
    if (m_mode.kind() == BlockingMode::Kind::NonBlocking && !os::isInterrupted(native)) {
        auto inProgress = call.nativeError(native);
        inProgress.code = ErrorCode::InProgress; // Windows says WSAEWOULDBLOCK: same meaning here
        return call.finish<void>(std::unexpected(inProgress));
    }
    if (auto ready = call.waitReady(os::kPollOut); !ready)
        return call.finish<void>(std::unexpected(ready.error()));
    auto status = getOption(SocketOption::Error);
    if (!status) return call.finish<void>(std::unexpected(status.error()));
    if (const int soError = std::get<int>(*status); soError != 0)
        return call.finish<void>(std::unexpected(call.nativeError(soError)));
    return call.finish<void>({});
}

std::expected<void, NetError> Socket::connectResult() {
    // Named like the connect() it completes: "connect(127.0.0.1:9)", not "connect(SO_ERROR)".
    SocketCall call(*this, "connect", [&] { return m_connectTarget; });
    if (!isOpen()) return call.finish<void>(std::unexpected(call.error(ErrorCode::Closed)));
    if (m_tracer)
        if (auto target = Address::parse(m_connectTarget)) call.setPeer(*target);
    auto ready = wait(Writable | Failed, std::chrono::milliseconds(0));
    if (!ready) return call.finish<void>(std::unexpected(ready.error()));
    if (*ready == NotReady)
        return call.finish<void>(
            std::unexpected(call.error(ErrorCode::InProgress, Message{"the handshake is still running"})));
    auto status = getOption(SocketOption::Error);
    if (!status) return call.finish<void>(std::unexpected(status.error()));
    if (const int soError = std::get<int>(*status); soError != 0)
        return call.finish<void>(std::unexpected(call.nativeError(soError)));
    return call.finish<void>({});
}

std::expected<std::size_t, NetError> Socket::send(std::span<const std::byte> data) {
    SocketCall call(*this, "send", [&] { return sizeText(data.size()); });
    if (!isOpen()) return call.finish<std::size_t>(std::unexpected(call.error(ErrorCode::Closed)));
    auto result = call.run(os::kPollOut, [&] { return os::sendBytes(m_handle, data.data(), data.size()); });
    if (!result) return call.finish<std::size_t>(std::unexpected(result.error()));
    const auto sent = static_cast<std::size_t>(*result);
    call.setByteCount(sent);
    return call.finish<std::size_t>(sent, bytesText(sent));
}

std::expected<SendAllResult, NetError> Socket::sendAll(std::span<const std::byte> data) {
    // One deadline for the whole loop, as Python's sendall has since 3.5.
    SocketCall call(*this, "sendall", [&] { return sizeText(data.size()); });
    if (!isOpen()) return call.finish<SendAllResult>(std::unexpected(call.error(ErrorCode::Closed)));
    SendAllResult total;
    while (total.bytes < data.size() || (data.empty() && total.calls == 0)) {
        const auto rest = data.subspan(total.bytes);
        auto result =
            call.run(os::kPollOut, [&] { return os::sendBytes(m_handle, rest.data(), rest.size()); });
        ++total.calls;
        if (!result) {
            auto error = result.error();
            error.transferred = total.bytes;
            call.setByteCount(total.bytes);
            return call.finish<SendAllResult>(std::unexpected(std::move(error)));
        }
        total.bytes += static_cast<std::size_t>(*result);
    }
    call.setByteCount(total.bytes);
    return call.finish<SendAllResult>(total, bytesText(total.bytes) + " in " + std::to_string(total.calls) +
                                                 (total.calls == 1 ? " call" : " calls"));
}

std::expected<std::size_t, NetError> Socket::recv(std::span<std::byte> buffer, bool peek) {
    SocketCall call(*this, "recv", [&] { return sizeText(buffer.size()) + (peek ? ", MSG_PEEK" : ""); });
    if (!isOpen()) return call.finish<std::size_t>(std::unexpected(call.error(ErrorCode::Closed)));
    auto result =
        call.run(os::kPollIn, [&] { return os::recvBytes(m_handle, buffer.data(), buffer.size(), peek); });
    if (!result) return call.finish<std::size_t>(std::unexpected(result.error()));
    const auto received = static_cast<std::size_t>(*result);
    call.setByteCount(received);
    return call.finish<std::size_t>(received, received == 0 && !buffer.empty() ? "0 (EOF: the peer closed)"
                                                                               : bytesText(received));
}

std::expected<std::size_t, NetError> Socket::sendTo(std::span<const std::byte> data, const Address& to) {
    SocketCall call(*this, "sendto", [&] { return sizeText(data.size()) + ", " + peerText(to); });
    call.setPeer(to);
    if (!isOpen()) return call.finish<std::size_t>(std::unexpected(call.error(ErrorCode::Closed)));
    const auto* raw = reinterpret_cast<const sockaddr*>(to.raw().data());
    auto result = call.run(os::kPollOut, [&] {
        return os::sendBytesTo(m_handle, data.data(), data.size(), raw, static_cast<os::SockLen>(to.size()));
    });
    if (!result) return call.finish<std::size_t>(std::unexpected(result.error()));
    const auto sent = static_cast<std::size_t>(*result);
    call.setByteCount(sent);
    return call.finish<std::size_t>(sent, bytesText(sent));
}

std::expected<Datagram, NetError> Socket::recvFrom(std::span<std::byte> buffer) {
    SocketCall call(*this, "recvfrom", [&] { return sizeText(buffer.size()); });
    if (!isOpen()) return call.finish<Datagram>(std::unexpected(call.error(ErrorCode::Closed)));
    Datagram datagram;
    os::SockLen length = 0;
    auto result = call.run(os::kPollIn, [&]() -> os::IoResult {
        length = static_cast<os::SockLen>(Address::kCapacity);
        const auto received = os::receiveDatagram(m_handle, buffer.data(), buffer.size(),
                                                  reinterpret_cast<sockaddr*>(datagram.from.storage()),
                                                  &length, datagram.truncated, datagram.realSize);
        // Windows reports a cut datagram as an error (WSAEMSGSIZE) after filling the buffer.
        if (received < 0 && datagram.truncated) {
            datagram.truncation = call.nativeError(SocketCall::lastError());
            return static_cast<os::IoResult>(buffer.size());
        }
        return received;
    });
    if (!result) return call.finish<Datagram>(std::unexpected(result.error()));
    datagram.bytes = static_cast<std::size_t>(*result);
    datagram.from.setSize(static_cast<std::size_t>(length));
    call.setPeer(datagram.from);
    call.setByteCount(datagram.bytes);
    if (!m_tracer) return datagram; // the result text is for the trace only
    std::string text = bytesText(datagram.bytes) + " from " + peerText(datagram.from);
    if (datagram.truncated)
        text += datagram.realSize ? " (cut: " + bytesText(*datagram.realSize) + " sent)" : " (cut)";
    return call.finish<Datagram>(std::move(datagram), text);
}

std::expected<void, NetError> Socket::shutdown(ShutdownHow how) {
    SocketCall call(*this, "shutdown", [&] { return std::string(shutdownName(how)); });
    if (!isOpen()) return call.finish<void>(std::unexpected(call.error(ErrorCode::Closed)));
    const int native = how == ShutdownHow::Read    ? os::kShutRead
                       : how == ShutdownHow::Write ? os::kShutWrite
                                                   : os::kShutBoth;
    if (::shutdown(os::native(m_handle), native) != 0)
        return call.finish<void>(std::unexpected(call.nativeError(SocketCall::lastError())));
    return call.finish<void>({});
}

std::expected<Address, NetError> Socket::localAddress() const {
    SocketCall call(*this, "getsockname", {});
    if (!isOpen()) return call.finish<Address>(std::unexpected(call.error(ErrorCode::Closed)));
    Address address;
    auto length = static_cast<os::SockLen>(Address::kCapacity);
    if (::getsockname(os::native(m_handle), reinterpret_cast<sockaddr*>(address.storage()), &length) != 0)
        return call.finish<Address>(std::unexpected(call.nativeError(SocketCall::lastError())));
    address.setSize(static_cast<std::size_t>(length));
    call.setLocal(address);
    return call.finish<Address>(address, address.toString());
}

std::expected<Address, NetError> Socket::peerAddress() const {
    SocketCall call(*this, "getpeername", {});
    if (!isOpen()) return call.finish<Address>(std::unexpected(call.error(ErrorCode::Closed)));
    Address address;
    auto length = static_cast<os::SockLen>(Address::kCapacity);
    if (::getpeername(os::native(m_handle), reinterpret_cast<sockaddr*>(address.storage()), &length) != 0)
        return call.finish<Address>(std::unexpected(call.nativeError(SocketCall::lastError())));
    address.setSize(static_cast<std::size_t>(length));
    call.setPeer(address);
    return call.finish<Address>(address, address.toString());
}

std::expected<void, NetError> Socket::applyOsBlocking(bool osNonBlocking) {
    if (os::setNonBlocking(m_handle, osNonBlocking) != 0)
        return std::unexpected(
            NetError::fromLastError(osNonBlocking ? "set O_NONBLOCK" : "clear O_NONBLOCK", ""));
    m_osNonBlocking = osNonBlocking;
    return {};
}

std::expected<void, NetError> Socket::setMode(BlockingMode mode) {
    SocketCall call(*this, "setmode", [&] { return mode.toString(); });
    if (!isOpen()) return call.finish<void>(std::unexpected(call.error(ErrorCode::Closed)));
    // Timeout mode polls before each call, as CPython does; so does a cancellable blocking mode.
    const bool osNonBlocking = mode.kind() != BlockingMode::Kind::Blocking || m_cancel != nullptr;
    if (auto applied = applyOsBlocking(osNonBlocking); !applied)
        return call.finish<void>(std::unexpected(applied.error()));
    m_mode = mode;
    return call.finish<void>({});
}

std::expected<void, NetError> Socket::setBlocking(bool blocking) {
    return setMode(blocking ? BlockingMode::blocking() : BlockingMode::nonBlocking());
}

std::expected<void, NetError> Socket::setTimeout(std::optional<BlockingMode::Seconds> timeout) {
    return setMode(BlockingMode::fromTimeout(timeout));
}

std::expected<void, NetError> Socket::setCancelWakeup(std::shared_ptr<Wakeup> wakeup) {
    m_cancel = std::move(wakeup);
    if (!isOpen()) return {}; // kept for a socket not opened yet (a worker's placeholder)
    return setMode(m_mode);
}

void Socket::cancel() noexcept {
    if (auto wakeup = m_cancel) wakeup->signal();
}

std::expected<int, NetError> Socket::wait(int interest, std::chrono::milliseconds timeout) const {
    os::PollFd fd{};
    fd.fd = os::native(m_handle);
    fd.events = static_cast<short>(((interest & Readable) ? os::kPollIn : 0) |
                                   ((interest & Writable) ? os::kPollOut : 0));
    for (;;) {
        const int ready =
            os::pollSockets(&fd, 1, timeout.count() < 0 ? -1 : static_cast<int>(timeout.count()));
        if (ready < 0) {
            const int native = SocketCall::lastError();
            if (os::isInterrupted(native)) continue;
            return std::unexpected(
                NetError::fromNative(native, "poll", std::to_string(timeout.count()) + " ms"));
        }
        int found = NotReady;
        if (fd.revents & (os::kPollIn | os::kPollHup)) found |= Readable;
        if (fd.revents & os::kPollOut) found |= Writable;
        if (fd.revents & os::kPollErr) found |= Failed;
        return found & (interest | Failed);
    }
}

} // namespace netcore
