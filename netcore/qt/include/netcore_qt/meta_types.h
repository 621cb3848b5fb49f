#pragma once
// netcore's value types as Qt meta types, so they travel in signals and QVariants.

#include "netcore/address.h"
#include "netcore/net_error.h"
#include "netcore/session_event.h"
#include "netcore/trace.h"

#include <QMetaType>

#include <vector>

Q_DECLARE_METATYPE(netcore::Address)
Q_DECLARE_METATYPE(netcore::NetError)
Q_DECLARE_METATYPE(netcore::TraceRecord)
Q_DECLARE_METATYPE(netcore::SessionEvent)

namespace netcore_qt {

/// Registers the types above once (safe to call many times, from any thread).
void registerMetaTypes();

} // namespace netcore_qt
