#pragma once

#include "ui/session_tab.h"

#include "netcore/address.h"
#include "netcore/session_event.h"

#include <QByteArray>
#include <QHash>
#include <QString>
#include <QStringList>

#include <deque>
#include <optional>
#include <span>

class ChatContactsPanel;
class ChatConversationModel;
class ChatConversationView;
class ContactBookModel;
class EndpointEditor;
class ErrorPanel;
class InlineErrorLabel;
class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTabWidget;
class QToolButton;
class SessionActivity;
class TrafficView;

namespace netcore_qt {
class UdpHandle;
}

// The seeds' "QQ chat" as a tab: one UDP socket bound to an address (127.0.0.1:8081 as in the seed),
// a contact book (name -> host:port), and a conversation per contact. Enter sends the line to the
// selected contact with sendto(), encoded as chosen (UTF-8 by default); each datagram received is a
// message in the conversation of the contact at its source address, or in a "Message from
// [addr:port]" conversation that can become a contact. ANSI escapes (the seed's `\033[1;44m`) are
// drawn as colour; nothing received is ever interpreted as markup. The raw datagrams and the errors,
// explained, are one click away (SessionActivity feeds them and keeps the counters).
class ChatTab : public SessionTab {
    Q_OBJECT

public:
    ChatTab(const TabSpec& spec, netcore_qt::SessionHub& hub, QWidget* parent = nullptr);
    ~ChatTab() override;

    [[nodiscard]] TabSpec spec() const override;
    [[nodiscard]] TabStats stats() const override;
    // Binds to the editor's address.
    void start() override;
    void stop() override;
    [[nodiscard]] QString title() const override;

    [[nodiscard]] bool isRunning() const;
    // Where the socket is bound (the OS's port when the editor says 0); nullopt when stopped.
    [[nodiscard]] std::optional<netcore::Address> boundAddress() const { return m_bound; }

    // Selects a conversation by contact name, or by "addr:port" for an unknown sender.
    bool selectContact(const QString& key);
    [[nodiscard]] QString selectedContact() const;
    // Sends `text` to the selected conversation, as Enter in the message line does. False (and an
    // error row) when nothing is selected, the chat is stopped, or the text is empty.
    bool sendMessage(const QString& text);
    // The unknown sender's conversation (key "addr:port") becomes contact `name`.
    bool addUnknownAsContact(const QString& key, const QString& name, QString* error = nullptr);
    // The encoding messages are sent and read in: "UTF-8", "ISO-8859-1", "UTF-16LE", "GBK", ...
    bool setEncoding(const QByteArray& name);
    [[nodiscard]] QByteArray encoding() const;

    [[nodiscard]] int unreadCount(const QString& key) const;
    // The plain text of each message of a conversation, oldest first (escapes already interpreted).
    [[nodiscard]] QStringList conversationText(const QString& key) const;
    [[nodiscard]] ChatConversationModel* conversation(const QString& key) const;
    // The label of a conversation: the contact's name, or "Message from [addr:port]".
    [[nodiscard]] QString conversationLabel(const QString& key) const;

    [[nodiscard]] ContactBookModel* contactBook() const { return m_contacts; }
    [[nodiscard]] ChatContactsPanel* contactsPanel() const { return m_contactsPanel; }
    [[nodiscard]] ChatConversationView* conversationView() const { return m_conversationView; }
    [[nodiscard]] EndpointEditor* bindEditor() const { return m_bind; }
    [[nodiscard]] QLineEdit* messageEdit() const { return m_entry; }
    [[nodiscard]] TrafficView* trafficView() const { return m_traffic; }
    [[nodiscard]] ErrorPanel* errorPanel() const { return m_errors; }
    [[nodiscard]] InlineErrorLabel* inlineError() const { return m_inlineError; }
    // Shows or hides the raw traffic and errors pane.
    void setRawViewVisible(bool visible);

signals:
    // A message arrived (after it was added to its conversation).
    void messageReceived(const QString& key);

private:
    struct PendingSend {
        QString key;
        quint64 messageId = 0;
    };

    void buildUi();
    void connectSignals();
    void onEvents(std::span<const netcore::SessionEvent> events);
    void onDatagram(const netcore::SessionEvent& event);
    void onSent();
    void onSendFailed(const netcore::NetError& error);
    void onListening(const netcore::Address& local);
    void onStopped();
    void onCurrentKeyChanged(const QString& key);
    void onKeyChanged(const QString& oldKey, const QString& newKey);
    void onAddAsContactRequested(int row);
    void sendEntry();
    void sendAutoText();
    bool sendTo(const QString& key, const QString& text, const QByteArray& bytes);
    void note(const QString& key, const QString& text);
    void setStateText(const QString& text);
    void updateActions();
    void updateConversationTitle();
    [[nodiscard]] QString keyForSender(const netcore::Address& peer);
    ChatConversationModel* conversationFor(const QString& key);

    TabSpec m_spec;
    netcore_qt::UdpHandle* m_handle = nullptr;
    SessionActivity* m_activity = nullptr;
    ContactBookModel* m_contacts = nullptr;
    QHash<QString, ChatConversationModel*> m_conversations;

    EndpointEditor* m_bind = nullptr;
    QPushButton* m_startButton = nullptr;
    QLabel* m_stateLabel = nullptr;
    QComboBox* m_encoding = nullptr;
    InlineErrorLabel* m_inlineError = nullptr;
    ChatContactsPanel* m_contactsPanel = nullptr;
    QLabel* m_conversationTitle = nullptr;
    ChatConversationView* m_conversationView = nullptr;
    QLineEdit* m_entry = nullptr;
    QPushButton* m_sendButton = nullptr;
    QToolButton* m_rawToggle = nullptr;
    QTabWidget* m_rawViews = nullptr;
    TrafficView* m_traffic = nullptr;
    ErrorPanel* m_errors = nullptr;

    std::optional<netcore::Address> m_bound;
    QString m_selectedKey;
    // Which conversation last sent to an address: a reply from an address several contacts share
    // (the seed points all four at one server) belongs to the one that spoke last.
    QHash<QString, QString> m_lastSentKey;
    // Messages handed to sendto() in order; each Sent or sendto() error settles the oldest.
    std::deque<PendingSend> m_pending;
    bool m_everStarted = false;
    bool m_autoSent = false;
};
