"""Replicas of `stepcache serve` sharing one Redis (and one Redis Cluster).

Real processes on loopback: `stepcache sim-server` is the model, two `serve`
processes are the replicas, Redis comes from scripts/redis-servers (plain and
a 3-master cluster; their addresses in STEPCACHE_TEST_REDIS and
STEPCACHE_TEST_REDIS_CLUSTER) or, for the kill-and-restart test, a private
redis-server this test starts and stops itself.

What must hold: what one replica caches, the other reuses (identical and
similar requests); two tenants never share; another response format, model
or temperature never shares; with Redis gone every request is still answered
right (no reuse, the metrics say so) and caching comes back with Redis; a
dead, failing or garbage-speaking backend gets an OpenAI error body, never a
crash; a client that leaves mid-stream does not hurt the server.

Standard library only (unittest, urllib, subprocess), so it runs wherever
python3 does. ctest passes the binary in STEPCACHE_BIN.
"""

import json
import os
import shutil
import socket
import subprocess
import tempfile
import time
import unittest
import urllib.error
import urllib.request
import uuid

BIN = os.environ.get("STEPCACHE_BIN", "")
REDIS = os.environ.get("STEPCACHE_TEST_REDIS", "")
CLUSTER = os.environ.get("STEPCACHE_TEST_REDIS_CLUSTER", "")
REDIS_SERVER = shutil.which("redis-server") or "/usr/bin/redis-server"

SCHEMA = {
    "type": "object",
    "properties": {"name": {"type": "string"}, "age": {"type": "integer"}},
    "required": ["name", "age"],
    "additionalProperties": False,
}


def free_port():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def wait_http(url, deadline_s=15.0):
    end = time.time() + deadline_s
    while time.time() < end:
        try:
            with urllib.request.urlopen(url, timeout=1) as r:
                if r.status == 200:
                    return
        except (urllib.error.URLError, OSError):
            pass
        time.sleep(0.05)
    raise AssertionError("nothing answered at " + url)


class Proc:
    """A child process that is always killed, with its stderr kept for failures."""

    def __init__(self, args, health_url=None):
        self.log = tempfile.TemporaryFile()
        self.p = subprocess.Popen(args, stdout=subprocess.DEVNULL, stderr=self.log)
        if health_url:
            try:
                wait_http(health_url)
            except AssertionError:
                self.stop()
                raise AssertionError("%s did not start: %s" % (args[:2], self.stderr()))

    def stderr(self):
        if self.log.closed:
            return ""
        self.log.seek(0)
        return self.log.read().decode("utf-8", "replace")[-2000:]

    def alive(self):
        return self.p.poll() is None

    def stop(self, sig_term=True):
        if self.p.poll() is None:
            if sig_term:
                self.p.terminate()
            else:
                self.p.kill()
            try:
                self.p.wait(timeout=20)
            except subprocess.TimeoutExpired:
                self.p.kill()
                self.p.wait()
        self.log.close()
        return self.p.returncode


def sim_server(*extra):
    port = free_port()
    proc = Proc([BIN, "sim-server", "--listen", "127.0.0.1:%d" % port, "--error-rate", "0", *extra])
    wait_tcp(port)
    return proc, "openai:http://127.0.0.1:%d/v1" % port


def wait_tcp(port, deadline_s=15.0):
    end = time.time() + deadline_s
    while time.time() < end:
        try:
            with socket.create_connection(("127.0.0.1", port), timeout=0.5):
                return
        except OSError:
            time.sleep(0.05)
    raise AssertionError("nothing listens on port %d" % port)


def serve(backend, store, *extra):
    port = free_port()
    base = "http://127.0.0.1:%d" % port
    proc = Proc([BIN, "serve", "--listen", "127.0.0.1:%d" % port, "--backend", backend,
                 "--store", store, *extra], health_url=base + "/healthz")
    return proc, base


def post(base, body, headers=None, path="/v1/chat/completions", timeout=30):
    data = json.dumps(body).encode()
    req = urllib.request.Request(base + path, data=data, method="POST",
                                 headers={"Content-Type": "application/json", **(headers or {})})
    try:
        with urllib.request.urlopen(req, timeout=timeout) as r:
            return r.status, {k.lower(): v for k, v in r.headers.items()}, json.loads(r.read())
    except urllib.error.HTTPError as e:
        raw = e.read()
        try:
            payload = json.loads(raw)
        except ValueError:
            payload = {"raw": raw.decode("utf-8", "replace")}
        return e.code, {k.lower(): v for k, v in e.headers.items()}, payload


def get_text(url):
    with urllib.request.urlopen(url, timeout=10) as r:
        return r.read().decode()


def extraction(name, age, **over):
    body = {
        "model": "sim-1",
        "temperature": 0,
        "messages": [{"role": "user", "content":
                      "Extract the person's name and age as JSON.\nText:\nName: %s\nAge: %d\n" % (name, age)}],
        "response_format": {"type": "json_schema",
                            "json_schema": {"name": "person", "strict": True, "schema": SCHEMA}},
    }
    body.update(over)
    return body


def answer(payload):
    return json.loads(payload["choices"][0]["message"]["content"])


class ReplicaBase:
    """Two replicas on one shared store; subclasses name the store."""

    store = ""

    @classmethod
    def setUpClass(cls):
        if not BIN:
            raise unittest.SkipTest("STEPCACHE_BIN is not set")
        if not cls.store:
            raise unittest.SkipTest("no Redis address in the environment (scripts/redis-servers start)")
        cls.keys = tempfile.NamedTemporaryFile("w", suffix=".keys", delete=False)
        cls.keys.write("# key tenant\nkey-alpha alpha\nkey-beta beta\n")
        cls.keys.close()
        cls.model, cls.backend = sim_server()
        cls.a, cls.base_a = serve(cls.backend, cls.store, "--keys", cls.keys.name)
        cls.b, cls.base_b = serve(cls.backend, cls.store, "--keys", cls.keys.name)
        # Entries from earlier runs on the same Redis must not answer this
        # run's first requests: every test request lives in a fresh namespace.
        cls.ns = uuid.uuid4().hex

    @classmethod
    def tearDownClass(cls):
        for p in ("a", "b", "model"):
            if hasattr(cls, p):
                getattr(cls, p).stop()
        if hasattr(cls, "keys"):
            os.unlink(cls.keys.name)

    def headers(self, key="key-alpha", **extra):
        h = {"Authorization": "Bearer " + key, "X-StepCache-Namespace": self.ns + self.id()}
        h.update(extra)
        return h

    def test_what_one_replica_caches_the_other_reuses(self):
        s, h, p = post(self.base_a, extraction("Ann Lee", 31), self.headers())
        self.assertEqual(s, 200, p)
        self.assertEqual(h["x-stepcache-path"], "skip")
        self.assertEqual(answer(p), {"name": "Ann Lee", "age": 31})
        s, h, p = post(self.base_b, extraction("Ann Lee", 31), self.headers())
        self.assertEqual(s, 200, p)
        self.assertEqual(h["x-stepcache-path"], "reuse")
        self.assertEqual(answer(p), {"name": "Ann Lee", "age": 31})
        self.assertIn("x-stepcache-age", h)

    def test_a_similar_request_cached_by_one_is_used_by_the_other(self):
        s, h, p = post(self.base_a, extraction("Bo Chen", 44), self.headers())
        self.assertEqual((s, h["x-stepcache-path"]), (200, "skip"), p)
        # Another age: the same template, one slot changed. Replica b finds
        # a's entry (retrieval state is shared), keeps the name and
        # regenerates (or licensedly rewrites) only the age.
        s, h, p = post(self.base_b, extraction("Bo Chen", 45), self.headers())
        self.assertEqual(s, 200, p)
        self.assertIn(h["x-stepcache-path"], ("reuse", "patch"))
        self.assertEqual(answer(p), {"name": "Bo Chen", "age": 45})

    def test_two_tenants_with_identical_prompts_never_share(self):
        s, h, p = post(self.base_a, extraction("Cy Dunn", 52), self.headers("key-alpha"))
        self.assertEqual((s, h["x-stepcache-path"]), (200, "skip"), p)
        s, h, p = post(self.base_b, extraction("Cy Dunn", 52), self.headers("key-beta"))
        self.assertEqual((s, h["x-stepcache-path"]), (200, "skip"), p)
        s, h, p = post(self.base_b, extraction("Cy Dunn", 52), self.headers("key-gamma"))
        self.assertEqual(s, 401, p)
        self.assertIn("error", p)

    def test_another_format_model_or_temperature_never_shares(self):
        s, h, p = post(self.base_a, extraction("Di Egan", 23), self.headers())
        self.assertEqual((s, h["x-stepcache-path"]), (200, "skip"), p)
        # Another schema may still be reached, but only through verification
        # against that schema (a server test covers it); another *kind* of
        # response format, another model or temperature is another partition.
        variants = [
            extraction("Di Egan", 23, model="sim-2"),
            extraction("Di Egan", 23, temperature=0.7),
            extraction("Di Egan", 23, response_format={"type": "json_object"},
                       stepcache={"task": "json_extract"}),
        ]
        for body in variants:
            s, h, p = post(self.base_b, body, self.headers())
            if s == 200:
                self.assertNotEqual(h["x-stepcache-path"], "reuse", body)
            else:
                # The simulated model cannot answer a json_object request
                # without a schema naming the fields; what matters here is
                # that the cached json_schema answer was not served instead.
                self.assertEqual(p["error"]["code"], "no_verified_answer", p)

    def test_no_store_and_no_cache_are_honoured_across_replicas(self):
        s, h, p = post(self.base_a, extraction("Eli Falk", 61), self.headers(**{"Cache-Control": "no-store"}))
        self.assertEqual((s, h["x-stepcache-path"]), (200, "skip"), p)
        s, h, p = post(self.base_b, extraction("Eli Falk", 61), self.headers())
        self.assertEqual((s, h["x-stepcache-path"]), (200, "skip"), p)  # nothing was stored
        s, h, p = post(self.base_a, extraction("Eli Falk", 61), self.headers(**{"Cache-Control": "no-cache"}))
        self.assertEqual((s, h["x-stepcache-path"]), (200, "skip"), p)  # stored, but not read


class PlainRedisTest(ReplicaBase, unittest.TestCase):
    store = "redis://" + REDIS if REDIS else ""


class RedisClusterTest(ReplicaBase, unittest.TestCase):
    store = "redis+cluster://" + CLUSTER if CLUSTER else ""


class RedisOutageTest(unittest.TestCase):
    """A private Redis killed mid-run and restarted on the same port."""

    def start_redis(self):
        return Proc([REDIS_SERVER, "--port", str(self.port), "--bind", "127.0.0.1", "--save", "",
                     "--appendonly", "no", "--dir", self.dir])

    def setUp(self):
        if not BIN:
            self.skipTest("STEPCACHE_BIN is not set")
        if not os.path.exists(REDIS_SERVER):
            self.skipTest("redis-server is not installed")
        self.dir = tempfile.mkdtemp()
        self.port = free_port()
        self.redis = self.start_redis()
        wait_tcp(self.port)
        self.model, backend = sim_server()
        self.serve, self.base = serve(backend, "redis://127.0.0.1:%d" % self.port)

    def tearDown(self):
        for p in ("serve", "model", "redis"):
            if hasattr(self, p):
                getattr(self, p).stop()
        shutil.rmtree(self.dir, ignore_errors=True)

    def test_requests_are_answered_right_while_redis_is_down_and_caching_returns(self):
        s, h, p = post(self.base, extraction("Flo Gray", 35))
        self.assertEqual((s, h["x-stepcache-path"]), (200, "skip"), p)
        s, h, p = post(self.base, extraction("Flo Gray", 35))
        self.assertEqual((s, h["x-stepcache-path"]), (200, "reuse"), p)

        self.redis.stop(sig_term=False)
        for _ in range(3):
            s, h, p = post(self.base, extraction("Flo Gray", 35))
            self.assertEqual(s, 200, p)
            self.assertEqual(h["x-stepcache-path"], "skip")  # no reuse without the store
            self.assertEqual(answer(p), {"name": "Flo Gray", "age": 35})
        self.assertTrue(self.serve.alive())
        metrics = get_text(self.base + "/metrics")
        errors = [l for l in metrics.splitlines() if l.startswith("stepcache_store_errors")]
        self.assertTrue(errors and any(float(l.split()[-1]) > 0 for l in errors), metrics[:3000])

        # Redis comes back (empty): after the reconnect backoff, entries are
        # written and reused again.
        self.redis = self.start_redis()
        wait_tcp(self.port)
        end = time.time() + 20
        path = None
        while time.time() < end and path != "reuse":
            s, h, p = post(self.base, extraction("Gus Hale", 47))
            self.assertEqual(s, 200, p)
            self.assertEqual(answer(p), {"name": "Gus Hale", "age": 47})
            path = h["x-stepcache-path"]
            time.sleep(0.3)
        self.assertEqual(path, "reuse", "caching did not come back after Redis restarted")


class BackendFaultTest(unittest.TestCase):
    """A dead, failing, garbage-speaking or slow model behind serve."""

    def setUp(self):
        if not BIN:
            self.skipTest("STEPCACHE_BIN is not set")
        self.procs = []

    def tearDown(self):
        for p in self.procs:
            p.stop()

    def start(self, backend, *extra):
        proc, base = serve(backend, "memory", *extra)
        self.procs.append(proc)
        return proc, base

    def assert_openai_error(self, status, payload, statuses):
        self.assertIn(status, statuses, payload)
        self.assertIn("error", payload, payload)
        self.assertTrue(payload["error"].get("message"), payload)
        self.assertIn("type", payload["error"])

    def test_backend_down(self):
        proc, base = self.start("openai:http://127.0.0.1:%d/v1" % free_port())
        s, _, p = post(base, extraction("Hal Ito", 29))
        self.assert_openai_error(s, p, (502, 503, 504))
        self.assertTrue(proc.alive())
        self.assertEqual(json.loads(get_text(base + "/healthz")).get("ok"), True)

    def test_backend_500_and_garbage(self):
        for flag in (["--status", "500"], ["--garbage-rate", "1"]):
            model, backend = sim_server(*flag)
            self.procs.append(model)
            proc, base = self.start(backend)
            s, _, p = post(base, extraction("Ida Jones", 38))
            self.assert_openai_error(s, p, (502, 503, 504))
            self.assertTrue(proc.alive())

    def test_slow_backend_meets_the_deadline(self):
        model, backend = sim_server("--time-scale", "50")  # simulated seconds, slowed down
        self.procs.append(model)
        proc, base = self.start(backend, "--deadline", "0.5")
        t0 = time.time()
        s, _, p = post(base, extraction("Jo King", 41))
        elapsed = time.time() - t0
        self.assert_openai_error(s, p, (504,))
        self.assertLess(elapsed, 10, "the deadline was not enforced")
        self.assertTrue(proc.alive())

    def test_client_leaving_mid_stream_does_not_hurt_the_server(self):
        model, backend = sim_server()
        self.procs.append(model)
        proc, base = self.start(backend)
        port = int(base.rsplit(":", 1)[1])
        body = json.dumps(extraction("Kai Lund", 27, stream=True,
                                     stream_options={"include_usage": True})).encode()
        for _ in range(5):
            with socket.create_connection(("127.0.0.1", port), timeout=5) as s:
                s.sendall(b"POST /v1/chat/completions HTTP/1.1\r\nHost: x\r\n"
                          b"Content-Type: application/json\r\nContent-Length: %d\r\n\r\n" % len(body) + body)
                s.recv(64)  # the status line or the first bytes, then hang up
        s_, h, p = post(base, extraction("Kai Lund", 27))
        self.assertEqual(s_, 200, p)
        self.assertEqual(answer(p), {"name": "Kai Lund", "age": 27})
        self.assertTrue(proc.alive())


if __name__ == "__main__":
    unittest.main()
