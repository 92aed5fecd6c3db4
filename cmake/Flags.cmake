add_compile_options(-Wall -Wextra -Wno-unused-parameter)

if(STEPCACHE_SANITIZE)
  # RapidJSON's internal stack does pointer arithmetic UBSan flags as overflow.
  set(_san -fsanitize=address,undefined -fno-sanitize=pointer-overflow
           -fno-sanitize-recover=undefined -fno-omit-frame-pointer)
  add_compile_options(${_san})
  add_link_options(${_san})
endif()

# STEPCACHE_FUZZ adds the libFuzzer targets to a sanitizer build made with
# clang: one build serves the sanitizer tests and the fuzzers (CI used to
# build every module a second time for them). The modules and the fuzz
# targets carry libFuzzer's coverage instrumentation; the tests and the CLI
# do not, and outside a fuzzer the sanitizer runtime's empty coverage hooks
# answer the modules' calls.
if(STEPCACHE_FUZZ)
  if(NOT CMAKE_CXX_COMPILER_ID MATCHES "Clang")
    message(FATAL_ERROR "STEPCACHE_FUZZ needs clang (CXX=clang++-14)")
  endif()
  if(NOT STEPCACHE_SANITIZE)
    message(FATAL_ERROR "STEPCACHE_FUZZ builds on STEPCACHE_SANITIZE=ON")
  endif()
  set(STEPCACHE_COVERAGE -fsanitize=fuzzer-no-link)
endif()

# stepcache_library(NAME SOURCES... DEPS ...): one module = one target with
# public headers under <module>/include.
function(stepcache_library name)
  cmake_parse_arguments(A "" "" "SOURCES;DEPS" ${ARGN})
  if(A_SOURCES)
    add_library(stepcache_${name} STATIC ${A_SOURCES})
    target_include_directories(stepcache_${name} PUBLIC ${CMAKE_CURRENT_SOURCE_DIR}/include
                                                PRIVATE ${CMAKE_CURRENT_SOURCE_DIR}/src)
    target_link_libraries(stepcache_${name} PUBLIC ${A_DEPS})
    target_compile_options(stepcache_${name} PRIVATE ${STEPCACHE_COVERAGE})
    # Module objects also go into libstepcache.so (capi/), which must be
    # position-independent and export only the C API.
    set_target_properties(stepcache_${name} PROPERTIES POSITION_INDEPENDENT_CODE ON
                          CXX_VISIBILITY_PRESET hidden VISIBILITY_INLINES_HIDDEN ON)
  else()  # a module whose sources have not landed yet: headers only
    add_library(stepcache_${name} INTERFACE)
    target_include_directories(stepcache_${name} INTERFACE ${CMAKE_CURRENT_SOURCE_DIR}/include)
    target_link_libraries(stepcache_${name} INTERFACE ${A_DEPS})
  endif()
  add_library(stepcache::${name} ALIAS stepcache_${name})
endfunction()

# stepcache_test(NAME [OPTIMIZED] SOURCES... DEPS ...): one GoogleTest binary,
# each TEST a ctest test. OPTIMIZED: the test's own code does the work it
# times (reads the red-team corpus, builds variants), so it keeps the
# configuration's optimisation and a precompiled header of its own.
function(stepcache_test name)
  cmake_parse_arguments(A "OPTIMIZED" "" "SOURCES;DEPS" ${ARGN})
  add_executable(${name} ${A_SOURCES})
  target_link_libraries(${name} PRIVATE ${A_DEPS} GTest::gtest GTest::gtest_main)
  # GoogleTest's header is parsed once per configuration, not once per test
  # binary: the first test precompiles it and the others reuse that (CI builds
  # every test twice, release and ASan, on two cores).
  # (An OPTIMIZED test's flags differ, so it precompiles its own.)
  get_property(_pch GLOBAL PROPERTY STEPCACHE_TEST_PCH)
  if(_pch AND NOT A_OPTIMIZED)
    target_precompile_headers(${name} REUSE_FROM ${_pch})
  else()
    target_precompile_headers(${name} PRIVATE <gtest/gtest.h> <string> <vector>)
    if(NOT A_OPTIMIZED)
      set_property(GLOBAL PROPERTY STEPCACHE_TEST_PCH ${name})
    endif()
  endif()
  target_compile_definitions(${name} PRIVATE
      STEPCACHE_SOURCE_DIR="${PROJECT_SOURCE_DIR}"
      STEPCACHE_BINARY_DIR="${PROJECT_BINARY_DIR}")
  # What a test scales by under the sanitizers, named the same for g++ and
  # clang (clang 14 does not define g++'s __SANITIZE_ADDRESS__).
  if(STEPCACHE_SANITIZE)
    target_compile_definitions(${name} PRIVATE STEPCACHE_SANITIZED=1)
  endif()
  # A test's own code is compiled unoptimised in every configuration (the
  # modules it tests keep the configuration's -O3 or -O1): optimised, the
  # test objects were about a third of CI's build time (evidence_test.cc:
  # 36 s at -O2 and 101 s at -O1 with the sanitizers, 13 s and 32 s at -O0),
  # and the time a test takes is the modules' time, not its own.
  if(NOT A_OPTIMIZED)
    target_compile_options(${name} PRIVATE -O0)
  endif()
  gtest_discover_tests(${name} DISCOVERY_TIMEOUT 60 PROPERTIES TIMEOUT 600)
endfunction()

# stepcache_fuzzer(NAME SOURCE DEPS ...): a libFuzzer target, run in CI for a short seeded time.
function(stepcache_fuzzer name)
  cmake_parse_arguments(A "" "" "SOURCES;DEPS" ${ARGN})
  add_executable(${name} ${A_SOURCES})
  target_link_libraries(${name} PRIVATE ${A_DEPS})
  target_compile_options(${name} PRIVATE ${STEPCACHE_COVERAGE})
  target_link_options(${name} PRIVATE -fsanitize=fuzzer)
endfunction()

# stepcache_benchmark(NAME SOURCES... DEPS ...): a Google Benchmark binary.
function(stepcache_benchmark name)
  cmake_parse_arguments(A "" "" "SOURCES;DEPS" ${ARGN})
  add_executable(${name} ${A_SOURCES})
  target_link_libraries(${name} PRIVATE ${A_DEPS} benchmark::benchmark benchmark::benchmark_main)
  target_compile_definitions(${name} PRIVATE STEPCACHE_SOURCE_DIR="${PROJECT_SOURCE_DIR}")
endfunction()
