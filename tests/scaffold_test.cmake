# SPDX-License-Identifier: Apache-2.0
cmake_minimum_required(VERSION 3.25)
# scripts/new-rule on a scratch copy of the rules and their pages: it writes the rule, its
# registration at the end of its family, its test and its page, refuses a second run, and what it
# wrote compiles (syntax only, with the project's compiler).
file(REMOVE_RECURSE ${WORK_DIR})
file(MAKE_DIRECTORY ${WORK_DIR}/src/compliance ${WORK_DIR}/tests/unit ${WORK_DIR}/docs)
file(COPY ${SOURCE_DIR}/src/compliance/rules ${SOURCE_DIR}/src/compliance/messages
     DESTINATION ${WORK_DIR}/src/compliance)
file(COPY ${SOURCE_DIR}/docs/rules DESTINATION ${WORK_DIR}/docs)

function(run expect)
    execute_process(COMMAND ${ARGN} RESULT_VARIABLE rc OUTPUT_VARIABLE out ERROR_VARIABLE err)
    if(NOT rc EQUAL expect)
        message(FATAL_ERROR "exit ${rc}, expected ${expect}: ${ARGN}\n${out}\n${err}")
    endif()
endfunction()

set(script ${SOURCE_DIR}/scripts/new-rule --root ${WORK_DIR})
run(0 ${script} SCAFFOLD-PROBE convention "Sonde « test » {x}" "Probe")
run(2 ${script} SCAFFOLD-PROBE convention "Sonde" "Probe")   # exists
run(2 ${script} VOTE-QUORUM assembly "Quorum" "Quorum")      # a built-in ID
run(2 ${script} lower-case convention "x" "x")
run(2 ${script} SCAFFOLD-OTHER nofamily "x" "x")

foreach(f src/compliance/rules/scaffold_probe.hpp tests/unit/rule_scaffold_probe_test.cpp
          docs/rules/SCAFFOLD-PROBE.md)
    if(NOT EXISTS ${WORK_DIR}/${f})
        message(FATAL_ERROR "new-rule did not write ${f}")
    endif()
endforeach()
file(READ ${WORK_DIR}/src/compliance/rules/convention.hpp family)
string(FIND "${family}" "    scaffold_probe,\n    // scripts/new-rule appends here" at)
string(FIND "${family}" "#include \"compliance/rules/scaffold_probe.hpp\"" inc)
if(at EQUAL -1 OR inc EQUAL -1)
    message(FATAL_ERROR "the rule is not registered at the end of its family:\n${family}")
endif()
foreach(lang fr en)
    file(READ ${WORK_DIR}/src/compliance/messages/${lang}.cpp catalogue)
    string(REGEX MATCH "    {\"SCAFFOLD-PROBE\", \"[^\n]*\"},\n    // ---- end convention ----"
           entry "${catalogue}")
    if(entry STREQUAL "")
        message(FATAL_ERROR "no ${lang} message at the end of the convention section")
    endif()
endforeach()
file(READ ${WORK_DIR}/docs/rules/README.md index)
string(FIND "${index}" "[SCAFFOLD-PROBE](SCAFFOLD-PROBE.md)" row)
if(row EQUAL -1)
    message(FATAL_ERROR "no index row for the rule")
endif()

set(flags -std=c++20 -fsyntax-only -I${WORK_DIR}/src -I${SOURCE_DIR}/src -I${SOURCE_DIR}/include
          -I${SOURCE_DIR}/tests)
run(0 ${CXX} ${flags} ${SOURCE_DIR}/src/compliance/family_convention.cpp)
run(0 ${CXX} ${flags} ${WORK_DIR}/tests/unit/rule_scaffold_probe_test.cpp)
run(0 ${CXX} ${flags} ${WORK_DIR}/src/compliance/messages/fr.cpp)
run(0 ${CXX} ${flags} ${WORK_DIR}/src/compliance/messages/en.cpp)
message(STATUS "new-rule: 7 files written, registered, compiled")
