#pragma once

#include "ui/ansi_text.h"

#include <QAbstractListModel>
#include <QDateTime>
#include <QList>
#include <QString>

// One line of a chat: a message either side sent, or a note ("sendto() failed", "now a contact").
struct ChatMessage {
    enum class Direction { Mine, Theirs, Note };
    // Mine only: a datagram is "sent" once sendto() took it; nothing confirms that it arrived.
    enum class Status { None, Sending, Sent, Failed };

    quint64 id = 0; // assigned by the model
    Direction direction = Direction::Theirs;
    QDateTime time;
    QString sender; // theirs: who (contact name or address); mine: empty
    AnsiText text;  // already decoded and parsed: never shown raw
    qint64 byteCount = 0;
    Status status = Status::None;
    QString statusDetail; // Failed: the error in one line
};

// The messages of one conversation, oldest first, capped so a flooding peer cannot eat the memory.
// Rows are appended one message at a time (a chat is read by a human; traffic floods belong to the
// raw traffic view, which batches).
class ChatConversationModel : public QAbstractListModel {
    Q_OBJECT

public:
    static constexpr int kDefaultCap = 5000;

    explicit ChatConversationModel(QObject* parent = nullptr);

    // Returns the message's id.
    quint64 append(ChatMessage message);
    // False when no message has this id (it was capped away).
    bool setStatus(quint64 id, ChatMessage::Status status, const QString& detail = {});
    void setCap(int cap);
    [[nodiscard]] int cap() const { return m_cap; }

    [[nodiscard]] const ChatMessage& message(int row) const { return m_messages.at(row); }
    [[nodiscard]] const QList<ChatMessage>& messages() const { return m_messages; }
    // The plain text of every message, oldest first (what a test or "Copy" sees).
    [[nodiscard]] QStringList plainTexts() const;

    int rowCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;

    // "12:03:04 · sent", "TOM · 12:03:04": the line above a bubble.
    [[nodiscard]] static QString headerText(const ChatMessage& message);
    [[nodiscard]] static QString statusText(const ChatMessage& message);

private:
    void trimToCap();

    QList<ChatMessage> m_messages;
    quint64 m_nextId = 1;
    int m_cap = kDefaultCap;
};
