#if defined(__APPLE__) || defined(__FreeBSD__) || defined(__OpenBSD__) || defined(__NetBSD__) ||             \
    defined(__DragonFly__)

#include "poller.h"

#include "netcore/socket.h"

#include "os.h"

#include <sys/event.h>
#include <sys/time.h>

#include <algorithm>
#include <array>
#include <string>
#include <unordered_map>
#include <utility>

namespace netcore {

// kqueue watches (handle, filter) pairs: reading and writing are two filters, added and deleted
// separately, so the poller remembers each handle's interest to turn modify() into a diff.
// Tokens are looked up by handle rather than carried in udata, whose type differs between BSDs.
struct Poller::State {
    struct Entry {
        int interest = 0;
        std::uint64_t token = 0;
    };
    int queue = -1;
    std::unordered_map<int, Entry> handles;
    std::array<struct kevent, 256> events{};
};

namespace {

using Filter = decltype(std::declval<struct kevent>().filter);
using Flags = decltype(std::declval<struct kevent>().flags);

struct kevent change(int handle, Filter filter, Flags flags) {
    struct kevent event {};
    EV_SET(&event, static_cast<uintptr_t>(handle), filter, flags, 0, 0, 0);
    return event;
}

/// Adds the changes that take `handle` from interest `from` to interest `to`; returns their count.
int diff(int handle, int from, int to, std::array<struct kevent, 2>& changes) {
    int count = 0;
    const auto one = [&](int flag, Filter filter) {
        const bool had = (from & flag) != 0;
        const bool wants = (to & flag) != 0;
        if (had == wants) return;
        changes[static_cast<std::size_t>(count++)] =
            change(handle, filter, static_cast<Flags>(wants ? (EV_ADD | EV_ENABLE) : EV_DELETE));
    };
    one(Readable, static_cast<Filter>(EVFILT_READ));
    one(Writable, static_cast<Filter>(EVFILT_WRITE));
    return count;
}

std::expected<void, NetError> apply(int queue, const std::array<struct kevent, 2>& changes, int count,
                                    NativeHandle handle) {
    if (count == 0) return {};
    if (::kevent(queue, changes.data(), count, nullptr, 0, nullptr) != 0)
        return std::unexpected(NetError::fromLastError("kevent", std::to_string(handle)));
    return {};
}

} // namespace

Poller::Poller(std::unique_ptr<State> state) noexcept : m_state(std::move(state)) {}

Poller::~Poller() {
    if (m_state && m_state->queue >= 0) ::close(m_state->queue);
}

std::expected<std::unique_ptr<Poller>, NetError> Poller::create() {
    auto state = std::make_unique<State>();
    state->queue = ::kqueue();
    if (state->queue < 0) return std::unexpected(NetError::fromLastError("kqueue", ""));
    ::fcntl(state->queue, F_SETFD, FD_CLOEXEC);
    return std::unique_ptr<Poller>(new Poller(std::move(state)));
}

std::expected<void, NetError> Poller::add(NativeHandle handle, int interest, std::uint64_t token) {
    const int fd = os::native(handle);
    std::array<struct kevent, 2> changes{};
    const int count = diff(fd, 0, interest, changes);
    if (auto applied = apply(m_state->queue, changes, count, handle); !applied) return applied;
    m_state->handles[fd] = {interest, token};
    return {};
}

std::expected<void, NetError> Poller::modify(NativeHandle handle, int interest, std::uint64_t token) {
    const int fd = os::native(handle);
    auto found = m_state->handles.find(fd);
    if (found == m_state->handles.end()) return add(handle, interest, token);
    std::array<struct kevent, 2> changes{};
    const int count = diff(fd, found->second.interest, interest, changes);
    if (auto applied = apply(m_state->queue, changes, count, handle); !applied) return applied;
    found->second = {interest, token};
    return {};
}

void Poller::remove(NativeHandle handle) noexcept {
    const int fd = os::native(handle);
    auto found = m_state->handles.find(fd);
    if (found == m_state->handles.end()) return;
    std::array<struct kevent, 2> changes{};
    const int count = diff(fd, found->second.interest, 0, changes);
    // Errors are expected when the handle was closed first (kqueue already forgot it).
    if (count > 0) ::kevent(m_state->queue, changes.data(), count, nullptr, 0, nullptr);
    m_state->handles.erase(found);
}

std::expected<void, NetError> Poller::wait(std::optional<std::chrono::milliseconds> timeout,
                                           std::vector<PollerEvent>& ready) {
    ready.clear();
    timespec limit{};
    if (timeout) {
        const auto ms = std::max<std::chrono::milliseconds::rep>(timeout->count(), 0);
        limit.tv_sec = static_cast<decltype(limit.tv_sec)>(ms / 1000);
        limit.tv_nsec = static_cast<decltype(limit.tv_nsec)>((ms % 1000) * 1000000);
    }
    const int count = ::kevent(m_state->queue, nullptr, 0, m_state->events.data(),
                               static_cast<int>(m_state->events.size()), timeout ? &limit : nullptr);
    if (count < 0) {
        if (errno == EINTR) return {};
        return std::unexpected(NetError::fromLastError("kevent", "wait"));
    }
    for (int i = 0; i < count; ++i) {
        const auto& event = m_state->events[static_cast<std::size_t>(i)];
        auto found = m_state->handles.find(static_cast<int>(event.ident));
        if (found == m_state->handles.end()) continue;
        int readiness = NotReady;
        if (event.flags & EV_ERROR) {
            readiness = Failed;
        } else if (event.filter == EVFILT_READ) {
            readiness = Readable; // EV_EOF too: the reader's recv() will say EOF or the error
        } else if (event.filter == EVFILT_WRITE) {
            readiness = Writable;
            // A failed connect shows as EOF on the write filter with the error in fflags.
            if ((event.flags & EV_EOF) && event.fflags != 0) readiness |= Failed;
        }
        ready.push_back({found->second.token, readiness});
    }
    return {};
}

} // namespace netcore

#endif
