# Install rules: the core's libraries and public headers with a CMake
# package (find_package(billcode) gives billcode::core), the CLI, and the
# data packs beside it in share/billcode/data.
include(CMakePackageConfigHelpers)

get_property(_modules GLOBAL PROPERTY BILLCODE_MODULES)
install(TARGETS ${_modules} EXPORT billcodeTargets
        ARCHIVE DESTINATION ${CMAKE_INSTALL_LIBDIR}
        INCLUDES DESTINATION ${CMAKE_INSTALL_INCLUDEDIR})
install(DIRECTORY "${PROJECT_SOURCE_DIR}/core/include/billcode"
        DESTINATION ${CMAKE_INSTALL_INCLUDEDIR})
set(_package_dir "${CMAKE_INSTALL_LIBDIR}/cmake/billcode")
install(EXPORT billcodeTargets NAMESPACE billcode::
        DESTINATION "${_package_dir}")
configure_package_config_file(
  "${PROJECT_SOURCE_DIR}/cmake/billcodeConfig.cmake.in"
  "${PROJECT_BINARY_DIR}/billcodeConfig.cmake"
  INSTALL_DESTINATION "${_package_dir}")
install(FILES "${PROJECT_BINARY_DIR}/billcodeConfig.cmake"
        DESTINATION "${_package_dir}")

if(TARGET billcode)
  install(TARGETS billcode RUNTIME DESTINATION ${CMAKE_INSTALL_BINDIR})
endif()
if(TARGET data_packs)
  install(DIRECTORY "${PROJECT_BINARY_DIR}/data/"
          DESTINATION "${CMAKE_INSTALL_DATADIR}/billcode/data"
          FILES_MATCHING PATTERN "*.pack" PATTERN "manifest.json"
          PATTERN "CMakeFiles" EXCLUDE)
endif()
