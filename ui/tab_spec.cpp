#include "ui/tab_spec.h"

using namespace Qt::StringLiterals;

QString tabKindName(TabKind kind) {
    return kind == TabKind::TcpServer ? u"tcp-server"_s : u"tcp-client"_s;
}

std::optional<TabKind> tabKindFromName(const QString& name) {
    if (name == u"tcp-server") return TabKind::TcpServer;
    if (name == u"tcp-client") return TabKind::TcpClient;
    return std::nullopt;
}
