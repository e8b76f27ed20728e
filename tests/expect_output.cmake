# SPDX-License-Identifier: Apache-2.0
cmake_minimum_required(VERSION 3.25)
# Runs PROGRAM with ARGS (a list) and fails unless the exit status is EXIT and the standard
# output matches every regular expression of MATCH (a list): CTest's PASS_REGULAR_EXPRESSION
# alone would ignore the exit status.
execute_process(COMMAND ${PROGRAM} ${ARGS}
                RESULT_VARIABLE status OUTPUT_VARIABLE out ERROR_VARIABLE err)
if(NOT status STREQUAL "${EXIT}")
    message(FATAL_ERROR "exit status ${status}, expected ${EXIT}\n${out}\n${err}")
endif()
foreach(pattern IN LISTS MATCH)
    if(NOT out MATCHES "${pattern}")
        message(FATAL_ERROR "output does not match « ${pattern} »:\n${out}\n${err}")
    endif()
endforeach()
message(STATUS "exit ${status}, output matches")
