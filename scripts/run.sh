#!/usr/bin/env bash
# Set up, build, and start the softphone on its embedded GWS simulator (agent1).
# Extra arguments go to the app, e.g. --server https://gws:8443 --user jane.
set -euo pipefail
here=$(cd "$(dirname "$0")/.." && pwd)
"$here/scripts/setup.sh"
"$here/scripts/build.sh" --target softphone gws-sim
app=${BUILD_DIR:-$here/build}/softphone
if [ -z "${DISPLAY:-}" ] && [ -z "${WAYLAND_DISPLAY:-}" ]; then
  echo "run: no display found; starting under xvfb-run (use a desktop session to see the window)"
  exec xvfb-run -a -s "-screen 0 1280x800x24" "$app" "$@"
fi
exec "$app" "$@"
