#!/usr/bin/env bash
# Runs a command with a real Secret Service: a private D-Bus session and a gnome-keyring
# daemon whose fresh login keyring lives in a throwaway HOME. Fails, never
# skips, when either is missing: the credentials test must reach a keychain.
#   tests/app/with-keyring.sh COMMAND [ARGS...]
set -euo pipefail
if [ -z "${WITH_KEYRING_INSIDE:-}" ]; then
  for tool in dbus-run-session gnome-keyring-daemon; do
    command -v "$tool" >/dev/null || { echo "with-keyring.sh: $tool not found (scripts/setup.sh installs it)" >&2; exit 2; }
  done
  home=$(mktemp -d)
  trap 'rm -rf "$home"' EXIT
  export HOME="$home" XDG_DATA_HOME="$home/data" XDG_CONFIG_HOME="$home/config" \
         XDG_CACHE_HOME="$home/cache" XDG_RUNTIME_DIR="$home/run"
  mkdir -p "$XDG_DATA_HOME" "$XDG_CONFIG_HOME" "$XDG_CACHE_HOME" "$XDG_RUNTIME_DIR"
  chmod 700 "$XDG_RUNTIME_DIR"
  export WITH_KEYRING_INSIDE=1
  status=0
  dbus-run-session -- "$0" "$@" || status=$?
  exit "$status"
fi

# Inside the private session bus: a password on stdin creates and unlocks the login
# keyring (an empty one creates nothing). It guards only this throwaway keyring.
printf 'softphone-test' | gnome-keyring-daemon --unlock --components=secrets >/dev/null
# The daemon forks; wait until its login collection answers, unlocked.
for _ in $(seq 50); do
  if dbus-send --session --print-reply --dest=org.freedesktop.secrets \
       /org/freedesktop/secrets/collection/login org.freedesktop.DBus.Properties.Get \
       string:org.freedesktop.Secret.Collection string:Locked 2>/dev/null | grep -q 'boolean false'; then
    # No cleanup needed: the daemon quits when dbus-run-session closes the bus after us.
    exec "$@"
  fi
  sleep 0.1
done
echo "with-keyring.sh: the login keyring did not come up unlocked" >&2
exit 2
