#include "thread_name.h"

#include <pthread.h>
#if defined(__FreeBSD__) || defined(__OpenBSD__) || defined(__DragonFly__)
#include <pthread_np.h>
#endif

#include <cstring>

namespace netcore::platform {

void setThreadName(const char* name) noexcept {
#if defined(__APPLE__)
    ::pthread_setname_np(name); // macOS names only the calling thread
#elif defined(__linux__)
    char shortName[16] = {}; // the kernel's limit, terminator included; longer names fail with ERANGE
    std::strncpy(shortName, name, sizeof shortName - 1);
    ::pthread_setname_np(::pthread_self(), shortName);
#elif defined(__FreeBSD__) || defined(__OpenBSD__) || defined(__DragonFly__)
    ::pthread_set_name_np(::pthread_self(), name);
#else
    (void)name;
#endif
}

} // namespace netcore::platform
