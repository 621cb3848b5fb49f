# Who and what SockLab is to desktops, package managers and installers: one place for the id,
# licence, maintainer and release date. Included by packaging.cmake and by the NSIS stub project
# (packaging/windows/stub), which checks the Windows installer script on Linux.
set(SOCKLAB_PACKAGING_DIR ${CMAKE_CURRENT_LIST_DIR})
# Reverse-DNS id: the .desktop file, the AppStream component, the icon name and the macOS bundle id.
set(SOCKLAB_APP_ID io.github.socklab.SockLab)
set(SOCKLAB_LICENSE MIT)
set(SOCKLAB_MAINTAINER "SockLab maintainers <socklab@users.noreply.github.com>")
# The day this version was released, as seconds since 1970 (UTC): the AppStream release date and
# the Debian changelog are derived from it. Change it together with project(VERSION).
set(SOCKLAB_RELEASE_EPOCH 1795305600) # 2026-11-22

# string(TIMESTAMP) formats SOURCE_DATE_EPOCH when it is set, which turns one number into both
# date formats without a calendar in CMake.
set(socklab_saved_epoch "$ENV{SOURCE_DATE_EPOCH}")
set(ENV{SOURCE_DATE_EPOCH} ${SOCKLAB_RELEASE_EPOCH})
string(TIMESTAMP SOCKLAB_RELEASE_DATE "%Y-%m-%d" UTC)
string(TIMESTAMP SOCKLAB_RELEASE_DATE_RFC2822 "%a, %d %b %Y %H:%M:%S +0000" UTC)
# Restore it as it was: unset when it was unset (an empty SOURCE_DATE_EPOCH is an error to clang,
# and compiler checks made later in the configure run inherit this environment).
if(socklab_saved_epoch STREQUAL "")
    unset(ENV{SOURCE_DATE_EPOCH})
else()
    set(ENV{SOURCE_DATE_EPOCH} "${socklab_saved_epoch}")
endif()

