# SPDX-License-Identifier: Apache-2.0
cmake_minimum_required(VERSION 3.25)
# Builds tests/consumer against subvention, as a user would: MODE=find_package installs the
# already-built tree (same compiler and flags, e.g. sanitizers: the static subvention::io needs
# them) into a scratch prefix first; MODE=add_subdirectory uses the source tree, built shared.
file(REMOVE_RECURSE ${WORK_DIR})
file(MAKE_DIRECTORY ${WORK_DIR})

function(run)
    execute_process(COMMAND ${ARGN} RESULT_VARIABLE rc OUTPUT_VARIABLE out ERROR_VARIABLE err)
    if(NOT rc EQUAL 0)
        message(FATAL_ERROR "command failed (${rc}): ${ARGN}\n${out}\n${err}")
    endif()
    message("${out}")
endfunction()

if(MODE STREQUAL "find_package")
    run(${CMAKE_COMMAND} --install ${BINARY_DIR} --prefix ${WORK_DIR}/prefix)
    set(extra -DCMAKE_PREFIX_PATH=${WORK_DIR}/prefix -DCONSUMER_MODE=find_package)
else()
    # Built shared: only what SUBVENTION_API exports is visible, so the consumer proves the
    # exports are enough to add a rule and run a check.
    set(extra -DCONSUMER_MODE=add_subdirectory -DSUBVENTION_SOURCE_DIR=${SOURCE_DIR}
              -DBUILD_SHARED_LIBS=ON)
endif()

# No build type (neither optimisation nor debug information) and no precompiled header: the
# add_subdirectory consumer compiles the whole engine again, and what it proves (the targets, the
# exports, the options of a subproject) depends on none of them; a precompiled header costs more
# than it saves for the two unity batches of one library.
run(${CMAKE_COMMAND} -S ${SOURCE_DIR}/tests/consumer -B ${WORK_DIR}/build -G ${GENERATOR}
    -DCMAKE_CXX_COMPILER=${CXX} "-DCMAKE_CXX_FLAGS=${CXX_FLAGS}" -DCMAKE_BUILD_TYPE=
    -DSUBVENTION_PCH=OFF ${extra})
run(${CMAKE_COMMAND} --build ${WORK_DIR}/build)
run(${WORK_DIR}/build/consumer)
