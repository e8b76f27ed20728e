# SPDX-License-Identifier: Apache-2.0
include_guard(GLOBAL)
include(CMakePackageConfigHelpers)

set(SUBVENTION_CMAKE_DIR ${CMAKE_INSTALL_LIBDIR}/cmake/subvention)

install(DIRECTORY include/subvention DESTINATION ${CMAKE_INSTALL_INCLUDEDIR})
install(TARGETS subvention_core subvention_compliance EXPORT subventionTargets)
if(TARGET subvention_io)
    install(TARGETS subvention_io subvention_local EXPORT subventionTargets)
endif()
# The C interface: libsubvention_c.so.0 and its header (installed with include/subvention).
if(TARGET subvention_c)
    install(TARGETS subvention_c EXPORT subventionTargets)
endif()
if(TARGET subvention_cli)
    install(TARGETS subvention_cli EXPORT subventionTargets)
endif()
# The JSON Schema of dossiers (subvention::io), for editors and other languages' validators.
install(FILES schema/dossier.schema.json DESTINATION ${CMAKE_INSTALL_DATADIR}/subvention)
install(EXPORT subventionTargets NAMESPACE subvention:: DESTINATION ${SUBVENTION_CMAKE_DIR})

# subventionConfig.cmake finds libzip and pugixml for consumers of subvention::io.
if(TARGET subvention_io)
    set(SUBVENTION_CONFIG_NEEDS_IO ON)
else()
    set(SUBVENTION_CONFIG_NEEDS_IO OFF)
endif()
# subventionConfig.cmake finds yaml-cpp for consumers of subvention::local.
if(TARGET subvention_local)
    set(SUBVENTION_CONFIG_NEEDS_YAML ON)
else()
    set(SUBVENTION_CONFIG_NEEDS_YAML OFF)
endif()
configure_package_config_file(cmake/subventionConfig.cmake.in
    ${CMAKE_CURRENT_BINARY_DIR}/subventionConfig.cmake
    INSTALL_DESTINATION ${SUBVENTION_CMAKE_DIR})
write_basic_package_version_file(${CMAKE_CURRENT_BINARY_DIR}/subventionConfigVersion.cmake
    COMPATIBILITY SameMinorVersion)
install(FILES ${CMAKE_CURRENT_BINARY_DIR}/subventionConfig.cmake
              ${CMAKE_CURRENT_BINARY_DIR}/subventionConfigVersion.cmake
        DESTINATION ${SUBVENTION_CMAKE_DIR})
install(FILES LICENSE README.md DESTINATION ${CMAKE_INSTALL_DOCDIR})
