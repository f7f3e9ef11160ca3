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

cmake -S "$root" -B "$build" -DCMAKE_BUILD_TYPE=RelWithDebInfo -DSOFTPHONE_SANITIZE=ON \
      -DSOFTPHONE_BUILD_BENCH=OFF >/dev/null
cmake --build "$build" -j"$(nproc)"

export ASAN_OPTIONS="detect_leaks=0:abort_on_error=0:strict_string_checks=1${ASAN_OPTIONS:+:$ASAN_OPTIONS}"
export UBSAN_OPTIONS="print_stacktrace=1:halt_on_error=1${UBSAN_OPTIONS:+:$UBSAN_OPTIONS}"
export QT_QPA_PLATFORM=offscreen
cd "$build"
# Everything but the runs that are their own build or peers' programs (fuzz, interop,
# scripted, smoke), the long soak, and this test itself.
ctest --output-on-failure --timeout 300 -E 'sanitize|fuzz|soak|smoke|interop|scripted'
