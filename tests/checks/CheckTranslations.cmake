# Fails unless every user-visible string in core/, ui/ and app/ has a French and an English translation.
# Runs lupdate over the current sources into copies of the .ts files, so a string added since the last
# "update_translations" counts as untranslated, and the checked-in .ts files are never touched.
#
# cmake -DLUPDATE=<exe> -DSOURCE_DIR=<repo> -DWORK_DIR=<scratch dir> -DTS_FILES=a.ts|b.ts
#       [-DINCLUDE_PATHS=a|b] -P CheckTranslations.cmake

cmake_minimum_required(VERSION 3.25)

foreach(var LUPDATE SOURCE_DIR WORK_DIR TS_FILES)
    if(NOT DEFINED ${var} OR "${${var}}" STREQUAL "")
        message(FATAL_ERROR "${var} is not set")
    endif()
endforeach()
string(REPLACE "|" ";" ts_files "${TS_FILES}")
string(REPLACE "|" ";" include_paths "${INCLUDE_PATHS}")

# The same sources as update_translations (resources/CMakeLists.txt), globbed now rather than at configure time.
file(GLOB_RECURSE sources LIST_DIRECTORIES false
     "${SOURCE_DIR}/core/*.cpp" "${SOURCE_DIR}/core/*.h"
     "${SOURCE_DIR}/ui/*.cpp" "${SOURCE_DIR}/ui/*.h"
     "${SOURCE_DIR}/app/*.cpp" "${SOURCE_DIR}/app/*.h")
list(SORT sources)
list(APPEND include_paths "${SOURCE_DIR}/core" "${SOURCE_DIR}/ui" "${SOURCE_DIR}/app")

file(REMOVE_RECURSE "${WORK_DIR}")
file(MAKE_DIRECTORY "${WORK_DIR}")
set(copies "")
foreach(ts IN LISTS ts_files)
    if(NOT EXISTS "${ts}")
        message(FATAL_ERROR "translation file missing: ${ts}")
    endif()
    get_filename_component(name "${ts}" NAME)
    configure_file("${ts}" "${WORK_DIR}/${name}" COPYONLY)
    list(APPEND copies "${WORK_DIR}/${name}")
endforeach()

function(to_json_array out)
    set(quoted "")
    foreach(item IN LISTS ARGN)
        list(APPEND quoted "\"${item}\"")
    endforeach()
    list(JOIN quoted ", " joined)
    set(${out} "[ ${joined} ]" PARENT_SCOPE)
endfunction()
to_json_array(json_sources ${sources})
to_json_array(json_includes ${include_paths})
to_json_array(json_translations ${copies})
file(WRITE "${WORK_DIR}/project.json"
     "{\n  \"projectFile\": \"${SOURCE_DIR}/resources/CMakeLists.txt\",\n"
     "  \"includePaths\": ${json_includes},\n  \"sources\": ${json_sources},\n"
     "  \"translations\": ${json_translations}\n}\n")

execute_process(COMMAND "${LUPDATE}" -project "${WORK_DIR}/project.json" -no-obsolete -locations none
                RESULT_VARIABLE lupdate_result)
if(NOT lupdate_result EQUAL 0)
    message(FATAL_ERROR "lupdate failed (${lupdate_result})")
endif()

set(max_listed 40)
set(total_problems 0)
foreach(copy IN LISTS copies)
    get_filename_component(name "${copy}" NAME)
    file(READ "${copy}" xml)
    # Make the XML safe to split into a CMake list: ';' and brackets are list syntax.
    string(REPLACE ";" "@SEMI@" xml "${xml}")
    string(REPLACE "[" "@LB@" xml "${xml}")
    string(REPLACE "]" "@RB@" xml "${xml}")
    string(REPLACE "</message>" ";" chunks "${xml}")

    set(context "")
    set(messages 0)
    set(problems 0)
    foreach(chunk IN LISTS chunks)
        if(chunk MATCHES "<name>([^<]*)</name>")
            set(context "${CMAKE_MATCH_1}")
        endif()
        string(FIND "${chunk}" "<message" at REVERSE)
        if(at EQUAL -1)
            continue()
        endif()
        string(SUBSTRING "${chunk}" ${at} -1 message)
        math(EXPR messages "${messages} + 1")

        set(source "")
        if(message MATCHES "<source>([^<]*)</source>")
            set(source "${CMAKE_MATCH_1}")
        endif()
        set(why "")
        if(message MATCHES "<translation[^>]*type=\"unfinished\"")
            set(why "is unfinished")
        elseif(message MATCHES "<translation[^>]*/>" OR message MATCHES "<translation[^>]*>[ \t\r\n]*</translation>")
            set(why "has an empty translation")
        elseif(message MATCHES "<numerusform[^>]*/>" OR message MATCHES "<numerusform[^>]*>[ \t\r\n]*</numerusform>")
            set(why "has an empty plural form")
        elseif(NOT message MATCHES "<translation")
            set(why "has no translation")
        endif()
        if(why)
            math(EXPR problems "${problems} + 1")
            if(problems LESS_EQUAL max_listed)
                foreach(var source context)
                    string(REPLACE "@SEMI@" ";" ${var} "${${var}}")
                    string(REPLACE "@LB@" "[" ${var} "${${var}}")
                    string(REPLACE "@RB@" "]" ${var} "${${var}}")
                    string(REPLACE "&apos;" "'" ${var} "${${var}}")
                    string(REPLACE "&quot;" "\"" ${var} "${${var}}")
                    string(REPLACE "&lt;" "<" ${var} "${${var}}")
                    string(REPLACE "&gt;" ">" ${var} "${${var}}")
                    string(REPLACE "&amp;" "&" ${var} "${${var}}")
                endforeach()
                message("${name}: ${context}: \"${source}\" ${why}")
            endif()
        endif()
    endforeach()
    if(problems GREATER max_listed)
        math(EXPR more "${problems} - ${max_listed}")
        message("${name}: ... and ${more} more")
    endif()
    message("${name}: ${messages} messages, ${problems} not translated")
    math(EXPR total_problems "${total_problems} + ${problems}")
endforeach()

if(total_problems GREATER 0)
    message(FATAL_ERROR "${total_problems} messages lack a translation. Run "
                        "\"cmake --build <build dir> --target update_translations\", then translate them in "
                        "resources/translations/*.ts (Qt Linguist) and remove type=\"unfinished\".")
endif()
message("translations complete")
