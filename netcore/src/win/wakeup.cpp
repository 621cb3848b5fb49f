#include "netcore/wakeup.h"

#include "os.h"
#include "platform.h"

namespace netcore {

// WSAPoll waits on sockets only, so the wake-up is a UDP socket on loopback that sends to itself.
std::expected<std::unique_ptr<Wakeup>, NetError> Wakeup::create() {
    platform::ensureInitialized();
    const SOCKET handle =
        ::WSASocketW(AF_INET, SOCK_DGRAM, IPPROTO_UDP, nullptr, 0, WSA_FLAG_NO_HANDLE_INHERIT);
    if (handle == INVALID_SOCKET)
        return std::unexpected(NetError::fromLastError("socket", "AF_INET, SOCK_DGRAM"));
    sockaddr_in address{};
    address.sin_family = AF_INET;
    address.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    int length = sizeof address;
    u_long nonBlocking = 1;
    if (::bind(handle, reinterpret_cast<sockaddr*>(&address), sizeof address) != 0 ||
        ::getsockname(handle, reinterpret_cast<sockaddr*>(&address), &length) != 0 ||
        ::connect(handle, reinterpret_cast<sockaddr*>(&address), sizeof address) != 0 ||
        ::ioctlsocket(handle, static_cast<long>(FIONBIO), &nonBlocking) != 0) {
        auto error = NetError::fromLastError("bind/connect", "wake-up socket on 127.0.0.1");
        ::closesocket(handle);
        return std::unexpected(std::move(error));
    }
    const auto native = static_cast<NativeHandle>(handle);
    return std::unique_ptr<Wakeup>(new Wakeup(native, native));
}

Wakeup::~Wakeup() {
    ::closesocket(static_cast<SOCKET>(m_readHandle));
}

void Wakeup::signal() noexcept {
    const char one = 1;
    ::send(static_cast<SOCKET>(m_writeHandle), &one, 1, 0);
}

bool Wakeup::drain() noexcept {
    bool any = false;
    char buffer[64];
    while (::recv(static_cast<SOCKET>(m_readHandle), buffer, sizeof buffer, 0) > 0)
        any = true;
    return any;
}

} // namespace netcore
