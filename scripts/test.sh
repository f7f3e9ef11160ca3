#!/usr/bin/env bash
# Set up, build, and run every test (unit, simulator, client, GUI offscreen, interop,
# scripted server, fuzz, soak, smoke), all of them under AddressSanitizer and
# UndefinedBehaviorSanitizer: the tests get their own build folder (build/test), built with
# the sanitizers at -O1 without debug info, so any memory error or undefined behaviour fails
# the suite that hit it. build/ stays the program as users run it (scripts/run.sh).
set -euo pipefail
here=$(cd "$(dirname "$0")/.." && pwd)
"$here/scripts/setup.sh"
export BUILD_DIR=${BUILD_DIR:-$here/build/test}
# Ninja: it starts a suite's compile as soon as its own inputs are ready (Make waits for
# whole targets), a minute less here. The tree is this script's own: one made by another
# generator is made again.
export CMAKE_GENERATOR=Ninja
if [ -f "$BUILD_DIR/CMakeCache.txt" ] && ! grep -q '^CMAKE_GENERATOR:INTERNAL=Ninja$' "$BUILD_DIR/CMakeCache.txt"; then
  rm -rf "$BUILD_DIR"
fi
# The benchmarks are programs, not tests: bench/run.sh builds them (in Release).
# lld links the ~75 sanitized test programs about 3x faster than the default ld.bfd.
# A unity build (8 sources a unit) compiles Qt's inline code once per unit instead of once
# per file: the sanitized build takes 13 min instead of 16. It needs file-local names
# unique across a library (a clash fails here, not in the everyday build/).
BUILD_TYPE=None CMAKE_ARGS="-DCMAKE_CXX_FLAGS=-O1 -DSOFTPHONE_SANITIZE=ON -DSOFTPHONE_BUILD_BENCH=OFF \
-DCMAKE_EXE_LINKER_FLAGS=-fuse-ld=lld -DCMAKE_SHARED_LINKER_FLAGS=-fuse-ld=lld -DCMAKE_UNITY_BUILD=ON" \
  "$here/scripts/build.sh"
cd "$BUILD_DIR"
# -j2: fuzz and soak overlap with each other; every other suite runs alone (tests/CMakeLists.txt).
QT_QPA_PLATFORM=offscreen ctest -j2 --output-on-failure --timeout 300 "$@"
