#include "ui/tab_spec.h"

#include <array>

using namespace Qt::StringLiterals;

namespace {
struct KindName {
    TabKind kind;
    QStringView name;
};
constexpr std::array kKindNames{
    KindName{TabKind::TcpServer, u"tcp-server"},
    KindName{TabKind::TcpClient, u"tcp-client"},
    KindName{TabKind::UdpServer, u"udp-server"},
    KindName{TabKind::UdpClient, u"udp-client"},
    KindName{TabKind::Chat, u"chat"},
};
} // namespace

QString tabKindName(TabKind kind) {
    for (const auto& entry : kKindNames)
        if (entry.kind == kind) return entry.name.toString();
    return {};
}

std::optional<TabKind> tabKindFromName(const QString& name) {
    for (const auto& entry : kKindNames)
        if (entry.name == name) return entry.kind;
    return std::nullopt;
}
