#pragma once

#include <chrono>
#include <optional>
#include <string>

namespace netcore {

/// The three modes Python's socket teaches: setblocking(True) / settimeout(t) / setblocking(False).
class BlockingMode {
public:
    enum class Kind { Blocking, Timeout, NonBlocking };
    using Seconds = std::chrono::duration<double>;

    constexpr BlockingMode() = default;
    [[nodiscard]] static constexpr BlockingMode blocking() { return {}; }
    [[nodiscard]] static constexpr BlockingMode nonBlocking() { return BlockingMode(Kind::NonBlocking, {}); }
    /// settimeout(t): t > 0 is a timeout, t == 0 is non-blocking (as in Python).
    [[nodiscard]] static constexpr BlockingMode timeout(Seconds t) {
        return t.count() <= 0 ? nonBlocking() : BlockingMode(Kind::Timeout, t);
    }
    /// Python's settimeout(None | t).
    [[nodiscard]] static constexpr BlockingMode fromTimeout(std::optional<Seconds> t) {
        return t ? timeout(*t) : blocking();
    }

    [[nodiscard]] constexpr Kind kind() const { return m_kind; }
    /// Python's gettimeout(): nullopt when blocking, 0 when non-blocking.
    [[nodiscard]] constexpr std::optional<Seconds> gettimeout() const {
        if (m_kind == Kind::Blocking) return std::nullopt;
        return m_timeout;
    }
    /// "blocking", "timeout 0.2 s", "non-blocking"
    [[nodiscard]] std::string toString() const;

    friend constexpr bool operator==(const BlockingMode&, const BlockingMode&) = default;

private:
    constexpr BlockingMode(Kind kind, Seconds t) : m_kind(kind), m_timeout(t) {}
    Kind m_kind = Kind::Blocking;
    Seconds m_timeout{0};
};

} // namespace netcore
