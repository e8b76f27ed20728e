# SPDX-License-Identifier: Apache-2.0
include_guard(GLOBAL)

# subvention_warnings(target): the project's warning set, errors when SUBVENTION_WERROR is on.
# The same set in every configuration: the false positives GCC 12 reports at -O2/-O3 from inside
# libstdc++ and Boost.Multiprecision are avoided in the code or silenced at their sites, each with
# its GCC bug number, so that the release build is quiet without hiding real warnings.
function(subvention_warnings target)
    target_compile_options(${target} PRIVATE -Wall -Wextra -Wpedantic -Wshadow -Wconversion
                                             -Wsign-conversion -Wnon-virtual-dtor -Wold-style-cast)
    if(SUBVENTION_WERROR)
        target_compile_options(${target} PRIVATE -Werror)
    endif()
endfunction()
