#pragma once

#include "netcore/framing.h"
#include "netcore/message.h"
#include "netcore/net_error.h"
#include "netcore/struct_format.h"
#include "netcore/typed_input.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>

// netcore's user-visible text in the user's language. netcore has no Qt, so its parsers and its own
// errors hand out a netcore::Message: an English format with %1..%9 and its args. The format is
// translated here in the "netcore" context (scripts/translations.py collects every Message{"..."}
// literal of netcore for lupdate); the parts netcore keeps apart (a column, a call) are composed by
// tr() in this class, so a translation may order them as its language wants.
class NetcoreText {
    Q_DECLARE_TR_FUNCTIONS(NetcoreText)

public:
    // The format translated, then its placeholders filled with the args (UTF-8).
    [[nodiscard]] static QString translated(const netcore::Message& message);
    // "column 7: 'g' is not a hex digit"
    [[nodiscard]] static QString text(const netcore::InputError& error);
    // "column 2: bad char in struct format", or the message alone when the column is 0.
    [[nodiscard]] static QString text(const netcore::FormatError& error);
    [[nodiscard]] static QString text(const netcore::FramingError& error);
    // What went wrong, for a plain-text widget: netcore's own message translated (the explanation's
    // title when it has none), or the OS's message as the OS said it. Peer-chosen bytes in it come
    // back with control characters escaped.
    [[nodiscard]] static QString message(const netcore::NetError& error);
    // NetError::summary() in the user's language: "connect(127.0.0.1:9) failed: ECONNREFUSED (111)
    // Connection refused", "parse address(1.2.3.4) failed: column 8: ':port' is missing ...".
    [[nodiscard]] static QString summary(const netcore::NetError& error);

    // A Message carrying text the UI has already translated (or that is no sentence at all): its
    // format is "%1", which needs no translation, so a NetError the UI raises shows it as it is.
    [[nodiscard]] static netcore::Message verbatim(const QString& text);

    // One pass over `format`: %N (one or two digits, as QString::arg reads them) becomes args[N-1];
    // a placeholder with no arg stays. Unlike chained .arg() calls, an arg holding "%2" (a user's
    // text may) is never substituted again. Matches netcore::Message::text().
    [[nodiscard]] static QString filled(const QString& format, const QStringList& args);
};
