#include "netcore_qt/meta_types.h"

namespace netcore_qt {

void registerMetaTypes() {
    static const bool registered = [] {
        qRegisterMetaType<netcore::Address>();
        qRegisterMetaType<netcore::NetError>();
        qRegisterMetaType<netcore::TraceRecord>();
        qRegisterMetaType<netcore::SessionEvent>();
        return true;
    }();
    Q_UNUSED(registered);
}

} // namespace netcore_qt
