#include "ui/open_spec_parser.h"

#include "netcore/typed_input.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace {

QString tr(const char* text) {
    return QCoreApplication::translate("OpenSpecParser", text);
}

QByteArray toQByteArray(const std::vector<std::byte>& bytes) {
    return {reinterpret_cast<const char*>(bytes.data()), static_cast<qsizetype>(bytes.size())};
}

bool needsQuotes(const QString& value) {
    return value.isEmpty() || value.contains(u' ') || value.contains(u'\t') || value.contains(u'\'') ||
           value.contains(u'"');
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
    return tr("invalid --open \"%1\": %2: %3").arg(spec, key, message);
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
                return std::unexpected(
                    Error{tr("quoting"), tr("the quote at column %1 is never closed").arg(start + 1)});
            continue;
        }
        current += c;
    }
    if (inToken) tokens << current;
    return tokens;
}

std::expected<std::pair<QString, quint16>, OpenSpecParser::Error>
OpenSpecParser::parseEndpoint(const QString& text) {
    const auto fail = [&](const QString& why) { return std::unexpected(Error{tr("endpoint"), why}); };
    QString host;
    QString portText;
    if (text.startsWith(u'[')) {
        const auto close = text.indexOf(u']');
        if (close < 0 || close + 1 >= text.size() || text[close + 1] != u':')
            return fail(tr("\"%1\": write an IPv6 endpoint as [address]:port").arg(text));
        host = text.mid(1, close - 1);
        portText = text.mid(close + 2);
    } else {
        const auto colon = text.lastIndexOf(u':');
        if (colon < 0) return fail(tr("\"%1\" has no port: write host:port, e.g. 127.0.0.1:8080").arg(text));
        if (text.indexOf(u':') != colon)
            return fail(tr("\"%1\": write an IPv6 address in brackets, e.g. [::1]:8080").arg(text));
        host = text.left(colon);
        portText = text.mid(colon + 1);
    }
    if (host.isEmpty()) return fail(tr("\"%1\" has no host").arg(text));
    bool ok = false;
    const uint port = portText.toUInt(&ok);
    if (!ok || port > 65535)
        return fail(tr("\"%1\" is not a port: use a number from 0 to 65535").arg(portText));
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
    if (text.startsWith(u"text:")) {
        reply.mode = ReplySpec::Mode::Text;
        reply.typed = text.mid(5);
        const auto utf8 = reply.typed.toUtf8();
        auto bytes = netcore::parseEscapedText(
            std::string_view(utf8.constData(), static_cast<std::size_t>(utf8.size())));
        if (!bytes)
            return std::unexpected(
                Error{u"reply"_s, tr("text: column %1: %2")
                                      .arg(bytes.error().column)
                                      .arg(QString::fromStdString(bytes.error().message))});
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
                Error{u"reply"_s, tr("hex: column %1: %2")
                                      .arg(bytes.error().column)
                                      .arg(QString::fromStdString(bytes.error().message))});
        reply.bytes = toQByteArray(*bytes);
        return reply;
    }
    return std::unexpected(Error{
        u"reply"_s, tr("unknown mode \"%1\" (use none, echo, upper, text:STRING or hex:HEX)").arg(text)});
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
    }
    return u"none"_s;
}

std::expected<TabSpec, OpenSpecParser::Error> OpenSpecParser::parse(const QString& text) {
    auto tokens = tokenize(text);
    if (!tokens) return std::unexpected(tokens.error());
    if (tokens->isEmpty())
        return std::unexpected(
            Error{tr("kind"), tr("the spec is empty (e.g. \"tcp-server 127.0.0.1:8080\")")});
    TabSpec spec;
    const auto kind = tabKindFromName(tokens->at(0));
    if (!kind)
        return std::unexpected(
            Error{tr("kind"), tr("unknown kind \"%1\" (use tcp-server or tcp-client)").arg(tokens->at(0))});
    spec.kind = *kind;
    if (tokens->size() < 2 || tokens->at(1).contains(u'='))
        return std::unexpected(
            Error{tr("endpoint"), tr("an endpoint must follow the kind, e.g. 127.0.0.1:8080")});
    auto endpoint = parseEndpoint(tokens->at(1));
    if (!endpoint) return std::unexpected(endpoint.error());
    std::tie(spec.host, spec.port) = *endpoint;

    for (qsizetype i = 2; i < tokens->size(); ++i) {
        const QString& token = tokens->at(i);
        const auto equals = token.indexOf(u'=');
        if (equals <= 0) return std::unexpected(Error{token, tr("expected key=value")});
        const QString key = token.left(equals);
        const QString value = token.mid(equals + 1);
        const bool server = spec.kind == TabKind::TcpServer;
        if (key == u"name") {
            spec.name = value;
        } else if (key == u"reply" && server) {
            auto reply = parseReply(value);
            if (!reply) return std::unexpected(reply.error());
            spec.reply = *reply;
        } else if (key == u"send" && !server) {
            spec.send = value;
        } else if (key == u"backlog" && server) {
            bool ok = false;
            spec.backlog = value.toInt(&ok);
            if (!ok || spec.backlog < 0)
                return std::unexpected(Error{key, tr("\"%1\" is not a backlog (a number >= 0)").arg(value)});
        } else if (key == u"reuseaddr" && server) {
            if (value != u"on" && value != u"off") return std::unexpected(Error{key, tr("use on or off")});
            spec.reuseAddress = value == u"on";
        } else if (key == u"timeout" && !server) {
            bool ok = false;
            spec.connectTimeoutMs = value.toInt(&ok);
            if (!ok || spec.connectTimeoutMs <= 0)
                return std::unexpected(Error{key, tr("\"%1\" is not a timeout in milliseconds").arg(value)});
        } else {
            return std::unexpected(
                Error{key, tr("not a key of %1 (keys: %2)")
                               .arg(tabKindName(spec.kind), server ? u"reply, name, backlog, reuseaddr"_s
                                                                   : u"send, name, timeout"_s)});
        }
    }
    return spec;
}

QString OpenSpecParser::format(const TabSpec& spec) {
    const QString host = spec.host.contains(u':') ? u"["_s + spec.host + u"]"_s : spec.host;
    QStringList parts{tabKindName(spec.kind), host + u':' + QString::number(spec.port)};
    if (spec.kind == TabKind::TcpServer) {
        if (spec.reply.mode != ReplySpec::Mode::None) parts << u"reply="_s + quote(formatReply(spec.reply));
        if (spec.backlog != TabSpec{}.backlog) parts << u"backlog="_s + QString::number(spec.backlog);
        if (!spec.reuseAddress) parts << u"reuseaddr=off"_s;
    } else {
        if (spec.send) parts << u"send="_s + quote(*spec.send);
        if (spec.connectTimeoutMs != TabSpec{}.connectTimeoutMs)
            parts << u"timeout="_s + QString::number(spec.connectTimeoutMs);
    }
    if (!spec.name.isEmpty()) parts << u"name="_s + quote(spec.name);
    return parts.join(u' ');
}
