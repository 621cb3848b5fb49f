# The Windows installer (CPack's NSIS generator): installs to Program Files\SockLab, adds a
# Start-menu shortcut and an uninstaller, and registers name, version, publisher and icon under
# Add/Remove Programs (CPack's template writes DisplayVersion from CPACK_PACKAGE_VERSION).
set(CPACK_GENERATOR NSIS)
set(CPACK_NSIS_PACKAGE_NAME "SockLab ${PROJECT_VERSION}")
set(CPACK_NSIS_DISPLAY_NAME "SockLab")
set(CPACK_PACKAGE_INSTALL_REGISTRY_KEY SockLab)
# A 64-bit program: Program Files, not Program Files (x86).
set(CPACK_NSIS_INSTALL_ROOT "$PROGRAMFILES64")
set(CPACK_PACKAGE_FILE_NAME socklab-${PROJECT_VERSION}-windows-x64)
# "executable;shortcut name": one Start-menu entry, pointing into CPACK_NSIS_EXECUTABLES_DIRECTORY.
set(CPACK_PACKAGE_EXECUTABLES "socklab;SockLab")
set(CPACK_NSIS_EXECUTABLES_DIRECTORY bin)
set(CPACK_NSIS_MUI_FINISHPAGE_RUN socklab.exe)
set(CPACK_NSIS_INSTALLED_ICON_NAME "bin\\\\socklab.exe")
get_filename_component(socklab_ico ${SOCKLAB_PACKAGING_DIR}/../resources/icons/socklab.ico ABSOLUTE)
file(TO_NATIVE_PATH "${socklab_ico}" socklab_ico)
set(CPACK_NSIS_MUI_ICON "${socklab_ico}")
set(CPACK_NSIS_MUI_UNIICON "${socklab_ico}")
set(CPACK_NSIS_URL_INFO_ABOUT ${PROJECT_HOMEPAGE_URL})
set(CPACK_NSIS_HELP_LINK ${PROJECT_HOMEPAGE_URL})
set(CPACK_NSIS_CONTACT "${SOCKLAB_MAINTAINER}")
# An older SockLab is removed first, so Add/Remove Programs never lists two versions.
set(CPACK_NSIS_ENABLE_UNINSTALL_BEFORE_INSTALL ON)
set(CPACK_NSIS_MODIFY_PATH OFF)
set(CPACK_NSIS_MANIFEST_DPI_AWARE ON)
