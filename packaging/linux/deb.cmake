# The .deb: dependencies come from dpkg-shlibdeps, so they name exactly the Debian Qt (and libc)
# packages the binary links, at the versions it was built against.
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
set(CPACK_DEBIAN_PACKAGE_RELEASE 1)
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT) # socklab_<version>-1_<arch>.deb
set(CPACK_DEBIAN_PACKAGE_SECTION net)
set(CPACK_DEBIAN_PACKAGE_PRIORITY optional)
set(CPACK_DEBIAN_PACKAGE_MAINTAINER "${SOCKLAB_MAINTAINER}")
set(CPACK_DEBIAN_PACKAGE_HOMEPAGE ${PROJECT_HOMEPAGE_URL})
# Wayland sessions work through XWayland without it; with it, natively.
set(CPACK_DEBIAN_PACKAGE_SUGGESTS qt6-wayland)
# SockLab's own Chinese is built in; Qt's (standard dialogs' buttons) comes from this package.
set(CPACK_DEBIAN_PACKAGE_RECOMMENDS qt6-translations-l10n)
# CPack writes the summary as the synopsis line and indents these lines under it.
set(CPACK_DEBIAN_PACKAGE_DESCRIPTION "${CPACK_PACKAGE_DESCRIPTION}")
# dpkg-deb's defaults; CPack otherwise keeps the build tree's modes.
set(CPACK_DEBIAN_PACKAGE_CONTROL_STRICT_PERMISSION ON)
