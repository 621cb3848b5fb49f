#pragma once

#include "netcore/session_event.h"
#include "netcore/socket_inspection.h"

#include <QObject>

#include <span>

namespace netcore_qt {

class SessionHub;

/// The GUI-side face of one netcore session: receives that session's events in batches, on the
/// hub's thread. Subclasses own the session and offer its commands.
class SessionHandle : public QObject {
    Q_OBJECT
public:
    explicit SessionHandle(SessionHub& hub, QObject* parent = nullptr);
    ~SessionHandle() override;

    [[nodiscard]] netcore::SessionId sessionId() const { return m_sessionId; }
    /// The running session's sockets, to list, probe and tune (the sockets dock); nullptr while
    /// no session runs. Ask again each time: a restart replaces the session.
    [[nodiscard]] virtual netcore::SocketInspector* inspector() const { return nullptr; }

signals:
    /// Events of this session, oldest first. The span is valid during the emission only.
    void eventsArrived(std::span<const netcore::SessionEvent> events);

protected:
    /// Subclasses call this once their session exists.
    void attachSession(netcore::SessionId id);
    [[nodiscard]] SessionHub& hub() const { return m_hub; }

private:
    friend class SessionHub;
    void deliver(std::span<const netcore::SessionEvent> events) { emit eventsArrived(events); }

    SessionHub& m_hub;
    netcore::SessionId m_sessionId = 0;
};

} // namespace netcore_qt
