#pragma once

#include "netcore_qt/session_handle.h"

#include "netcore/blocking_mode.h"
#include "netcore/blocking_worker.h"
#include "netcore/net_error.h"
#include "netcore/resolve.h"

#include <QByteArray>
#include <QString>

#include <chrono>
#include <memory>
#include <optional>

namespace netcore {
class TcpClientSession;
class BlockingClientSession;
} // namespace netcore

Q_DECLARE_METATYPE(netcore::ResolveResult)

namespace netcore_qt {

/// A TCP client tab's session. Non-blocking mode runs on netcore's I/O thread; blocking and
/// timeout modes run the seeds' way (connect, then send and wait in recv() for the answer) on a
/// thread of their own, so the wait can be watched and cancelled.
///
/// connectTo() resolves the host off the GUI thread (getaddrinfo may take seconds), reports every
/// result (resolved()), then tries them in order; the Connected event says which one answered.
class TcpClientHandle : public SessionHandle {
    Q_OBJECT
public:
    struct Settings {
        QString host = QStringLiteral("127.0.0.1");
        quint16 port = 8080;
        netcore::BlockingMode mode = netcore::BlockingMode::nonBlocking();
        std::chrono::milliseconds connectTimeout{10000};
    };

    explicit TcpClientHandle(SessionHub& hub, QObject* parent = nullptr);
    ~TcpClientHandle() override;

    /// Closes any connection and connects anew with these settings.
    void connectTo(const Settings& settings);
    /// connectTo() with the last settings.
    void reconnect();
    void send(const QByteArray& bytes);
    /// Blocking and timeout modes: one more recv() (non-blocking mode receives by itself).
    void receive();
    void shutdownWrite();
    void close();
    /// SO_LINGER 0 and close: the server sees ECONNRESET.
    void abort();
    /// Ends the wait of a blocked call (blocking and timeout modes).
    void cancel();
    /// Blocking and timeout modes switch live; switching to or from non-blocking takes a reconnect.
    void setMode(netcore::BlockingMode mode);

    [[nodiscard]] const Settings& settings() const { return m_settings; }
    /// The blocked call and since when (blocking and timeout modes), for the badge.
    [[nodiscard]] std::optional<netcore::BlockingWorker::Busy> busy() const;
    [[nodiscard]] netcore::SocketInspector* inspector() const override;

signals:
    /// Every getaddrinfo result, in order, and how long the lookup took.
    void resolved(const netcore::ResolveResult& result, qint64 milliseconds);
    void resolveFailed(const netcore::NetError& error);

private:
    void startSession(const netcore::ResolveResult& result);
    void dropSessions();

    Settings m_settings;
    quint64 m_attempt = 0; ///< a newer connectTo() makes an older lookup's answer stale
    std::unique_ptr<netcore::TcpClientSession> m_async;
    std::unique_ptr<netcore::BlockingClientSession> m_blocking;
};

} // namespace netcore_qt
