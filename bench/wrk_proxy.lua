-- wrk script for bench/run.sh.
-- wrk connects to the address in its URL argument: the proxy, or the origin for the direct
-- baseline. The request target comes from BENCH_TARGET: absolute-form ("http://host:port/path")
-- when wrk talks to a proxy, origin-form ("/path") for the direct run. Host is always the
-- origin's (BENCH_HOST), so both runs send the same header bytes.
wrk.path = os.getenv("BENCH_TARGET")
wrk.headers["Host"] = os.getenv("BENCH_HOST")

-- BENCH_DELAY_MS paces the load (bench/ui_bench.sh --pace-ms): each connection waits that long
-- before each request, so N connections offer about N / (delay + latency) requests a second.
-- Unset, no delay() exists and wrk sends back to back.
local pace = tonumber(os.getenv("BENCH_DELAY_MS") or "")
if pace and pace > 0 then
   function delay()
      return pace
   end
end

-- One machine-readable line; wrk counts status >= 400 as status errors.
function done(summary, latency, requests)
   local e = summary.errors
   io.write(string.format(
      "RESULT requests=%d duration_us=%d bytes=%d connect_errors=%d read_errors=%d write_errors=%d " ..
      "status_errors=%d timeouts=%d p50_us=%d p99_us=%d\n",
      summary.requests, summary.duration, summary.bytes, e.connect, e.read, e.write, e.status,
      e.timeout, latency:percentile(50), latency:percentile(99)))
end
