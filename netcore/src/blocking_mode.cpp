#include "netcore/blocking_mode.h"

#include <cstdio>

namespace netcore {

std::string BlockingMode::toString() const {
    switch (m_kind) {
    case Kind::Blocking:
        return "blocking";
    case Kind::NonBlocking:
        return "non-blocking";
    case Kind::Timeout:
        break;
    }
    char text[48];
    std::snprintf(text, sizeof text, "timeout %g s", m_timeout.count());
    return text;
}

} // namespace netcore
