#!/usr/bin/env bash
# Runs a command on a private D-Bus session bus of its own, so a test can be the desktop's
# notification server without meeting the real one. Fails, never skips, without
# dbus-run-session: the D-Bus tests must run.
#   tests/ui/with-session-bus.sh COMMAND [ARGS...]
set -euo pipefail
command -v dbus-run-session >/dev/null \
  || { echo "with-session-bus.sh: dbus-run-session not found (scripts/setup.sh installs it)" >&2; exit 2; }
exec dbus-run-session -- "$@"
