"""The HTTP cache part of bench/bench.py (`--only cache`).

Two measurements, each against a baseline taken in the same run:

* Hit path under load: wrk (50 connections) asks for one cacheable URL over and over through
  Veil with its cache on, through Squid with its memory cache, and through Veil with the cache
  off (every request forwarded to nginx, a fast origin). The origin's access log proves which
  runs were hits: a hit path leaves it untouched.
* Hit vs miss latency behind a slow link: an origin that waits 20 ms before each answer; one
  client, sequential requests. Misses use a new URL each time, hits the same one.
"""

from __future__ import annotations

import http.client
import os
import re
import statistics
import subprocess
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

SLOW_DELAY_S = 0.020
LATENCY_REQUESTS = 200


class _SlowHandler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"
    disable_nagle_algorithm = True  # head and body are separate writes: no 40 ms delayed-ACK stall

    def do_GET(self):  # noqa: N802 (http.server naming)
        time.sleep(SLOW_DELAY_S)
        body = b"x" * 100
        self.send_response(200)
        self.send_header("Cache-Control", "max-age=3600")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, *args):
        pass


def _get(proxy_port: int, url: str) -> tuple[int, dict, bytes]:
    conn = http.client.HTTPConnection("127.0.0.1", proxy_port, timeout=10)
    try:
        conn.request("GET", url)
        r = conn.getresponse()
        return r.status, {k.lower(): v for k, v in r.getheaders()}, r.read()
    finally:
        conn.close()


def _latencies(proxy_port: int, urls: list[str]) -> list[float]:
    """Sequential GETs on one keep-alive connection; microseconds each."""
    conn = http.client.HTTPConnection("127.0.0.1", proxy_port, timeout=10)
    out = []
    try:
        for url in urls:
            t0 = time.perf_counter()
            conn.request("GET", url)
            r = conn.getresponse()
            r.read()
            out.append((time.perf_counter() - t0) * 1e6)
            if r.status != 200:
                raise RuntimeError(f"{url}: status {r.status}")
    finally:
        conn.close()
    return out


def _wrk(bench, log, test: str, target: str, port: int, url: str, proc) -> dict | None:
    env = {k: v for k, v in os.environ.items() if "proxy" not in k.lower()}
    env["BENCH_TARGET"] = url
    env["BENCH_HOST"] = f"127.0.0.1:{bench.origin.http_port}"
    argv = ["wrk", "-t2", f"-c{bench.conns}", f"-d{max(1, round(bench.dur))}s", "--timeout", "5s", "-s",
            str(Path(__file__).parent / "wrk_proxy.lua"), f"http://127.0.0.1:{port}/"]
    bench.wait_quiet(proc)
    bench.origin.settle()
    bench.origin.take()
    out = subprocess.run(argv, env=env, capture_output=True, text=True)
    bench.origin.settle()
    seen = bench.origin.take()
    m = re.search(r"^RESULT (.*)$", out.stdout, re.M)
    bench.record({"test": test, "target": target, "tool": "wrk", "argv": argv, "stdout": out.stdout,
                  "stderr": out.stderr, "origin": seen})
    if not m:
        log(f"  {test}/{target}: wrk failed: {(out.stderr or out.stdout).strip()[:300]}")
        return None
    r = {k: float(v) for k, v in (kv.split("=") for kv in m.group(1).split())}
    r["rps"] = r["requests"] / (r["duration_us"] / 1e6)
    r["origin_requests"] = seen["requests"]
    errors = int(r["connect_errors"] + r["write_errors"] + r["timeouts"] + r["status_errors"])
    r["errors"] = errors
    log(f"  {test:<16} {target:<14} {r['rps']:>10.0f} req/s  p50 {r['p50_us']:.0f} µs  "
              f"origin saw {seen['requests']} of {int(r['requests'])}" + (f"  ERRORS {errors}" if errors else ""))
    return r


def run_cache_comparison(bench, log) -> None:
    origin = f"http://127.0.0.1:{bench.origin.http_port}"
    rows = bench.extra.setdefault("cache_compare", [])
    cache_dir = bench.tmp / "veil-cache"
    procs = {}
    try:
        procs["veil-cache"] = bench.start_proxy(
            "veil-cache", config={"version": 1, "cache": {"enabled": True, "directory": str(cache_dir)}})
        procs["squid-cache"] = bench.start_proxy("squid-cache")
        procs["veil-nocache"] = bench.start_proxy("veil-nocache", config={"version": 1, "cache": {"enabled": False}})
    except RuntimeError as e:
        log(f"  {e}")
        for proc, _ in procs.values():
            proc.stop()
        return
    try:
        log("HTTP cache, hit path under load (50 connections, one URL):")
        for size in ("100b", "16k"):
            url = f"{origin}/c/{size}"
            results = {}
            for name, (proc, port) in procs.items():
                # Prime: the first request stores, the second must be a hit.
                for _ in range(3):
                    _get(port, url)
                    time.sleep(0.2)  # the store commits on its own thread
                status, headers, _ = _get(port, url)
                detail = headers.get("cache-status") or headers.get("x-cache") or ""
                log(f"  {name}: second request {status} {detail}")
                results[name] = _wrk(bench, log, f"cache_hit_{size}", name, port, url, proc)
            rows.append({"test": f"hit {size}", "results": {k: (v or {}) for k, v in results.items()}})

        log(f"HTTP cache, latency behind a {SLOW_DELAY_S * 1000:.0f} ms origin (1 client, sequential):")
        server = ThreadingHTTPServer(("127.0.0.1", 0), _SlowHandler)
        thread = threading.Thread(target=server.serve_forever, daemon=True)
        thread.start()
        try:
            slow = f"http://127.0.0.1:{server.server_address[1]}"
            for name in ("veil-cache", "squid-cache"):
                _, port = procs[name]
                misses = _latencies(port, [f"{slow}/miss-{name}-{i}" for i in range(LATENCY_REQUESTS // 4)])
                _get(port, f"{slow}/hit-{name}")
                time.sleep(0.3)
                hits = _latencies(port, [f"{slow}/hit-{name}"] * LATENCY_REQUESTS)
                row = {"target": name, "miss_p50_us": statistics.median(misses),
                       "hit_p50_us": statistics.median(hits),
                       "hit_p99_us": sorted(hits)[int(len(hits) * 0.99) - 1]}
                rows.append({"test": "latency", **row})
                log(f"  {name:<12} miss p50 {row['miss_p50_us']:.0f} µs, hit p50 {row['hit_p50_us']:.0f} µs "
                          f"(p99 {row['hit_p99_us']:.0f} µs)")
        finally:
            server.shutdown()
    finally:
        for proc, _ in procs.values():
            proc.stop()


def report(extra: dict) -> str:
    rows = extra.get("cache_compare")
    if not rows:
        return ""
    out = ["", "## HTTP cache", "",
           "| test | Veil hit | Squid hit (memory) | Veil, cache off (forwarded) | Veil hit / Squid hit | origin requests "
           "during Veil / Squid hit runs |",
           "|---|---|---|---|---|---|"]
    for row in rows:
        if row["test"] == "latency":
            continue
        r = row["results"]
        veil, squid, off = (r.get(k, {}).get("rps") for k in ("veil-cache", "squid-cache", "veil-nocache"))
        ratio = f"{veil / squid:.2f}" if veil and squid else "n/a"
        out.append(f"| {row['test']} | {veil or 0:,.0f} req/s | {squid or 0:,.0f} req/s | {off or 0:,.0f} req/s | "
                   f"{ratio} | {r.get('veil-cache', {}).get('origin_requests', '?')} / "
                   f"{r.get('squid-cache', {}).get('origin_requests', '?')} |")
    lat = [row for row in rows if row["test"] == "latency"]
    if lat:
        out += ["", f"Latency behind an origin that waits {SLOW_DELAY_S * 1000:.0f} ms (one client, sequential):", "",
                "| proxy | miss p50 | hit p50 | hit p99 | miss / hit |", "|---|---|---|---|---|"]
        for row in lat:
            out.append(f"| {row['target']} | {row['miss_p50_us'] / 1000:.1f} ms | {row['hit_p50_us']:.0f} µs | "
                       f"{row['hit_p99_us']:.0f} µs | {row['miss_p50_us'] / row['hit_p50_us']:.0f}× |")
    return "\n".join(out) + "\n"
