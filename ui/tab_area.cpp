#include "ui/tab_area.h"

#include "ui/open_spec_parser.h"
#include "ui/session_tab.h"

#include <QIcon>
#include <QTabBar>
#include <QTabWidget>

using namespace Qt::StringLiterals;

namespace {

// The name the user gave a tab lives on the tab itself: it goes wherever the tab goes, and dies with it.
constexpr const char* userNameProperty = "socklabUserName";

QString userName(const SessionTab* tab) {
    return tab->property(userNameProperty).toString();
}

// QTabBar reads '&' as a mnemonic marker; a user's "R&D" must show as typed.
QString escapeMnemonic(QString text) {
    return text.replace(u'&', u"&&"_s);
}

} // namespace

TabArea::TabArea(QWidget* emptyPage, QWidget* parent) : QStackedWidget(parent), m_emptyState(emptyPage) {
    m_tabs = new QTabWidget;
    m_tabs->setObjectName(u"sessionTabs"_s);
    m_tabs->setTabsClosable(true);
    m_tabs->setMovable(true);
    m_tabs->setDocumentMode(true);
    m_tabs->setElideMode(Qt::ElideRight);
    m_tabs->setUsesScrollButtons(true);
    connect(m_tabs, &QTabWidget::tabCloseRequested, this, &TabArea::closeTab);
    connect(m_tabs, &QTabWidget::currentChanged, this, &TabArea::currentChanged);
    connect(m_tabs, &QTabWidget::tabBarDoubleClicked, this, [this](int index) {
        if (index >= 0) emit renameRequested(index);
    });
    QTabBar* bar = m_tabs->tabBar();
    bar->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(bar, &QWidget::customContextMenuRequested, this, [this, bar](const QPoint& pos) {
        const int index = bar->tabAt(pos);
        if (index < 0) return;
        m_tabs->setCurrentIndex(index);
        emit contextMenuRequested(index, bar->mapToGlobal(pos));
    });

    // A stack rather than an overlay: the empty page and the tabs never need to be seen together.
    addWidget(m_emptyState);
    addWidget(m_tabs);
    updatePage();
}

QIcon TabArea::kindIcon(TabKind kind) {
    switch (kind) {
    case TabKind::TcpServer:
        return QIcon(u":/icons/tcp-server.svg"_s);
    case TabKind::TcpClient:
        return QIcon(u":/icons/tcp-client.svg"_s);
    case TabKind::UdpServer:
        return QIcon(u":/icons/udp-server.svg"_s);
    case TabKind::UdpClient:
        return QIcon(u":/icons/udp-client.svg"_s);
    case TabKind::Chat:
        return QIcon(u":/icons/chat.svg"_s);
    }
    return {};
}

int TabArea::addSessionTab(SessionTab* tab) {
    const TabSpec spec = tab->spec();
    if (!spec.name.isEmpty()) tab->setProperty(userNameProperty, spec.name);
    const int index = m_tabs->addTab(tab, kindIcon(spec.kind), QString());
    refreshTitle(tab);
    connect(tab, &SessionTab::titleChanged, this, [this, tab] { refreshTitle(tab); });
    connect(tab, &SessionTab::statsChanged, this, &TabArea::statsChanged);
    m_tabs->setCurrentIndex(index);
    updatePage();
    emit countChanged(count());
    return index;
}

void TabArea::closeTab(int index) {
    auto* tab = tabAt(index);
    if (tab == nullptr) return;
    // Stop first: the session's sockets close now, not whenever the deferred delete runs.
    tab->stop();
    m_tabs->removeTab(index);
    tab->disconnect(this);
    tab->deleteLater();
    updatePage();
    emit countChanged(count());
    emit statsChanged();
}

void TabArea::closeAll() {
    while (count() > 0)
        closeTab(count() - 1);
}

void TabArea::renameTab(int index, const QString& name) {
    auto* tab = tabAt(index);
    if (tab == nullptr) return;
    tab->setProperty(userNameProperty, name.trimmed());
    refreshTitle(tab);
}

int TabArea::count() const {
    return m_tabs->count();
}

int TabArea::currentIndex() const {
    return m_tabs->currentIndex();
}

void TabArea::setCurrentIndex(int index) {
    if (index >= 0 && index < count()) m_tabs->setCurrentIndex(index);
}

void TabArea::selectNext() {
    if (count() > 1) m_tabs->setCurrentIndex((currentIndex() + 1) % count());
}

void TabArea::selectPrevious() {
    if (count() > 1) m_tabs->setCurrentIndex((currentIndex() + count() - 1) % count());
}

SessionTab* TabArea::tabAt(int index) const {
    return qobject_cast<SessionTab*>(m_tabs->widget(index));
}

QList<SessionTab*> TabArea::tabs() const {
    QList<SessionTab*> result;
    result.reserve(count());
    for (int i = 0; i < count(); ++i)
        result << tabAt(i);
    return result;
}

QString TabArea::tabTitle(int index) const {
    const auto* tab = tabAt(index);
    if (tab == nullptr) return {};
    const QString name = userName(tab);
    return name.isEmpty() ? tab->title() : name;
}

TabSpec TabArea::specOf(const SessionTab* tab) const {
    TabSpec spec = tab->spec();
    const QString name = userName(tab);
    if (!name.isEmpty()) spec.name = name;
    return spec;
}

QList<TabSpec> TabArea::specs() const {
    QList<TabSpec> result;
    for (int i = 0; i < count(); ++i)
        result << specOf(tabAt(i));
    return result;
}

QList<TabStats> TabArea::stats() const {
    QList<TabStats> result;
    for (int i = 0; i < count(); ++i) {
        TabStats stats = tabAt(i)->stats();
        stats.name = tabTitle(i);
        if (stats.kind.isEmpty()) stats.kind = tabKindName(tabAt(i)->spec().kind);
        result << stats;
    }
    return result;
}

void TabArea::refreshTitle(SessionTab* tab) {
    const int index = m_tabs->indexOf(tab);
    if (index < 0) return;
    m_tabs->setTabText(index, escapeMnemonic(tabTitle(index)));
    // The spec as a command line: how to open this tab again from a script.
    m_tabs->setTabToolTip(index, OpenSpecParser::format(specOf(tab)));
}

void TabArea::updatePage() {
    setCurrentWidget(count() == 0 ? m_emptyState : static_cast<QWidget*>(m_tabs));
}
