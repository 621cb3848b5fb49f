#pragma once

#include <QString>
#include <QWidget>

class ContactBookModel;
class QLabel;
class QPushButton;
class QTableView;

// The chat tab's left side: the contact book as a table (name, host, port, unread; names with unread
// messages in bold), editable in place, with Add, Remove and "Add as contact" for a message from an
// unknown address. Selecting a row selects its conversation.
class ChatContactsPanel : public QWidget {
    Q_OBJECT

public:
    explicit ChatContactsPanel(ContactBookModel* model, QWidget* parent = nullptr);
    ~ChatContactsPanel() override;

    // The conversation key of the current row; empty when none.
    [[nodiscard]] QString currentKey() const;
    bool selectKey(const QString& key);
    [[nodiscard]] QTableView* view() const { return m_view; }

    // Adds "Contact N" at 127.0.0.1:8081 and opens its name for editing.
    void addContact();
    void removeCurrent();

signals:
    void currentKeyChanged(const QString& key);
    // The user asked to turn the unknown sender at `row` into a contact.
    void addAsContactRequested(int row);

private:
    void updateButtons();
    void showProblem(const QString& problem);

    ContactBookModel* m_model = nullptr;
    QTableView* m_view = nullptr;
    QPushButton* m_add = nullptr;
    QPushButton* m_remove = nullptr;
    QPushButton* m_addAsContact = nullptr;
    QLabel* m_problem = nullptr;
};
