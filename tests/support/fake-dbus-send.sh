#!/bin/sh
# fake-dbus-send.sh — stands in for dbus-send (install it as "dbus-send" first on PATH): only
# appends the call to $FAKE_TOOLS_LOG, tab-separated.
if [ -n "${FAKE_TOOLS_LOG:-}" ]; then
    { printf 'dbus-send'; for a in "$@"; do printf '\t%s' "$a"; done; printf '\n'; } >>"$FAKE_TOOLS_LOG"
fi
