#!/bin/sh
# fake-kconfig.sh — stands in for kreadconfig5/6 and kwriteconfig5/6 (install it under those names
# in a folder put first on PATH). Values live in $FAKE_KCONFIG_STORE, one "file|group|key=value"
# per line; every call is appended to $FAKE_TOOLS_LOG as the tool name and its arguments,
# tab-separated. Understands --file, --group, --key, --default, --delete and one value.
set -eu
tool=$(basename "$0")
if [ -n "${FAKE_TOOLS_LOG:-}" ]; then
    { printf '%s' "$tool"; for a in "$@"; do printf '\t%s' "$a"; done; printf '\n'; } >>"$FAKE_TOOLS_LOG"
fi
store=${FAKE_KCONFIG_STORE:?FAKE_KCONFIG_STORE is not set}
file="" group="" key="" default="" delete=0 value=""
while [ $# -gt 0 ]; do
    case "$1" in
    --file) file=$2; shift 2 ;;
    --group) group=$2; shift 2 ;;
    --key) key=$2; shift 2 ;;
    --default) default=$2; shift 2 ;;
    --type) shift 2 ;;
    --delete) delete=1; shift ;;
    *) value=$1; shift ;;
    esac
done
touch "$store"
ID="$file|$group|$key="
export ID
case "$tool" in
kreadconfig*)
    # Prints the value, or the --default when the key is not in the file.
    if ! awk 'index($0, ENVIRON["ID"]) == 1 { print substr($0, length(ENVIRON["ID"]) + 1); found = 1 }
              END { exit !found }' "$store"; then
        printf '%s\n' "$default"
    fi
    ;;
kwriteconfig*)
    awk 'index($0, ENVIRON["ID"]) != 1' "$store" >"$store.new"
    [ "$delete" -eq 1 ] || printf '%s%s\n' "$ID" "$value" >>"$store.new"
    mv "$store.new" "$store"
    ;;
*)
    echo "fake-kconfig.sh: called as unknown tool $tool" >&2
    exit 2
    ;;
esac
