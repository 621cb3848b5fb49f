#include "ui/chat_conversation_model.h"

#include <QLocale>

#include <algorithm>

using namespace Qt::StringLiterals;

ChatConversationModel::ChatConversationModel(QObject* parent) : QAbstractListModel(parent) {}

quint64 ChatConversationModel::append(ChatMessage message) {
    message.id = m_nextId++;
    if (!message.time.isValid()) message.time = QDateTime::currentDateTime();
    const int row = static_cast<int>(m_messages.size());
    beginInsertRows({}, row, row);
    m_messages.append(std::move(message));
    endInsertRows();
    trimToCap();
    return m_nextId - 1;
}

bool ChatConversationModel::setStatus(quint64 id, ChatMessage::Status status, const QString& detail) {
    // Statuses change for the newest messages: search from the end.
    for (qsizetype i = m_messages.size() - 1; i >= 0; --i) {
        if (m_messages[i].id != id) continue;
        m_messages[i].status = status;
        m_messages[i].statusDetail = detail;
        const QModelIndex changed = index(static_cast<int>(i));
        emit dataChanged(changed, changed);
        return true;
    }
    return false;
}

void ChatConversationModel::setCap(int cap) {
    m_cap = std::max(1, cap);
    trimToCap();
}

void ChatConversationModel::trimToCap() {
    if (m_messages.size() <= m_cap) return;
    // Drop a tenth at once, so a long flood removes rows in a few large steps, not one per message.
    const int excess = static_cast<int>(m_messages.size()) - m_cap;
    const int drop = std::min(static_cast<int>(m_messages.size()), excess + m_cap / 10);
    beginRemoveRows({}, 0, drop - 1);
    m_messages.remove(0, drop);
    endRemoveRows();
}

QStringList ChatConversationModel::plainTexts() const {
    QStringList texts;
    texts.reserve(m_messages.size());
    for (const auto& message : m_messages)
        texts.append(message.text.plainText());
    return texts;
}

int ChatConversationModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : static_cast<int>(m_messages.size());
}

QVariant ChatConversationModel::data(const QModelIndex& index, int role) const {
    if (!index.isValid() || !checkIndex(index, CheckIndexOption::ParentIsInvalid)) return {};
    const ChatMessage& message = m_messages[index.row()];
    switch (role) {
    case Qt::DisplayRole:
    case Qt::AccessibleTextRole:
        return message.text.plainText();
    case Qt::ToolTipRole: {
        QString tip = QLocale().toString(message.time, QLocale::LongFormat);
        if (message.direction != ChatMessage::Direction::Note)
            tip += u'\n' + tr("%n byte(s)", nullptr, static_cast<int>(message.byteCount));
        if (!message.statusDetail.isEmpty()) tip += u'\n' + message.statusDetail;
        return tip;
    }
    default:
        return {};
    }
}

QString ChatConversationModel::statusText(const ChatMessage& message) {
    switch (message.status) {
    case ChatMessage::Status::Sending:
        return tr("sending…");
    case ChatMessage::Status::Sent:
        //: A datagram went out (UDP cannot tell whether it arrived).
        return tr("sent");
    case ChatMessage::Status::Failed:
        return tr("not sent");
    case ChatMessage::Status::None:
        break;
    }
    return {};
}

QString ChatConversationModel::headerText(const ChatMessage& message) {
    const QString time = message.time.toString(u"HH:mm:ss"_s);
    switch (message.direction) {
    case ChatMessage::Direction::Mine: {
        const QString status = statusText(message);
        return status.isEmpty() ? time : tr("%1 · %2").arg(time, status);
    }
    case ChatMessage::Direction::Theirs:
        return message.sender.isEmpty() ? time : tr("%1 · %2").arg(message.sender, time);
    case ChatMessage::Direction::Note:
        return time;
    }
    return time;
}
