#pragma once

#include "netcore/session_event.h"

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QObject>
#include <QString>

#include <functional>

class ChunkedFileSender;

// "Send file" on a server: one ChunkedFileSender per target connection, each paced by that
// connection's own Sent bytes, so a slow client stalls only its own transfer and memory stays at a
// few windows whatever the file size. A connection that closes stops its transfer.
class ServerFileSends : public QObject {
    Q_OBJECT

public:
    using SendFunction = std::function<void(netcore::ConnectionId, const QByteArray&)>;

    explicit ServerFileSends(SendFunction send, QObject* parent = nullptr);
    ~ServerFileSends() override;

    // Starts sending `path` to each connection (one already receiving a file is skipped). False,
    // with why in `error`, when the file cannot be read.
    bool start(const QString& path, const QList<netcore::ConnectionId>& connections,
               QString* error = nullptr);
    // Bytes the socket took on `connection` (its Sent events).
    void acknowledge(netcore::ConnectionId connection, quint64 bytes);
    void connectionClosed(netcore::ConnectionId connection);
    void cancelAll();

    [[nodiscard]] bool isSending(netcore::ConnectionId connection) const {
        return m_senders.contains(connection);
    }

signals:
    // A line for the traffic view about `connection`'s transfer (finished, failed, stopped).
    void progress(netcore::ConnectionId connection, const QString& text);

private:
    void finish(netcore::ConnectionId connection);

    SendFunction m_send;
    QHash<netcore::ConnectionId, ChunkedFileSender*> m_senders;
};
