#!/usr/bin/env bash
# Takes the README's pictures the way a user sees the app: for each scene a separate
# simulator (build/gws-sim), the softphone logged in as agent1 against it, a customer
# ringing with case data, and a PNG of the window (with its open popups) a few seconds
# later. Offscreen: no display needed.
#   scripts/screenshot.sh [OUT_DIR]      default docs/
#   SCREENSHOT_LANGUAGE=de scripts/screenshot.sh /tmp/de    in a shipped language (the
#                                        Settings' language code), to look at a translation
# Scenes: ringing (the call rings), card (answered: the call card counts), palette
# (Ctrl+K with "ho" typed), wrapup (answered, then the caller hangs up: the wrap-up card
# with the after-call-work countdown of a simulator with 90 s of wrap-up). Settings and history go to a temporary folder, not yours.
set -euo pipefail
here=$(cd "$(dirname "$0")/.." && pwd)
out=$(realpath -m "${1:-$here/docs}")
build=${BUILD_DIR:-$here/build}
"$here/scripts/build.sh" --target softphone gws-sim >/dev/null
mkdir -p "$out"
scratch=$(mktemp -d)
trap 'rm -rf "$scratch"' EXIT
if [ -n "${SCREENSHOT_LANGUAGE:-}" ]; then
  mkdir -p "$scratch/config/Softphone"
  printf '[General]\nlanguage=%s\n' "$SCREENSHOT_LANGUAGE" >"$scratch/config/Softphone/Softphone.conf"
fi

# 90 s of after-call work after each call (the wrapup scene's countdown).
cat >"$scratch/sim.json" <<'JSON'
{"users": [{"userName": "agent1", "password": "agent1", "phoneNumber": "5001"}],
 "wrapUpSeconds": 90}
JSON

# The far side hangs up a second after the agent answered (wrapup scene).
hang_up_once_answered() { # PORT
  for _ in $(seq 150); do
    local id
    id=$(curl -s "http://127.0.0.1:$1/sim/calls" | python3 -c '
import json, sys
calls = json.load(sys.stdin)["calls"]
print(next((c["id"] for c in calls for l in c["legs"] if l["state"] == "Established"), ""))')
    if [ -n "$id" ]; then
      sleep 1
      curl -s -o /dev/null -X POST "http://127.0.0.1:$1/sim/calls/$id/hangup"
      return
    fi
    sleep 0.1
  done
}

shoot() { # NAME SCENE
  local port sim
  port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
  "$build/gws-sim" --port "$port" --config "$scratch/sim.json" >"/tmp/screenshot-sim-$1.log" 2>&1 &
  sim=$!
  for _ in $(seq 50); do curl -s -o /dev/null "http://127.0.0.1:$port/sim/stats" && break; sleep 0.1; done
  # The caller rings once the app is online (it logs in within a second or two).
  (sleep 2.5
   curl -s -o /dev/null -X POST "http://127.0.0.1:$port/sim/calls" -H 'Content-Type: application/json' \
     -d '{"from":"+15551234567","to":"5001","userData":{"CustomerName":"Jane Doe","Account":"A-1042","Reason":"Billing question"}}'
   if [ "$2" = wrapup ]; then hang_up_once_answered "$port"; fi) &
  SOFTPHONE_PASSWORD=agent1 QT_QPA_PLATFORM=offscreen XDG_CONFIG_HOME="$scratch/config" \
    XDG_DATA_HOME="$scratch/data" "$build/softphone" \
    --server "http://127.0.0.1:$port" --user agent1 --screenshot "$out/screenshot-$1.png" \
    --screenshot-delay 5000 --screenshot-scene "$2" || { kill "$sim"; return 1; }
  kill "$sim" 2>/dev/null || true
  wait "$sim" 2>/dev/null || true
}

shoot ringing window
shoot card answer
shoot palette palette
shoot wrapup wrapup
echo "screenshot: $out/screenshot-{ringing,card,palette,wrapup}.png"
