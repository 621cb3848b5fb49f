#pragma once
// Names the calling thread for debuggers and process viewers ("netcore-io"). Platform code in
// src/posix/thread_name.cpp and src/win/thread_name.cpp.

namespace netcore::platform {

/// Best effort: Linux keeps 15 characters, some systems none; failures are ignored.
void setThreadName(const char* name) noexcept;

} // namespace netcore::platform
