# CPack settings shared by every generator, then each platform's own. scripts/package.sh runs
# cpack on Linux; the Windows and macOS CI jobs run it there (.github/workflows/ci.yml).
set(CPACK_PACKAGE_NAME socklab)
set(CPACK_PACKAGE_VENDOR "SockLab contributors")
set(CPACK_PACKAGE_CONTACT "${SOCKLAB_MAINTAINER}")
set(CPACK_PACKAGE_VERSION ${PROJECT_VERSION})
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "Desktop network tester that shows every socket call")
# Lines under 80 characters: the .deb shows them as they are (lintian checks the width).
string(JOIN "\n" CPACK_PACKAGE_DESCRIPTION
    "SockLab runs TCP and UDP servers and clients and a UDP chat in tabs, over the"
    "operating system's own sockets, and shows what other testers hide: every"
    "socket call with its arguments, result and error number, whether a call"
    "blocks and for how long, the bytes on the wire in text and hex, and every"
    "connection and its state.")
set(CPACK_PACKAGE_HOMEPAGE_URL ${PROJECT_HOMEPAGE_URL})
set(CPACK_PACKAGE_INSTALL_DIRECTORY SockLab)
get_filename_component(CPACK_RESOURCE_FILE_LICENSE ${SOCKLAB_PACKAGING_DIR}/../LICENSE ABSOLUTE)
set(CPACK_STRIP_FILES ON)
set(CPACK_SOURCE_GENERATOR "")
# Per-generator adjustments that can only be made while cpack runs (which components go where).
set(CPACK_PROJECT_CONFIG_FILE ${SOCKLAB_PACKAGING_DIR}/cpack_project_config.cmake)

# The NSIS stub project sets it to "windows" to build the Windows installer script on Linux.
if(NOT DEFINED SOCKLAB_PACKAGE_PLATFORM)
    if(WIN32)
        set(SOCKLAB_PACKAGE_PLATFORM windows)
    elseif(APPLE)
        set(SOCKLAB_PACKAGE_PLATFORM macos)
    else()
        set(SOCKLAB_PACKAGE_PLATFORM linux)
    endif()
endif()

if(SOCKLAB_PACKAGE_PLATFORM STREQUAL "windows")
    include(${SOCKLAB_PACKAGING_DIR}/windows/nsis.cmake)
elseif(SOCKLAB_PACKAGE_PLATFORM STREQUAL "macos")
    set(CPACK_GENERATOR DragNDrop)
    set(CPACK_DMG_VOLUME_NAME SockLab)
    set(CPACK_DMG_FORMAT UDBZ)
else()
    set(CPACK_GENERATOR DEB RPM TGZ)
    set(CPACK_PACKAGING_INSTALL_PREFIX /usr)
    include(${SOCKLAB_PACKAGING_DIR}/linux/deb.cmake)
    include(${SOCKLAB_PACKAGING_DIR}/linux/rpm.cmake)
endif()

include(CPack)
