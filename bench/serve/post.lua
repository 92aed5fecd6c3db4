-- wrk script (scripts/bench-serve): the same POST on every request.
-- Body from the file in STEPCACHE_BENCH_BODY, extra headers from
-- STEPCACHE_BENCH_HEADERS ("Name: value" pairs separated by "|").
--
-- With STEPCACHE_BENCH_DELAY_MS > 0 each connection pauses that long before
-- every request, a fixed pace: wrk has no rate control, so N connections x D
-- ms give about N * 1000 / (D + latency) requests/s (the achieved rate is in
-- the RESULT line). wrk times each request from the moment it is written, so
-- the pause is not counted as latency. wrk corrects its percentiles for
-- coordinated omission: a request slower than the mean interval between a
-- connection's requests adds samples for the requests an open-loop client
-- would have sent meanwhile, so a rare 1 s stall shows up as hundreds of ms
-- at p90-p99. Without a pause, requests go as fast as the connections allow.
--
-- done() prints one RESULT line that scripts/bench-serve parses.
local function read(path)
  local f = assert(io.open(path, "rb"), "cannot open " .. tostring(path))
  local s = f:read("*a")
  f:close()
  return s
end

wrk.method = "POST"
wrk.body = read(os.getenv("STEPCACHE_BENCH_BODY"))
wrk.headers["Content-Type"] = "application/json"
for pair in string.gmatch(os.getenv("STEPCACHE_BENCH_HEADERS") or "", "[^|]+") do
  local name, value = string.match(pair, "^%s*([^:]+):%s*(.-)%s*$")
  if name then wrk.headers[name] = value end
end

local pause_ms = tonumber(os.getenv("STEPCACHE_BENCH_DELAY_MS") or "0") or 0
if pause_ms > 0 then
  function delay()
    return pause_ms
  end
end

function done(summary, latency, requests)
  local e = summary.errors
  io.write(string.format(
    "RESULT requests=%d seconds=%.3f rps=%.1f p50_us=%d p90_us=%d p99_us=%d max_us=%d non2xx=%d errors=%d\n",
    summary.requests, summary.duration / 1e6, summary.requests / (summary.duration / 1e6),
    latency:percentile(50), latency:percentile(90), latency:percentile(99), latency.max,
    e.status, e.connect + e.read + e.write + e.timeout))
end
