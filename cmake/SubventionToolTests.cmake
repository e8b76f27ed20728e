# SPDX-License-Identifier: Apache-2.0
include_guard(GLOBAL)

# subvention_tool_test(NAME name TOOL program PACKAGE debian-package [LABELS …] COMMAND args…):
# a test run by another program of Debian (PHP, Ruby, Debian's own Python with its modules,
# ChromeDriver's Selenium), found in /usr/bin. Without the program the test still exists and
# fails naming the package to install (scripts/ensure-deps.sh --tests): a build, or the demo,
# does not need it, and a test suite never silently skips it. In COMMAND, @TOOL@ stands for the
# program's path.
function(subvention_tool_test)
    cmake_parse_arguments(T "" "NAME;TOOL;PACKAGE" "LABELS;COMMAND" ${ARGN})
    string(MAKE_C_IDENTIFIER "SUBVENTION_TOOL_${T_TOOL}" var)
    find_program(${var} NAMES ${T_TOOL} PATHS /usr/bin NO_DEFAULT_PATH)
    if(${var})
        list(TRANSFORM T_COMMAND REPLACE "@TOOL@" "${${var}}")
        add_test(NAME ${T_NAME} COMMAND ${T_COMMAND})
    else()
        add_test(NAME ${T_NAME}
                 COMMAND ${CMAKE_COMMAND} -DTOOL=${T_TOOL} -DPACKAGE=${T_PACKAGE}
                         -P ${PROJECT_SOURCE_DIR}/cmake/missing_tool.cmake)
    endif()
    if(T_LABELS)
        set_tests_properties(${T_NAME} PROPERTIES LABELS "${T_LABELS}")
    endif()
endfunction()
