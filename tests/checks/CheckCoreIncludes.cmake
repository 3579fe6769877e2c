# Fails when a file under core/ includes a header of a Qt GUI module (or QtSql), or when abri_core links one.
# core must run without a display server and stay usable from abri-admin; Qt's QSQLITE driver would load a
# second SQLite beside SQLCipher (see docs/architecture.md).
#
# cmake -DCORE_DIR=<dir> -DQT_HEADERS_DIR=<qt include root> [-DLINK_LIBRARIES=a|b|c] -P CheckCoreIncludes.cmake

cmake_minimum_required(VERSION 3.25)

foreach(var CORE_DIR QT_HEADERS_DIR)
    if(NOT DEFINED ${var})
        message(FATAL_ERROR "${var} is not set")
    endif()
endforeach()

set(gui_modules QtGui QtWidgets QtPrintSupport QtOpenGL QtOpenGLWidgets QtSvg QtSvgWidgets QtCharts QtQuick
                QtQml QtQuickWidgets QtMultimedia QtMultimediaWidgets)
set(other_modules QtSql)
set(forbidden_modules ${gui_modules} ${other_modules})

if(NOT IS_DIRECTORY "${QT_HEADERS_DIR}/QtCore" OR NOT IS_DIRECTORY "${QT_HEADERS_DIR}/QtGui")
    message(FATAL_ERROR "Qt headers not found under ${QT_HEADERS_DIR}")
endif()

# Header names that QtCore also ships are allowed whatever module lists them.
file(GLOB core_headers RELATIVE "${QT_HEADERS_DIR}/QtCore" "${QT_HEADERS_DIR}/QtCore/*")

# Map every header file name of a forbidden module to that module.
set(forbidden_names "")
foreach(module IN LISTS forbidden_modules)
    if(NOT IS_DIRECTORY "${QT_HEADERS_DIR}/${module}")
        continue()
    endif()
    file(GLOB headers LIST_DIRECTORIES false RELATIVE "${QT_HEADERS_DIR}/${module}" "${QT_HEADERS_DIR}/${module}/*")
    list(REMOVE_ITEM headers ${core_headers})
    foreach(header IN LISTS headers)
        list(APPEND forbidden_names "${header}")
        set("owner_${header}" "${module}")
    endforeach()
    # The module's own umbrella header, e.g. <QtGui>.
    list(APPEND forbidden_names "${module}")
    set("owner_${module}" "${module}")
endforeach()
list(REMOVE_DUPLICATES forbidden_names)

get_filename_component(CORE_DIR "${CORE_DIR}" ABSOLUTE)

file(GLOB_RECURSE sources LIST_DIRECTORIES false
     "${CORE_DIR}/*.h" "${CORE_DIR}/*.hpp" "${CORE_DIR}/*.cpp" "${CORE_DIR}/*.cc" "${CORE_DIR}/*.cxx"
     "${CORE_DIR}/*.inl" "${CORE_DIR}/*.ipp")
list(SORT sources)

set(violations 0)
foreach(source IN LISTS sources)
    file(RELATIVE_PATH shown "${CORE_DIR}" "${source}")
    file(STRINGS "${source}" lines REGEX "^[ \t]*#[ \t]*include[ \t]*[<\"][^>\"]+[>\"]")
    foreach(line IN LISTS lines)
        string(REGEX REPLACE "^[ \t]*#[ \t]*include[ \t]*[<\"]([^>\"]+)[>\"].*$" "\\1" included "${line}")
        string(REGEX REPLACE "/.*$" "" first "${included}")
        get_filename_component(name "${included}" NAME)
        set(module "")
        if(first IN_LIST forbidden_modules)
            # <QtGui/QColor>, <QtWidgets/qwidget.h>
            set(module "${first}")
        elseif(first STREQUAL included AND included IN_LIST forbidden_names)
            # <QColor>, <qpainter.h>, <QtWidgets>
            set(module "${owner_${included}}")
        endif()
        if(module)
            message("core/${shown}: includes <${included}> from ${module}")
            math(EXPR violations "${violations} + 1")
        endif()
    endforeach()
endforeach()

if(DEFINED LINK_LIBRARIES)
    string(REPLACE "|" ";" libraries "${LINK_LIBRARIES}")
    foreach(library IN LISTS libraries)
        foreach(module IN LISTS forbidden_modules)
            string(REGEX REPLACE "^Qt" "" short "${module}")
            if(library MATCHES "^Qt[56]?::${short}(Private)?$")
                message("abri_core links ${library}")
                math(EXPR violations "${violations} + 1")
            endif()
        endforeach()
    endforeach()
endif()

list(LENGTH sources count)
if(violations GREATER 0)
    message(FATAL_ERROR "${violations} forbidden Qt GUI/Sql dependencies in core (checked ${count} files). "
                        "core links QtCore only: move this code to ui/ or use a QtCore type.")
endif()
if(count EQUAL 0)
    message(FATAL_ERROR "no source files found under ${CORE_DIR}")
endif()
message("core includes only QtCore headers: checked ${count} files")
