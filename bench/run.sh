#!/usr/bin/env bash
# Builds the benchmarks in Release (build-bench/, or $BUILD_DIR) and runs them all; every
# number is printed and also saved to build-bench/bench-results.txt. Takes about 6 minutes.
#   bench/run.sh            everything
#   bench/run.sh startup    one of: startup notify supervisor history idle sim-scale team-board
set -euo pipefail
here=$(cd "$(dirname "$0")/.." && pwd)
build=${BUILD_DIR:-$here/build-bench}
only=${1:-all}

"$here/scripts/setup.sh"
# Benchmark-only tools, not project dependencies: Twinkle (the Qt softphone we compare
# with) and the Xlib headers of the startup harness.
missing=()
command -v twinkle >/dev/null 2>&1 || missing+=(twinkle)
[ -f /usr/include/X11/Xlib.h ] || missing+=(libx11-dev)
if [ ${#missing[@]} -gt 0 ]; then
  echo "bench: installing ${missing[*]}"
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq
  apt-get install -y -qq --no-install-recommends "${missing[@]}"
fi

echo "bench: building in $build (Release)"
cmake -S "$here" -B "$build" -DCMAKE_BUILD_TYPE=Release >/dev/null
if ! cmake --build "$build" -j2 --target softphone gws-sim bench_startup bench_empty_window bench_notify \
     bench_supervisor bench_history bench_sim_scale bench_team_board \
     >"$build/bench-build.log" 2>&1; then
  tail -40 "$build/bench-build.log"
  exit 1
fi

results="$build/bench-results.txt"
{
  echo "== $(date -u '+%Y-%m-%d %H:%M UTC'), $(git -C "$here" rev-parse --short HEAD)," \
       "$(nproc) cores ($(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs))," \
       "Qt $(dpkg-query -W -f='${Version}' qt6-base-dev 2>/dev/null), Release build"
  if [[ $only == all || $only == startup ]]; then
    echo; xvfb-run -a -s "-screen 0 1280x800x24" "$build/bench/bench_startup" \
      --softphone "$build/softphone" --empty "$build/bench/bench_empty_window" --sim "$build/gws-sim" \
      --twinkle "$(command -v twinkle)" --runs 7
  fi
  if [[ $only == all || $only == notify ]]; then
    echo; "$build/bench/bench_notify" --sim "$build/gws-sim" --js "$here/bench/cometd_burst.mjs" \
      --count 10000 --runs 3
  fi
  if [[ $only == all || $only == supervisor ]]; then
    for run in 1 2 3; do
      echo; xvfb-run -a -s "-screen 0 1280x800x24" "$build/bench/bench_supervisor" --seconds 10
    done
  fi
  if [[ $only == all || $only == history ]]; then
    echo; "$build/bench/bench_history"
  fi
  if [[ $only == all || $only == sim-scale ]]; then
    echo; "$build/bench/bench_sim_scale" --sim "$build/gws-sim" --clients 100,1000 --seconds 10
  fi
  if [[ $only == all || $only == team-board ]]; then
    echo; xvfb-run -a -s "-screen 0 1280x800x24" "$build/bench/bench_team_board" \
      --sim "$build/gws-sim" --seconds 60
  fi
  if [[ $only == all || $only == idle ]]; then
    echo; "$here/bench/idle.sh" "$build" 60
  fi
} 2> >(grep -v -e XDG_RUNTIME_DIR -e '^ALSA lib' >&2) | tee "$results"
