# One INTERFACE target carries the project's warnings and definitions; every target links it.
add_library(socklab_options INTERFACE)
target_compile_features(socklab_options INTERFACE cxx_std_23)
target_compile_definitions(socklab_options INTERFACE
    QT_NO_CAST_FROM_ASCII QT_NO_CONTEXTLESS_CONNECT NOMINMAX WIN32_LEAN_AND_MEAN)
if(MSVC)
    target_compile_options(socklab_options INTERFACE /W4 /permissive- /utf-8)
    if(SOCKLAB_WERROR)
        target_compile_options(socklab_options INTERFACE /WX)
    endif()
else()
    target_compile_options(socklab_options INTERFACE -Wall -Wextra -Wpedantic -Wshadow
        -Wnon-virtual-dtor -Wcast-align -Wunused -Woverloaded-virtual -Wconversion
        -Wsign-conversion -Wnull-dereference -Wimplicit-fallthrough)
    if(SOCKLAB_WERROR)
        target_compile_options(socklab_options INTERFACE -Werror)
    endif()
endif()
if(MINGW)
    # Self-contained .exe files: Wine (and users) need no MinGW runtime DLLs beside them.
    # GCC 12 defines std::type_info::operator== inline in C++23 and again in libstdc++.a
    # (GCC bug 110572): the two definitions are identical, so let the linker keep one.
    target_link_options(socklab_options INTERFACE -static -static-libgcc -static-libstdc++
                        -Wl,--allow-multiple-definition)
endif()
