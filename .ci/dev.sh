#!/usr/bin/env bash
# Veil developer entry point for Debian 12 / Ubuntu 22.04+.
#   .ci/dev.sh run [veil args…]   install missing packages, build, run Veil
#   .ci/dev.sh test [long]        install missing packages, build, run every test
#                                 ("long" adds ASan/UBSan and 60 s libFuzzer runs)
#   .ci/dev.sh package-check      build the DEB, install it into this machine, smoke-test the
#                                 installed veil, remove it (.ci/package-check.sh; needs root/sudo)
# Packages are installed with apt only when missing (sudo is used when not root).
set -euo pipefail

here=$(cd "$(dirname "$0")/.." && pwd)
cd "$here"
jobs=$(nproc 2>/dev/null || echo 2)

build_deps=(cmake ninja-build g++ pkg-config qt6-base-dev qt6-base-dev-tools qt6-tools-dev qt6-tools-dev-tools
            qt6-l10n-tools qtkeychain-qt6-dev libgl-dev libpsl-dev libmaxminddb-dev libre2-dev librsvg2-bin)
test_deps=(nginx-light curl openssl ca-certificates dbus gnome-keyring libsecret-1-0 squid tinyproxy microsocks perl
           libmaxmind-db-writer-perl libglib2.0-bin gsettings-desktop-schemas dconf-gsettings-backend dconf-service
           nodejs webext-ublock-origin-firefox)
long_deps=(clang libclang-rt-14-dev)
package_deps=(dpkg-dev desktop-file-utils appstream python3 curl nsis)

apt_install() {
    local missing=()
    for p in "$@"; do
        dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
    done
    [ ${#missing[@]} -eq 0 ] && return 0
    echo "==> installing: ${missing[*]}"
    local sudo=""
    [ "$(id -u)" -eq 0 ] || sudo="sudo"
    # Debian starts squid and tinyproxy as system services on fixed ports when they are installed.
    # The tests run their own on free ports; stop only the services this install started.
    local services=(squid tinyproxy) was_running=()
    for s in "${services[@]}"; do
        if $sudo service "$s" status >/dev/null 2>&1; then was_running+=("$s"); fi
    done
    $sudo apt-get update -qq
    DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
    for s in "${services[@]}"; do
        [[ " ${was_running[*]} " == *" $s "* ]] && continue
        if $sudo service "$s" status >/dev/null 2>&1; then
            echo "==> stopping the $s service that the install started"
            $sudo service "$s" stop || true
        fi
    done
}

configure_build() {
    local preset=$1
    cmake --preset "$preset" >/dev/null
    cmake --build --preset "$preset" -j "$jobs"
}

cmd=${1:-}
shift || true
case "$cmd" in
run)
    apt_install "${build_deps[@]}"
    configure_build release
    exec ./build/release/app/veil "$@"
    ;;
test)
    mode=${1:-}
    apt_install "${build_deps[@]}" "${test_deps[@]}"
    # nginx and squid from apt start system services (ports 80, 3128) on some images; tests run their own.
    configure_build dev
    status=0
    ctest --test-dir build/dev --output-on-failure -j "$jobs" --timeout 900 || status=$?
    if [ "$mode" = "long" ]; then
        apt_install "${long_deps[@]}"
        configure_build asan
        ctest --test-dir build/asan --output-on-failure -j "$jobs" -L unit || status=$?
        configure_build fuzz
        for target in http_request http_response socks5; do
            mkdir -p "build/fuzz/corpus-$target"
            ./build/fuzz/fuzz/fuzz_$target -max_total_time=60 -print_final_stats=1 \
                "build/fuzz/corpus-$target" "fuzz/corpus/$target" || status=$?
        done
    fi
    exit $status
    ;;
package-check)
    apt_install "${build_deps[@]}" "${package_deps[@]}"
    configure_build dev
    exec ./.ci/package-check.sh build/dev
    ;;
*)
    sed -n '2,8p' "$0"
    exit 2
    ;;
esac
