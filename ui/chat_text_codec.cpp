#include "ui/chat_text_codec.h"

#include <QStringDecoder>
#include <QStringEncoder>

QList<ChatTextCodec::Choice> ChatTextCodec::available() {
    const QList<Choice> candidates = {
        {tr("UTF-8"), QByteArrayLiteral("UTF-8")},
        {tr("GBK (Simplified Chinese)"), QByteArrayLiteral("GBK")},
        {tr("GB18030 (Chinese)"), QByteArrayLiteral("GB18030")},
        {tr("Big5 (Traditional Chinese)"), QByteArrayLiteral("Big5")},
        {tr("Shift_JIS (Japanese)"), QByteArrayLiteral("Shift_JIS")},
        {tr("Latin-1 (ISO-8859-1)"), QByteArrayLiteral("ISO-8859-1")},
        {tr("UTF-16LE"), QByteArrayLiteral("UTF-16LE")},
        {tr("UTF-16BE"), QByteArrayLiteral("UTF-16BE")},
    };
    QList<Choice> choices;
    for (const auto& candidate : candidates)
        if (isAvailable(candidate.name)) choices.append(candidate);
    return choices;
}

bool ChatTextCodec::isAvailable(const QByteArray& name) {
    return QStringDecoder(name.constData()).isValid() && QStringEncoder(name.constData()).isValid();
}

QString ChatTextCodec::decode(const QByteArray& name, const QByteArray& bytes) {
    QStringDecoder decoder(name.constData());
    if (!decoder.isValid()) decoder = QStringDecoder(QStringConverter::Utf8);
    return decoder.decode(bytes);
}

QByteArray ChatTextCodec::encode(const QByteArray& name, const QString& text) {
    QStringEncoder encoder(name.constData());
    if (!encoder.isValid()) encoder = QStringEncoder(QStringConverter::Utf8);
    return encoder.encode(text);
}
