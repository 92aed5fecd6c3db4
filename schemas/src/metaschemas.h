// Built-in metaschema documents (see metaschemas.cc for their source).
#ifndef STEPCACHE_SCHEMAS_SRC_METASCHEMAS_H_
#define STEPCACHE_SCHEMAS_SRC_METASCHEMAS_H_

#include <cstddef>

namespace stepcache::schemas {

struct BuiltinDocument {
  const char* uri;   // absolute, no fragment
  const char* json;  // the document text
};

// All built-in documents; *count receives their number. Static storage.
const BuiltinDocument* BuiltinDocuments(std::size_t* count);

}  // namespace stepcache::schemas

#endif  // STEPCACHE_SCHEMAS_SRC_METASCHEMAS_H_
