# Fails when product code (core/, ui/, app/) uses SecureBuffer's test-only observer outside the two files that
# define it: the hook must only ever be installed by tests.
#
# cmake -DSOURCE_DIR=<folder with core/ ui/ app/> -P CheckTestHookUse.cmake

cmake_minimum_required(VERSION 3.25)

if(NOT DEFINED SOURCE_DIR)
    message(FATAL_ERROR "SOURCE_DIR is not set")
endif()

set(allowed "core/crypto/SecureBuffer.h" "core/crypto/SecureBuffer.cpp")
file(GLOB_RECURSE sources RELATIVE "${SOURCE_DIR}"
     "${SOURCE_DIR}/core/*" "${SOURCE_DIR}/ui/*" "${SOURCE_DIR}/app/*")
list(LENGTH sources count)
if(count EQUAL 0)
    message(FATAL_ERROR "no sources under ${SOURCE_DIR}/core, ui or app")
endif()

set(found 0)
foreach(source IN LISTS sources)
    if(source IN_LIST allowed OR NOT source MATCHES "\\.(h|hpp|cpp|cc|c)$")
        continue()
    endif()
    file(STRINGS "${SOURCE_DIR}/${source}" lines REGEX "setSecureMemoryObserverForTests|SecureMemoryObserver")
    foreach(line IN LISTS lines)
        string(STRIP "${line}" line)
        message(SEND_ERROR "${source}: uses the test-only SecureBuffer observer: ${line}")
        math(EXPR found "${found} + 1")
    endforeach()
endforeach()

if(found GREATER 0)
    message(FATAL_ERROR "${found} use(s) of the test-only SecureBuffer observer in product code")
endif()
message(STATUS "${count} product files checked; the test-only observer is set only from tests")
