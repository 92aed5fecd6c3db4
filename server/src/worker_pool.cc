#include "worker_pool.h"

#include <algorithm>
#include <utility>

namespace stepcache::server::internal {

WorkerPool::WorkerPool(std::size_t core, std::size_t max, std::chrono::milliseconds idle_exit)
    : core_(std::max<std::size_t>(1, core)), max_(std::max(core_, max)), idle_exit_(idle_exit) {
  std::lock_guard<std::mutex> lock(mu_);
  for (std::size_t i = 0; i < core_; ++i) StartWorkerLocked(true);
}

WorkerPool::~WorkerPool() { shutdown(); }

void WorkerPool::StartWorkerLocked(bool core) {
  workers_.emplace_back();
  auto self = std::prev(workers_.end());
  ++alive_;
  ++idle_;  // counted idle until it takes a job
  peak_ = std::max(peak_, alive_);
  self->thread = std::thread([this, self, core] { Run(self, core); });
}

void WorkerPool::ReapLocked() {
  for (auto it = workers_.begin(); it != workers_.end();) {
    if (it->finished) {
      it->thread.join();  // it has left Run: the join is immediate
      it = workers_.erase(it);
    } else {
      ++it;
    }
  }
}

void WorkerPool::enqueue(std::function<void()> fn) {
  {
    std::lock_guard<std::mutex> lock(mu_);
    if (shutdown_) return;
    jobs_.push_back(std::move(fn));
    ReapLocked();
    // Every queued job needs its own idle worker, or it waits behind a
    // connection that may stay open for seconds.
    if (jobs_.size() > idle_ && alive_ < max_) StartWorkerLocked(false);
  }
  cv_.notify_one();
}

void WorkerPool::Run(std::list<Worker>::iterator self, bool core) {
  std::unique_lock<std::mutex> lock(mu_);
  for (;;) {
    const auto has_work = [this] { return !jobs_.empty() || shutdown_; };
    if (core) {
      cv_.wait(lock, has_work);
    } else if (!cv_.wait_for(lock, idle_exit_, has_work)) {
      break;  // an extra worker with nothing to do for idle_exit: leave
    }
    if (jobs_.empty()) break;  // shutdown with nothing left to run
    std::function<void()> job = std::move(jobs_.front());
    jobs_.pop_front();
    --idle_;
    lock.unlock();
    job();
    job = nullptr;  // release what the job captured before taking the lock
    lock.lock();
    ++idle_;
  }
  --idle_;
  --alive_;
  self->finished = true;
}

void WorkerPool::shutdown() {
  std::list<Worker> all;
  {
    std::lock_guard<std::mutex> lock(mu_);
    if (shutdown_ && workers_.empty()) return;
    shutdown_ = true;
  }
  cv_.notify_all();
  // Workers finish the queued jobs, then leave; none is started any more.
  {
    std::lock_guard<std::mutex> lock(mu_);
    all.splice(all.end(), workers_);
  }
  for (Worker& w : all) {
    if (w.thread.joinable()) w.thread.join();
  }
}

std::size_t WorkerPool::workers() const {
  std::lock_guard<std::mutex> lock(mu_);
  return alive_;
}

std::size_t WorkerPool::peak_workers() const {
  std::lock_guard<std::mutex> lock(mu_);
  return peak_;
}

}  // namespace stepcache::server::internal
