# Windows: socklab.exe with its icon and version resource; the NSIS installer is set up in
# nsis.cmake (through cpack.cmake) and Qt's DLLs come from windeployqt (packaging.cmake).
# MSVC and MinGW both compile .rc files; the language must be on for the source to count.
enable_language(RC)
set(SOCKLAB_ICON_ICO ${PROJECT_SOURCE_DIR}/resources/icons/socklab.ico)
configure_file(${CMAKE_CURRENT_LIST_DIR}/socklab.rc.in ${SOCKLAB_GENERATED_DIR}/socklab.rc @ONLY)
target_sources(socklab PRIVATE ${SOCKLAB_GENERATED_DIR}/socklab.rc)
