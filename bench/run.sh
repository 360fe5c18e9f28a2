#!/usr/bin/env bash
# Veil benchmark: direct vs Veil vs Squid, tinyproxy, Privoxy, Dante (and microsocks), loopback only.
#
#   bench/run.sh            full run (~12 minutes on 2 cores)
#   bench/run.sh --quick    short smoke run (~2 minutes)
#   bench/run.sh --install  first install the tools with apt-get (stops the services Debian starts)
#   bench/run.sh --nice 0   run at normal priority (default: nice -10 as root, see README)
#   bench/run.sh --only veil,squid   (extra options are passed to bench/bench.py)
#
# Raw output goes to bench/out/<date>/ (git-ignored). See bench/README.md.
set -euo pipefail

BENCH_DIR="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
ROOT="$(dirname "$BENCH_DIR")"
BUILD_DIR="${VEIL_BENCH_BUILD_DIR:-$ROOT/build/bench}"
OUT_DIR="$BENCH_DIR/out"

install=0
nice_level=-10
args=()
while [ $# -gt 0 ]; do
    case "$1" in
        --install) install=1 ;;
        --nice) nice_level="$2"; shift ;;
        *) args+=("$1") ;;
    esac
    shift
done

PKGS=(wrk squid tinyproxy privoxy dante-server microsocks nginx-light openssl libssl-dev curl g++ cmake ninja-build)
SERVICES=(squid privoxy tinyproxy danted nginx)

missing=()
for t in wrk squid tinyproxy privoxy danted microsocks nginx openssl curl g++ cmake ninja python3; do
    command -v "$t" >/dev/null 2>&1 || [ -x "/usr/sbin/$t" ] || missing+=("$t")
done
[ -f /usr/include/openssl/ssl.h ] || missing+=("libssl-dev")

if [ "${#missing[@]}" -gt 0 ]; then
    if [ "$install" -ne 1 ]; then
        echo "missing: ${missing[*]}" >&2
        echo "install with: bench/run.sh --install   (or: apt-get install -y ${PKGS[*]})" >&2
        exit 1
    fi
    # Remember which services were already running, so we stop only the ones the install starts.
    declare -A was_running=()
    for s in "${SERVICES[@]}"; do
        if service "$s" status >/dev/null 2>&1; then was_running[$s]=1; fi
    done
    DEBIAN_FRONTEND=noninteractive apt-get install -y "${PKGS[@]}"
    for s in "${SERVICES[@]}"; do
        if [ -z "${was_running[$s]:-}" ] && service "$s" status >/dev/null 2>&1; then
            echo "stopping the $s service that the install started"
            service "$s" stop || true
            command -v update-rc.d >/dev/null && update-rc.d "$s" disable >/dev/null 2>&1 || true
        fi
    done
fi

# Veil, Release, without tests and GUI. Remember what was built: others may commit meanwhile.
VEIL_BENCH_COMMIT="$(git -C "$ROOT" rev-parse --short HEAD)"
if [ -n "$(git -C "$ROOT" status --porcelain -- core app CMakeLists.txt cmake 2>/dev/null)" ]; then
    VEIL_BENCH_COMMIT="$VEIL_BENCH_COMMIT+local-changes"
fi
export VEIL_BENCH_COMMIT
if [ ! -x "$BUILD_DIR/app/veil" ] || [ "${VEIL_BENCH_REBUILD:-1}" = 1 ]; then
    echo "building Veil (Release) in $BUILD_DIR"
    cmake -S "$ROOT" -B "$BUILD_DIR" -G Ninja -DCMAKE_BUILD_TYPE=Release \
        -DVEIL_BUILD_TESTS=OFF -DVEIL_BUILD_GUI=OFF >/dev/null
    cmake --build "$BUILD_DIR" >/dev/null
fi

# The load client for tunnels and 1-connection latency.
mkdir -p "$OUT_DIR"
LOAD="$OUT_DIR/tunnel_load"
stale=0
for f in "$BENCH_DIR"/tunnel_load.cpp "$BENCH_DIR"/tunnel_load_*.h; do
    [ "$f" -nt "$LOAD" ] && stale=1
done
if [ ! -x "$LOAD" ] || [ $stale = 1 ]; then
    echo "building $LOAD"
    g++ -O2 -std=c++20 -Wall -Wextra -o "$LOAD" "$BENCH_DIR/tunnel_load.cpp" -lssl -lcrypto -lpthread
fi

# 5,000 tunnels need ~10,000 descriptors in the proxy; raise the limit as far as allowed.
hard="$(ulimit -Hn)"
ulimit -Hn 65536 2>/dev/null && hard=65536 || true
ulimit -n "$hard"

# Every benchmark process (origin, proxies, load generators) runs at the same raised priority so
# that other work on a shared machine disturbs the figures less; bench.py also measures that
# foreign CPU load and retries disturbed measurements.
prio=()
if [ "$nice_level" != 0 ] && [ "$(id -u)" = 0 ]; then prio=(nice -n "$nice_level"); fi

exec "${prio[@]}" python3 "$BENCH_DIR/bench.py" --nice "$nice_level" --veil "$BUILD_DIR/app/veil" --load "$LOAD" --out "$OUT_DIR" "${args[@]+"${args[@]}"}"
