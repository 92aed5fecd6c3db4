// The native-stack guard: on the main thread its bound comes from
// RLIMIT_STACK and the process stack's top (no /proc/self/maps read), on
// other threads from pthread; either way deep schemas and instances end in a
// clean error, never a stack overflow, on the main thread and on threads with
// small stacks.
#include "stepcache/schemas/schema.h"

#include <pthread.h>
#include <sys/resource.h>
#include <sys/syscall.h>
#include <unistd.h>

#include <cstdint>
#include <string>

#include <gtest/gtest.h>

#include "../../schemas/src/stack_guard.h"
#include "stepcache/schemas/json.h"

extern "C" void* __libc_stack_end;

namespace stepcache::schemas {
namespace {

bool OnMainThread() { return static_cast<long>(getpid()) == syscall(SYS_gettid); }

std::uintptr_t Here() { return reinterpret_cast<std::uintptr_t>(__builtin_frame_address(0)); }

// Recurses with a 1 KiB frame until the guard reports exhaustion; records the
// lowest frame reached. Returns the depth.
__attribute__((noinline)) int DescendUntilExhausted(const StackGuard& guard, std::uintptr_t* lowest) {
  volatile char frame[1024];
  frame[0] = 1;
  const std::uintptr_t here = Here();
  if (here < *lowest) *lowest = here;
  if (guard.Exhausted()) return frame[0] - 1;
  const int below = DescendUntilExhausted(guard, lowest);
  frame[1023] = 1;
  return below + frame[0] + frame[1023] - 1;  // not a tail call
}

// The main thread may use its whole RLIMIT_STACK less the reserve: more than
// the 1 MiB fallback, never past the limit.
TEST(StackGuard, MainThreadUsesTheStackLimit) {
  if (!OnMainThread()) GTEST_SKIP() << "tests do not run on the main thread";
  rlimit limit;
  ASSERT_EQ(getrlimit(RLIMIT_STACK, &limit), 0);
  if (limit.rlim_cur == RLIM_INFINITY || limit.rlim_cur < (4u << 20) || limit.rlim_cur > (128u << 20))
    GTEST_SKIP() << "RLIMIT_STACK outside 4..128 MiB: " << limit.rlim_cur;
  const std::size_t reserve = 256 * 1024;
  const std::uintptr_t top = reinterpret_cast<std::uintptr_t>(__libc_stack_end);
  const std::uintptr_t start = Here();
  ASSERT_LT(start, top);
  StackGuard guard(reserve);
  std::uintptr_t lowest = start;
  const int depth = DescendUntilExhausted(guard, &lowest);
  EXPECT_GT(depth, 0);
  // Not the 1 MiB fallback budget: the guard let the walk go deeper than that.
  EXPECT_GT(start - lowest, std::uintptr_t{1} << 20) << "depth " << depth;
  // And it stopped with the reserve still unused above the kernel's limit.
  EXPECT_GT(lowest, top + 4096 - limit.rlim_cur + reserve / 2) << "depth " << depth;
  EXPECT_LT(top - lowest, limit.rlim_cur);
  // glibc's own answer (from /proc/self/maps) agrees: the guard stops within
  // the reserve of its base, and at most the size of argv and the
  // environment (a little above the initial stack pointer) earlier.
  pthread_attr_t attr;
  ASSERT_EQ(pthread_getattr_np(pthread_self(), &attr), 0);
  void* addr = nullptr;
  std::size_t size = 0;
  ASSERT_EQ(pthread_attr_getstack(&attr, &addr, &size), 0);
  pthread_attr_destroy(&attr);
  const auto base = reinterpret_cast<std::uintptr_t>(addr);
  // (Slack: the last frame, whose size sanitizers change, may start above the
  // limit and reach below it.)
  EXPECT_GE(lowest + (16u << 10), base + reserve);
  EXPECT_LT(lowest, base + reserve + (512u << 10)) << "lowest " << lowest << " glibc base " << base;
}

struct Outcome {
  bool deep_schema_failed = false;
  std::string deep_schema_message;
  bool deep_instance_valid = true;
  std::string deep_instance_keyword;
  bool shallow_compiled = false;
  bool shallow_valid = false;
};

struct Job {
  const rapidjson::Document* deep_schema;
  const rapidjson::Document* shallow_schema;
  const Schema* recursive;
  const rapidjson::Document* deep_instance;
  const rapidjson::Document* shallow_instance;
  Outcome out;
};

// Compiles a deep and a shallow schema and validates a deep and a shallow
// instance with every depth limit lifted, so only the stack guard stops the
// walks. The documents are built and freed by the caller (their destructors
// recurse).
void RunJob(Job* job) {
  CompileOptions lifted_compile;
  lifted_compile.max_depth = 1000000;
  CompileError err;
  auto deep = Schema::Compile(*job->deep_schema, lifted_compile, &err);
  job->out.deep_schema_failed = deep == nullptr;
  job->out.deep_schema_message = err.message;
  ValidateOptions lifted;
  lifted.max_depth = 1000000;
  auto result = job->recursive->Validate(*job->deep_instance, lifted);
  job->out.deep_instance_valid = result.valid;
  if (!result.errors.empty()) job->out.deep_instance_keyword = result.errors[0].keyword;
  auto shallow = Schema::Compile(*job->shallow_schema, {}, &err);
  job->out.shallow_compiled = shallow != nullptr;
  job->out.shallow_valid = job->recursive->IsValid(*job->shallow_instance);
}

void RunOnThread(Job* job, std::size_t stack_size) {
  pthread_attr_t attr;
  ASSERT_EQ(pthread_attr_init(&attr), 0);
  ASSERT_EQ(pthread_attr_setstacksize(&attr, stack_size), 0);
  pthread_t thread;
  ASSERT_EQ(pthread_create(&thread, &attr,
                           [](void* arg) -> void* {
                             RunJob(static_cast<Job*>(arg));
                             return nullptr;
                           },
                           job),
            0);
  ASSERT_EQ(pthread_join(thread, nullptr), 0);
  pthread_attr_destroy(&attr);
}

class DeepNesting : public ::testing::Test {
 protected:
  void SetUp() override {
    deep_schema_.SetObject();
    rapidjson::Value* cur = &deep_schema_;
    for (int i = 0; i < 200000; ++i) {
      cur->AddMember("not", rapidjson::Value(rapidjson::kObjectType), deep_schema_.GetAllocator());
      cur = &(*cur)["not"];
    }
    deep_instance_.SetArray();
    cur = &deep_instance_;
    for (int i = 0; i < 200000; ++i) {
      cur->PushBack(rapidjson::Value(rapidjson::kArrayType), deep_instance_.GetAllocator());
      cur = &(*cur)[0];
    }
    JsonError jerr;
    ASSERT_TRUE(ParseJson(R"({"not": {"not": {"type": "array"}}})", shallow_schema_, &jerr));
    ASSERT_TRUE(ParseJson("[[], [[[]]]]", shallow_instance_, &jerr));
    rapidjson::Document recursive;
    ASSERT_TRUE(ParseJson(R"({"type": "array", "items": {"$ref": "#"}})", recursive, &jerr));
    CompileError err;
    recursive_ = Schema::Compile(recursive, {}, &err);
    ASSERT_NE(recursive_, nullptr) << err.ToString();
  }

  Job MakeJob() {
    return Job{&deep_schema_, &shallow_schema_, recursive_.get(), &deep_instance_, &shallow_instance_, {}};
  }

  static void ExpectCleanErrors(const Outcome& out) {
    EXPECT_TRUE(out.deep_schema_failed);
    EXPECT_NE(out.deep_schema_message.find("deep"), std::string::npos) << out.deep_schema_message;
    EXPECT_FALSE(out.deep_instance_valid);
    EXPECT_EQ(out.deep_instance_keyword, "depth");
  }

  rapidjson::Document deep_schema_, deep_instance_, shallow_schema_, shallow_instance_;
  std::unique_ptr<Schema> recursive_;
};

TEST_F(DeepNesting, MainThreadGivesCleanErrors) {
  Job job = MakeJob();
  RunJob(&job);
  // 200000 levels overflow any stack up to 32 MiB; a process given a much
  // larger main stack may walk them all, which is fine as long as it lives.
  rlimit limit;
  ASSERT_EQ(getrlimit(RLIMIT_STACK, &limit), 0);
  if (limit.rlim_cur != RLIM_INFINITY && limit.rlim_cur > (32u << 20)) {
    EXPECT_TRUE(job.out.deep_instance_valid || job.out.deep_instance_keyword == "depth");
    return;
  }
  ExpectCleanErrors(job.out);
  EXPECT_TRUE(job.out.shallow_compiled);
  EXPECT_TRUE(job.out.shallow_valid);
}

TEST_F(DeepNesting, DefaultThreadGivesCleanErrors) {
  Job job = MakeJob();
  RunOnThread(&job, 8u << 20);
  ExpectCleanErrors(job.out);
  EXPECT_TRUE(job.out.shallow_compiled);
  EXPECT_TRUE(job.out.shallow_valid);
}

TEST_F(DeepNesting, OneMebibyteThreadGivesCleanErrors) {
  Job job = MakeJob();
  RunOnThread(&job, 1u << 20);
  ExpectCleanErrors(job.out);
  EXPECT_TRUE(job.out.shallow_compiled);
  EXPECT_TRUE(job.out.shallow_valid);
}

// A stack no larger than the guard's reserve: nothing may descend at all,
// and everything that would ends in the same clean errors.
TEST_F(DeepNesting, TinyThreadGivesCleanErrors) {
  Job job = MakeJob();
  RunOnThread(&job, 256u << 10);
  ExpectCleanErrors(job.out);
}

}  // namespace
}  // namespace stepcache::schemas
