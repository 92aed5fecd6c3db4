# Every dependency comes from Debian 12's packages (scripts/install-deps installs them).
find_package(PkgConfig REQUIRED)
find_package(Threads REQUIRED)

# RapidJSON's config only sets RAPIDJSON_INCLUDE_DIRS: wrap it in a target.
find_package(RapidJSON REQUIRED)
add_library(stepcache_rapidjson INTERFACE)
target_include_directories(stepcache_rapidjson SYSTEM INTERFACE ${RAPIDJSON_INCLUDE_DIRS})
target_compile_definitions(stepcache_rapidjson INTERFACE RAPIDJSON_HAS_STDSTRING=1)
add_library(stepcache::rapidjson ALIAS stepcache_rapidjson)

# RE2 ships no CMake config.
pkg_check_modules(RE2 REQUIRED IMPORTED_TARGET re2)
# PCRE2 runs the patterns RE2 cannot (look-around, back-references), bounded.
pkg_check_modules(PCRE2 REQUIRED IMPORTED_TARGET libpcre2-8)

find_package(valijson REQUIRED)          # target: valijson
find_package(pegtl REQUIRED)             # target: taocpp::pegtl
find_package(CLI11 REQUIRED)             # target: CLI11::CLI11
find_package(SQLite3 REQUIRED)           # target: SQLite::SQLite3
pkg_check_modules(HTTPLIB REQUIRED IMPORTED_TARGET cpp-httplib)
# hiredis (Debian's libhiredis-dev) ships no CMake config: the Redis store's client.
pkg_check_modules(HIREDIS REQUIRED IMPORTED_TARGET hiredis)

if(STEPCACHE_BUILD_TESTS)
  find_package(GTest REQUIRED)           # GTest::gtest_main
endif()
if(STEPCACHE_BUILD_BENCH)
  find_package(benchmark REQUIRED)       # benchmark::benchmark_main
endif()
