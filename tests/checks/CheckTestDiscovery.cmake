# Fails when a Catch2 test program cannot list its test cases. catch_discover_tests (Catch2 2.13) ignores a
# program that crashes while listing, and its tests then silently drop out of ctest; this check makes that a
# failure instead.
#
# cmake -DEXE=<test program> -P CheckTestDiscovery.cmake

cmake_minimum_required(VERSION 3.25)

if(NOT EXISTS "${EXE}")
    message(FATAL_ERROR "test program not built: ${EXE}")
endif()

execute_process(COMMAND "${EXE}" --list-test-names-only
                RESULT_VARIABLE result
                OUTPUT_VARIABLE output
                ERROR_VARIABLE errors)
get_filename_component(name "${EXE}" NAME)
# Catch2 v2 exits with the number of tests listed, so any number is fine; a signal comes back as text.
if(NOT result MATCHES "^[0-9]+$")
    message("${errors}")
    message(FATAL_ERROR "${name} did not list its tests: ${result}")
endif()

string(REGEX MATCHALL "[^\n]+" names "${output}")
list(LENGTH names count)
if(count EQUAL 0)
    message("${output}${errors}")
    message(FATAL_ERROR "${name} lists no test cases")
endif()
message("${name} lists ${count} test cases")
