// Private: the HTTP front end's worker pool.
//
// cpp-httplib serves each connection on one worker for as long as the
// connection stays open (keep-alive included), so a fixed pool of N workers
// answers at most N clients: the (N+1)-th connection waits until another
// closes or idles out. WorkerPool keeps `core` workers always and adds one
// whenever a connection arrives with no idle worker, up to `max`; a worker
// beyond the core exits after `idle_exit` without work. Beyond `max`,
// connections queue (and are answered as workers free up).
//
// Thread-safety: enqueue and shutdown may be called from any thread;
// shutdown runs every queued job, then joins every worker.
#ifndef STEPCACHE_SERVER_SRC_WORKER_POOL_H_
#define STEPCACHE_SERVER_SRC_WORKER_POOL_H_

#include <chrono>
#include <condition_variable>
#include <cstddef>
#include <deque>
#include <functional>
#include <list>
#include <mutex>
#include <thread>

#include <httplib.h>

namespace stepcache::server::internal {

class WorkerPool final : public httplib::TaskQueue {
 public:
  WorkerPool(std::size_t core, std::size_t max, std::chrono::milliseconds idle_exit);
  ~WorkerPool() override;
  WorkerPool(const WorkerPool&) = delete;
  WorkerPool& operator=(const WorkerPool&) = delete;

  void enqueue(std::function<void()> fn) override;
  void shutdown() override;

  // For tests and metrics: workers alive now, and the most ever alive.
  std::size_t workers() const;
  std::size_t peak_workers() const;

 private:
  struct Worker {
    std::thread thread;
    bool finished = false;
  };
  void StartWorkerLocked(bool core);
  void Run(std::list<Worker>::iterator self, bool core);
  void ReapLocked();  // joins workers that exited

  const std::size_t core_;
  const std::size_t max_;
  const std::chrono::milliseconds idle_exit_;
  mutable std::mutex mu_;
  std::condition_variable cv_;
  std::deque<std::function<void()>> jobs_;
  std::list<Worker> workers_;
  std::size_t alive_ = 0;
  std::size_t idle_ = 0;
  std::size_t peak_ = 0;
  bool shutdown_ = false;
};

}  // namespace stepcache::server::internal

#endif  // STEPCACHE_SERVER_SRC_WORKER_POOL_H_
