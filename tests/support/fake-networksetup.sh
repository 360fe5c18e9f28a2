#!/bin/sh
# fake-networksetup.sh — stands in for macOS networksetup (install it as "networksetup" in a folder
# put first on PATH). Services are listed in $FAKE_NETWORKSETUP_SERVICES (one per line, "*" marks a
# disabled one); values live in $FAKE_NETWORKSETUP_STORE as "service|field=value" lines; every call
# is appended to $FAKE_TOOLS_LOG, tab-separated. Output formats follow the real tool.
set -euf # -f: bypass domains such as *.local are not file patterns
if [ -n "${FAKE_TOOLS_LOG:-}" ]; then
    { printf 'networksetup'; for a in "$@"; do printf '\t%s' "$a"; done; printf '\n'; } >>"$FAKE_TOOLS_LOG"
fi
store=${FAKE_NETWORKSETUP_STORE:?FAKE_NETWORKSETUP_STORE is not set}
services=${FAKE_NETWORKSETUP_SERVICES:?FAKE_NETWORKSETUP_SERVICES is not set}
touch "$store"

get() { # service field default
    ID="$1|$2=" DEF="$3" awk 'index($0, ENVIRON["ID"]) == 1 { v = substr($0, length(ENVIRON["ID"]) + 1); found = 1 }
                              END { if (found) print v; else print ENVIRON["DEF"] }' "$store"
}
put() { # service field value
    ID="$1|$2=" awk 'index($0, ENVIRON["ID"]) != 1' "$store" >"$store.new"
    printf '%s|%s=%s\n' "$1" "$2" "$3" >>"$store.new"
    mv "$store.new" "$store"
}
need_service() {
    if ! grep -qxF -- "$1" "$services"; then
        echo "** Error: The parameters were not valid." >&2
        exit 4
    fi
}
onoff() { if [ "$1" = on ]; then echo Yes; else echo No; fi; }

verb=${1:-}
shift || true
case "$verb" in
-listallnetworkservices)
    echo "An asterisk (*) denotes that a network service is disabled."
    cat "$services"
    ;;
-getwebproxy | -getsecurewebproxy | -getsocksfirewallproxy)
    need_service "$1"
    kind=${verb#-get}
    echo "Enabled: $(get "$1" "$kind.enabled" No)"
    echo "Server: $(get "$1" "$kind.server" "")"
    echo "Port: $(get "$1" "$kind.port" 0)"
    echo "Authenticated Proxy Enabled: 0"
    ;;
-setwebproxy | -setsecurewebproxy | -setsocksfirewallproxy)
    need_service "$1"
    kind=${verb#-set}
    put "$1" "$kind.server" "$2"
    put "$1" "$kind.port" "$3"
    put "$1" "$kind.enabled" Yes
    ;;
-setwebproxystate | -setsecurewebproxystate | -setsocksfirewallproxystate)
    need_service "$1"
    kind=${verb#-set}
    put "$1" "${kind%state}.enabled" "$(onoff "$2")"
    ;;
-getproxybypassdomains)
    need_service "$1"
    domains=$(get "$1" bypass "")
    if [ -z "$domains" ]; then
        echo "There aren't any bypass domains set on $1."
    else
        printf '%s\n' $domains
    fi
    ;;
-setproxybypassdomains)
    need_service "$1"
    service=$1
    shift
    if [ "$*" = Empty ]; then put "$service" bypass ""; else put "$service" bypass "$*"; fi
    ;;
-getautoproxyurl)
    need_service "$1"
    url=$(get "$1" autoproxy.url "")
    echo "URL: ${url:-(null)}"
    echo "Enabled: $(get "$1" autoproxy.enabled No)"
    ;;
-setautoproxyurl)
    need_service "$1"
    put "$1" autoproxy.url "$2"
    put "$1" autoproxy.enabled Yes
    ;;
-setautoproxystate)
    need_service "$1"
    put "$1" autoproxy.enabled "$(onoff "$2")"
    ;;
*)
    echo "fake-networksetup.sh: unsupported $verb" >&2
    exit 1
    ;;
esac
