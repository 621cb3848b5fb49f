#include "ui/udp_target_resolver.h"

#include "ui/netcore_text.h"

#include "netcore/resolve.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QMetaObject>
#include <QPointer>
#include <QThreadPool>

#include <expected>
#include <string>

UdpTargetResolver::UdpTargetResolver(QObject* parent) : QObject(parent) {}

UdpTargetResolver::~UdpTargetResolver() = default;

bool UdpTargetResolver::isCurrent(const QString& host, quint16 port) const {
    return m_valid && !m_busy && host == m_host && port == m_port;
}

void UdpTargetResolver::cancel() {
    ++m_attempt;
    m_busy = false;
}

void UdpTargetResolver::lookup(const QString& host, quint16 port) {
    const quint64 attempt = ++m_attempt;
    m_host = host;
    m_port = port;
    m_valid = false;
    const std::string hostText = host.toStdString();
    if (auto numeric = netcore::Address::fromHostPort(hostText, port)) {
        m_busy = false;
        m_valid = true;
        emit resolved(*numeric, {QString::fromStdString(numeric->toString())}, 0);
        return;
    }
    m_busy = true;
    QPointer<UdpTargetResolver> self(this);
    const std::string service = std::to_string(port);
    QThreadPool::globalInstance()->start([self, attempt, hostText, service] {
        QElapsedTimer timer;
        timer.start();
        netcore::ResolveOptions options;
        options.type = netcore::SocketType::Datagram;
        auto result = netcore::resolve(hostText, service, options);
        const qint64 took = timer.elapsed();
        // Back on the GUI thread (the application object lives there and outlives the resolver);
        // dropped when a newer lookup or the resolver's end made it stale. `self` is only read there.
        QMetaObject::invokeMethod(
            QCoreApplication::instance(),
            [self, attempt, hostText, result = std::move(result), took] {
                if (!self || self->m_attempt != attempt) return;
                self->m_busy = false;
                if (!result) {
                    emit self->failed(result.error());
                    return;
                }
                if (result->addresses.empty()) {
                    emit self->failed(
                        netcore::NetError::make(netcore::ErrorCode::HostNotFound, "getaddrinfo", hostText,
                                                NetcoreText::verbatim(tr("no address for datagrams"))));
                    return;
                }
                QStringList all;
                for (const auto& entry : result->addresses)
                    all.append(QString::fromStdString(entry.address.toString()));
                self->m_valid = true;
                emit self->resolved(result->addresses.front().address, all, took);
            },
            Qt::QueuedConnection);
    });
}
