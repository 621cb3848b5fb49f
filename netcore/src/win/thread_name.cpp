#include "thread_name.h"

#include "os.h"

#include <cstddef>
#include <iterator>

namespace netcore::platform {

// SetThreadDescription exists from Windows 10 1607: looked up at run time so that older systems
// (and Wine versions without it) simply keep unnamed threads.
void setThreadName(const char* name) noexcept {
    using SetDescription = HRESULT(WINAPI*)(HANDLE, PCWSTR);
    const HMODULE kernel = ::GetModuleHandleW(L"kernel32.dll");
    if (kernel == nullptr) return;
    const FARPROC found = ::GetProcAddress(kernel, "SetThreadDescription");
    if (found == nullptr) return;
    // Through void(*)() so that the cast between function types is a deliberate one.
    const auto setDescription = reinterpret_cast<SetDescription>(reinterpret_cast<void (*)()>(found));
    wchar_t wide[64] = {}; // thread names are short ASCII: widen without allocating
    for (std::size_t i = 0; i + 1 < std::size(wide) && name[i] != '\0'; ++i)
        wide[i] = static_cast<wchar_t>(static_cast<unsigned char>(name[i]));
    setDescription(::GetCurrentThread(), wide);
}

} // namespace netcore::platform
