#include "ui/server_file_sends.h"

#include "ui/chunked_file_sender.h"

#include <QFileInfo>

ServerFileSends::ServerFileSends(SendFunction send, QObject* parent)
    : QObject(parent), m_send(std::move(send)) {}

ServerFileSends::~ServerFileSends() = default;

bool ServerFileSends::start(const QString& path, const QList<netcore::ConnectionId>& connections,
                            QString* error) {
    const QString name = QFileInfo(path).fileName();
    for (const auto connection : connections) {
        if (m_senders.contains(connection)) {
            emit progress(connection, tr("File %1 not sent: a file is still being sent here").arg(name));
            continue;
        }
        auto* sender = new ChunkedFileSender(
            [this, connection](const QByteArray& chunk) { m_send(connection, chunk); }, this);
        connect(sender, &ChunkedFileSender::finished, this,
                [this, connection, name](const QString&, qint64 bytes) {
                    emit progress(connection,
                                  tr("File %1: all %2 bytes handed to the socket").arg(name).arg(bytes));
                    finish(connection);
                });
        connect(sender, &ChunkedFileSender::failed, this,
                [this, connection, name](const QString&, const QString& reason) {
                    emit progress(connection, tr("File %1 failed: %2").arg(name, reason));
                    finish(connection);
                });
        // Registered before start(): a small file can finish inside it.
        m_senders.insert(connection, sender);
        if (!sender->start(path, error)) {
            finish(connection);
            return false;
        }
    }
    return true;
}

void ServerFileSends::acknowledge(netcore::ConnectionId connection, quint64 bytes) {
    if (auto* sender = m_senders.value(connection); sender != nullptr && bytes > 0)
        sender->acknowledge(bytes);
}

void ServerFileSends::connectionClosed(netcore::ConnectionId connection) {
    auto* sender = m_senders.value(connection);
    if (sender == nullptr) return;
    emit progress(connection, tr("File %1: stopped after %2 of %3 bytes: the connection closed")
                                  .arg(QFileInfo(sender->path()).fileName())
                                  .arg(sender->handedOver())
                                  .arg(sender->size()));
    sender->cancel();
    finish(connection);
}

void ServerFileSends::cancelAll() {
    for (const auto connection : m_senders.keys())
        connectionClosed(connection);
}

void ServerFileSends::finish(netcore::ConnectionId connection) {
    // Deleted later: this runs from the sender's own signals.
    if (auto* sender = m_senders.take(connection)) sender->deleteLater();
}
