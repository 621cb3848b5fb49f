#include "netcore_qt/session_handle.h"

#include "netcore_qt/session_hub.h"

namespace netcore_qt {

SessionHandle::SessionHandle(SessionHub& hub, QObject* parent) : QObject(parent), m_hub(hub) {}

SessionHandle::~SessionHandle() {
    if (m_sessionId != 0) m_hub.detach(m_sessionId);
}

void SessionHandle::attachSession(netcore::SessionId id) {
    if (m_sessionId != 0) m_hub.detach(m_sessionId);
    m_sessionId = id;
    m_hub.attach(id, this);
}

} // namespace netcore_qt
