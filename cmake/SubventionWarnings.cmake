include_guard(GLOBAL)

# subvention_warnings(target): the project's warning set, errors when SUBVENTION_WERROR is on.
function(subvention_warnings target)
    target_compile_options(${target} PRIVATE -Wall -Wextra -Wpedantic -Wshadow -Wconversion
                                             -Wsign-conversion -Wnon-virtual-dtor -Wold-style-cast)
    if(SUBVENTION_WERROR)
        target_compile_options(${target} PRIVATE -Werror)
    endif()
endfunction()
