# macOS: socklab.app with our Info.plist and an .icns icon; macdeployqt (packaging.cmake) copies
# Qt's frameworks and plugins into it and CPack's DragNDrop generator wraps it in a DMG.
set_target_properties(socklab PROPERTIES
    MACOSX_BUNDLE_INFO_PLIST ${CMAKE_CURRENT_LIST_DIR}/Info.plist.in
    MACOSX_BUNDLE_GUI_IDENTIFIER ${SOCKLAB_APP_ID}
    MACOSX_BUNDLE_ICON_FILE socklab.icns)

# The .icns is rendered from the SVG on the Mac (rsvg-convert from Homebrew's librsvg, iconutil
# from Xcode's command-line tools); without those the bundle just has the generic icon.
find_program(SOCKLAB_RSVG_CONVERT rsvg-convert)
find_program(SOCKLAB_ICONUTIL iconutil)
if(NOT SOCKLAB_RSVG_CONVERT OR NOT SOCKLAB_ICONUTIL)
    message(STATUS "socklab.app gets no icon: rsvg-convert (brew install librsvg) or iconutil missing")
    return()
endif()

set(iconset ${SOCKLAB_GENERATED_DIR}/socklab.iconset)
set(icns ${SOCKLAB_GENERATED_DIR}/socklab.icns)
set(render_commands)
# iconutil wants exactly these names: icon_NxN.png and icon_NxN@2x.png (twice the pixels).
foreach(size 16 32 128 256 512)
    math(EXPR double "${size} * 2")
    list(APPEND render_commands
        COMMAND ${SOCKLAB_RSVG_CONVERT} -w ${size} -h ${size} -o ${iconset}/icon_${size}x${size}.png ${SOCKLAB_ICON_SVG}
        COMMAND ${SOCKLAB_RSVG_CONVERT} -w ${double} -h ${double} -o ${iconset}/icon_${size}x${size}@2x.png ${SOCKLAB_ICON_SVG})
endforeach()
add_custom_command(OUTPUT ${icns}
    COMMAND ${CMAKE_COMMAND} -E make_directory ${iconset}
    ${render_commands}
    COMMAND ${SOCKLAB_ICONUTIL} --convert icns --output ${icns} ${iconset}
    DEPENDS ${SOCKLAB_ICON_SVG}
    COMMENT "Rendering socklab.icns")
# The rule lives in this (root) directory and socklab in app/: a custom target orders the two, and
# CMP0118 lets app/ see the file as generated.
add_custom_target(socklab_icns DEPENDS ${icns})
add_dependencies(socklab socklab_icns)
set_source_files_properties(${icns} TARGET_DIRECTORY socklab PROPERTIES MACOSX_PACKAGE_LOCATION Resources GENERATED TRUE)
target_sources(socklab PRIVATE ${icns})
