# Read by cpack once per generator (CPACK_PROJECT_CONFIG_FILE). The Debian changelog is installed
# as the "debian" component: every generator but DEB packs the default component only.
if(NOT CPACK_GENERATOR STREQUAL "DEB")
    string(REPLACE ";ALL;" ";Unspecified;" CPACK_INSTALL_CMAKE_PROJECTS "${CPACK_INSTALL_CMAKE_PROJECTS}")
endif()
