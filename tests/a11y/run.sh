#!/usr/bin/env bash
# The softphone as a screen reader meets it: the real program under Xvfb, on a private D-Bus
# session with the AT-SPI bus, logged in to a gws-sim of its own, its accessibility tree
# walked and its events heard by check_tree.py (python3-pyatspi). Fails, never skips, when a
# tool is missing (scripts/setup.sh installs them). Usage: run.sh <softphone> <gws-sim>
set -u
here=$(cd "$(dirname "$0")" && pwd)

if [ -z "${A11Y_WORK:-}" ]; then
  for tool in Xvfb dbus-run-session /usr/libexec/at-spi-bus-launcher /usr/bin/python3; do
    command -v "$tool" >/dev/null \
      || { echo "a11y: $tool not found (scripts/setup.sh installs at-spi2-core, xvfb, dbus)"; exit 2; }
  done
  /usr/bin/python3 -c 'import pyatspi' 2>/dev/null \
    || { echo "a11y: python3-pyatspi not found (scripts/setup.sh installs it)"; exit 2; }
  # Everything runs in a process group of its own, killed whole on the way out: the buses
  # D-Bus starts on demand (at-spi-bus-launcher, its dbus-daemon, the registry) included.
  # Absolute paths: the programs start from the checker, wherever it runs.
  set -- "$(realpath "$1")" "$(realpath "$2")"
  A11Y_WORK=$(mktemp -d)
  export A11Y_WORK
  setsid "$0" "$@" &
  group=$!
  cleanup() {
    kill -TERM -- "-$group" 2>/dev/null
    for _ in 1 2 3 4 5 6 7 8 9 10; do
      kill -0 -- "-$group" 2>/dev/null || break
      sleep 0.1
    done
    kill -KILL -- "-$group" 2>/dev/null
    rm -rf "$A11Y_WORK"
  }
  trap cleanup EXIT
  trap 'exit 143' TERM INT
  wait "$group"
  exit $?
fi

# Inside the group: an X server, then a session bus for the checker and the programs.
Xvfb -displayfd 3 -nolisten tcp -screen 0 1280x900x24 3>"$A11Y_WORK/display" 2>"$A11Y_WORK/xvfb.log" &
for _ in $(seq 1 100); do
  [ -s "$A11Y_WORK/display" ] && break
  sleep 0.05
done
[ -s "$A11Y_WORK/display" ] || { echo "a11y: Xvfb did not start"; cat "$A11Y_WORK/xvfb.log"; exit 1; }
export DISPLAY=":$(head -1 "$A11Y_WORK/display")"
# The program as a screen-reader user runs it: X11, accessibility on, in English, with
# settings and history of this run only.
export QT_QPA_PLATFORM=xcb QT_ACCESSIBILITY=1 QT_LINUX_ACCESSIBILITY_ALWAYS_ON=1
export LANG=C.UTF-8 LC_ALL=C.UTF-8 LANGUAGE=en
export XDG_CONFIG_HOME="$A11Y_WORK/config" XDG_DATA_HOME="$A11Y_WORK/data"
export XDG_CACHE_HOME="$A11Y_WORK/cache" XDG_RUNTIME_DIR="$A11Y_WORK/runtime"
# libxkbcommon-x11 (xcb only) reads X atom names with strndup past their unterminated end;
# ASan's strndup check then stops the sanitizer build at start: not our code.
export ASAN_OPTIONS="${ASAN_OPTIONS:+$ASAN_OPTIONS:}intercept_strndup=0"
mkdir -p "$XDG_RUNTIME_DIR" && chmod 700 "$XDG_RUNTIME_DIR"
unset AT_SPI_BUS_ADDRESS DBUS_SESSION_BUS_ADDRESS
exec dbus-run-session -- /usr/bin/python3 "$here/check_tree.py" "$@" --work "$A11Y_WORK"
