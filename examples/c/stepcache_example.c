/* StepCache from C, built against the installed library with pkg-config
   (see the Makefile beside this file):

     cc stepcache_example.c $(pkg-config --cflags --libs stepcache)

   It plays a cache's post-hook: another cache returned a stored answer for
   a request; before handing it out, StepCache repairs it locally, validates
   it against the request's schema and checks it against the request's
   prompt. Then it serves requests through StepCache's own engine.
   Exits 0 only when every result is the one expected. */
#include <stdio.h>
#include <string.h>

#include <stepcache/c.h>

static int failures = 0;

static void expect(int ok, const char* what) {
  printf("%s: %s\n", ok ? "ok  " : "FAIL", what);
  if (!ok) ++failures;
}

int main(void) {
  const char* schema =
      "{\"type\": \"object\", \"properties\": {\"name\": {\"type\": \"string\"},"
      " \"age\": {\"type\": \"integer\"}}, \"required\": [\"name\", \"age\"]}";
  const char* prompt = "Extract name and age as JSON.\nText:\nName: Ann Lee\nAge: 31\n";
  /* What the other cache had stored: fenced, single-quoted, age as a string. */
  const char* cached = "Here you go:\n```json\n{'name': 'Ann Lee', 'age': '31',}\n```";

  printf("libstepcache %s\n", stepcache_version());

  char* log = NULL;
  char* repaired = stepcache_repair(cached, schema, &log);
  expect(repaired != NULL, "the cached answer repairs locally");
  if (!repaired) {
    fprintf(stderr, "repair: %s\n", log ? log : "out of memory");
    stepcache_string_free(log);
    return 1;
  }
  printf("      repaired: %s\n      fixes: %s\n", repaired, log);
  stepcache_string_free(log);

  char* errors = NULL;
  int valid = stepcache_validate(schema, repaired, &errors);
  expect(valid == 1, "the repaired answer validates against the schema");
  stepcache_string_free(errors);

  char* verdict = NULL;
  int pass = stepcache_check("json_extract", prompt, schema, repaired, &verdict);
  expect(pass == 1, "the repaired answer is grounded in the prompt");
  stepcache_string_free(verdict);

  /* The same answer is wrong for a request about someone else. */
  pass = stepcache_check("json_extract", "Extract name and age as JSON.\nText:\nName: Bo Chen\nAge: 44\n",
                         schema, repaired, &verdict);
  expect(pass == 0, "a stale answer for another prompt is rejected");
  stepcache_string_free(verdict);
  stepcache_string_free(repaired);

  /* Bad input is an error string, never a crash. */
  valid = stepcache_validate(schema, "{\"name\": ", &errors);
  expect(valid == -1 && errors && strstr(errors, "instance_json") != NULL,
         "malformed JSON is reported, naming the argument");
  stepcache_string_free(errors);

  /* StepCache's own engine, on the simulated backend. */
  char* error = NULL;
  stepcache_engine_t* engine = stepcache_engine_new("{\"backend\": \"sim\", \"store\": \"memory\"}", &error);
  expect(engine != NULL, "the engine opens");
  if (!engine) {
    fprintf(stderr, "engine: %s\n", error ? error : "out of memory");
    stepcache_string_free(error);
    return 1;
  }
  const char* request = "{\"task\": \"linear_equation\", \"prompt\": \"Solve for x: 4x - 2 = 10.\"}";
  for (int round = 0; round < 2; ++round) {
    char* response = stepcache_serve(engine, request, &error);
    expect(response != NULL && strstr(response, "\"ok\":true") != NULL, "the request is served");
    if (response) printf("      %s\n", response);
    if (round == 1) {
      expect(response && strstr(response, "\"path\":\"reuse\"") != NULL,
             "the repeated request is reused (no model call)");
    }
    stepcache_string_free(response);
    stepcache_string_free(error);
  }
  stepcache_engine_free(engine);

  printf("%s\n", failures ? "c example: FAILED" : "c example: all ok");
  return failures ? 1 : 0;
}
