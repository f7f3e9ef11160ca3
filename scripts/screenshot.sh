#!/usr/bin/env bash
# Makes docs/screenshot.png: the app on a fresh simulator with an answered call (with
# case data) and a second call ringing, under Xvfb. Everything goes through the real
# protocol: gws-sim's control endpoints ring agent1, the app answers over REST.
set -euo pipefail
here=$(cd "$(dirname "$0")/.." && pwd)
build=${BUILD_DIR:-$here/build}
"$here/scripts/build.sh" --target softphone gws-sim >/dev/null
out=${1:-$here/docs/screenshot.png}
mkdir -p "$(dirname "$out")"
port=$((20000 + RANDOM % 20000))
"$build/gws-sim" --port "$port" --answer-delay 500 >/tmp/screenshot-sim.log 2>&1 &
sim=$!
trap 'kill $sim 2>/dev/null || true' EXIT
up=""
for _ in $(seq 50); do curl -sf "http://127.0.0.1:$port/sim/stats" >/dev/null && up=1 && break; sleep 0.1; done
[ -n "$up" ] || { echo "gws-sim did not start:"; cat /tmp/screenshot-sim.log; exit 1; }
ring() { curl -sf -X POST "http://127.0.0.1:$port/sim/calls" -H 'Content-Type: application/json' -d "$1" >/dev/null; }
base="http://127.0.0.1:$port/api/v2"
jar=$(mktemp)
# agent1's second session (as a second desk client would) answers the first call, so the
# picture shows one live call and one ringing; the app learns both by notifications.
answer_ringing() {
  local token id
  token=$(curl -sf -u agent1:agent1 -c "$jar" -b "$jar" -D - -o /dev/null "$base/me" | tr -d '\r' | awk -F': ' 'tolower($1)=="x-csrf-token"{print $2}')
  id=$(curl -sf -u agent1:agent1 -b "$jar" "$base/me/calls" | node -e 'let s="";process.stdin.on("data",d=>s+=d).on("end",()=>{const c=JSON.parse(s).calls.find(c=>c.state==="Ringing");console.log(c?c.id:"")})')
  [ -n "$id" ] && curl -sf -u agent1:agent1 -b "$jar" -H "X-CSRF-TOKEN: $token" -H 'Content-Type: application/json' \
    -X POST "$base/me/calls/$id" -d '{"operationName":"Answer"}' >/dev/null
}
# The calls arrive shortly after the app has logged in.
( sleep 2
  ring '{"from":"+15551234567","to":"5001","userData":{"CustomerName":"Dana Whitfield","AccountNumber":"12345678","Reason":"Billing question","Segment":"Gold"}}'
  sleep 0.5; answer_ringing; sleep 1
  ring '{"from":"+15559876543","to":"5001","userData":{"CustomerName":"Lee Park","Reason":"New order"}}' ) &
SOFTPHONE_PASSWORD=agent1 xvfb-run -a -s "-screen 0 1280x800x24" \
  "$build/softphone" --server "http://127.0.0.1:$port" --user agent1 \
  --screenshot "$out" --screenshot-delay 5000
echo "saved $out"
