# Linux: the FHS layout under CMAKE_INSTALL_PREFIX (/usr inside the .deb and .rpm). The desktop
# file, the AppStream metadata and the icons are all named after SOCKLAB_APP_ID, which is how
# desktops and software centres tie them together.
set(socklab_share ${CMAKE_INSTALL_DATAROOTDIR})
# Debian wants /usr/share/doc/<package>, not GNUInstallDirs' doc/<PROJECT_NAME>.
set(socklab_docdir ${socklab_share}/doc/socklab)
string(REPLACE "https://github.com/" "https://raw.githubusercontent.com/" SOCKLAB_RAW_DOCS_URL
               "${PROJECT_HOMEPAGE_URL}/main/docs")

configure_file(${PROJECT_SOURCE_DIR}/resources/socklab.metainfo.xml.in
               ${SOCKLAB_GENERATED_DIR}/${SOCKLAB_APP_ID}.metainfo.xml @ONLY)
configure_file(${CMAKE_CURRENT_LIST_DIR}/copyright.in ${SOCKLAB_GENERATED_DIR}/copyright @ONLY)

install(FILES ${PROJECT_SOURCE_DIR}/resources/socklab.desktop
        DESTINATION ${socklab_share}/applications RENAME ${SOCKLAB_APP_ID}.desktop)
install(FILES ${SOCKLAB_GENERATED_DIR}/${SOCKLAB_APP_ID}.metainfo.xml DESTINATION ${socklab_share}/metainfo)
install(FILES ${SOCKLAB_ICON_SVG}
        DESTINATION ${socklab_share}/icons/hicolor/scalable/apps RENAME ${SOCKLAB_APP_ID}.svg)
install(FILES ${SOCKLAB_GENERATED_DIR}/copyright DESTINATION ${socklab_docdir})

if(NOT SOCKLAB_PACKAGING)
    return()
endif()

# Rendered at build time from the one SVG, so the PNGs can never drift from it.
find_program(SOCKLAB_RSVG_CONVERT rsvg-convert REQUIRED)
find_program(SOCKLAB_HELP2MAN help2man REQUIRED)
find_program(SOCKLAB_GZIP gzip REQUIRED)

set(socklab_generated_files)
foreach(size 48 128 256)
    set(png ${SOCKLAB_GENERATED_DIR}/icons/${size}x${size}/${SOCKLAB_APP_ID}.png)
    add_custom_command(OUTPUT ${png}
        COMMAND ${SOCKLAB_RSVG_CONVERT} --width ${size} --height ${size} --output ${png} ${SOCKLAB_ICON_SVG}
        DEPENDS ${SOCKLAB_ICON_SVG}
        COMMENT "Rendering the ${size}x${size} icon")
    install(FILES ${png} DESTINATION ${socklab_share}/icons/hicolor/${size}x${size}/apps)
    list(APPEND socklab_generated_files ${png})
endforeach()

# The man page is socklab's own --help, so it cannot go stale. --help and --version need no
# display (they run on a QCoreApplication); offscreen is a guard should that ever change.
set(man ${SOCKLAB_GENERATED_DIR}/socklab.1)
configure_file(${CMAKE_CURRENT_LIST_DIR}/socklab.h2m.in ${SOCKLAB_GENERATED_DIR}/socklab.h2m @ONLY)
add_custom_command(OUTPUT ${man}.gz
    # --locale: help2man's default "C" turns non-ASCII text (File ▸ Save Workspace) into "???".
    COMMAND ${CMAKE_COMMAND} -E env QT_QPA_PLATFORM=offscreen
            ${SOCKLAB_HELP2MAN} --no-info --section=1 --locale=C.UTF-8
            "--name=desktop network tester that shows what the operating system did"
            --include=${SOCKLAB_GENERATED_DIR}/socklab.h2m --output=${man} $<TARGET_FILE:socklab>
    # -n: no file name or time stamp inside the .gz (reproducible; lintian checks it).
    COMMAND ${SOCKLAB_GZIP} -9nf ${man}
    DEPENDS socklab ${SOCKLAB_GENERATED_DIR}/socklab.h2m
    COMMENT "Generating the man page from socklab --help")
install(FILES ${man}.gz DESTINATION ${CMAKE_INSTALL_MANDIR}/man1)
list(APPEND socklab_generated_files ${man}.gz)

# Debian policy asks for a changelog in every binary package; it goes to the .deb only (the
# "debian" component, selected in cpack_project_config.cmake).
set(SOCKLAB_DEB_VERSION ${PROJECT_VERSION}-1)
set(changelog ${SOCKLAB_GENERATED_DIR}/deb/changelog.Debian)
configure_file(${CMAKE_CURRENT_LIST_DIR}/changelog.Debian.in ${changelog}.in @ONLY)
add_custom_command(OUTPUT ${changelog}.gz
    COMMAND ${CMAKE_COMMAND} -E copy ${changelog}.in ${changelog}
    COMMAND ${SOCKLAB_GZIP} -9nf ${changelog}
    DEPENDS ${changelog}.in)
install(FILES ${changelog}.gz DESTINATION ${socklab_docdir} COMPONENT debian)
list(APPEND socklab_generated_files ${changelog}.gz)

add_custom_target(socklab_package_data ALL DEPENDS ${socklab_generated_files})
