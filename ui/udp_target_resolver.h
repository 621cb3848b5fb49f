#pragma once

#include "netcore/address.h"
#include "netcore/net_error.h"

#include <QObject>
#include <QString>
#include <QStringList>

// Turns a UDP client's host:port into the address its datagrams go to. A numeric host is parsed
// on the spot (lookup() answers before it returns), so sending to 127.0.0.1 never waits; a name
// is looked up on a worker thread, because getaddrinfo may wait seconds for DNS. The first result
// is used, as Python's sendto((name, port)) would; every result is reported so the tab can say
// which one it chose. A newer lookup() or cancel() makes an older answer stale.
class UdpTargetResolver : public QObject {
    Q_OBJECT

public:
    explicit UdpTargetResolver(QObject* parent = nullptr);
    ~UdpTargetResolver() override;

    void lookup(const QString& host, quint16 port);
    void cancel();
    [[nodiscard]] bool isBusy() const { return m_busy; }
    // The host and port of the last lookup (finished or not).
    [[nodiscard]] QString host() const { return m_host; }
    [[nodiscard]] quint16 port() const { return m_port; }
    // The host and port of the last lookup that succeeded (to skip looking up the same name again).
    [[nodiscard]] bool isCurrent(const QString& host, quint16 port) const;

signals:
    // all: every address the resolver returned, as text (one for a numeric host); ms: lookup time.
    void resolved(const netcore::Address& target, const QStringList& all, qint64 ms);
    void failed(const netcore::NetError& error);

private:
    quint64 m_attempt = 0;
    bool m_busy = false;
    QString m_host;
    quint16 m_port = 0;
    bool m_valid = false;
};
