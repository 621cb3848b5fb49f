#include "ui/open_spec_parser.h"

#include "ui/netcore_text.h"

#include "netcore/typed_input.h"

#include <QCoreApplication>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace {

QByteArray toQByteArray(const std::vector<std::byte>& bytes) {
    return {reinterpret_cast<const char*>(bytes.data()), static_cast<qsizetype>(bytes.size())};
}

// Whatever tokenize() splits on or strips needs quotes: every kind of blank (a vertical tab or a
// no-break space too, found by fuzzing), and the quote characters themselves.
bool needsQuotes(const QString& value) {
    return value.isEmpty() || value.contains(u'\'') || value.contains(u'"') ||
           std::any_of(value.begin(), value.end(), [](QChar c) { return c.isSpace(); });
}

QString quote(const QString& value) {
    if (!needsQuotes(value)) return value;
    if (!value.contains(u'\'')) return u"'"_s + value + u"'"_s;
    QString escaped = value;
    escaped.replace(u"\\"_s, u"\\\\"_s).replace(u"\""_s, u"\\\""_s);
    return u"\""_s + escaped + u"\""_s;
}

} // namespace

QString OpenSpecParser::Error::describe(const QString& spec) const {
    return QCoreApplication::translate("OpenSpecParser", "invalid --open \"%1\": %2: %3")
        .arg(spec, key, message);
}

std::expected<QStringList, OpenSpecParser::Error> OpenSpecParser::tokenize(const QString& spec) {
    QStringList tokens;
    QString current;
    bool inToken = false;
    for (qsizetype i = 0; i < spec.size(); ++i) {
        const QChar c = spec[i];
        if (c.isSpace()) {
            if (inToken) tokens << std::exchange(current, {});
            inToken = false;
            continue;
        }
        inToken = true;
        if (c == u'\'' || c == u'"') {
            const qsizetype start = i;
            for (++i; i < spec.size() && spec[i] != c; ++i) {
                if (c == u'"' && spec[i] == u'\\' && i + 1 < spec.size()) ++i;
                current += spec[i];
            }
            if (i >= spec.size())
                return std::unexpected(Error{
                    QCoreApplication::translate("OpenSpecParser", "quoting"),
                    QCoreApplication::translate("OpenSpecParser", "the quote at column %1 is never closed")
                        .arg(start + 1)});
            continue;
        }
        current += c;
    }
    if (inToken) tokens << current;
    return tokens;
}

std::expected<std::pair<QString, quint16>, OpenSpecParser::Error>
OpenSpecParser::parseEndpoint(const QString& text) {
    const auto fail = [&](const QString& why) {
        return std::unexpected(Error{QCoreApplication::translate("OpenSpecParser", "endpoint"), why});
    };
    QString host;
    QString portText;
    if (text.startsWith(u'[')) {
        const auto close = text.indexOf(u']');
        if (close < 0 || close + 1 >= text.size() || text[close + 1] != u':')
            return fail(QCoreApplication::translate("OpenSpecParser",
                                                    "\"%1\": write an IPv6 endpoint as [address]:port")
                            .arg(text));
        host = text.mid(1, close - 1);
        portText = text.mid(close + 2);
    } else {
        const auto colon = text.lastIndexOf(u':');
        if (colon < 0)
            return fail(QCoreApplication::translate(
                            "OpenSpecParser", "\"%1\" has no port: write host:port, e.g. 127.0.0.1:8080")
                            .arg(text));
        if (text.indexOf(u':') != colon)
            return fail(QCoreApplication::translate(
                            "OpenSpecParser", "\"%1\": write an IPv6 address in brackets, e.g. [::1]:8080")
                            .arg(text));
        host = text.left(colon);
        portText = text.mid(colon + 1);
    }
    if (host.isEmpty())
        return fail(QCoreApplication::translate("OpenSpecParser", "\"%1\" has no host").arg(text));
    // No host name or address holds a blank or a control character; accepting one would also let
    // format() write an endpoint that splits into two tokens (found by fuzzing).
    for (qsizetype i = 0; i < host.size(); ++i) {
        if (host[i].isSpace() || host[i].category() == QChar::Other_Control)
            return fail(
                QCoreApplication::translate("OpenSpecParser",
                                            "the host has a blank or control character (U+%1) at position %2")
                    .arg(uint(host[i].unicode()), 4, 16, QChar(u'0'))
                    .arg(i + 1));
    }
    bool ok = false;
    const uint port = portText.toUInt(&ok);
    if (!ok || port > 65535)
        return fail(QCoreApplication::translate("OpenSpecParser",
                                                "\"%1\" is not a port: use a number from 0 to 65535")
                        .arg(portText));
    return std::pair{host, static_cast<quint16>(port)};
}

std::expected<ReplySpec, OpenSpecParser::Error> OpenSpecParser::parseReply(const QString& text) {
    ReplySpec reply;
    if (text == u"none") return reply;
    if (text == u"echo") {
        reply.mode = ReplySpec::Mode::Echo;
        return reply;
    }
    if (text == u"upper") {
        reply.mode = ReplySpec::Mode::Upper;
        return reply;
    }
    if (text == u"chat" || text == u"demo" || text == u"demo-framed") {
        reply.mode = text == u"chat"   ? ReplySpec::Mode::ChatRoom
                     : text == u"demo" ? ReplySpec::Mode::Demo
                                       : ReplySpec::Mode::DemoFramed;
        return reply;
    }
    if (text.startsWith(u"text:")) {
        reply.mode = ReplySpec::Mode::Text;
        reply.typed = text.mid(5);
        const auto utf8 = reply.typed.toUtf8();
        auto bytes = netcore::parseEscapedText(
            std::string_view(utf8.constData(), static_cast<std::size_t>(utf8.size())));
        if (!bytes)
            return std::unexpected(
                Error{u"reply"_s, QCoreApplication::translate("OpenSpecParser", "text: column %1: %2")
                                      .arg(bytes.error().column)
                                      .arg(NetcoreText::translated(bytes.error().message))});
        reply.bytes = toQByteArray(*bytes);
        return reply;
    }
    if (text.startsWith(u"hex:")) {
        reply.mode = ReplySpec::Mode::Hex;
        reply.typed = text.mid(4);
        const auto latin = reply.typed.toUtf8();
        auto bytes =
            netcore::parseHex(std::string_view(latin.constData(), static_cast<std::size_t>(latin.size())));
        if (!bytes)
            return std::unexpected(
                Error{u"reply"_s, QCoreApplication::translate("OpenSpecParser", "hex: column %1: %2")
                                      .arg(bytes.error().column)
                                      .arg(NetcoreText::translated(bytes.error().message))});
        reply.bytes = toQByteArray(*bytes);
        return reply;
    }
    return std::unexpected(Error{
        u"reply"_s,
        QCoreApplication::translate(
            "OpenSpecParser",
            "unknown mode \"%1\" (use none, echo, upper, chat, demo, demo-framed, text:STRING or hex:HEX)")
            .arg(text)});
}

QString OpenSpecParser::formatReply(const ReplySpec& reply) {
    switch (reply.mode) {
    case ReplySpec::Mode::None:
        return u"none"_s;
    case ReplySpec::Mode::Echo:
        return u"echo"_s;
    case ReplySpec::Mode::Upper:
        return u"upper"_s;
    case ReplySpec::Mode::Text:
        return u"text:"_s + reply.typed;
    case ReplySpec::Mode::Hex:
        return u"hex:"_s + reply.typed;
    case ReplySpec::Mode::ChatRoom:
        return u"chat"_s;
    case ReplySpec::Mode::Demo:
        return u"demo"_s;
    case ReplySpec::Mode::DemoFramed:
        return u"demo-framed"_s;
    }
    return u"none"_s;
}

namespace {

/// Which keys each kind takes (the error for a wrong key lists them).
QStringList keysOf(TabKind kind) {
    switch (kind) {
    case TabKind::TcpServer:
        return {u"reply"_s, u"name"_s, u"backlog"_s, u"reuseaddr"_s};
    case TabKind::TcpClient:
        return {u"send"_s, u"name"_s, u"timeout"_s};
    case TabKind::UdpServer:
        return {u"reply"_s, u"name"_s, u"bufsize"_s, u"broadcast"_s};
    case TabKind::UdpClient:
        return {u"send"_s, u"name"_s, u"bufsize"_s, u"broadcast"_s, u"connect"_s};
    case TabKind::Chat:
        return {u"send"_s, u"to"_s, u"peer"_s, u"name"_s};
    }
    return {};
}

std::expected<bool, OpenSpecParser::Error> parseOnOff(const QString& key, const QString& value) {
    if (value == u"on") return true;
    if (value == u"off") return false;
    return std::unexpected(OpenSpecParser::Error{
        key, QCoreApplication::translate("OpenSpecParser", "use on or off, not \"%1\"").arg(value)});
}

std::expected<int, OpenSpecParser::Error> parseNumber(const QString& key, const QString& value, int min,
                                                      int max) {
    bool ok = false;
    const int number = value.toInt(&ok);
    if (!ok || number < min || number > max)
        return std::unexpected(OpenSpecParser::Error{
            key, QCoreApplication::translate("OpenSpecParser", "\"%1\" is not a number from %2 to %3")
                     .arg(value)
                     .arg(min)
                     .arg(max)});
    return number;
}

/// Applies one key=value to the spec; the key is known to belong to the spec's kind.
std::optional<OpenSpecParser::Error> applyKey(TabSpec& spec, const QString& key, const QString& value) {
    if (key == u"name") {
        spec.name = value;
    } else if (key == u"reply") {
        auto reply = OpenSpecParser::parseReply(value);
        if (!reply) return reply.error();
        if (reply->streamOnly() && spec.kind != TabKind::TcpServer)
            return OpenSpecParser::Error{
                key, QCoreApplication::translate("OpenSpecParser", "%1 needs TCP: use it with tcp-server")
                         .arg(value)};
        spec.reply = *reply;
    } else if (key == u"send") {
        spec.send = value;
    } else if (key == u"backlog") {
        auto number = parseNumber(key, value, 0, 65535);
        if (!number) return number.error();
        spec.backlog = *number;
    } else if (key == u"timeout") {
        auto number = parseNumber(key, value, 1, 3600 * 1000);
        if (!number) return number.error();
        spec.connectTimeoutMs = *number;
    } else if (key == u"bufsize") {
        auto number = parseNumber(key, value, 1, 1 << 24);
        if (!number) return number.error();
        spec.receiveBufferSize = *number;
    } else if (key == u"reuseaddr" || key == u"broadcast" || key == u"connect") {
        auto on = parseOnOff(key, value);
        if (!on) return on.error();
        (key == u"reuseaddr"   ? spec.reuseAddress
         : key == u"broadcast" ? spec.broadcast
                               : spec.connectedUdp) = *on;
    } else if (key == u"to") {
        spec.to = value;
    } else if (key == u"peer") {
        // peer=NAME=HOST:PORT, e.g. peer=TOM=127.0.0.1:8081
        const auto equals = value.indexOf(u'=');
        if (equals <= 0)
            return OpenSpecParser::Error{
                key, QCoreApplication::translate("OpenSpecParser", "write a contact as peer=NAME=HOST:PORT")};
        auto endpoint = OpenSpecParser::parseEndpoint(value.mid(equals + 1));
        if (!endpoint) return OpenSpecParser::Error{key, endpoint.error().message};
        const QString name = value.left(equals);
        for (const auto& contact : std::as_const(spec.contacts))
            if (contact.name == name)
                return OpenSpecParser::Error{
                    key, QCoreApplication::translate("OpenSpecParser", "the contact \"%1\" is given twice")
                             .arg(name)};
        spec.contacts.append({name, endpoint->first, endpoint->second});
    }
    return std::nullopt;
}

} // namespace

std::expected<TabSpec, OpenSpecParser::Error> OpenSpecParser::parse(const QString& text) {
    auto tokens = tokenize(text);
    if (!tokens) return std::unexpected(tokens.error());
    if (tokens->isEmpty())
        return std::unexpected(
            Error{QCoreApplication::translate("OpenSpecParser", "kind"),
                  QCoreApplication::translate("OpenSpecParser",
                                              "the spec is empty (e.g. \"tcp-server 127.0.0.1:8080\")")});
    TabSpec spec;
    const auto kind = tabKindFromName(tokens->at(0));
    if (!kind)
        return std::unexpected(
            Error{QCoreApplication::translate("OpenSpecParser", "kind"),
                  QCoreApplication::translate(
                      "OpenSpecParser",
                      "unknown kind \"%1\" (use tcp-server, tcp-client, udp-server, udp-client or chat)")
                      .arg(tokens->at(0))});
    spec.kind = *kind;
    if (tokens->size() < 2 || tokens->at(1).contains(u'='))
        return std::unexpected(
            Error{QCoreApplication::translate("OpenSpecParser", "endpoint"),
                  QCoreApplication::translate("OpenSpecParser",
                                              "an endpoint must follow the kind, e.g. 127.0.0.1:8080")});
    auto endpoint = parseEndpoint(tokens->at(1));
    if (!endpoint) return std::unexpected(endpoint.error());
    std::tie(spec.host, spec.port) = *endpoint;

    const QStringList keys = keysOf(spec.kind);
    for (qsizetype i = 2; i < tokens->size(); ++i) {
        const QString& token = tokens->at(i);
        const auto equals = token.indexOf(u'=');
        if (equals <= 0)
            return std::unexpected(
                Error{token, QCoreApplication::translate("OpenSpecParser", "expected key=value")});
        const QString key = token.left(equals);
        if (!keys.contains(key))
            return std::unexpected(
                Error{key, QCoreApplication::translate("OpenSpecParser", "not a key of %1 (keys: %2)")
                               .arg(tabKindName(spec.kind), keys.join(u", "_s))});
        if (auto error = applyKey(spec, key, token.mid(equals + 1))) return std::unexpected(*error);
    }
    if (spec.kind == TabKind::Chat && !spec.to.isEmpty()) {
        const bool known = std::any_of(spec.contacts.cbegin(), spec.contacts.cend(),
                                       [&](const ChatContact& contact) { return contact.name == spec.to; });
        if (!known && !spec.contacts.isEmpty())
            return std::unexpected(
                Error{u"to"_s, QCoreApplication::translate("OpenSpecParser",
                                                           "no contact is called \"%1\" (add it with peer=)")
                                   .arg(spec.to)});
    }
    return spec;
}

QString OpenSpecParser::format(const TabSpec& spec) {
    const QString host = spec.host.contains(u':') ? u"["_s + spec.host + u"]"_s : spec.host;
    // The endpoint is quoted like any value: a host the parser took from quotes may hold a quote
    // or a blank (found by fuzzing).
    QStringList parts{tabKindName(spec.kind), quote(host + u':' + QString::number(spec.port))};
    const TabSpec defaults;
    const QStringList keys = keysOf(spec.kind);
    const auto onOff = [](bool on) { return on ? u"on"_s : u"off"_s; };
    if (keys.contains(u"reply"_s) && spec.reply.mode != ReplySpec::Mode::None)
        parts << u"reply="_s + quote(formatReply(spec.reply));
    if (keys.contains(u"backlog"_s) && spec.backlog != defaults.backlog)
        parts << u"backlog="_s + QString::number(spec.backlog);
    if (keys.contains(u"reuseaddr"_s) && !spec.reuseAddress) parts << u"reuseaddr=off"_s;
    if (keys.contains(u"timeout"_s) && spec.connectTimeoutMs != defaults.connectTimeoutMs)
        parts << u"timeout="_s + QString::number(spec.connectTimeoutMs);
    if (keys.contains(u"bufsize"_s) && spec.receiveBufferSize != defaults.receiveBufferSize)
        parts << u"bufsize="_s + QString::number(spec.receiveBufferSize);
    if (keys.contains(u"broadcast"_s) && spec.broadcast) parts << u"broadcast="_s + onOff(true);
    if (keys.contains(u"connect"_s) && spec.connectedUdp) parts << u"connect="_s + onOff(true);
    if (keys.contains(u"peer"_s))
        for (const auto& contact : spec.contacts) {
            const QString contactHost =
                contact.host.contains(u':') ? u"["_s + contact.host + u"]"_s : contact.host;
            parts << u"peer="_s +
                         quote(contact.name + u'=' + contactHost + u':' + QString::number(contact.port));
        }
    if (keys.contains(u"to"_s) && !spec.to.isEmpty()) parts << u"to="_s + quote(spec.to);
    if (keys.contains(u"send"_s) && spec.send) parts << u"send="_s + quote(*spec.send);
    if (!spec.name.isEmpty()) parts << u"name="_s + quote(spec.name);
    return parts.join(u' ');
}
