#pragma once

#include "ui/tab_spec.h"

#include <QString>
#include <QStringList>

#include <expected>

/// Reads and writes the `--open` spec language:
///   tcp-server 127.0.0.1:8080 reply=upper name=Echo       (reply=none|echo|upper|chat|text:S|hex:H)
///   tcp-client [::1]:8080 send='hello world' timeout=5000
///   udp-server 127.0.0.1:9000 reply=upper bufsize=1024 broadcast=on
///   udp-client 127.0.0.1:9000 send=hi connect=on
///   chat 127.0.0.1:8081 peer=TOM=127.0.0.1:8082 to=TOM send=hello
/// A kind, an endpoint (host:port, IPv6 in brackets; for chat the address it binds), then
/// key=value pairs. Values with spaces are quoted: '...' literally, "..." with \" and \\ escapes.
class OpenSpecParser {
public:
    struct Error {
        QString key;     ///< the key or part at fault ("reply", "endpoint", "kind")
        QString message; ///< why, in words a user can act on
        [[nodiscard]] QString describe(const QString& spec) const;
    };

    [[nodiscard]] static std::expected<TabSpec, Error> parse(const QString& spec);
    /// The spec text that parses back to `spec` (used by "copy as command line").
    [[nodiscard]] static QString format(const TabSpec& spec);

    /// Splits on blanks, honouring the quotes above.
    [[nodiscard]] static std::expected<QStringList, Error> tokenize(const QString& spec);
    /// "127.0.0.1:8080" / "[::1]:80" / "localhost:80" -> host and port.
    [[nodiscard]] static std::expected<std::pair<QString, quint16>, Error> parseEndpoint(const QString& text);
    /// none | echo | upper | chat | text:STRING | hex:HEX
    [[nodiscard]] static std::expected<ReplySpec, Error> parseReply(const QString& text);
    [[nodiscard]] static QString formatReply(const ReplySpec& reply);
};
