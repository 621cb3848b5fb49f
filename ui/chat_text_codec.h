#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QString>

// The encodings a chat message can be sent and read in. UTF-8 (the seeds' msg.encode('utf-8')),
// Latin-1 and UTF-16 always work; GBK, GB18030, Big5 and Shift_JIS are offered only when this Qt
// can convert them (Qt built with ICU), so the list never holds a choice that silently fails.
class ChatTextCodec {
    Q_DECLARE_TR_FUNCTIONS(ChatTextCodec)

public:
    struct Choice {
        QString label;
        QByteArray name; // as QStringDecoder/QStringEncoder take it
    };

    [[nodiscard]] static QList<Choice> available();
    [[nodiscard]] static bool isAvailable(const QByteArray& name);
    // Each datagram is a message of its own: a fresh decoder, nothing carried over. Bytes that are
    // not valid in the encoding become U+FFFD.
    [[nodiscard]] static QString decode(const QByteArray& name, const QByteArray& bytes);
    [[nodiscard]] static QByteArray encode(const QByteArray& name, const QString& text);
};
