# Runs clang-format over every C++ file of Abri's own code.
# cmake -DCLANG_FORMAT=<exe> -DSOURCE_DIR=<repo> -DMODE=check|fix -P RunClangFormat.cmake
#   check: lists the files that differ from .clang-format and fails (the ctest check)
#   fix:   rewrites them in place (the "format" target)

cmake_minimum_required(VERSION 3.25)

foreach(var CLANG_FORMAT SOURCE_DIR MODE)
    if(NOT DEFINED ${var} OR "${${var}}" STREQUAL "")
        message(FATAL_ERROR "${var} is not set")
    endif()
endforeach()

set(patterns "")
foreach(dir core ui app tests)
    list(APPEND patterns "${SOURCE_DIR}/${dir}/*.cpp" "${SOURCE_DIR}/${dir}/*.h")
endforeach()
file(GLOB_RECURSE files LIST_DIRECTORIES false ${patterns})
list(SORT files)
list(LENGTH files count)
if(count EQUAL 0)
    message(FATAL_ERROR "no C++ files found under ${SOURCE_DIR}")
endif()

if(MODE STREQUAL "check")
    set(args --dry-run -Werror)
elseif(MODE STREQUAL "fix")
    set(args -i)
else()
    message(FATAL_ERROR "MODE must be check or fix, not '${MODE}'")
endif()

execute_process(COMMAND "${CLANG_FORMAT}" --style=file ${args} ${files}
                WORKING_DIRECTORY "${SOURCE_DIR}"
                RESULT_VARIABLE result
                ERROR_VARIABLE errors)
if(MODE STREQUAL "check" AND NOT result EQUAL 0)
    # clang-format reports every differing token; name each file once instead.
    string(REGEX MATCHALL "[^\n]+:[0-9]+:[0-9]+: error: code should be clang-formatted" findings "${errors}")
    set(unformatted "")
    foreach(finding IN LISTS findings)
        string(REGEX REPLACE ":[0-9]+:[0-9]+: error: .*$" "" file "${finding}")
        file(RELATIVE_PATH file "${SOURCE_DIR}" "${file}")
        list(APPEND unformatted "${file}")
    endforeach()
    list(REMOVE_DUPLICATES unformatted)
    list(LENGTH unformatted bad)
    if(bad EQUAL 0)
        message("${errors}")
        message(FATAL_ERROR "clang-format failed (${result})")
    endif()
    list(JOIN unformatted "\n  " listed)
    message("Not formatted as .clang-format says (${bad} of ${count} files):\n  ${listed}")
    message(FATAL_ERROR "Run \"cmake --build <build dir> --target format\" and review the changes.")
elseif(NOT result EQUAL 0)
    message("${errors}")
    message(FATAL_ERROR "clang-format failed (${result})")
endif()
message("clang-format: ${count} files ${MODE}ed")
