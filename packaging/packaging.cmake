# Installation layout and installers, included once from the root CMakeLists.txt after the socklab
# target exists. Everything that names the application for a desktop, a package manager or an
# installer is set here, so the id, version and maintainer are spelled in one place.

include(${CMAKE_CURRENT_LIST_DIR}/identity.cmake)

# Off in everyday builds: it needs tools the tests do not (help2man, rsvg-convert) and renders the
# man page and icons on every build. scripts/package.sh turns it on.
option(SOCKLAB_PACKAGING "Generate the man page and PNG icons and install them (needs help2man, rsvg-convert)" OFF)

include(GNUInstallDirs)
set(SOCKLAB_ICON_SVG ${PROJECT_SOURCE_DIR}/resources/icons/socklab.svg)
set(SOCKLAB_GENERATED_DIR ${PROJECT_BINARY_DIR}/packaging)

if(WIN32)
    include(${CMAKE_CURRENT_LIST_DIR}/windows/windows.cmake)
elseif(APPLE)
    include(${CMAKE_CURRENT_LIST_DIR}/macos/macos.cmake)
else()
    include(${CMAKE_CURRENT_LIST_DIR}/linux/linux.cmake)
endif()

# windeployqt / macdeployqt copy Qt's libraries and plugins next to the installed program. On
# Linux the distribution's Qt packages provide them (the .deb depends on them instead).
if(WIN32 OR APPLE)
    qt_generate_deploy_app_script(TARGET socklab OUTPUT_SCRIPT socklab_deploy_script NO_UNSUPPORTED_PLATFORM_ERROR)
    install(SCRIPT ${socklab_deploy_script})
endif()

include(${CMAKE_CURRENT_LIST_DIR}/cpack.cmake)
