#include "netcore/trace.h"

namespace netcore {

std::string TraceRecord::toString() const {
    std::string text = call + "(" + arguments + ") -> ";
    if (error) {
        text += error->nativeName.empty() ? std::string(errorCodeName(error->code)) : error->nativeName;
        if (!error->osMessage.empty()) text += " (" + error->osMessage + ")";
    } else {
        text += result.empty() ? "ok" : result;
    }
    return text;
}

} // namespace netcore
