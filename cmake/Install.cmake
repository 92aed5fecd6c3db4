# `cmake --install BUILD [--prefix P]` lays out:
#   bin/stepcache                                    the CLI
#   include/stepcache/...                            c.h and every module's public headers
#   lib/libstepcache.so.<version>, libstepcache.a    see capi/CMakeLists.txt
#   lib/cmake/stepcache/                             find_package(stepcache):
#       stepcache::stepcache (shared, C API), stepcache::stepcache_static (C and C++ APIs)
#   lib/pkgconfig/stepcache.pc                       pkg-config stepcache
#   lib/python3/dist-packages/stepcache/             the ctypes package (python/)
# Every installed path is relative to the prefix, so `--prefix` at install
# time and moving the tree afterwards both work.
include(GNUInstallDirs)
include(CMakePackageConfigHelpers)

set(STEPCACHE_INSTALL_CMAKEDIR ${CMAKE_INSTALL_LIBDIR}/cmake/stepcache
    CACHE STRING "Where the CMake package files go, relative to the prefix")
set(STEPCACHE_INSTALL_PYTHONDIR lib/python3/dist-packages
    CACHE STRING "Where the Python package goes, relative to the prefix")

install(TARGETS stepcache RUNTIME DESTINATION ${CMAKE_INSTALL_BINDIR})
install(TARGETS stepcache_shared stepcache_static EXPORT stepcacheTargets
        LIBRARY DESTINATION ${CMAKE_INSTALL_LIBDIR}
        ARCHIVE DESTINATION ${CMAKE_INSTALL_LIBDIR})
foreach(_module capi schemas grammars checks engine)
  install(DIRECTORY ${PROJECT_SOURCE_DIR}/${_module}/include/
          DESTINATION ${CMAKE_INSTALL_INCLUDEDIR} FILES_MATCHING PATTERN "*.h")
endforeach()

install(EXPORT stepcacheTargets NAMESPACE stepcache:: DESTINATION ${STEPCACHE_INSTALL_CMAKEDIR})
configure_package_config_file(${PROJECT_SOURCE_DIR}/capi/stepcacheConfig.cmake.in
  ${PROJECT_BINARY_DIR}/stepcacheConfig.cmake INSTALL_DESTINATION ${STEPCACHE_INSTALL_CMAKEDIR})
# Before 1.0 a minor release may change the C API: only the same minor matches.
write_basic_package_version_file(${PROJECT_BINARY_DIR}/stepcacheConfigVersion.cmake
  COMPATIBILITY SameMinorVersion)
install(FILES ${PROJECT_BINARY_DIR}/stepcacheConfig.cmake
              ${PROJECT_BINARY_DIR}/stepcacheConfigVersion.cmake
        DESTINATION ${STEPCACHE_INSTALL_CMAKEDIR})

# stepcache.pc finds its prefix from its own location (${pcfiledir}).
file(RELATIVE_PATH STEPCACHE_PC_TO_PREFIX /root/${CMAKE_INSTALL_LIBDIR}/pkgconfig /root)
string(REGEX REPLACE "/$" "" STEPCACHE_PC_TO_PREFIX "${STEPCACHE_PC_TO_PREFIX}")
configure_file(${PROJECT_SOURCE_DIR}/capi/stepcache.pc.in ${PROJECT_BINARY_DIR}/stepcache.pc @ONLY)
install(FILES ${PROJECT_BINARY_DIR}/stepcache.pc DESTINATION ${CMAKE_INSTALL_LIBDIR}/pkgconfig)

install(DIRECTORY ${PROJECT_SOURCE_DIR}/python/stepcache DESTINATION ${STEPCACHE_INSTALL_PYTHONDIR}
        FILES_MATCHING PATTERN "*.py")
