// The JSON forms of requests, engine options and responses (json_io.h) that
// `stepcache run` and the C API share: every member lands in its field,
// and what is left out keeps the defaults.
#include "stepcache/engine/json_io.h"

#include <cmath>
#include <limits>

#include <gtest/gtest.h>

#include "stepcache/schemas/json.h"

namespace stepcache::engine {
namespace {

TEST(JsonIoTest, RequestCarriesEveryMember) {
  Request r;
  std::string error;
  ASSERT_TRUE(RequestFromJson(R"({"id": "7", "task": "json_extract", "prompt": "p\u00e9",
      "tenant": "acme", "model": "m1", "schema": {"type": "object"},
      "params": {"temperature": 0.5, "max_tokens": 64, "seed": 3, "stop": ["\n"]},
      "expect": {"json": {}}, "perturbation": "base"})",
                              &r, &error))
      << error;
  EXPECT_EQ(r.id, "7");
  EXPECT_EQ(r.task, "json_extract");
  EXPECT_EQ(r.prompt, "p\xc3\xa9");
  EXPECT_EQ(r.tenant, "acme");
  EXPECT_EQ(r.model, "m1");
  EXPECT_EQ(r.schema_json, R"({"type":"object"})");
  EXPECT_EQ(r.params.temperature, 0.5);
  EXPECT_EQ(r.params.max_tokens, 64);
  ASSERT_TRUE(r.params.seed.has_value());
  EXPECT_EQ(*r.params.seed, 3);
  EXPECT_EQ(r.params.stop, std::vector<std::string>{"\n"});

  Request minimal;
  ASSERT_TRUE(RequestFromJson(R"({"task": "t", "prompt": ""})", &minimal, &error)) << error;
  EXPECT_TRUE(minimal.schema_json.empty());
  EXPECT_EQ(minimal.params.max_tokens, SamplingParams{}.max_tokens);
  EXPECT_FALSE(RequestFromJson(R"({"task": "", "prompt": "p"})", &minimal, &error));
  EXPECT_NE(error.find("/task"), std::string::npos);
  EXPECT_FALSE(RequestFromJson(R"({"task": "t", "prompt": "p", "params": {"top_k": 1}})", &minimal,
                               &error));
  EXPECT_NE(error.find("/params"), std::string::npos) << error;
}

TEST(JsonIoTest, OptionsMapOntoEngineOptions) {
  Options o;
  std::string error;
  ASSERT_TRUE(OptionsFromJson(R"({"backend": "sim:seed=9", "store": "sqlite:/tmp/x.db",
      "rules": "/r", "model": "m", "enable_cache": false, "capacity": 12, "ttl_seconds": 30,
      "similarity_threshold": 0.25, "sqlite_full_sync": true, "timeout": 9.5,
      "connect_timeout": 2, "retries": 0, "seed": 5, "realtime": true, "time_scale": 0.5,
      "api_key_env": "KEY"})",
                              &o, &error))
      << error;
  EXPECT_EQ(o.backend, "sim:seed=9");
  EXPECT_EQ(o.store, "sqlite:/tmp/x.db");
  EXPECT_EQ(o.rules_dir, "/r");
  EXPECT_EQ(o.model, "m");
  EXPECT_FALSE(o.enable_cache);
  EXPECT_EQ(o.store_options.capacity, 12u);
  EXPECT_EQ(o.store_options.ttl_seconds, 30);
  EXPECT_EQ(o.store_options.similarity_threshold, 0.25);
  EXPECT_TRUE(o.store_options.sqlite_full_sync);
  EXPECT_EQ(o.backend_options.read_timeout_s, 9.5);
  EXPECT_EQ(o.backend_options.connect_timeout_s, 2);
  EXPECT_EQ(o.backend_options.max_retries, 0);
  EXPECT_EQ(o.backend_options.seed, 5u);
  EXPECT_TRUE(o.backend_options.realtime);
  EXPECT_EQ(o.backend_options.time_scale, 0.5);
  EXPECT_EQ(o.backend_options.api_key_env, "KEY");

  Options defaults;
  ASSERT_TRUE(OptionsFromJson(R"({"ttl": 60})", &defaults, &error)) << error;
  EXPECT_EQ(defaults.store_options.ttl_seconds, 60);
  EXPECT_EQ(defaults.backend, Options{}.backend);
  EXPECT_EQ(defaults.store_options.capacity, StoreOptions{}.capacity);
  for (const char* bad : {R"({"similarity_threshold": 1.5})", R"({"retries": 1000})",
                          R"({"ttl": 1e300})", R"({"connect_timeout": -1})", R"({"seed": -2})"}) {
    EXPECT_FALSE(OptionsFromJson(bad, &defaults, &error)) << bad;
    EXPECT_NE(error.find(" at /"), std::string::npos) << error;
  }
}

TEST(JsonIoTest, ResponseLine) {
  Response ok;
  ok.ok = true;
  ok.output = "x = 2";
  ok.metrics.path = Path::kReuse;
  ok.metrics.reused_tokens = 4;
  ok.metrics.latency_s = std::numeric_limits<double>::infinity();  // JSON has none: null
  rapidjson::Document doc;
  ASSERT_TRUE(ParseJson(ResponseToJson(ok, "id1"), doc));
  EXPECT_STREQ(doc["id"].GetString(), "id1");
  EXPECT_TRUE(doc["ok"].GetBool());
  EXPECT_STREQ(doc["path"].GetString(), "reuse");
  EXPECT_STREQ(doc["output"].GetString(), "x = 2");
  EXPECT_EQ(doc["reused_tokens"].GetInt64(), 4);
  EXPECT_TRUE(doc["latency_s"].IsNull());
  EXPECT_FALSE(doc.HasMember("error"));

  Response failed;
  failed.error = "backend down";
  ASSERT_TRUE(ParseJson(ResponseToJson(failed, ""), doc));
  EXPECT_FALSE(doc.HasMember("id"));
  EXPECT_FALSE(doc["ok"].GetBool());
  EXPECT_TRUE(doc["output"].IsNull());
  EXPECT_STREQ(doc["error"].GetString(), "backend down");
}

}  // namespace
}  // namespace stepcache::engine
