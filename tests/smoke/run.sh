#!/usr/bin/env bash
# Smoke test of the built programs, as a user starts them: the softphone on its embedded
# simulator, then against a separate gws-sim, each must show its window and log in
# ("ready <ms>" from --report-ready) within 30 s; what loads on first use (the audio module
# and Qt Multimedia; TLS for a plain-HTTP server; the simulator's module against a server)
# has not loaded by then, nor has an icon-engine plugin (issue 18); and a copy of the
# program without its modules says the built-in simulator is missing and ends.
# Usage: run.sh <softphone> <gws-sim>
set -u
softphone=$1
gwssim=$2
work=$(mktemp -d)
pids=()
cleanup() { kill "${pids[@]}" 2>/dev/null; wait 2>/dev/null; rm -rf "$work"; }
trap cleanup EXIT
export QT_QPA_PLATFORM=offscreen

# Fails if the running program `pid` has mapped a library matching the pattern.
not_loaded() { # pid pattern what
  if grep -q "$2" "/proc/$1/maps"; then
    echo "smoke: $3 loaded before it was needed:"; grep -o "/[^ ]*$2[^ ]*" "/proc/$1/maps" | sort -u; exit 1
  fi
}

wait_for() { # file pattern seconds
  for _ in $(seq 1 $(( $3 * 10 ))); do
    grep -q "$2" "$1" 2>/dev/null && return 0
    sleep 0.1
  done
  return 1
}

"$softphone" --no-demo --report-ready 2>"$work/embedded.log" &
pids+=($!)
if ! wait_for "$work/embedded.log" '^ready ' 30; then
  echo "smoke: the softphone on its embedded simulator did not log in within 30 s"; cat "$work/embedded.log"; exit 1
fi
echo "smoke: embedded simulator: $(grep '^ready ' "$work/embedded.log")"
not_loaded "${pids[0]}" 'libQt6Multimedia' "Qt Multimedia (the ring tone)"
not_loaded "${pids[0]}" 'softphone_audio' "the audio module"
not_loaded "${pids[0]}" 'iconengines' "an icon-engine plugin (ui/svgicons.cpp draws our icons)"

"$gwssim" --port 0 >"$work/sim.log" 2>&1 &
pids+=($!)
wait_for "$work/sim.log" 'listening on' 10 || { echo "smoke: gws-sim did not start"; cat "$work/sim.log"; exit 1; }
url=$(grep -o 'http://127.0.0.1:[0-9]*' "$work/sim.log" | head -1)
SOFTPHONE_PASSWORD=agent2 "$softphone" --server "$url" --user agent2 --report-ready 2>"$work/remote.log" &
pids+=($!)
if ! wait_for "$work/remote.log" '^ready ' 30; then
  echo "smoke: the softphone did not log in to gws-sim ($url) within 30 s"; cat "$work/remote.log"; exit 1
fi
echo "smoke: gws-sim at $url: $(grep '^ready ' "$work/remote.log")"
not_loaded "${pids[2]}" 'libQt6Multimedia' "Qt Multimedia (the ring tone)"
not_loaded "${pids[2]}" 'libssl' "TLS (the server speaks plain HTTP)"
not_loaded "${pids[2]}" 'softphone_simulator' "the built-in simulator's module"
not_loaded "${pids[2]}" 'libQt6HttpServer' "Qt HTTP Server (the built-in simulator's)"

# Installed without its modules (a copy outside the build tree, no lib/softphone beside
# it): no built-in simulator, said, and the program ends; it does not crash or hang.
mkdir -p "$work/bare/bin"
cp "$softphone" "$work/bare/bin/softphone"
status=0
LC_ALL=C.UTF-8 LANGUAGE= timeout 30 "$work/bare/bin/softphone" --no-demo 2>"$work/bare.log" || status=$?
if [ "$status" -ne 1 ] || ! grep -q "Cannot start the built-in simulator: the simulator's module is missing" "$work/bare.log"; then
  echo "smoke: without its module, the softphone ended with $status:"; cat "$work/bare.log"; exit 1
fi
echo "smoke: without the simulator's module: $(grep -m1 'Cannot start' "$work/bare.log")"
