#!/usr/bin/env bash
# Starts Veil's window under Xvfb with exits, rules, blocklists and some traffic, and saves one PNG
# per page.
#   .ci/screenshots.sh [OUT_DIR [VEIL_ARGS...]]   (default: build/screenshots; needs a built build/dev)
#   .ci/screenshots.sh build/shots-fa --language fa   (any other flags go to veil as well)
# Uses apt packages: xvfb, nginx-light, curl (and the dev build); fonts-wqy-microhei for Chinese.
# Everything on 127.0.0.1.
set -euo pipefail
here=$(cd "$(dirname "$0")/.." && pwd)
out=$(realpath -m "${1:-$here/build/screenshots}")
shift || true
veil="$here/build/dev/app/veil"
[ -x "$veil" ] || { echo "build first: .ci/dev.sh test (or cmake --build --preset dev)" >&2; exit 1; }
for tool in xvfb-run nginx curl; do
    command -v "$tool" >/dev/null || { echo "missing $tool (apt-get install xvfb nginx-light curl)" >&2; exit 1; }
done
work=$(mktemp -d)
pids=()
cleanup() {
    for p in "${pids[@]}"; do kill "$p" 2>/dev/null || true; done
    wait 2>/dev/null || true
    rm -rf "$work"
}
trap cleanup EXIT

free_port() { python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])'; }
origin=$(free_port); us=$(free_port); de=$(free_port); dead=$(free_port); listen=$(free_port)

mkdir -p "$work/www" "$out"
chmod 755 "$work" "$work/www" # nginx workers run as an unprivileged user when started by root
head -c 20000000 /dev/urandom > "$work/www/big"
printf 'hello\n' > "$work/www/index.html"
printf '203.0.113.7\n' > "$work/www/ip"
cat > "$work/nginx.conf" <<CONF
worker_processes 1; daemon off; pid $work/nginx.pid; error_log $work/error.log;
events { worker_connections 256; }
http { access_log off; server { listen 127.0.0.1:$origin; root $work/www; } }
CONF
nginx -c "$work/nginx.conf" -p "$work" & pids+=($!)
echo '{}' > "$work/empty.json"
printf '! A small list for the Rules page\n||tracker.example^\n0.0.0.0 metrics.example\n##.banner\n' > "$work/privacy.txt"
printf 'video.example\nstream.example\n' > "$work/streaming.txt"
printf '! A subscribed list (served by the test origin, fetched through Veil)\n||adserver.example^\n||pixel.example^\n' \
    > "$work/www/easyprivacy.txt"
"$veil" --headless --listen "127.0.0.1:$us" --log-format none --config "$work/empty.json" 2>/dev/null & pids+=($!)
"$veil" --headless --listen "127.0.0.1:$de" --log-format none --config "$work/empty.json" 2>/dev/null & pids+=($!)
cat > "$work/veil.json" <<JSON
{"version": 1,
 "routing": {"mode": "exit", "region": "US", "probeUrl": "http://127.0.0.1:$origin/index.html",
             "ipCheckUrl": "http://127.0.0.1:$origin/ip", "healthIntervalMs": 2000, "failuresToMarkDown": 1},
 "exits": [{"id": "us-1", "name": "New York", "url": "http://127.0.0.1:$us", "region": "US"},
           {"id": "us-2", "name": "Chicago", "url": "socks5://127.0.0.1:$dead", "region": "US"},
           {"id": "de-1", "name": "Frankfurt", "url": "http://127.0.0.1:$de", "region": "DE"}],
 "rules": [{"id": "no-ads", "type": "domain-keyword", "value": "ads", "action": "block",
            "comment": "anything with ads in its name"},
           {"id": "local-site", "type": "port", "value": "$origin", "action": "allow", "comment": "the test site"},
           {"id": "lan", "type": "ip-cidr", "value": "192.168.0.0/16", "action": "direct"},
           {"id": "tv", "type": "list", "value": "streaming", "action": "exit:DE", "enabled": false}],
 "blocklists": [{"name": "privacy", "path": "$work/privacy.txt"},
                {"name": "streaming", "path": "$work/streaming.txt", "block": false},
                {"name": "easyprivacy", "url": "http://127.0.0.1:$origin/easyprivacy.txt",
                 "path": "$work/easyprivacy-copy.txt"}],
 "systemProxy": {"bypass": ["*.corp.example", "10.0.0.0/8"]},
 "cache": {"bypass": ["bank.example", "intranet.corp.example"]}}
JSON
(
    for _ in $(seq 1 100); do curl -s -o /dev/null "http://127.0.0.1:$listen/" && break; sleep 0.1; done
    curl -s -o /dev/null --limit-rate 4M -x "http://127.0.0.1:$listen" "http://127.0.0.1:$origin/big" &
    for i in $(seq 1 25); do curl -s -o /dev/null -x "http://127.0.0.1:$listen" "http://127.0.0.1:$origin/index.html?n=$i"; done
    curl -s -o /dev/null -x "http://127.0.0.1:$listen" "http://127.0.0.1:$origin/missing"
    curl -s -o /dev/null -x "http://127.0.0.1:$listen" "http://ads.example/banner.js"
    curl -s -o /dev/null -x "http://127.0.0.1:$listen" "http://tracker.example/pixel.gif"
    curl -s -o /dev/null --socks5-hostname "127.0.0.1:$listen" "http://127.0.0.1:$origin/index.html?via=socks"
) &
XDG_CONFIG_HOME="$work/config" HOME="$work" VEIL_SCREENSHOTS="$out" VEIL_SCREENSHOTS_DELAY_MS=6000 \
    xvfb-run -a -s "-screen 0 1200x760x24" "$veil" --listen "127.0.0.1:$listen" --config "$work/veil.json" "$@"
ls -1 "$out"/*.png
