#!/usr/bin/env bash
# Configures and builds everything into build/ (or $BUILD_DIR). Used by run.sh and test.sh;
# extra configure arguments come in $CMAKE_ARGS (test.sh passes its sanitizer settings).
set -euo pipefail
here=$(cd "$(dirname "$0")/.." && pwd)
build=${BUILD_DIR:-$here/build}
# shellcheck disable=SC2086 # CMAKE_ARGS holds several words
cmake -S "$here" -B "$build" -DCMAKE_BUILD_TYPE=${BUILD_TYPE:-RelWithDebInfo} ${CMAKE_ARGS:-} >/dev/null
cmake --build "$build" -j"$(nproc)" "$@"
