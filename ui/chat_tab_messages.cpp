// ChatTab, second half: conversations, sending, receiving and routing a datagram to its contact.
// (chat_tab.cpp builds the tab and runs the session.)
#include "ui/chat_tab.h"

#include "ui/chat_contacts_panel.h"
#include "ui/chat_conversation_model.h"
#include "ui/chat_conversation_view.h"
#include "ui/chat_text_codec.h"
#include "ui/contact_book_model.h"
#include "ui/error_model.h"
#include "ui/netcore_text.h"
#include "ui/session_activity.h"

#include "netcore_qt/byte_array_payload.h"
#include "netcore_qt/udp_handle.h"

#include "netcore/typed_input.h"

#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>

using namespace Qt::StringLiterals;

namespace {} // namespace

ChatConversationModel* ChatTab::conversationFor(const QString& key) {
    ChatConversationModel*& conversation = m_conversations[key];
    if (!conversation) conversation = new ChatConversationModel(this);
    return conversation;
}

ChatConversationModel* ChatTab::conversation(const QString& key) const {
    return m_conversations.value(key);
}

QStringList ChatTab::conversationText(const QString& key) const {
    const ChatConversationModel* model = m_conversations.value(key);
    return model ? model->plainTexts() : QStringList();
}

QString ChatTab::conversationLabel(const QString& key) const {
    return m_contacts->label(m_contacts->rowOfKey(key));
}

int ChatTab::unreadCount(const QString& key) const {
    return m_contacts->unread(m_contacts->rowOfKey(key));
}

bool ChatTab::selectContact(const QString& key) {
    return m_contactsPanel->selectKey(key);
}

QString ChatTab::selectedContact() const {
    return m_selectedKey;
}

void ChatTab::onCurrentKeyChanged(const QString& key) {
    m_selectedKey = key;
    m_conversationView->setConversation(key.isEmpty() ? nullptr : conversationFor(key));
    m_contacts->clearUnread(m_contacts->rowOfKey(key));
    updateConversationTitle();
    updateActions();
}

void ChatTab::updateConversationTitle() {
    const int row = m_contacts->rowOfKey(m_selectedKey);
    if (row < 0) {
        m_conversationTitle->setText(tr("No conversation selected"));
        m_conversationView->setPlaceholderText(tr("Pick a contact on the left."));
        return;
    }
    const QString address =
        m_contacts->data(m_contacts->index(row, 0), ContactBookModel::AddressRole).toString();
    m_conversationTitle->setText(m_contacts->isStranger(row)
                                     ? tr("%1 — replies go back there").arg(m_contacts->label(row))
                                     : tr("%1 — %2").arg(m_contacts->label(row), address));
    m_conversationView->setPlaceholderText(
        tr("No messages yet. What you send goes to %1 with sendto().").arg(address));
    // A message arriving for the conversation on screen is read at once.
    m_contacts->clearUnread(row);
}

void ChatTab::onKeyChanged(const QString& oldKey, const QString& newKey) {
    if (ChatConversationModel* moved = m_conversations.take(oldKey)) {
        if (ChatConversationModel* existing = m_conversations.take(newKey)) existing->deleteLater();
        m_conversations.insert(newKey, moved);
    }
    for (auto& pending : m_pending)
        if (pending.key == oldKey) pending.key = newKey;
    for (auto it = m_lastSentKey.begin(); it != m_lastSentKey.end(); ++it)
        if (it.value() == oldKey) it.value() = newKey;
    if (m_selectedKey == oldKey) m_selectedKey = newKey;
    updateConversationTitle();
}

bool ChatTab::addUnknownAsContact(const QString& key, const QString& name, QString* error) {
    const int row = m_contacts->rowOfKey(key);
    if (!m_contacts->promoteStranger(row, name, error)) return false;
    note(name, tr("%1 is now the contact %2").arg(key, name));
    return true;
}

void ChatTab::onAddAsContactRequested(int row) {
    const QString key = m_contacts->key(row);
    QString name = QInputDialog::getText(this, tr("Add as contact"), tr("Name for %1:").arg(key));
    while (!name.isNull()) {
        QString error;
        if (addUnknownAsContact(key, name.trimmed(), &error)) return;
        name = QInputDialog::getText(this, tr("Add as contact"), error + u'\n' + tr("Name for %1:").arg(key),
                                     QLineEdit::Normal, name);
    }
}

void ChatTab::note(const QString& key, const QString& text) {
    ChatMessage message;
    message.direction = ChatMessage::Direction::Note;
    message.text = AnsiText(text);
    conversationFor(key)->append(std::move(message));
}

void ChatTab::sendEntry() {
    if (sendMessage(m_entry->text())) m_entry->clear();
}

bool ChatTab::sendMessage(const QString& text) {
    // The seed skips empty input; an empty datagram is a lesson for the UDP client tab, not a chat.
    if (text.trimmed().isEmpty()) return false;
    if (m_selectedKey.isEmpty()) {
        m_activity->noteError(netcore::NetError::make(netcore::ErrorCode::DestinationRequired, "sendto",
                                                      text.toStdString(),
                                                      NetcoreText::verbatim(tr("no contact is selected"))));
        return false;
    }
    return sendTo(m_selectedKey, text, ChatTextCodec::encode(encoding(), text));
}

bool ChatTab::sendTo(const QString& key, const QString& text, const QByteArray& bytes) {
    const ChatContact contact = m_contacts->contact(m_contacts->rowOfKey(key));
    const auto to = netcore::Address::fromHostPort(contact.host.toStdString(), contact.port);
    ChatMessage message;
    message.direction = ChatMessage::Direction::Mine;
    message.text = AnsiText(text);
    message.byteCount = bytes.size();
    message.status = ChatMessage::Status::Sending;
    if (!to || !isRunning()) {
        const netcore::NetError error =
            !to ? to.error()
                : netcore::NetError::make(
                      netcore::ErrorCode::Closed, "sendto", std::to_string(bytes.size()),
                      NetcoreText::verbatim(tr("the chat is not started: press Start first")));
        message.status = ChatMessage::Status::Failed;
        message.statusDetail = ErrorModel::shortErrorText(error);
        conversationFor(key)->append(std::move(message));
        m_activity->noteError(error);
        return false;
    }
    const quint64 id = conversationFor(key)->append(std::move(message));
    m_pending.push_back({key, id});
    m_lastSentKey.insert(ContactBookModel::addressKey(*to), key);
    m_handle->sendTo(*to, bytes);
    return true;
}

void ChatTab::sendAutoText() {
    if (!m_spec.send || m_autoSent) return;
    m_autoSent = true;
    const std::string typed = m_spec.send->toStdString();
    const auto bytes = netcore::parseEscapedText(typed);
    if (!bytes) {
        m_activity->noteError(
            netcore::NetError::make(netcore::ErrorCode::InvalidArgument, "sendto", typed,
                                    NetcoreText::verbatim(NetcoreText::text(bytes.error()))));
        return;
    }
    QString key = m_spec.to.isEmpty() ? m_contacts->key(0) : m_spec.to;
    if (m_contacts->rowOfKey(key) < 0) {
        m_activity->noteError(netcore::NetError::make(netcore::ErrorCode::DestinationRequired, "sendto",
                                                      m_spec.to.toStdString(),
                                                      NetcoreText::verbatim(tr("no contact has this name"))));
        return;
    }
    const QByteArray utf8 = netcore_qt::toQByteArray(*bytes);
    // Escapes give bytes; the text is sent in the chosen encoding like a typed line.
    const QString text = QString::fromUtf8(utf8);
    sendTo(key, text, ChatTextCodec::encode(encoding(), text));
}

void ChatTab::onEvents(std::span<const netcore::SessionEvent> events) {
    using Kind = netcore::SessionEventKind;
    m_activity->consume(events);
    for (const auto& event : events) {
        switch (event.kind) {
        case Kind::Datagram:
            onDatagram(event);
            break;
        case Kind::Sent:
            onSent();
            break;
        case Kind::Error:
            if (event.error && event.error->call == "sendto") onSendFailed(*event.error);
            break;
        case Kind::Closed:
            if (event.connection == 0 && !isRunning()) onStopped();
            break;
        default:
            break;
        }
    }
}

void ChatTab::onSent() {
    if (m_pending.empty()) return;
    const PendingSend pending = m_pending.front();
    m_pending.pop_front();
    if (ChatConversationModel* conversation = m_conversations.value(pending.key))
        conversation->setStatus(pending.messageId, ChatMessage::Status::Sent);
}

void ChatTab::onSendFailed(const netcore::NetError& error) {
    if (m_pending.empty()) return;
    const PendingSend pending = m_pending.front();
    m_pending.pop_front();
    if (ChatConversationModel* conversation = m_conversations.value(pending.key))
        conversation->setStatus(pending.messageId, ChatMessage::Status::Failed,
                                ErrorModel::shortErrorText(error));
}

QString ChatTab::keyForSender(const netcore::Address& peer) {
    const QList<int> rows = m_contacts->contactRowsAt(peer);
    if (rows.isEmpty()) return m_contacts->key(m_contacts->strangerRow(peer));
    QStringList keys;
    for (const int row : rows)
        keys.append(m_contacts->key(row));
    // Several contacts at one address: the one that last wrote there, else the one on screen.
    const QString lastSent = m_lastSentKey.value(ContactBookModel::addressKey(peer));
    if (keys.contains(lastSent)) return lastSent;
    if (keys.contains(m_selectedKey)) return m_selectedKey;
    return keys.first();
}

void ChatTab::onDatagram(const netcore::SessionEvent& event) {
    const QString key = keyForSender(event.peer);
    const int row = m_contacts->rowOfKey(key);
    ChatMessage message;
    message.direction = ChatMessage::Direction::Theirs;
    message.sender = m_contacts->isStranger(row) ? ContactBookModel::addressKey(event.peer) : key;
    message.text = AnsiText(ChatTextCodec::decode(encoding(), netcore_qt::toQByteArray(event.bytes)));
    message.byteCount = static_cast<qint64>(event.byteCount);
    conversationFor(key)->append(std::move(message));
    if (event.truncated) {
        note(key, event.realSize
                      ? tr("The datagram was cut: %1 of %2 bytes kept")
                            .arg(QString::number(event.byteCount), QString::number(*event.realSize))
                      : tr("The datagram was cut to %1 bytes").arg(QString::number(event.byteCount)));
    }
    if (key != m_selectedKey) m_contacts->addUnread(row);
    emit messageReceived(key);
}
