#!/bin/sh
# with-dconf.sh <command> [args...]
#
# Runs <command> with the real GSettings stack — gsettings, the dconf backend and dconf-service —
# on a private D-Bus session bus with a throw-away HOME, so system-proxy tests change
# org.gnome.system.proxy without ever seeing or touching the user's own settings:
#   - HOME and the XDG directories point into a temporary folder (dconf writes
#     $XDG_CONFIG_HOME/dconf/user);
#   - the bus can activate dconf-service and nothing else.
# Exports VEIL_TEST_DCONF=1 (tests refuse to run gsettings without it), GSETTINGS_BACKEND=dconf
# and XDG_CURRENT_DESKTOP=GNOME.
# Needs dbus-run-session (package dbus), gsettings (libglib2.0-bin), dconf-service
# (dconf-service, pulled in by dconf-gsettings-backend) and the org.gnome.system.proxy schema
# (gsettings-desktop-schemas).
set -eu

me=with-dconf.sh

if [ $# -eq 0 ]; then
    echo "usage: $me <command> [args...]" >&2
    exit 2
fi
missing() {
    echo "$me: $1 not found (install the $2 package)" >&2
    exit 1
}
command -v dbus-run-session >/dev/null 2>&1 || missing dbus-run-session dbus
command -v gsettings >/dev/null 2>&1 || missing gsettings libglib2.0-bin
service=""
for candidate in /usr/libexec/dconf-service /usr/lib/dconf/dconf-service /usr/lib/*/dconf-service; do
    if [ -x "$candidate" ]; then
        service=$candidate
        break
    fi
done
[ -n "$service" ] || missing dconf-service "dconf-service and dconf-gsettings-backend"
if ! gsettings list-schemas 2>/dev/null | grep -qx org.gnome.system.proxy; then
    missing "the org.gnome.system.proxy schema" gsettings-desktop-schemas
fi

root=$(mktemp -d "${TMPDIR:-/tmp}/veil-dconf.XXXXXX")
trap 'rm -rf "$root"' EXIT
trap 'exit 143' HUP INT TERM

export HOME="$root/home"
export XDG_RUNTIME_DIR="$root/run"
export XDG_DATA_HOME="$HOME/.local/share"
export XDG_CONFIG_HOME="$HOME/.config"
export XDG_CACHE_HOME="$HOME/.cache"
unset DESKTOP_SESSION KDE_FULL_SESSION KDE_SESSION_VERSION GNOME_DESKTOP_SESSION_ID DISPLAY WAYLAND_DISPLAY \
    DBUS_SESSION_BUS_ADDRESS
mkdir -p "$XDG_DATA_HOME" "$XDG_CONFIG_HOME" "$XDG_CACHE_HOME" "$root/services"
mkdir -m 700 "$XDG_RUNTIME_DIR"

# dconf-service only, started by the bus itself (no systemd here).
cat >"$root/services/ca.desrt.dconf.service" <<EOS
[D-BUS Service]
Name=ca.desrt.dconf
Exec=$service
EOS
cat >"$root/bus.conf" <<EOS
<!DOCTYPE busconfig PUBLIC "-//freedesktop//DTD D-Bus Bus Configuration 1.0//EN"
 "http://www.freedesktop.org/standards/dbus/1.0/busconfig.dtd">
<busconfig>
  <type>session</type>
  <keep_umask/>
  <listen>unix:dir=$XDG_RUNTIME_DIR</listen>
  <auth>EXTERNAL</auth>
  <servicedir>$root/services</servicedir>
  <policy context="default">
    <allow send_destination="*" eavesdrop="true"/>
    <allow eavesdrop="true"/>
    <allow own="*"/>
  </policy>
</busconfig>
EOS

export VEIL_TEST_DCONF=1
export GSETTINGS_BACKEND=dconf
export XDG_CURRENT_DESKTOP=GNOME
status=0
# dbus-run-session ends the bus, and with it the dconf-service it activated, when <command> ends.
dbus-run-session --config-file="$root/bus.conf" -- "$@" || status=$?
exit "$status"
