#include "ui/server_clients_panel.h"

#include "ui/connections_model.h"
#include "ui/session_activity.h"

#include <QAction>
#include <QDateTime>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QMenu>
#include <QStyle>
#include <QTableView>
#include <QToolButton>
#include <QVBoxLayout>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace {

using State = ConnectionsModel::State;

quint64 counterAt(const ConnectionsModel& model, int row, int column) {
    return model.data(model.index(row, column), ConnectionsModel::SortRole).toULongLong();
}

} // namespace

ServerClientsPanel::ServerClientsPanel(QWidget* parent) : QWidget(parent) {
    m_model = new ConnectionsModel(this);
    m_view = new QTableView(this);
    m_view->setObjectName(u"clientsView"_s);
    m_view->setModel(m_model);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setContextMenuPolicy(Qt::CustomContextMenu);
    m_view->setWordWrap(false);
    m_view->verticalHeader()->setVisible(false);
    // Fixed row height: ResizeToContents measures every row at every counter update, which with a
    // thousand clients streaming took the GUI thread's whole time.
    m_view->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_view->verticalHeader()->setDefaultSectionSize(m_view->fontMetrics().height() + 6);
    m_view->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    m_view->horizontalHeader()->setStretchLastSection(true);
    // Columns fit their header and a typical value, so a new client never makes them jump.
    const QFontMetrics metrics = m_view->fontMetrics();
    const int margin = 2 * m_view->style()->pixelMetric(QStyle::PM_HeaderMargin, nullptr, m_view) + 8;
    const auto fit = [&](int column, const QString& sample) {
        const QString header = m_model->headerData(column, Qt::Horizontal).toString();
        m_view->setColumnWidth(
            column, std::max(metrics.horizontalAdvance(header), metrics.horizontalAdvance(sample)) + margin);
    };
    fit(ConnectionsModel::PeerColumn, u"127.0.0.1:65535"_s);
    fit(ConnectionsModel::SinceColumn, u"00:00:00"_s);
    fit(ConnectionsModel::BytesInColumn, u"999,999"_s);
    fit(ConnectionsModel::BytesOutColumn, u"999,999"_s);

    m_summary = new QLabel(this);
    m_summary->setObjectName(u"clientsSummary"_s);
    m_summary->setTextFormat(Qt::PlainText);

    m_menu = new QMenu(this);
    m_send = addAction(tr("&Send"), u"clientSend"_s, tr("Send the composer's bytes to the selected clients"));
    m_shutdownWrite = addAction(tr("Shut&down write"), u"clientShutdownWrite"_s,
                                tr("shutdown(SHUT_WR): send FIN (half-close). The client's recv() returns 0; "
                                   "it may still send to us."));
    m_close = addAction(tr("&Close"), u"clientClose"_s, tr("close(): a graceful close, FIN after the data"));
    m_close->setShortcut(QKeySequence::Delete);
    m_abort = addAction(tr("&Abort (RST)"), u"clientAbort"_s,
                        tr("SO_LINGER 0, then close(): the connection is reset; the client sees ECONNRESET"));
    m_menu->addSeparator();
    m_sendToAll = addAction(tr("Send to a&ll"), u"clientSendToAll"_s,
                            tr("Send the composer's bytes to every open connection"));
    m_clearClosed = addAction(tr("Clear cl&osed"), u"clientClearClosed"_s,
                              tr("Remove closed and reset connections from the list"));

    auto* buttons = new QHBoxLayout;
    for (QAction* action : {m_send, m_shutdownWrite, m_close, m_abort, m_sendToAll, m_clearClosed}) {
        auto* button = new QToolButton(this);
        button->setDefaultAction(action);
        button->setObjectName(action->objectName() + u"Button"_s);
        buttons->addWidget(button);
    }
    buttons->addStretch(1);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_summary);
    layout->addWidget(m_view, 1);
    layout->addLayout(buttons);

    connectActions();
    updateActions();
}

ServerClientsPanel::~ServerClientsPanel() = default;

QAction* ServerClientsPanel::addAction(const QString& text, const QString& objectName,
                                       const QString& toolTip) {
    auto* action = new QAction(text, this);
    action->setObjectName(objectName);
    action->setToolTip(toolTip);
    action->setStatusTip(toolTip);
    // Shortcuts act when the table (or a button next to it) has focus, not anywhere in the window.
    action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    QWidget::addAction(action);
    m_menu->addAction(action);
    return action;
}

void ServerClientsPanel::connectActions() {
    connect(m_send, &QAction::triggered, this, [this] {
        if (const auto ids = selectedOpenConnections(); !ids.isEmpty()) emit sendRequested(ids);
    });
    connect(m_shutdownWrite, &QAction::triggered, this, [this] {
        const auto ids = selectedOpenConnections();
        if (ids.isEmpty()) return;
        emit shutdownWriteRequested(ids);
        // No event reports our own FIN; the request is what the state reflects (an Error follows
        // if it failed).
        for (const auto id : ids)
            if (m_model->stateOf(id) != State::HalfClosed) m_model->setState(id, State::HalfClosed);
        updateActions();
    });
    connect(m_close, &QAction::triggered, this, [this] {
        if (const auto ids = selectedOpenConnections(); !ids.isEmpty()) emit closeRequested(ids);
    });
    connect(m_abort, &QAction::triggered, this, [this] {
        if (const auto ids = selectedOpenConnections(); !ids.isEmpty()) emit abortRequested(ids);
    });
    connect(m_sendToAll, &QAction::triggered, this, [this] {
        if (m_model->openCount() > 0) emit sendToAllRequested();
    });
    connect(m_clearClosed, &QAction::triggered, this, [this] {
        m_model->clearClosed();
        updateActions();
    });
    connect(m_view, &QTableView::customContextMenuRequested, this, &ServerClientsPanel::showMenu);
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &ServerClientsPanel::updateActions);
    // Rows come in with accepts, which are followed once per batch (follow()); removals are the
    // user's (Clear closed, Clear).
    connect(m_model, &QAbstractItemModel::rowsRemoved, this, &ServerClientsPanel::updateActions);
    connect(m_model, &QAbstractItemModel::modelReset, this, &ServerClientsPanel::updateActions);
}

void ServerClientsPanel::follow(SessionActivity* activity) {
    connect(activity, &SessionActivity::accepted, this,
            [this](netcore::ConnectionId connection, const netcore::Address& peer) {
                m_model->addConnection(connection, QString::fromStdString(peer.toString()),
                                       QDateTime::currentDateTime());
            });
    connect(activity, &SessionActivity::connectionTraffic, this, &ServerClientsPanel::addTraffic);
    connect(activity, &SessionActivity::peerShutdown, this,
            [this](netcore::ConnectionId connection) { m_model->setState(connection, State::PeerClosed); });
    connect(activity, &SessionActivity::closed, this, &ServerClientsPanel::closed);
    // The actions, the summary and the send targets follow the batch, not each accept or close: 10,000
    // clients connecting at once made a relayout of two labels per connection.
    connect(activity, &SessionActivity::countersChanged, this, &ServerClientsPanel::updateActions);
}

void ServerClientsPanel::addTraffic(netcore::ConnectionId connection, quint64 bytesIn, quint64 bytesOut) {
    // The activity reports what moved in one batch; the model keeps totals.
    const int row = m_model->rowOf(connection);
    if (row < 0) return;
    m_model->updateCounters(connection, counterAt(*m_model, row, ConnectionsModel::BytesInColumn) + bytesIn,
                            counterAt(*m_model, row, ConnectionsModel::BytesOutColumn) + bytesOut);
}

void ServerClientsPanel::closed(netcore::ConnectionId connection, netcore::CloseReason reason) {
    if (connection == 0) return; // the listener itself
    const bool reset = reason == netcore::CloseReason::Reset || reason == netcore::CloseReason::Abort;
    m_model->setState(connection, reset ? State::Reset : State::Closed);
}

QList<netcore::ConnectionId> ServerClientsPanel::selectedOpenConnections() const {
    QList<int> rows;
    for (const QModelIndex& index : m_view->selectionModel()->selectedRows())
        rows.append(index.row());
    std::ranges::sort(rows);
    QList<netcore::ConnectionId> ids;
    for (const int row : rows) {
        const auto id = m_model->connectionAt(row);
        if (!id) continue;
        const auto state = m_model->stateOf(*id);
        if (state && !ConnectionsModel::isFinished(*state)) ids.append(*id);
    }
    return ids;
}

QList<netcore::ConnectionId> ServerClientsPanel::openConnections() const {
    QList<netcore::ConnectionId> ids;
    for (const quint64 id : m_model->openConnectionIds())
        ids.append(id);
    return ids;
}

void ServerClientsPanel::selectConnection(netcore::ConnectionId connection) {
    const int row = m_model->rowOf(connection);
    if (row < 0) {
        m_view->clearSelection();
        return;
    }
    m_view->selectionModel()->select(m_model->index(row, 0),
                                     QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    m_view->selectionModel()->setCurrentIndex(m_model->index(row, 0), QItemSelectionModel::NoUpdate);
}

void ServerClientsPanel::markAllClosed() {
    for (const auto id : openConnections())
        m_model->setState(id, State::Closed);
    updateActions();
}

void ServerClientsPanel::clear() {
    m_model->clear();
    updateActions();
}

void ServerClientsPanel::updateActions() {
    const auto selected = selectedOpenConnections();
    const bool any = !selected.isEmpty();
    const bool canShutdown = std::ranges::any_of(selected, [this](netcore::ConnectionId id) {
        const auto state = m_model->stateOf(id);
        return state == State::Connected || state == State::PeerClosed;
    });
    m_send->setEnabled(any);
    m_shutdownWrite->setEnabled(canShutdown);
    m_close->setEnabled(any);
    m_abort->setEnabled(any);
    const int open = m_model->openCount();
    m_sendToAll->setEnabled(open > 0);
    m_clearClosed->setEnabled(m_model->rowCount() > open);
    const int total = m_model->rowCount();
    m_summary->setText(total == open
                           ? tr("Clients: %n connected", nullptr, open)
                           : tr("Clients: %n connected, %1 closed", nullptr, open).arg(total - open));
    emit targetsChanged();
}

void ServerClientsPanel::showMenu(const QPoint& position) {
    updateActions();
    m_menu->popup(m_view->viewport()->mapToGlobal(position));
}
