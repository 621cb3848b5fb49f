#include "ui/chat_contacts_panel.h"

#include "ui/contact_book_model.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QPushButton>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

ChatContactsPanel::ChatContactsPanel(ContactBookModel* model, QWidget* parent)
    : QWidget(parent), m_model(model) {
    setObjectName(u"chatContacts"_s);
    m_view = new QTableView(this);
    m_view->setObjectName(u"chatContactsView"_s);
    m_view->setModel(model);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed);
    m_view->setWordWrap(false);
    m_view->setTextElideMode(Qt::ElideRight);
    m_view->verticalHeader()->hide();
    m_view->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    QHeaderView* header = m_view->horizontalHeader();
    header->setSectionResizeMode(ContactBookModel::NameColumn, QHeaderView::Stretch);
    header->setSectionResizeMode(ContactBookModel::HostColumn, QHeaderView::ResizeToContents);
    header->setSectionResizeMode(ContactBookModel::PortColumn, QHeaderView::ResizeToContents);
    header->setSectionResizeMode(ContactBookModel::UnreadColumn, QHeaderView::ResizeToContents);

    m_add = new QPushButton(tr("&Add"), this);
    m_add->setObjectName(u"chatAddContact"_s);
    m_add->setToolTip(tr("A new contact; double-click a cell to edit it"));
    m_remove = new QPushButton(tr("&Remove"), this);
    m_remove->setObjectName(u"chatRemoveContact"_s);
    m_addAsContact = new QPushButton(tr("Add as &contact…"), this);
    m_addAsContact->setObjectName(u"chatAddAsContact"_s);
    m_addAsContact->setToolTip(tr("Give the unknown sender a name: its messages then go to that contact"));

    m_problem = new QLabel(this);
    m_problem->setObjectName(u"chatContactProblem"_s);
    m_problem->setTextFormat(Qt::PlainText); // may quote what the user typed
    m_problem->setWordWrap(true);
    m_problem->hide();

    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_add);
    buttons->addWidget(m_remove);
    buttons->addStretch(1);
    buttons->addWidget(m_addAsContact);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_view, 1);
    layout->addWidget(m_problem);
    layout->addLayout(buttons);

    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this, [this] {
        updateButtons();
        emit currentKeyChanged(currentKey());
    });
    // A promoted stranger changes key in place: the current row is the same, its conversation too.
    connect(m_model, &ContactBookModel::keyChanged, this, [this] { updateButtons(); });
    connect(m_model, &ContactBookModel::editRejected, this, &ChatContactsPanel::showProblem);
    connect(m_model, &ContactBookModel::contactsChanged, this, [this] { showProblem({}); });
    connect(m_model, &QAbstractItemModel::modelReset, this, &ChatContactsPanel::updateButtons);
    connect(m_add, &QPushButton::clicked, this, &ChatContactsPanel::addContact);
    connect(m_remove, &QPushButton::clicked, this, &ChatContactsPanel::removeCurrent);
    connect(m_addAsContact, &QPushButton::clicked, this, [this] {
        const QModelIndex current = m_view->currentIndex();
        if (current.isValid()) emit addAsContactRequested(current.row());
    });
    updateButtons();
}

ChatContactsPanel::~ChatContactsPanel() = default;

QString ChatContactsPanel::currentKey() const {
    const QModelIndex current = m_view->currentIndex();
    return current.isValid() ? m_model->key(current.row()) : QString();
}

bool ChatContactsPanel::selectKey(const QString& key) {
    const int row = m_model->rowOfKey(key);
    if (row < 0) return false;
    m_view->setCurrentIndex(m_model->index(row, ContactBookModel::NameColumn));
    return true;
}

void ChatContactsPanel::addContact() {
    int n = m_model->rowCount() + 1;
    QString name;
    do {
        name = tr("Contact %1").arg(n++);
    } while (m_model->rowOfKey(name) >= 0);
    QString error;
    if (!m_model->addContact({name, u"127.0.0.1"_s, 8081}, &error)) {
        showProblem(error);
        return;
    }
    const QModelIndex added = m_model->index(m_model->rowOfKey(name), ContactBookModel::NameColumn);
    m_view->setCurrentIndex(added);
    m_view->edit(added);
}

void ChatContactsPanel::removeCurrent() {
    const QModelIndex current = m_view->currentIndex();
    if (current.isValid()) m_model->removeEntry(current.row());
}

void ChatContactsPanel::updateButtons() {
    const QModelIndex current = m_view->currentIndex();
    m_remove->setEnabled(current.isValid());
    m_addAsContact->setVisible(current.isValid() && m_model->isStranger(current.row()));
}

void ChatContactsPanel::showProblem(const QString& problem) {
    m_problem->setText(problem);
    m_problem->setVisible(!problem.isEmpty());
    // The message is about the edit just refused; it goes away by itself once read.
    if (!problem.isEmpty())
        QTimer::singleShot(8000, m_problem, [label = m_problem, problem] {
            if (label->text() == problem) label->hide();
        });
}
