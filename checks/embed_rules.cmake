# Writes OUT, a C++ source embedding every RULES_DIR/*.json as a raw string
# literal, so the built-in task rules travel inside the library and the CLI
# works from any directory. Run at build time by checks/CMakeLists.txt.
file(GLOB _files "${RULES_DIR}/*.json")
list(SORT _files)
set(_entries "")
foreach(_f IN LISTS _files)
  get_filename_component(_name "${_f}" NAME_WE)
  if(NOT _name MATCHES "^[A-Za-z0-9_-]+$")
    message(FATAL_ERROR "${_f}: rules file names must be [A-Za-z0-9_-]+.json")
  endif()
  file(READ "${_f}" _text)
  string(FIND "${_text}" ")stepcache_rules\"" _clash)
  if(NOT _clash EQUAL -1)
    message(FATAL_ERROR "${_f}: contains the raw-string delimiter )stepcache_rules\"")
  endif()
  string(APPEND _entries "      {\"${_name}\", R\"stepcache_rules(${_text})stepcache_rules\"},\n")
endforeach()
set(_out "// Generated from rules/*.json by checks/embed_rules.cmake. Do not edit.
#include \"task_rules_impl.h\"

namespace stepcache::checks::internal {

const std::vector<BuiltinRule>& BuiltinRules() {
  static const std::vector<BuiltinRule> kRules = {
${_entries}  };
  return kRules;
}

}  // namespace stepcache::checks::internal
")
file(WRITE "${OUT}.tmp" "${_out}")
file(COPY_FILE "${OUT}.tmp" "${OUT}" ONLY_IF_DIFFERENT)
file(REMOVE "${OUT}.tmp")
