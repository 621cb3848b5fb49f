#pragma once

#include <QListView>
#include <QString>

class ChatConversationModel;

// One conversation as message bubbles: mine on the right, theirs on the left, notes centred; a small
// line above each bubble with the sender, the time and (mine) whether sendto() took it. Text is laid
// out with QTextLayout from the ANSI segments (colour, bold, italic, underline as QTextCharFormat),
// never as HTML, so "<b>" in a message is four characters. Colours come from the palette, and ANSI
// colours too dark or too light for the bubble are lifted, so dark mode stays readable.
// Follows the newest message unless the user scrolled up. Ctrl+C / "Copy" copy the selected messages.
class ChatConversationView : public QListView {
    Q_OBJECT

public:
    explicit ChatConversationView(QWidget* parent = nullptr);
    ~ChatConversationView() override;

    // The conversation to show (not owned); nullptr shows the placeholder.
    void setConversation(ChatConversationModel* conversation);
    [[nodiscard]] ChatConversationModel* conversation() const { return m_conversation; }
    // Shown while the conversation is empty or missing.
    void setPlaceholderText(const QString& text);
    [[nodiscard]] QString placeholderText() const { return m_placeholder; }

    // The selected messages' plain text, one per line (all messages when none is selected).
    [[nodiscard]] QString selectedText() const;
    void copySelection() const;

protected:
    void paintEvent(QPaintEvent* event) override;
    void keyPressEvent(QKeyEvent* event) override;
    void contextMenuEvent(QContextMenuEvent* event) override;
    void resizeEvent(QResizeEvent* event) override;

private:
    void onRowsInserted();
    [[nodiscard]] bool isAtBottom() const;

    ChatConversationModel* m_conversation = nullptr;
    QMetaObject::Connection m_followConnection;
    QString m_placeholder;
    bool m_follow = true;
};
