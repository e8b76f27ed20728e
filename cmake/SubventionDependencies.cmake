# SPDX-License-Identifier: Apache-2.0
# Every dependency comes from Debian 12 packages; a missing one stops configuration with the
# name of the package to install (the README's commands install them automatically).
include_guard(GLOBAL)

macro(subvention_require pkg debian)
    find_package(${pkg} ${ARGN} QUIET)
    if(NOT ${pkg}_FOUND)
        message(FATAL_ERROR
            "subvention: dependency '${pkg}' not found.\n"
            "  Install it with:  apt-get install ${debian}\n"
            "  (or run ./scripts/test, which installs every missing package when run as root)")
    endif()
endmacro()

# Boost >= 1.74: Date_Time (header-only since 1.73) and Multiprecision.
if(POLICY CMP0167)
    cmake_policy(SET CMP0167 NEW)
endif()
subvention_require(Boost libboost-dev 1.74 CONFIG)

if(SUBVENTION_BUILD_IO OR SUBVENTION_BUILD_CLI OR SUBVENTION_BUILD_TESTS OR SUBVENTION_BUILD_FUZZERS)
    subvention_require(nlohmann_json nlohmann-json3-dev 3.10) # subvention::io, the CLI, tests
    subvention_require(yaml-cpp libyaml-cpp-dev 0.7) # subvention::local: rules files
    # subvention::io: Word and OpenDocument files (ZIP archives of XML)
    subvention_require(pugixml libpugixml-dev 1.11 CONFIG)
    # libzip through pkg-config: Debian 12's CMake package of libzip-dev lists the programs of
    # other packages (zipcmp, zipmerge, ziptool) and is not found without them.
    find_package(PkgConfig QUIET)
    if(PkgConfig_FOUND)
        pkg_check_modules(LIBZIP QUIET IMPORTED_TARGET libzip>=1.7)
    endif()
    if(NOT LIBZIP_FOUND)
        message(FATAL_ERROR
            "subvention: dependency 'libzip' not found (through pkg-config).\n"
            "  Install it with:  apt-get install libzip-dev pkgconf\n"
            "  (or run ./scripts/test, which installs every missing package when run as root)")
    endif()
endif()
if(SUBVENTION_BUILD_CLI)
    subvention_require(CLI11 libcli11-dev 2.1)
endif()
if(SUBVENTION_BUILD_TESTS)
    subvention_require(GTest "libgtest-dev libgmock-dev")
    subvention_require(valijson libvalijson-dev CONFIG) # JSON Schema validation (io_json_test)
endif()
if(SUBVENTION_BUILD_BENCHMARKS)
    subvention_require(benchmark libbenchmark-dev)
endif()
