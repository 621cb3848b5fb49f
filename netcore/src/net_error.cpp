#include "netcore/net_error.h"

#include "netcore/explanation.h"
#include "platform.h"

#include <string>
#include <utility>

namespace netcore {

namespace {

// The words of errors netcore raises itself. "timed out" is Python's socket.timeout message, so a
// learner sees the words the tutorial shows. Other codes have no words of their own: the explanation
// table's title says it (and the UI translates the titles with the table).
Message defaultMessage(ErrorCode code) {
    switch (code) {
    case ErrorCode::Timeout:
        return Message{"timed out"};
    case ErrorCode::Cancelled:
        return Message{"cancelled"};
    case ErrorCode::Closed:
        return Message{"the socket is closed"};
    default:
        return {};
    }
}

std::string defaultText(ErrorCode code) {
    const Message message = defaultMessage(code);
    return message.empty() ? std::string(explain(code).title) : message.text();
}

NetError fromTranslated(ErrorCode code, NativeSpace space, int native, std::string name, std::string message,
                        std::string call, std::string arguments) {
    NetError error;
    error.code = code;
    error.space = space;
    error.nativeNumber = native;
    error.nativeName = std::move(name);
    // Some systems (Wine, stripped Windows images) have no message text for a code: the table's
    // title is better than an empty string.
    error.osMessage = message.empty() ? std::string(explain(code).title) : std::move(message);
    error.call = std::move(call);
    error.arguments = std::move(arguments);
    return error;
}

} // namespace

std::string NetError::callText() const {
    return call + "(" + arguments + ")";
}

std::string NetError::summary() const {
    std::string text;
    if (!call.empty()) {
        text = callText() + " failed";
        if (transferred > 0) text += " after " + std::to_string(transferred) + " bytes";
        text += ": ";
    }
    if (space == NativeSpace::None) {
        // netcore's own errors have no native number: the message is the whole story.
        text += osMessage.empty() ? defaultText(code) : osMessage;
        return text;
    }
    text += nativeName + " (" + std::to_string(nativeNumber) + ")";
    if (!osMessage.empty()) text += " " + osMessage;
    return text;
}

const Explanation& NetError::explanation() const {
    return explain(code);
}

NetError NetError::make(ErrorCode code, std::string call, std::string arguments, Message message) {
    NetError error;
    error.code = code;
    error.detail = message.empty() ? defaultMessage(code) : std::move(message);
    // The English text too, so that logs, summary() and anything reading osMessage keep working.
    error.osMessage = error.detail.empty() ? std::string(explain(code).title) : error.detail.text();
    error.call = std::move(call);
    error.arguments = std::move(arguments);
    return error;
}

NetError NetError::fromLastError(std::string call, std::string arguments) {
    // Read first: anything below may allocate, and allocation may overwrite errno.
    const int native = platform::lastSocketError();
    return fromNative(native, std::move(call), std::move(arguments));
}

NetError NetError::fromNative(int native, std::string call, std::string arguments) {
    return fromTranslated(platform::translateSocketError(native), platform::socketErrorSpace(), native,
                          platform::socketErrorName(native), platform::socketErrorMessage(native),
                          std::move(call), std::move(arguments));
}

NetError NetError::fromResolver(int eai, std::string call, std::string arguments) {
    // The message first: for EAI_SYSTEM it reads errno, which the name's allocation could change.
    std::string message = platform::resolverErrorMessage(eai);
    return fromTranslated(platform::translateResolverError(eai), NativeSpace::Resolver, eai,
                          platform::resolverErrorName(eai), std::move(message), std::move(call),
                          std::move(arguments));
}

} // namespace netcore
