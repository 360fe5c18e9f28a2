#!/usr/bin/env bash
# Issue 7's release check on this machine: build Veil's DEB, install it with dpkg -i (plus
# apt-get -f install for its dependencies), check the installed program and its desktop files,
# run a headless smoke test from /usr/bin/veil, then remove it with dpkg -r and prove nothing is
# left installed or running. It also compiles the Windows NSIS installer script with makensis.
# Needs root or sudo. Usage: .ci/package-check.sh [BUILD_DIR]
set -euo pipefail
cd "$(dirname "$0")/.."
build=${1:-build/dev}
sudo=""
[ "$(id -u)" -eq 0 ] || sudo="sudo"
fail() { echo "package-check: $*" >&2; exit 1; }

if dpkg-query -W -f='${Status}' veil 2>/dev/null | grep -q "install ok installed"; then
    fail "a veil package is already installed on this machine; remove it first (dpkg -r veil)"
fi

echo "==> building the DEB in $build"
rm -f "$build"/veil_*.deb
(cd "$build" && cpack -G DEB >/dev/null)
deb=$(ls "$build"/veil_*.deb)
version=$(dpkg-deb --field "$deb" Version)
echo "    $deb: version $version, depends: $(dpkg-deb --field "$deb" Depends)"
dpkg-deb --field "$deb" Depends | grep -q "libqt6widgets6" || fail "Depends does not name the Qt libraries"

run=$(mktemp -d /tmp/veil-package-check.XXXXXX)
veil_pid=
http_pid=
cleanup() {
    [ -n "$veil_pid" ] && kill "$veil_pid" 2>/dev/null || true
    [ -n "$http_pid" ] && kill "$http_pid" 2>/dev/null || true
    if dpkg-query -W -f='${Status}' veil 2>/dev/null | grep -q "installed"; then
        $sudo dpkg -r veil >/dev/null || true
    fi
    rm -rf "$run"
}
trap cleanup EXIT

echo "==> the Windows installer script compiles (makensis here; only GitHub builds the real installer)"
# CPack writes the same NSIS script on every platform (installer/CMakeLists.txt); here it wraps
# the Linux files, which proves the script and Veil's own commands in it compile.
command -v makensis >/dev/null || fail "makensis not found (apt-get install nsis)"
(cd "$build" && cpack -G NSIS -B "$run/nsis" >"$run/nsis.log" 2>&1) || { cat "$run/nsis.log"; fail "cpack -G NSIS"; }
ls "$run"/nsis/veil-*.exe >/dev/null 2>&1 || fail "no NSIS installer was written"
nsi=$(ls "$run"/nsis/_CPack_Packages/*/NSIS/project.nsi)
grep -qF '"$INSTDIR\bin\veil.exe" --restore-system-proxy' "$nsi" ||
    fail "the uninstaller does not restore the system proxy"
grep -qF "DeleteRegValue HKCU 'Software\Microsoft\Windows\CurrentVersion\Run' 'Veil'" "$nsi" ||
    fail "the uninstaller does not remove the login item"
grep -qF "WriteRegStr HKCU 'Software\Microsoft\Windows\CurrentVersion\Run' 'Veil'" "$nsi" ||
    fail "the installer does not offer the login item"

echo "==> dpkg -i"
if ! $sudo dpkg -i "$deb" >"$run/dpkg.log" 2>&1; then
    echo "    dpkg -i left dependencies unmet; apt-get -f install"
    DEBIAN_FRONTEND=noninteractive $sudo apt-get -f install -y -qq >/dev/null
fi
dpkg-query -W -f='${Status}' veil | grep -q "install ok installed" || fail "veil is not installed"
files=$(dpkg -L veil)

echo "==> installed files"
[ "$(command -v veil)" = /usr/bin/veil ] || fail "veil is not /usr/bin/veil on PATH"
/usr/bin/veil --version | grep -qx "veil $version" || fail "veil --version does not say $version"
for f in /usr/share/applications/org.veil.Veil.desktop /usr/share/metainfo/org.veil.Veil.metainfo.xml \
    /usr/share/icons/hicolor/scalable/apps/org.veil.Veil.svg /usr/share/icons/hicolor/48x48/apps/org.veil.Veil.png \
    /usr/lib/systemd/user/veil.service; do
    [ -f "$f" ] || fail "missing $f"
done
desktop-file-validate /usr/share/applications/org.veil.Veil.desktop
appstreamcli validate --no-net --explain /usr/share/metainfo/org.veil.Veil.metainfo.xml >"$run/appstream.log" 2>&1 ||
    { cat "$run/appstream.log"; fail "AppStream metainfo does not validate"; }
grep -q "^ExecStart=veil --headless$" /usr/lib/systemd/user/veil.service || fail "systemd unit ExecStart"

echo "==> headless smoke test from /usr/bin/veil"
free_port() { python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])'; }
port=$(free_port)
origin_port=$(free_port)
mkdir -p "$run/home" "$run/www"
echo "hello from the origin" >"$run/www/hello.txt"
python3 -m http.server "$origin_port" --bind 127.0.0.1 --directory "$run/www" >"$run/origin.log" 2>&1 &
http_pid=$!
# A home of its own: no user config, lists or cache; the system proxy is not touched.
HOME="$run/home" XDG_CONFIG_HOME="$run/home/.config" XDG_DATA_HOME="$run/home/.local/share" \
    XDG_CACHE_HOME="$run/home/.cache" /usr/bin/veil --headless --listen "127.0.0.1:$port" --log-format json \
    >"$run/veil.log" 2>&1 &
veil_pid=$!
for _ in $(seq 100); do
    curl -s -o /dev/null "http://127.0.0.1:$port/" && curl -s -o /dev/null "http://127.0.0.1:$origin_port/" && break
    kill -0 "$veil_pid" 2>/dev/null || { cat "$run/veil.log"; fail "veil exited at start"; }
    sleep 0.1 # polling child processes' ports, not test synchronisation
done
curl -sf "http://127.0.0.1:$port/proxy.pac" | grep -q "PROXY 127.0.0.1:$port" || fail "no PAC file from the installed veil"
body=$(curl -sf -x "http://127.0.0.1:$port" "http://127.0.0.1:$origin_port/hello.txt") || fail "HTTP through veil"
[ "$body" = "hello from the origin" ] || fail "wrong body through veil: $body"
body=$(curl -sf --socks5-hostname "127.0.0.1:$port" "http://127.0.0.1:$origin_port/hello.txt") || fail "SOCKS5 through veil"
[ "$body" = "hello from the origin" ] || fail "wrong body through SOCKS5: $body"
grep -q '"path":"/hello.txt"' "$run/veil.log" || { cat "$run/veil.log"; fail "no JSON log line for the request"; }
kill -TERM "$veil_pid"
status=0
wait "$veil_pid" || status=$?
veil_pid=
[ "$status" = 0 ] || { cat "$run/veil.log"; fail "veil exited $status on SIGTERM"; }

echo "==> dpkg -r"
$sudo dpkg -r veil >/dev/null
registered=$(dpkg-query -W -f='${Status}' veil 2>/dev/null || true)
case "$registered" in
"" | *not-installed) ;; # gone, no configuration files kept
*) fail "veil is still registered with dpkg: $registered" ;;
esac
left=0
while IFS= read -r f; do
    if [ -f "$f" ] || [ -L "$f" ]; then
        echo "    left behind: $f"
        left=1
    fi
done <<<"$files"
[ "$left" = 0 ] || fail "files left after dpkg -r"
! pgrep -f "^/usr/bin/veil" >/dev/null || fail "a veil process is still running"
command -v veil >/dev/null && fail "veil is still on PATH: $(command -v veil)"
echo "package-check: OK ($deb installed, checked, removed)"
