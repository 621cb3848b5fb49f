#include "ui/workspace_file.h"

#include "ui/open_spec_parser.h"
#include "ui/output_file.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSaveFile>

using namespace Qt::StringLiterals;

namespace {

/// The JSON keys each kind takes besides kind, name, host, port and autostart.
QStringList extraKeys(TabKind kind) {
    switch (kind) {
    case TabKind::TcpServer:
        return {u"reply"_s, u"backlog"_s, u"reuseaddr"_s};
    case TabKind::TcpClient:
        return {u"send"_s, u"timeout_ms"_s};
    case TabKind::UdpServer:
        return {u"reply"_s, u"bufsize"_s, u"broadcast"_s};
    case TabKind::UdpClient:
        return {u"send"_s, u"bufsize"_s, u"broadcast"_s, u"connected"_s};
    case TabKind::Chat:
        return {u"send"_s, u"to"_s, u"contacts"_s};
    }
    return {};
}

QJsonObject tabToJson(const TabSpec& tab) {
    QJsonObject object{{u"kind"_s, tabKindName(tab.kind)}, {u"host"_s, tab.host}, {u"port"_s, tab.port}};
    if (!tab.name.isEmpty()) object[u"name"_s] = tab.name;
    if (!tab.autoStart) object[u"autostart"_s] = false;
    const QStringList keys = extraKeys(tab.kind);
    if (keys.contains(u"reply"_s)) object[u"reply"_s] = OpenSpecParser::formatReply(tab.reply);
    if (keys.contains(u"backlog"_s)) object[u"backlog"_s] = tab.backlog;
    if (keys.contains(u"reuseaddr"_s)) object[u"reuseaddr"_s] = tab.reuseAddress;
    if (keys.contains(u"send"_s) && tab.send) object[u"send"_s] = *tab.send;
    if (keys.contains(u"timeout_ms"_s)) object[u"timeout_ms"_s] = tab.connectTimeoutMs;
    if (keys.contains(u"bufsize"_s)) object[u"bufsize"_s] = tab.receiveBufferSize;
    if (keys.contains(u"broadcast"_s)) object[u"broadcast"_s] = tab.broadcast;
    if (keys.contains(u"connected"_s)) object[u"connected"_s] = tab.connectedUdp;
    if (keys.contains(u"to"_s) && !tab.to.isEmpty()) object[u"to"_s] = tab.to;
    if (keys.contains(u"contacts"_s)) {
        QJsonArray contacts;
        for (const auto& contact : tab.contacts)
            contacts.append(
                QJsonObject{{u"name"_s, contact.name}, {u"host"_s, contact.host}, {u"port"_s, contact.port}});
        object[u"contacts"_s] = contacts;
    }
    return object;
}

std::expected<quint16, QString> portFrom(const QJsonValue& value) {
    if (!value.isDouble() || value.toDouble() < 0 || value.toDouble() > 65535 ||
        value.toDouble() != value.toInt())
        return std::unexpected(QCoreApplication::translate("WorkspaceFile", "%1 is not a port (0 to 65535)")
                                   .arg(value.toVariant().toString()));
    return static_cast<quint16>(value.toInt());
}

std::expected<TabSpec, QString> tabFromJson(const QJsonObject& object) {
    const auto fail = [](const QString& key, const QString& why) {
        return std::unexpected(key + u": "_s + why);
    };
    TabSpec tab;
    const auto kind = tabKindFromName(object.value(u"kind"_s).toString());
    if (!kind)
        return fail(u"kind"_s,
                    QCoreApplication::translate(
                        "WorkspaceFile", "must be tcp-server, tcp-client, udp-server, udp-client or chat"));
    tab.kind = *kind;
    const QStringList keys =
        QStringList{u"kind"_s, u"name"_s, u"host"_s, u"port"_s, u"autostart"_s} + extraKeys(tab.kind);
    for (auto it = object.begin(); it != object.end(); ++it)
        if (!keys.contains(it.key()))
            return fail(it.key(), QCoreApplication::translate("WorkspaceFile", "not a key of a %1 tab")
                                      .arg(tabKindName(tab.kind)));

    const auto host = object.value(u"host"_s);
    if (!host.isString() || host.toString().isEmpty())
        return fail(u"host"_s, QCoreApplication::translate("WorkspaceFile", "must be a non-empty string"));
    tab.host = host.toString();
    auto port = portFrom(object.value(u"port"_s));
    if (!port) return fail(u"port"_s, port.error());
    tab.port = *port;

    const auto text = [&](const QString& key, auto&& store) -> std::optional<QString> {
        if (!object.contains(key)) return std::nullopt;
        if (!object.value(key).isString())
            return key + u": "_s + QCoreApplication::translate("WorkspaceFile", "must be a string");
        store(object.value(key).toString());
        return std::nullopt;
    };
    const auto flag = [&](const QString& key, bool& store) -> std::optional<QString> {
        if (!object.contains(key)) return std::nullopt;
        if (!object.value(key).isBool())
            return key + u": "_s + QCoreApplication::translate("WorkspaceFile", "must be true or false");
        store = object.value(key).toBool();
        return std::nullopt;
    };
    const auto number = [&](const QString& key, int min, int& store) -> std::optional<QString> {
        if (!object.contains(key)) return std::nullopt;
        const auto value = object.value(key);
        if (!value.isDouble() || value.toInt() < min)
            return key + u": "_s +
                   QCoreApplication::translate("WorkspaceFile", "must be a number >= %1").arg(min);
        store = value.toInt();
        return std::nullopt;
    };
    for (const auto& problem :
         {text(u"name"_s, [&](const QString& v) { tab.name = v; }), flag(u"autostart"_s, tab.autoStart),
          text(u"send"_s, [&](const QString& v) { tab.send = v; }),
          text(u"to"_s, [&](const QString& v) { tab.to = v; }), number(u"backlog"_s, 0, tab.backlog),
          number(u"timeout_ms"_s, 1, tab.connectTimeoutMs), number(u"bufsize"_s, 1, tab.receiveBufferSize),
          flag(u"reuseaddr"_s, tab.reuseAddress), flag(u"broadcast"_s, tab.broadcast),
          flag(u"connected"_s, tab.connectedUdp)})
        if (problem) return std::unexpected(*problem);

    if (object.contains(u"reply"_s)) {
        auto reply = OpenSpecParser::parseReply(object.value(u"reply"_s).toString());
        if (!reply) return fail(u"reply"_s, reply.error().message);
        if (reply->streamOnly() && tab.kind != TabKind::TcpServer)
            return fail(u"reply"_s,
                        QCoreApplication::translate("WorkspaceFile", "this reply needs a tcp-server tab"));
        tab.reply = *reply;
    }
    if (object.contains(u"contacts"_s)) {
        if (!object.value(u"contacts"_s).isArray())
            return fail(u"contacts"_s, QCoreApplication::translate("WorkspaceFile", "must be a list"));
        const auto contacts = object.value(u"contacts"_s).toArray();
        for (qsizetype i = 0; i < contacts.size(); ++i) {
            const auto place = u"contacts[%1]"_s.arg(i);
            const auto contact = contacts[i].toObject();
            const auto name = contact.value(u"name"_s).toString();
            const auto contactHost = contact.value(u"host"_s).toString();
            auto contactPort = portFrom(contact.value(u"port"_s));
            if (name.isEmpty() || contactHost.isEmpty())
                return fail(place,
                            QCoreApplication::translate("WorkspaceFile", "needs a non-empty name and host"));
            if (!contactPort) return fail(place + u".port"_s, contactPort.error());
            tab.contacts.append({name, contactHost, *contactPort});
        }
    }
    return tab;
}

} // namespace

QJsonObject WorkspaceFile::toJson(const QList<TabSpec>& tabs) {
    QJsonArray array;
    for (const auto& tab : tabs)
        array.append(tabToJson(tab));
    return {{u"version"_s, kVersion}, {u"tabs"_s, array}};
}

std::expected<QList<TabSpec>, QString> WorkspaceFile::fromJson(const QByteArray& json) {
    QJsonParseError parseError;
    const auto document = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError)
        return std::unexpected(QCoreApplication::translate("WorkspaceFile", "not valid JSON at byte %1: %2")
                                   .arg(parseError.offset)
                                   .arg(parseError.errorString()));
    if (!document.isObject())
        return std::unexpected(
            QCoreApplication::translate("WorkspaceFile", "the top level must be an object with \"tabs\""));
    const auto root = document.object();
    if (root.value(u"version"_s).toInt(-1) != kVersion)
        return std::unexpected(
            QCoreApplication::translate("WorkspaceFile", "version: this SockLab reads version %1 workspaces")
                .arg(kVersion));
    const auto tabs = root.value(u"tabs"_s);
    if (!tabs.isArray())
        return std::unexpected(QCoreApplication::translate("WorkspaceFile", "tabs: must be a list"));
    QList<TabSpec> result;
    const auto array = tabs.toArray();
    for (qsizetype i = 0; i < array.size(); ++i) {
        if (!array[i].isObject())
            return std::unexpected(u"tabs[%1]: "_s.arg(i) +
                                   QCoreApplication::translate("WorkspaceFile", "must be an object"));
        auto tab = tabFromJson(array[i].toObject());
        if (!tab) return std::unexpected(u"tabs[%1]."_s.arg(i) + tab.error());
        result << *tab;
    }
    return result;
}

std::expected<QList<TabSpec>, QString> WorkspaceFile::read(const QString& path) {
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) return std::unexpected(path + u": "_s + file.errorString());
    // Workspaces are small; a huge file is a mistake, not a workspace.
    constexpr qint64 kMaxSize = 16 * 1024 * 1024;
    if (file.size() > kMaxSize)
        return std::unexpected(
            path + u": "_s +
            QCoreApplication::translate("WorkspaceFile", "larger than 16 MB: not a workspace"));
    auto tabs = fromJson(file.readAll());
    if (!tabs) return std::unexpected(path + u": "_s + tabs.error());
    return tabs;
}

std::expected<void, QString> WorkspaceFile::write(const QString& path, const QList<TabSpec>& tabs) {
    if (auto checked = OutputFile::checkTarget(path); !checked) return std::unexpected(checked.error());
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) return std::unexpected(path + u": "_s + file.errorString());
    file.write(QJsonDocument(toJson(tabs)).toJson(QJsonDocument::Indented));
    if (!file.commit()) return std::unexpected(path + u": "_s + file.errorString());
    return {};
}
