#include "ui/udp_senders_panel.h"

#include "ui/udp_senders_model.h"

#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QTableView>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

UdpSendersPanel::UdpSendersPanel(QWidget* parent) : QWidget(parent) {
    m_model = new UdpSendersModel(this);
    m_view = new QTableView(this);
    m_view->setObjectName(u"udpSenders"_s);
    m_view->setModel(m_model);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_view->verticalHeader()->hide();
    // Widths fixed from the header texts, not ResizeToContents: that would measure every sender's
    // row at every counter update (thousands of senders under load).
    m_view->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    m_view->horizontalHeader()->setSectionResizeMode(UdpSendersModel::SenderColumn, QHeaderView::Stretch);
    m_view->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_view->verticalHeader()->setDefaultSectionSize(m_view->fontMetrics().height() + 6);
    for (int column = 0; column < m_model->columnCount(); ++column) {
        if (column == UdpSendersModel::SenderColumn) continue;
        const QString header = m_model->headerData(column, Qt::Horizontal).toString();
        m_view->setColumnWidth(column, m_view->fontMetrics().horizontalAdvance(header + u"  0000000"_s));
    }
    m_view->setWordWrap(false);

    auto* hint = new QLabel(
        tr("UDP has no connections: select a sender (or a row of the traffic) to reply to it."), this);
    hint->setObjectName(u"udpSendersHint"_s);
    hint->setTextFormat(Qt::PlainText);
    hint->setWordWrap(true);
    hint->setForegroundRole(QPalette::PlaceholderText);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addWidget(m_view, 1);
    layout->addWidget(hint);

    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &UdpSendersPanel::selectionChanged);
    connect(m_model, &QAbstractItemModel::rowsInserted, this,
            [this] { emit sendersAdded(m_model->rowCount()); });
}

UdpSendersPanel::~UdpSendersPanel() = default;

void UdpSendersPanel::apply(std::span<const netcore::SessionEvent> events) {
    m_model->apply(events);
}

bool UdpSendersPanel::selectSender(const QString& address) {
    const int row = m_model->rowOf(address);
    if (row < 0) return false;
    m_view->selectionModel()->setCurrentIndex(m_model->index(row, 0), QItemSelectionModel::ClearAndSelect |
                                                                          QItemSelectionModel::Rows);
    return true;
}

QList<netcore::Address> UdpSendersPanel::selectedSenders() const {
    QList<netcore::Address> list;
    for (const QModelIndex& index : m_view->selectionModel()->selectedRows())
        list.append(m_model->addressAt(index.row()));
    return list;
}
