#include "ui/workspace_file.h"

#include "ui/open_spec_parser.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSaveFile>

using namespace Qt::StringLiterals;

namespace {

QString tr(const char* text) {
    return QCoreApplication::translate("WorkspaceFile", text);
}

QJsonObject tabToJson(const TabSpec& tab) {
    QJsonObject object{{u"kind"_s, tabKindName(tab.kind)}, {u"host"_s, tab.host}, {u"port"_s, tab.port}};
    if (!tab.name.isEmpty()) object[u"name"_s] = tab.name;
    if (!tab.autoStart) object[u"autostart"_s] = false;
    if (tab.kind == TabKind::TcpServer) {
        object[u"reply"_s] = OpenSpecParser::formatReply(tab.reply);
        object[u"backlog"_s] = tab.backlog;
        object[u"reuseaddr"_s] = tab.reuseAddress;
    } else {
        if (tab.send) object[u"send"_s] = *tab.send;
        object[u"timeout_ms"_s] = tab.connectTimeoutMs;
    }
    return object;
}

std::expected<TabSpec, QString> tabFromJson(const QJsonObject& object) {
    const auto fail = [](const QString& key, const QString& why) {
        return std::unexpected(key + u": "_s + why);
    };
    TabSpec tab;
    const auto kind = tabKindFromName(object.value(u"kind"_s).toString());
    if (!kind) return fail(u"kind"_s, tr("must be \"tcp-server\" or \"tcp-client\""));
    tab.kind = *kind;
    const bool server = tab.kind == TabKind::TcpServer;
    const QStringList allowed = server ? QStringList{u"kind"_s,      u"name"_s,  u"host"_s,    u"port"_s,
                                                     u"autostart"_s, u"reply"_s, u"backlog"_s, u"reuseaddr"_s}
                                       : QStringList{u"kind"_s,      u"name"_s, u"host"_s,      u"port"_s,
                                                     u"autostart"_s, u"send"_s, u"timeout_ms"_s};
    for (auto it = object.begin(); it != object.end(); ++it)
        if (!allowed.contains(it.key()))
            return fail(it.key(), tr("not a key of a %1 tab").arg(tabKindName(tab.kind)));

    const auto host = object.value(u"host"_s);
    if (!host.isString() || host.toString().isEmpty())
        return fail(u"host"_s, tr("must be a non-empty string"));
    tab.host = host.toString();
    const auto port = object.value(u"port"_s);
    if (!port.isDouble() || port.toDouble() < 0 || port.toDouble() > 65535 || port.toDouble() != port.toInt())
        return fail(u"port"_s, tr("%1 is not a port (0 to 65535)").arg(port.toVariant().toString()));
    tab.port = static_cast<quint16>(port.toInt());
    if (object.contains(u"name"_s)) {
        if (!object.value(u"name"_s).isString()) return fail(u"name"_s, tr("must be a string"));
        tab.name = object.value(u"name"_s).toString();
    }
    if (object.contains(u"autostart"_s)) {
        if (!object.value(u"autostart"_s).isBool()) return fail(u"autostart"_s, tr("must be true or false"));
        tab.autoStart = object.value(u"autostart"_s).toBool();
    }
    if (server) {
        if (object.contains(u"reply"_s)) {
            auto reply = OpenSpecParser::parseReply(object.value(u"reply"_s).toString());
            if (!reply) return fail(u"reply"_s, reply.error().message);
            tab.reply = *reply;
        }
        if (object.contains(u"backlog"_s)) {
            const auto backlog = object.value(u"backlog"_s);
            if (!backlog.isDouble() || backlog.toInt() < 0)
                return fail(u"backlog"_s, tr("must be a number >= 0"));
            tab.backlog = backlog.toInt();
        }
        if (object.contains(u"reuseaddr"_s)) {
            if (!object.value(u"reuseaddr"_s).isBool())
                return fail(u"reuseaddr"_s, tr("must be true or false"));
            tab.reuseAddress = object.value(u"reuseaddr"_s).toBool();
        }
    } else {
        if (object.contains(u"send"_s)) {
            if (!object.value(u"send"_s).isString()) return fail(u"send"_s, tr("must be a string"));
            tab.send = object.value(u"send"_s).toString();
        }
        if (object.contains(u"timeout_ms"_s)) {
            const auto timeout = object.value(u"timeout_ms"_s);
            if (!timeout.isDouble() || timeout.toInt() <= 0)
                return fail(u"timeout_ms"_s, tr("must be a number > 0"));
            tab.connectTimeoutMs = timeout.toInt();
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
        return std::unexpected(
            tr("not valid JSON at byte %1: %2").arg(parseError.offset).arg(parseError.errorString()));
    if (!document.isObject()) return std::unexpected(tr("the top level must be an object with \"tabs\""));
    const auto root = document.object();
    if (root.value(u"version"_s).toInt(-1) != kVersion)
        return std::unexpected(tr("version: this SockLab reads version %1 workspaces").arg(kVersion));
    const auto tabs = root.value(u"tabs"_s);
    if (!tabs.isArray()) return std::unexpected(tr("tabs: must be a list"));
    QList<TabSpec> result;
    const auto array = tabs.toArray();
    for (qsizetype i = 0; i < array.size(); ++i) {
        if (!array[i].isObject()) return std::unexpected(u"tabs[%1]: "_s.arg(i) + tr("must be an object"));
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
        return std::unexpected(path + u": "_s + tr("larger than 16 MB: not a workspace"));
    auto tabs = fromJson(file.readAll());
    if (!tabs) return std::unexpected(path + u": "_s + tabs.error());
    return tabs;
}

std::expected<void, QString> WorkspaceFile::write(const QString& path, const QList<TabSpec>& tabs) {
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) return std::unexpected(path + u": "_s + file.errorString());
    file.write(QJsonDocument(toJson(tabs)).toJson(QJsonDocument::Indented));
    if (!file.commit()) return std::unexpected(path + u": "_s + file.errorString());
    return {};
}
