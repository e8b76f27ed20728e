# SPDX-License-Identifier: Apache-2.0
include_guard(GLOBAL)

# subvention_warnings(target): the project's warning set, errors when SUBVENTION_WERROR is on.
function(subvention_warnings target)
    target_compile_options(${target} PRIVATE -Wall -Wextra -Wpedantic -Wshadow -Wconversion
                                             -Wsign-conversion -Wnon-virtual-dtor -Wold-style-cast)
    if(SUBVENTION_WERROR)
        target_compile_options(${target} PRIVATE -Werror)
        # GCC 12 at -O2/-O3 reports false positives from inside libstdc++'s std::string
        # (GCC bugs 105329, 105651): they stay visible as warnings but do not fail optimised
        # builds. Debug builds (dev, asan) keep every warning fatal.
        if(CMAKE_CXX_COMPILER_ID STREQUAL "GNU" AND CMAKE_CXX_COMPILER_VERSION VERSION_GREATER_EQUAL 12
           AND CMAKE_CXX_COMPILER_VERSION VERSION_LESS 13)
            target_compile_options(${target} PRIVATE
                $<$<NOT:$<CONFIG:Debug>>:-Wno-error=restrict -Wno-error=stringop-overflow
                                         -Wno-error=array-bounds -Wno-error=stringop-overread
                                         -Wno-error=maybe-uninitialized>)
        endif()
    endif()
endfunction()
