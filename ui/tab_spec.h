#pragma once

#include <QByteArray>
#include <QList>
#include <QString>

#include <optional>

/// What kind of tab a spec opens.
enum class TabKind { TcpServer, TcpClient, UdpServer, UdpClient, Chat };

/// How a server answers what it receives (the seeds' server upper-cases).
struct ReplySpec {
    /// ChatRoom, Demo and DemoFramed need connections: TCP servers only. Demo answers a fixed set of
    /// harmless commands (the framing lab); DemoFramed does it with 4-byte length prefixes.
    enum class Mode { None, Echo, Upper, Text, Hex, ChatRoom, Demo, DemoFramed };
    Mode mode = Mode::None;
    QByteArray bytes; ///< Text / Hex: the reply's bytes
    QString typed;    ///< Text / Hex: as the user wrote it (saved back unchanged)

    [[nodiscard]] bool streamOnly() const {
        return mode == Mode::ChatRoom || mode == Mode::Demo || mode == Mode::DemoFramed;
    }

    friend bool operator==(const ReplySpec&, const ReplySpec&) = default;
};

/// A chat contact: a name and where its messages go (the seed's qq_name_dic entries).
struct ChatContact {
    QString name;
    QString host;
    quint16 port = 0;

    friend bool operator==(const ChatContact&, const ChatContact&) = default;
};

/// Everything needed to open and start one tab: from `--open`, a workspace file, or the window's
/// saved state. Plain data; OpenSpecParser and WorkspaceFile read and write it.
struct TabSpec {
    TabKind kind = TabKind::TcpServer;
    QString name; ///< tab title; empty = derived from kind and endpoint
    QString host = QStringLiteral("127.0.0.1");
    quint16 port = 8080;
    ReplySpec reply;               ///< servers
    std::optional<QString> send;   ///< clients: sent once connected (escapes allowed)
    int backlog = 128;             ///< servers
    bool reuseAddress = true;      ///< servers
    int connectTimeoutMs = 10000;  ///< clients
    bool autoStart = true;         ///< start the server / connect the client when the tab opens
    int receiveBufferSize = 65535; ///< UDP: bytes per recvfrom() (larger datagrams are cut)
    bool broadcast = false;        ///< UDP: SO_BROADCAST
    bool connectedUdp = false;     ///< UDP client: connect() + send() instead of sendto()
    QList<ChatContact> contacts;   ///< chat: the contact book
    QString to;                    ///< chat: the contact `send` goes to (default: the first)

    friend bool operator==(const TabSpec&, const TabSpec&) = default;
};

/// "tcp-server", "tcp-client", "udp-server", "udp-client", "chat"
[[nodiscard]] QString tabKindName(TabKind kind);
[[nodiscard]] std::optional<TabKind> tabKindFromName(const QString& name);
