"""The tunnel relay part of bench/bench.py (`--only relay`): copy (the default) against splice(2).

Interleaved rounds, each against direct HTTPS measured in the same round: 100 MiB over CONNECT and
SOCKS5 with the proxy's CPU seconds per GiB relayed, and 16 KiB responses over 50 CONNECT tunnels.
"""

from __future__ import annotations

import statistics
from typing import Callable

MODES = (("splice", {"VEIL_TUNNEL_RELAY": "splice"}), ("copy", None))


def run_relay_comparison(bench, log: Callable[[str], None], cpu_seconds: Callable[[int], float],
                         bulk_bytes: int) -> None:
    """Tunnels on the epoll relay by copy (the default) and with splice(2), interleaved rounds.

    Each round measures direct HTTPS once, then a fresh Veil per mode: 100 MiB over CONNECT and
    SOCKS5 with the proxy's CPU seconds per GiB relayed, and 16 KiB responses over 50 CONNECT
    tunnels, so a drifting machine shifts both modes alike.
    """
    rounds = 1 if bench.quick else 3
    log(f"tunnel relay, splice vs copy ({rounds} interleaved rounds):")
    rows = bench.extra.setdefault("relay_compare", [])
    for r in range(rounds):
        row = {"round": r + 1, "direct": bench.bulk("bulk_https", "direct", "https", None)}
        for mode, env in MODES:
            name = f"veil-{mode}"
            try:
                proc, port = bench.start_proxy(name, extra_env=env)
            except RuntimeError as e:
                log(f"  {e}")
                continue
            try:
                out = {}
                for kind in ("connect", "socks"):
                    before = cpu_seconds(proc.pid)
                    out[f"bulk_{kind}"] = bench.bulk(f"bulk_{kind}", name, kind, port)
                    gib = bench.bulk_reps * bulk_bytes / (1 << 30)
                    out[f"cpu_bulk_{kind}"] = (cpu_seconds(proc.pid) - before) / gib
                load = bench.load("connect_16k", name, "connect", True, "/16k", port, proc, bench.conns, bench.dur)
                if load:
                    out["connect_16k"] = load["rps"]
                    out["cpu_connect_16k"] = load.get("cpu_per_100k")
                row[mode] = out
            finally:
                proc.stop()
        rows.append(row)


def report(extra: dict) -> list[str]:
    rows = extra.get("relay_compare")
    if not rows:
        return []
    def num(v, digits=0):
        return "–" if v is None else f"{v:,.{digits}f}"
    notes = ["", "Tunnel relay, splice(2) (VEIL_TUNNEL_RELAY=splice) vs copy (the default), interleaved rounds; "
             "100 MiB in MiB/s, 16 KiB over 50 CONNECT tunnels in req/s and proxy CPU-s per 100k:", "",
             "| round | direct HTTPS | CONNECT splice | CONNECT copy | SOCKS5 splice | SOCKS5 copy | "
             "CPU-s/GiB splice | CPU-s/GiB copy | 16 KiB splice | 16 KiB copy | CPU splice | CPU copy |",
             "|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|"]
    for row in rows:
        s, c = row.get("splice", {}), row.get("copy", {})
        notes.append(f"| {row['round']} | {num(row['direct'])} | {num(s.get('bulk_connect'))} | "
                     f"{num(c.get('bulk_connect'))} | {num(s.get('bulk_socks'))} | {num(c.get('bulk_socks'))} | "
                     f"{num(s.get('cpu_bulk_connect'), 2)} | {num(c.get('cpu_bulk_connect'), 2)} | "
                     f"{num(s.get('connect_16k'))} | {num(c.get('connect_16k'))} | "
                     f"{num(s.get('cpu_connect_16k'), 2)} | {num(c.get('cpu_connect_16k'), 2)} |")
    def med(mode, key):
        vals = [row[mode][key] for row in rows if row.get(mode, {}).get(key)]
        return statistics.median(vals) if vals else None
    direct = statistics.median([row["direct"] for row in rows if row.get("direct")] or [0]) or None
    for key, label in (("bulk_connect", "100 MiB CONNECT+TLS"), ("bulk_socks", "100 MiB SOCKS5+TLS")):
        sp, cp = med("splice", key), med("copy", key)
        ratio = lambda v: "–" if not v or not direct else f"{v / direct:.2f}"
        sc, cc = med("splice", f"cpu_{key}"), med("copy", f"cpu_{key}")
        notes.append(f"- {label}: splice {ratio(sp)} × direct, copy {ratio(cp)} × direct; splice/copy "
                     f"{'–' if not sp or not cp else f'{sp / cp:.2f}'}; proxy CPU-s per GiB splice "
                     f"{num(sc, 2)}, copy {num(cc, 2)} (medians)")
    return notes

