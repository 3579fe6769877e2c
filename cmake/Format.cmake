# "cmake --build <build dir> --target format" rewrites Abri's C++ files to match .clang-format.
find_program(ABRI_CLANG_FORMAT NAMES clang-format clang-format-14 clang-format-15 clang-format-16
             DOC "clang-format for the format target and the formatting check")

if(ABRI_CLANG_FORMAT)
    add_custom_target(format
        COMMAND ${CMAKE_COMMAND} -DCLANG_FORMAT=${ABRI_CLANG_FORMAT} -DSOURCE_DIR=${PROJECT_SOURCE_DIR} -DMODE=fix
                -P ${PROJECT_SOURCE_DIR}/cmake/RunClangFormat.cmake
        COMMENT "Formatting core, ui, app and tests with clang-format"
        VERBATIM)
else()
    add_custom_target(format
        COMMAND ${CMAKE_COMMAND} -E echo "clang-format was not found: apt-get install clang-format"
        COMMAND ${CMAKE_COMMAND} -E false
        VERBATIM)
endif()
