// The front end's connection handling: kept-alive clients that sit idle do
// not lock others out (the worker pool grows past --threads), a burst of new
// connections is accepted (listen backlog), and the pool shrinks back and
// stops cleanly. Real sockets on loopback; no timing assertions beyond "the
// answer came before the keep-alive timeout would have freed a worker".
#include <arpa/inet.h>
#include <netinet/in.h>
#include <sys/socket.h>
#include <unistd.h>

#include <chrono>
#include <memory>
#include <string>
#include <thread>
#include <vector>

#include <gtest/gtest.h>
#include <httplib.h>

#include "stepcache/engine/engine.h"
#include "stepcache/server/server.h"

namespace stepcache::server {
namespace {

// An open TCP connection that sends one kept-alive request, reads the
// answer, then stays open and idle (what pooled HTTP clients do).
class IdleKeptAlive {
 public:
  explicit IdleKeptAlive(int port) {
    fd_ = ::socket(AF_INET, SOCK_STREAM, 0);
    sockaddr_in addr{};
    addr.sin_family = AF_INET;
    addr.sin_port = htons(static_cast<std::uint16_t>(port));
    addr.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    ok_ = ::connect(fd_, reinterpret_cast<sockaddr*>(&addr), sizeof addr) == 0;
    const std::string req = "GET /healthz HTTP/1.1\r\nHost: x\r\nConnection: keep-alive\r\n\r\n";
    ok_ = ok_ && ::send(fd_, req.data(), req.size(), 0) == static_cast<ssize_t>(req.size());
    char buf[512];
    ok_ = ok_ && ::recv(fd_, buf, sizeof buf, 0) > 0;  // the answer's first bytes
  }
  ~IdleKeptAlive() { ::close(fd_); }
  bool ok() const { return ok_; }

 private:
  int fd_ = -1;
  bool ok_ = false;
};

struct Running {
  std::unique_ptr<engine::Engine> engine;
  std::unique_ptr<Server> server;
  explicit Running(ServerOptions options) {
    std::string error;
    engine::Options eo;  // the simulated model, an in-memory store
    engine = engine::Engine::Open(eo, &error);
    EXPECT_NE(engine, nullptr) << error;
    server = std::make_unique<Server>(options, *engine);
    EXPECT_TRUE(server->Start(&error)) << error;
  }
};

TEST(ServerConnections, IdleKeptAliveClientsDoNotLockOthersOut) {
  ServerOptions options;
  options.threads = 2;
  options.max_threads = 64;
  Running r(options);
  std::vector<std::unique_ptr<IdleKeptAlive>> idle;
  for (int i = 0; i < 6; ++i) {  // three times the core workers, all held open
    idle.push_back(std::make_unique<IdleKeptAlive>(r.server->port()));
    ASSERT_TRUE(idle.back()->ok()) << i;
  }
  httplib::Client c("127.0.0.1", r.server->port());
  c.set_read_timeout(30, 0);
  const auto t0 = std::chrono::steady_clock::now();
  auto res = c.Get("/healthz");
  const double waited = std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count();
  ASSERT_TRUE(res);
  EXPECT_EQ(res->status, 200);
  // A fixed pool of 2 would have answered only when a held connection hit
  // the 5 s keep-alive timeout.
  EXPECT_LT(waited, 3.0);
}

TEST(ServerConnections, ABurstOfNewConnectionsIsAccepted) {
  ServerOptions options;
  options.threads = 2;
  Running r(options);
  std::vector<std::thread> clients;
  std::atomic<int> answered{0};
  for (int i = 0; i < 48; ++i) {
    clients.emplace_back([&] {
      httplib::Client c("127.0.0.1", r.server->port());
      c.set_connection_timeout(10, 0);
      c.set_read_timeout(30, 0);
      auto res = c.Get("/healthz");
      if (res && res->status == 200) ++answered;
    });
  }
  for (auto& t : clients) t.join();
  EXPECT_EQ(answered.load(), 48);
}

TEST(ServerConnections, StopsWithConnectionsStillOpen) {
  ServerOptions options;
  options.threads = 1;
  options.max_threads = 8;
  Running r(options);
  std::vector<std::unique_ptr<IdleKeptAlive>> idle;
  for (int i = 0; i < 4; ++i) idle.push_back(std::make_unique<IdleKeptAlive>(r.server->port()));
  const auto t0 = std::chrono::steady_clock::now();
  r.server->Stop();  // must not hang on the idle connections or leak workers
  const double took = std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count();
  EXPECT_LT(took, 15.0);
}

}  // namespace
}  // namespace stepcache::server
