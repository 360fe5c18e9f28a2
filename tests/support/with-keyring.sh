#!/bin/sh
# with-keyring.sh <command> [args...]
#
# Runs <command> against a real Secret Service (gnome-keyring-daemon) on a private D-Bus session
# bus, so keychain tests run on a headless machine with no session at all and never see or touch
# the user's own keyring:
#   - HOME and the XDG directories point into a throw-away folder, for the bus and everything on it;
#   - the bus has no service activation, so the daemon started here is the only Secret Service and,
#     should it die, nothing (no second daemon, no unlock prompter) is started in its place.
# The daemon runs in the foreground as our child and is killed by its PID once <command> ends (it
# would also exit when dbus-run-session tears the bus down). Exports to <command>:
#   VEIL_TEST_KEYRING=1          tests refuse to touch a keychain without it
#   VEIL_TEST_KEYRING_PID=<pid>  the daemon, for tests that suspend it (SIGSTOP) to force timeouts
# Needs dbus-run-session, dbus-send (package dbus) and gnome-keyring-daemon (gnome-keyring).
set -eu

me=with-keyring.sh

if [ "${1:-}" != "--in-session" ]; then
    # Outer half: a private folder and environment, then a private bus living as long as <command>.
    if [ $# -eq 0 ]; then
        echo "usage: $me <command> [args...]" >&2
        exit 2
    fi
    for tool in dbus-run-session dbus-send gnome-keyring-daemon; do
        if ! command -v "$tool" >/dev/null 2>&1; then
            echo "$me: $tool not found (install the dbus and gnome-keyring packages)" >&2
            exit 1
        fi
    done
    root=$(mktemp -d "${TMPDIR:-/tmp}/veil-keyring.XXXXXX")
    trap 'rm -rf "$root"' EXIT
    trap 'exit 143' HUP INT TERM

    export HOME="$root/home"
    export XDG_RUNTIME_DIR="$root/run"
    export XDG_DATA_HOME="$HOME/.local/share"
    export XDG_CONFIG_HOME="$HOME/.config"
    export XDG_CACHE_HOME="$HOME/.cache"
    # QtKeychain picks its backend from the desktop variables (KWallet on KDE); without a display
    # no unlock prompt can appear on a developer's screen.
    unset XDG_CURRENT_DESKTOP DESKTOP_SESSION KDE_FULL_SESSION KDE_SESSION_VERSION \
        GNOME_DESKTOP_SESSION_ID GNOME_KEYRING_CONTROL SSH_AUTH_SOCK DISPLAY WAYLAND_DISPLAY \
        DBUS_SESSION_BUS_ADDRESS
    mkdir -p "$XDG_DATA_HOME/keyrings" "$XDG_CONFIG_HOME" "$XDG_CACHE_HOME"
    mkdir -m 700 "$XDG_RUNTIME_DIR"

    # The stock session.conf minus <standard_session_servicedirs/> and the system includes.
    cat >"$root/bus.conf" <<EOF
<!DOCTYPE busconfig PUBLIC "-//freedesktop//DTD D-Bus Bus Configuration 1.0//EN"
 "http://www.freedesktop.org/standards/dbus/1.0/busconfig.dtd">
<busconfig>
  <type>session</type>
  <keep_umask/>
  <listen>unix:dir=$XDG_RUNTIME_DIR</listen>
  <auth>EXTERNAL</auth>
  <policy context="default">
    <allow send_destination="*" eavesdrop="true"/>
    <allow eavesdrop="true"/>
    <allow own="*"/>
  </policy>
</busconfig>
EOF
    status=0
    dbus-run-session --config-file="$root/bus.conf" -- sh "$0" --in-session "$@" || status=$?
    exit "$status"
fi

# Inner half: on the private bus (dbus-run-session set DBUS_SESSION_BUS_ADDRESS).
shift
root=$(dirname "$HOME")

# --unlock creates the "login" collection (the default alias) with this password and unlocks it.
printf '%s' veil-test | gnome-keyring-daemon --foreground --unlock --components=secrets \
    >"$root/keyring.log" 2>&1 &
daemon=$!

stop_daemon() {
    if kill -0 "$daemon" 2>/dev/null; then
        kill -CONT "$daemon" 2>/dev/null || true # a test may have left it stopped
        kill -TERM "$daemon" 2>/dev/null || true
        wait "$daemon" 2>/dev/null || true
    fi
}
trap stop_daemon EXIT
trap 'exit 143' HUP INT TERM

# Wait (up to 10 s) until the daemon owns the Secret Service name on our bus.
tries=0
until dbus-send --session --print-reply --dest=org.freedesktop.DBus /org/freedesktop/DBus \
    org.freedesktop.DBus.NameHasOwner string:org.freedesktop.secrets 2>/dev/null |
    grep -q 'boolean true'; do
    tries=$((tries + 1))
    if ! kill -0 "$daemon" 2>/dev/null || [ "$tries" -ge 100 ]; then
        echo "$me: gnome-keyring-daemon did not come up; its output:" >&2
        cat "$root/keyring.log" >&2
        exit 1
    fi
    sleep 0.1
done

export VEIL_TEST_KEYRING=1
export VEIL_TEST_KEYRING_PID="$daemon"
status=0
"$@" || status=$?
exit "$status"
