#include "ui/sockets_panel.h"

#include "ui/plain_label.h"
#include "ui/session_tab.h"
#include "ui/socket_list_model.h"
#include "ui/socket_options_editor.h"

#include "netcore_qt/session_handle.h"

#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QSplitter>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

SocketsPanel::SocketsPanel(QWidget* parent) : QWidget(parent) {
    m_model = new SocketListModel(this);
    m_header = new PlainLabel(u"socketsHeader"_s, this, PlainLabel::Bold);
    m_header->setWordWrap(true);

    m_view = new QTableView(this);
    m_view->setObjectName(u"socketsView"_s);
    m_view->setModel(m_model);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setWordWrap(false);
    m_view->verticalHeader()->hide();
    m_view->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_view->horizontalHeader()->setStretchLastSection(true);
    // Widths from sample texts, not from measuring every row on each refresh.
    const auto& metrics = m_view->fontMetrics();
    const auto width = [&](const QString& sample) { return metrics.horizontalAdvance(sample) + 16; };
    m_view->setColumnWidth(SocketListModel::Id, width(u"#00000"_s));
    m_view->setColumnWidth(SocketListModel::Role, width(u"accepted #000"_s));
    m_view->setColumnWidth(SocketListModel::Local, width(u"127.0.0.1:00000"_s));
    m_view->setColumnWidth(SocketListModel::Peer, width(u"127.0.0.1:00000"_s));
    for (int column : {SocketListModel::Readable, SocketListModel::Writable, SocketListModel::Failed})
        m_view->setColumnWidth(column, width(tr("Writable")));
    for (int column : {SocketListModel::ToRead, SocketListModel::Unsent, SocketListModel::Queued})
        m_view->setColumnWidth(column, width(u"0,000,000"_s));

    auto* lesson = new QLabel(tr("Readable / Writable / Error: what select(rlist, wlist, xlist) would say "
                                 "now. A session on the I/O thread reads at once, so its sockets rarely "
                                 "look readable; a server that stops reading, or a blocking client "
                                 "before Receive, leaves the bytes waiting (To read)."),
                              this);
    lesson->setObjectName(u"socketsLesson"_s);
    lesson->setTextFormat(Qt::PlainText);
    lesson->setWordWrap(true);
    lesson->setForegroundRole(QPalette::PlaceholderText);

    auto* top = new QWidget(this);
    auto* topLayout = new QVBoxLayout(top);
    topLayout->setContentsMargins(0, 0, 0, 0);
    topLayout->addWidget(m_header);
    topLayout->addWidget(m_view, 1);
    topLayout->addWidget(lesson);

    m_editor = new SocketOptionsEditor(this);
    m_editor->setObjectName(u"socketOptionsEditor"_s);

    auto* splitter = new QSplitter(Qt::Vertical, this);
    splitter->setObjectName(u"socketsSplitter"_s);
    splitter->setChildrenCollapsible(false);
    splitter->addWidget(top);
    splitter->addWidget(m_editor);
    splitter->setStretchFactor(0, 1);
    splitter->setStretchFactor(1, 2);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(splitter);

    m_poll = new QTimer(this);
    m_poll->setInterval(kRefreshMs);
    connect(m_poll, &QTimer::timeout, this, &SocketsPanel::refresh);
    m_batch = new QTimer(this);
    m_batch->setSingleShot(true);
    m_batch->setInterval(30);
    connect(m_batch, &QTimer::timeout, this, &SocketsPanel::refresh);

    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &SocketsPanel::currentRowChanged);
    // Rows are appended, changed and removed, never reset: the selection follows its socket.
    connect(m_model, &QAbstractItemModel::rowsRemoved, this, &SocketsPanel::currentRowChanged);
    setTab(nullptr);
}

SocketsPanel::~SocketsPanel() = default;

void SocketsPanel::setTab(SessionTab* tab) {
    for (const auto& connection : std::as_const(m_connections))
        disconnect(connection);
    m_connections.clear();
    m_handles.clear();
    m_tab = tab;
    m_model->clear();
    m_editor->clearSocket();
    if (tab) {
        for (auto* handle : tab->findChildren<netcore_qt::SessionHandle*>()) {
            m_handles.append(handle);
            // The hub's batches: sockets come and go with Accepted / Connected / Closed events.
            m_connections.append(connect(handle, &netcore_qt::SessionHandle::eventsArrived, this,
                                         &SocketsPanel::scheduleRefresh));
        }
        m_connections.append(connect(tab, &SessionTab::titleChanged, this, [this] { refresh(); }));
    }
    refresh();
}

void SocketsPanel::scheduleRefresh() {
    if (isVisible() && !m_batch->isActive()) m_batch->start();
}

void SocketsPanel::refresh() {
    if (!m_tab) {
        m_header->setText(tr("No tab"));
        m_model->clear();
        updatePolling();
        return;
    }
    std::vector<SocketListModel::Entry> entries;
    for (const auto& handle : std::as_const(m_handles)) {
        if (!handle) continue;
        auto* inspector = handle->inspector();
        if (!inspector) continue;
        for (auto& snapshot : inspector->sockets(true))
            entries.push_back({handle, std::move(snapshot)});
    }
    const bool wasEmpty = m_model->rowCount() == 0;
    m_model->update(std::move(entries));
    const int count = m_model->rowCount();
    m_header->setText(count == 0 ? tr("%1: no open socket").arg(m_tab->title())
                                 : tr("%1: %n socket(s)", nullptr, count).arg(m_tab->title()));
    // A first socket: show its options at once rather than an empty editor.
    if (wasEmpty && count > 0 && !m_view->selectionModel()->hasSelection()) m_view->selectRow(0);
    updatePolling();
}

QSize SocketsPanel::sizeHint() const {
    const int em = fontMetrics().horizontalAdvance(u'M');
    return {em * 62, em * 40};
}

bool SocketsPanel::isPolling() const {
    return m_poll->isActive();
}

void SocketsPanel::updatePolling() {
    const bool wanted = isVisible() && m_model->rowCount() > 0;
    if (wanted && !m_poll->isActive())
        m_poll->start();
    else if (!wanted && m_poll->isActive())
        m_poll->stop();
}

void SocketsPanel::currentRowChanged() {
    const auto rows = m_view->selectionModel()->selectedRows();
    const auto* entry = rows.isEmpty() ? nullptr : m_model->entryAt(rows.first().row());
    if (!entry || !entry->handle) {
        // The socket closed: the editor keeps showing it, so a Set reports that it is closed.
        return;
    }
    m_editor->setSocket(entry->handle, entry->snapshot);
}

void SocketsPanel::showEvent(QShowEvent* event) {
    QWidget::showEvent(event);
    refresh();
}

void SocketsPanel::hideEvent(QHideEvent* event) {
    QWidget::hideEvent(event);
    m_poll->stop();
    m_batch->stop();
}
