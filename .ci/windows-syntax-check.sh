#!/usr/bin/env bash
# Windows syntax check on Linux, for want of a Windows machine: every C++ file of core/, ui/, app/
# and tests/ that the Windows build compiles goes through MinGW-w64's g++ with -fsyntax-only.
#
# What it proves: Veil's own code parses for a _WIN32 target with the project's warnings as
# errors: the Q_OS_WIN branches compile at all, POSIX headers and calls (unistd.h, sys/*, ::kill,
# ssize_t, pid_t, signal numbers) are guarded, and Windows SDK headers are included in an order
# that works (as far as MinGW's copies of them go).
# What it cannot prove:
#   - it is not MSVC: GCC extensions (__builtin_*, __attribute__, statement expressions),
#     standard headers that libstdc++ brings in transitively and MSVC's library does not, and
#     MSVC's own /W4 warnings (C4267 and friends) all pass here and can still fail there; grep
#     for the extensions by hand. (GCC enforces most of what /permissive- does: two-phase lookup,
#     typename/template, no temporaries bound to non-const references.)
#   - it uses the Linux Qt 6.4 headers, configured for Linux (qconfig.h features), not Qt 6.8
#     for Windows as CI does; moc output comes from the Linux build;
#   - nothing is linked or run.
# The GitHub Windows job (.github/workflows/ci.yml) is the real check; this is the quick one.
#
# Usage: .ci/windows-syntax-check.sh [build-dir [path-prefix...]]
#   build-dir defaults to build/dev; path prefixes (e.g. core/platform tests/support) limit the
#   check to those files; JOBS=n runs n compilers at a time (default 2).
# Needs a finished Linux build in that directory (its compile_commands.json gives each file's
# defines and include paths, and its moc output is included), and on Debian/Ubuntu:
#   apt-get install g++-mingw-w64-x86-64-posix qt6-base-dev qt6keychain-dev libre2-dev libpsl-dev
# Not part of .ci/run.
set -euo pipefail
cd "$(dirname "$0")/.."

build=${1:-build/dev}
shift || true
cxx=${CXX_MINGW:-x86_64-w64-mingw32-g++-posix}
command -v "$cxx" >/dev/null || { echo "$cxx not found (apt-get install g++-mingw-w64-x86-64-posix)"; exit 2; }
[ -f "$build/compile_commands.json" ] || { echo "$build/compile_commands.json missing: configure and build first"; exit 2; }

# Third-party headers the Windows build gets from vcpkg and a QtKeychain build, taken from the
# Linux copies, one by one: putting all of /usr/include on the path would let glibc's headers
# (unistd.h, sys/socket.h) stand in for the ones Windows lacks and hide exactly what this looks for.
third=$(mktemp -d)
trap 'rm -rf "$third"' EXIT
for h in qt6keychain re2 libpsl.h; do
    [ -e "/usr/include/$h" ] || { echo "/usr/include/$h missing"; exit 2; }
    ln -s "/usr/include/$h" "$third/$h"
done

# Test files the Windows build does not compile (keep in step with tests/CMakeLists.txt).
not_on_windows='tests/unit/tst_epollrelay.cpp
tests/integration/tst_secretstore.cpp
tests/integration/tst_exits_keyring.cpp
tests/integration/tst_systemproxy_gnome.cpp
tests/integration/tst_systemproxy_tools.cpp
tests/integration/tst_window_systemproxy.cpp'

# Each file's compile command from the Linux build, turned into a MinGW syntax check: Linux-only
# defines and include paths dropped (D-Bus, libmaxminddb, the linux-g++ mkspec), NOMINMAX added as
# cmake/VeilProjectOptions.cmake does for WIN32. Runs JOBS checks at a time; prints each failure.
python3 - "$build/compile_commands.json" "$PWD" "$third" "$not_on_windows" "$cxx" "${JOBS:-2}" "$@" <<'EOF'
import concurrent.futures, json, shlex, subprocess, sys
db, root, third, skip, cxx, jobs = sys.argv[1:7]
only = tuple(sys.argv[7:]) or ('core/', 'ui/', 'app/', 'tests/')
skip = set(skip.split())
drop = {'-fPIC', '-pthread', '-c', '-DQT_DBUS_LIB', '-DVEIL_HAVE_MAXMINDDB'}
commands = {}
for entry in json.load(open(db)):
    rel = entry['file'][len(root) + 1:] if entry['file'].startswith(root + '/') else ''
    if not rel.startswith(('core/', 'ui/', 'app/', 'tests/')) or not rel.startswith(only) or rel in skip:
        continue
    args = shlex.split(entry['command'])[1:]
    cmd, i = [cxx, '-fsyntax-only', '-DNOMINMAX', '-isystem', third], 0
    while i < len(args):
        a = args[i]
        if a == '-o' or (a == '-isystem' and ('/mkspecs/' in args[i + 1] or args[i + 1].endswith('/QtDBus'))):
            i += 2
            continue
        if a not in drop and a != entry['file'] and not a.startswith('-std='):
            cmd.append(a)
        i += 1
    commands[rel] = cmd + ['-std=c++20', entry['file']]

def check(rel):
    r = subprocess.run(commands[rel], cwd=root, capture_output=True, text=True)
    return rel, r.returncode, r.stdout + r.stderr

print(f'windows-syntax-check: {len(commands)} files with {cxx}', flush=True)
failed = []
with concurrent.futures.ThreadPoolExecutor(max_workers=int(jobs)) as pool:
    for rel, code, output in pool.map(check, sorted(commands)):
        if code != 0:
            failed.append(rel)
            print(f'--- {rel}\n{output}', flush=True)
for rel in failed:
    print(f'FAILED: {rel}')
print(f'windows-syntax-check: {len(commands) - len(failed)} of {len(commands)} files pass')
sys.exit(1 if failed else 0)
EOF
