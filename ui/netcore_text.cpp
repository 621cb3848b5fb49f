#include "ui/netcore_text.h"

#include "netcore/explanation.h"

#include <QByteArray>

#include <span>

using namespace Qt::StringLiterals;

namespace {

// Control characters (and invalid UTF-8) escaped, as the error panel shows every peer-derived text.
QString escaped(std::string_view raw) {
    return QString::fromStdString(
        netcore::escapeForDisplay(std::as_bytes(std::span(raw.data(), raw.size()))));
}

// NetcoreText::verbatim()'s format: text the UI translated already, never looked up again.
constexpr std::string_view kVerbatim = "%1";

QString translatedFormat(std::string_view format) {
    if (format == kVerbatim) return u"%1"_s;
    // translate() wants a NUL-terminated key; formats are literals, but do not rely on it.
    const QByteArray key(format.data(), static_cast<qsizetype>(format.size()));
    return QCoreApplication::translate("netcore", key.constData());
}

} // namespace

QString NetcoreText::filled(const QString& format, const QStringList& args) {
    QString out;
    out.reserve(format.size());
    const auto isDigit = [&](qsizetype k) { return k < format.size() && format.at(k).isDigit(); };
    qsizetype i = 0;
    while (i < format.size()) {
        if (format.at(i) != u'%' || !isDigit(i + 1)) {
            out.append(format.at(i));
            ++i;
            continue;
        }
        qsizetype length = 2;
        qsizetype number = format.at(i + 1).digitValue();
        if (isDigit(i + 2)) {
            number = number * 10 + format.at(i + 2).digitValue();
            length = 3;
        }
        if (number >= 1 && number <= args.size()) {
            out.append(args.at(number - 1));
        } else {
            out.append(QStringView(format).mid(i, length));
        }
        i += length;
    }
    return out;
}

QString NetcoreText::translated(const netcore::Message& message) {
    if (message.empty()) return {};
    QStringList args;
    args.reserve(static_cast<qsizetype>(message.args.size()));
    for (const std::string& arg : message.args)
        args.append(QString::fromStdString(arg));
    return filled(translatedFormat(message.format), args);
}

netcore::Message NetcoreText::verbatim(const QString& text) {
    return netcore::Message{kVerbatim, {text.toStdString()}};
}

QString NetcoreText::text(const netcore::InputError& error) {
    return tr("column %1: %2").arg(QString::number(error.column), translated(error.message));
}

QString NetcoreText::text(const netcore::FormatError& error) {
    if (error.column == 0) return translated(error.message);
    return tr("column %1: %2").arg(QString::number(error.column), translated(error.message));
}

QString NetcoreText::text(const netcore::FramingError& error) {
    return translated(error.message);
}

QString NetcoreText::message(const netcore::NetError& error) {
    if (!error.detail.empty()) {
        QStringList args;
        args.reserve(static_cast<qsizetype>(error.detail.args.size()));
        for (const std::string& arg : error.detail.args)
            args.append(escaped(arg));
        return filled(translatedFormat(error.detail.format), args);
    }
    // netcore's own error without words of its own: the explanation's title, translated with the table.
    if (error.space == netcore::NativeSpace::None &&
        (error.osMessage.empty() || error.osMessage == error.explanation().title))
        return translatedFormat(error.explanation().title);
    return escaped(error.osMessage);
}

QString NetcoreText::summary(const netcore::NetError& error) {
    QString what;
    if (error.space == netcore::NativeSpace::None) {
        what = message(error);
    } else {
        what = u"%1 (%2)"_s.arg(escaped(error.nativeName), QString::number(error.nativeNumber));
        if (!error.osMessage.empty()) what += u' ' + escaped(error.osMessage);
    }
    if (error.call.empty()) return what;
    const QString call = escaped(error.callText());
    if (error.transferred > 0)
        return tr("%1 failed after %2 bytes: %3").arg(call, QString::number(error.transferred), what);
    return tr("%1 failed: %2").arg(call, what);
}
