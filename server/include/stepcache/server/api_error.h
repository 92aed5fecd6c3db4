// An error as the OpenAI API reports it: an HTTP status and the body
//   {"error": {"message": "...", "type": "...", "param": "..."|null, "code": "..."|null}}
// Value type; the functions are pure and thread-safe.
#ifndef STEPCACHE_SERVER_API_ERROR_H_
#define STEPCACHE_SERVER_API_ERROR_H_

#include <string>

namespace stepcache::server {

struct ApiError {
  int status = 400;
  std::string message;                       // one line
  std::string type = "invalid_request_error";  // or authentication_error, server_error, ...
  std::string param;                         // the field at fault ("messages[1].content"); "" = null
  std::string code;                          // machine-readable code; "" = null
  int retry_after_s = 0;                     // > 0: sent as Retry-After (429, 503)
};

// The JSON body of `error` (one line).
std::string ApiErrorBody(const ApiError& error);

// Shorthands for the common cases. BadRequest adds to `message` where the
// body went wrong as a JSON Pointer ("messages[0].content" -> " (at
// /messages/0/content)") unless `param` is empty or names a header ("X-...").
ApiError BadRequest(std::string message, std::string param, std::string code = "");

}  // namespace stepcache::server

#endif  // STEPCACHE_SERVER_API_ERROR_H_
