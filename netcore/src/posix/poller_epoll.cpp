#ifdef __linux__

#include "poller.h"

#include "netcore/socket.h"

#include "os.h"

#include <sys/epoll.h>

#include <algorithm>
#include <array>
#include <string>

namespace netcore {

struct Poller::State {
    int epoll = -1;
    std::array<epoll_event, 256> events{};
};

namespace {

std::uint32_t epollEvents(int interest) {
    std::uint32_t events = 0;
    if (interest & Readable) events |= EPOLLIN | EPOLLRDHUP;
    if (interest & Writable) events |= EPOLLOUT;
    return events; // EPOLLERR and EPOLLHUP are always reported
}

int readinessOf(std::uint32_t events) {
    int readiness = NotReady;
    if (events & (EPOLLIN | EPOLLHUP | EPOLLRDHUP)) readiness |= Readable;
    if (events & EPOLLOUT) readiness |= Writable;
    if (events & EPOLLERR) readiness |= Failed;
    return readiness;
}

std::expected<void, NetError> control(int epoll, int operation, NativeHandle handle, int interest,
                                      std::uint64_t token) {
    epoll_event event{};
    event.events = epollEvents(interest);
    event.data.u64 = token;
    if (::epoll_ctl(epoll, operation, os::native(handle), &event) != 0)
        return std::unexpected(NetError::fromLastError(
            operation == EPOLL_CTL_ADD ? "epoll_ctl(ADD)" : "epoll_ctl(MOD)", std::to_string(handle)));
    return {};
}

} // namespace

Poller::Poller(std::unique_ptr<State> state) noexcept : m_state(std::move(state)) {}

Poller::~Poller() {
    if (m_state && m_state->epoll >= 0) ::close(m_state->epoll);
}

std::expected<std::unique_ptr<Poller>, NetError> Poller::create() {
    auto state = std::make_unique<State>();
    state->epoll = ::epoll_create1(EPOLL_CLOEXEC);
    if (state->epoll < 0) return std::unexpected(NetError::fromLastError("epoll_create1", "EPOLL_CLOEXEC"));
    return std::unique_ptr<Poller>(new Poller(std::move(state)));
}

std::expected<void, NetError> Poller::add(NativeHandle handle, int interest, std::uint64_t token) {
    return control(m_state->epoll, EPOLL_CTL_ADD, handle, interest, token);
}

std::expected<void, NetError> Poller::modify(NativeHandle handle, int interest, std::uint64_t token) {
    return control(m_state->epoll, EPOLL_CTL_MOD, handle, interest, token);
}

void Poller::remove(NativeHandle handle) noexcept {
    epoll_event unused{}; // kernels before 2.6.9 wanted a non-null pointer
    ::epoll_ctl(m_state->epoll, EPOLL_CTL_DEL, os::native(handle), &unused);
}

std::expected<void, NetError> Poller::wait(std::optional<std::chrono::milliseconds> timeout,
                                           std::vector<PollerEvent>& ready) {
    ready.clear();
    const int timeoutMs =
        timeout ? static_cast<int>(std::clamp<std::chrono::milliseconds::rep>(timeout->count(), 0, 1 << 30))
                : -1;
    const int count = ::epoll_wait(m_state->epoll, m_state->events.data(),
                                   static_cast<int>(m_state->events.size()), timeoutMs);
    if (count < 0) {
        if (errno == EINTR) return {};
        return std::unexpected(NetError::fromLastError("epoll_wait", std::to_string(timeoutMs) + " ms"));
    }
    for (int i = 0; i < count; ++i) {
        const auto& event = m_state->events[static_cast<std::size_t>(i)];
        ready.push_back({event.data.u64, readinessOf(event.events)});
    }
    return {};
}

} // namespace netcore

#endif // __linux__
