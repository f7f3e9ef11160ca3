#!/usr/bin/env bash
# The test suite again, built with AddressSanitizer and UndefinedBehaviorSanitizer, in its
# own build folder (the product build stays as users get it). Any memory error or undefined
# behaviour fails the test that hit it. Leak checking is off here: Qt's plugins and caches
# live until exit; the fuzz run checks leaks in the parsers.
#   tests/sanitize/run.sh BUILD_DIR
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)
build=${1:-$root/build/sanitize}

# -O1 without debug info: the sanitizers need no more, and it keeps the CI build short.
cmake -S "$root" -B "$build" -DCMAKE_BUILD_TYPE= -DCMAKE_CXX_FLAGS="-O1 -g0" \
      -DSOFTPHONE_SANITIZE=ON -DSOFTPHONE_BUILD_BENCH=OFF >/dev/null
# The suites of the code that handles what comes off the network: the parsers and models,
# the client's network and session classes, and the simulator's HTTP, CometD and input
# checks. Each CTest name is its target's name. The rest stays out to keep CI short: each
# suite is a sanitized executable to build (all of model/app/sim took 18 min here).
pattern='^tst_(model_|app_(badserver|hostile|jsonarraystream|session|faults|operations|budget|lifecycle)$|sim_(http|cometd|limits|wrongtypes|origin|sessions|cometdsockets|faults)$)'
targets=$(cd "$build" && ctest -N -R "$pattern" | sed -n 's/^ *Test *#[0-9]*: //p')
[ -n "$targets" ] || { echo "sanitize: no test targets found" >&2; exit 2; }
# shellcheck disable=SC2086 # one target per word
cmake --build "$build" -j"$(nproc)" --target $targets

export ASAN_OPTIONS="detect_leaks=0:abort_on_error=0:strict_string_checks=1${ASAN_OPTIONS:+:$ASAN_OPTIONS}"
export UBSAN_OPTIONS="print_stacktrace=1:halt_on_error=1${UBSAN_OPTIONS:+:$UBSAN_OPTIONS}"
export QT_QPA_PLATFORM=offscreen
cd "$build"
ctest --output-on-failure --timeout 300 -R "$pattern"
