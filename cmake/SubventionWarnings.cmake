# SPDX-License-Identifier: Apache-2.0
include_guard(GLOBAL)

# subvention_warnings(target): the project's warning set, errors when SUBVENTION_WERROR is on.
function(subvention_warnings target)
    target_compile_options(${target} PRIVATE -Wall -Wextra -Wpedantic -Wshadow -Wconversion
                                             -Wsign-conversion -Wnon-virtual-dtor -Wold-style-cast)
    # GCC 12 at -O2/-O3 reports false positives from inside libstdc++'s std::string and
    # Boost.Multiprecision (GCC bugs 105329, 105651 and kin): optimised builds leave these five
    # diagnostics out, so the release build a newcomer runs is quiet. Debug builds (dev, asan)
    # keep every warning, and fatal.
    if(CMAKE_CXX_COMPILER_ID STREQUAL "GNU" AND CMAKE_CXX_COMPILER_VERSION VERSION_GREATER_EQUAL 12
       AND CMAKE_CXX_COMPILER_VERSION VERSION_LESS 13)
        target_compile_options(${target} PRIVATE
            $<$<NOT:$<CONFIG:Debug>>:-Wno-restrict -Wno-stringop-overflow -Wno-array-bounds
                                     -Wno-stringop-overread -Wno-maybe-uninitialized>)
    endif()
    if(SUBVENTION_WERROR)
        target_compile_options(${target} PRIVATE -Werror)
    endif()
endfunction()
