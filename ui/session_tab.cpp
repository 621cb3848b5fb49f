#include "ui/session_tab.h"

#include "ui/chat_tab.h"
#include "ui/session_activity.h"
#include "ui/tcp_client_tab.h"
#include "ui/tcp_server_tab.h"
#include "ui/udp_client_tab.h"
#include "ui/udp_server_tab.h"

SessionTab* createSessionTab(const TabSpec& spec, netcore_qt::SessionHub& hub, QWidget* parent) {
    switch (spec.kind) {
    case TabKind::TcpServer:
        return new TcpServerTab(spec, hub, parent);
    case TabKind::TcpClient:
        return new TcpClientTab(spec, hub, parent);
    case TabKind::UdpServer:
        return new UdpServerTab(spec, hub, parent);
    case TabKind::UdpClient:
        return new UdpClientTab(spec, hub, parent);
    case TabKind::Chat:
        return new ChatTab(spec, hub, parent);
    }
    return nullptr;
}

QString SessionTab::pythonScript() const {
    // Every tab keeps its session's record in the SessionActivity it owns.
    const auto* activity = findChild<SessionActivity*>();
    return activity ? activity->pythonScript(title()) : QString();
}

TabStats SessionTab::baseStats(const SessionActivity& activity, TabKind kind) const {
    TabStats stats = activity.counters();
    stats.name = title();
    stats.kind = tabKindName(kind);
    return stats;
}
