#include "poller.h"

#include "netcore/socket.h"

#include "os.h"

#include <algorithm>
#include <string>
#include <unordered_map>

namespace netcore {

// WSAPoll takes the whole set on every call: the poller keeps the WSAPOLLFD array itself, with
// the tokens in a parallel array and an index per handle so that remove() is a swap with the last.
struct Poller::State {
    std::vector<WSAPOLLFD> fds;
    std::vector<std::uint64_t> tokens;
    std::unordered_map<NativeHandle, std::size_t> index;
};

namespace {

short pollEvents(int interest) {
    short events = 0;
    if (interest & Readable) events = static_cast<short>(events | POLLRDNORM);
    if (interest & Writable) events = static_cast<short>(events | POLLWRNORM);
    return events; // POLLERR and POLLHUP are always reported
}

int readinessOf(short revents) {
    int readiness = NotReady;
    if (revents & (POLLRDNORM | POLLHUP)) readiness |= Readable;
    if (revents & POLLWRNORM) readiness |= Writable;
    if (revents & (POLLERR | POLLNVAL)) readiness |= Failed;
    return readiness;
}

} // namespace

Poller::Poller(std::unique_ptr<State> state) noexcept : m_state(std::move(state)) {}

Poller::~Poller() = default;

std::expected<std::unique_ptr<Poller>, NetError> Poller::create() {
    return std::unique_ptr<Poller>(new Poller(std::make_unique<State>()));
}

std::expected<void, NetError> Poller::add(NativeHandle handle, int interest, std::uint64_t token) {
    if (m_state->index.contains(handle)) return modify(handle, interest, token);
    WSAPOLLFD fd{};
    fd.fd = os::native(handle);
    fd.events = pollEvents(interest);
    m_state->index.emplace(handle, m_state->fds.size());
    m_state->fds.push_back(fd);
    m_state->tokens.push_back(token);
    return {};
}

std::expected<void, NetError> Poller::modify(NativeHandle handle, int interest, std::uint64_t token) {
    auto found = m_state->index.find(handle);
    if (found == m_state->index.end()) return add(handle, interest, token);
    m_state->fds[found->second].events = pollEvents(interest);
    m_state->tokens[found->second] = token;
    return {};
}

void Poller::remove(NativeHandle handle) noexcept {
    auto found = m_state->index.find(handle);
    if (found == m_state->index.end()) return;
    const std::size_t at = found->second;
    const std::size_t last = m_state->fds.size() - 1;
    if (at != last) {
        m_state->fds[at] = m_state->fds[last];
        m_state->tokens[at] = m_state->tokens[last];
        m_state->index[static_cast<NativeHandle>(m_state->fds[at].fd)] = at;
    }
    m_state->fds.pop_back();
    m_state->tokens.pop_back();
    m_state->index.erase(found);
}

std::expected<void, NetError> Poller::wait(std::optional<std::chrono::milliseconds> timeout,
                                           std::vector<PollerEvent>& ready) {
    ready.clear();
    const int timeoutMs =
        timeout ? static_cast<int>(std::clamp<std::chrono::milliseconds::rep>(timeout->count(), 0, 1 << 30))
                : -1;
    if (m_state->fds.empty()) {
        ::Sleep(timeoutMs < 0 ? INFINITE : static_cast<DWORD>(timeoutMs)); // WSAPoll rejects an empty set
        return {};
    }
    const int count = ::WSAPoll(m_state->fds.data(), static_cast<ULONG>(m_state->fds.size()), timeoutMs);
    if (count == SOCKET_ERROR) {
        if (::WSAGetLastError() == WSAEINTR) return {};
        return std::unexpected(NetError::fromLastError("WSAPoll", std::to_string(timeoutMs) + " ms"));
    }
    for (std::size_t i = 0; i < m_state->fds.size() && ready.size() < static_cast<std::size_t>(count); ++i) {
        if (const short revents = m_state->fds[i].revents; revents != 0)
            ready.push_back({m_state->tokens[i], readinessOf(revents)});
    }
    return {};
}

} // namespace netcore
