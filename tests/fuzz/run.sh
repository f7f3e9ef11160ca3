#!/usr/bin/env bash
# Builds the libFuzzer target (clang, ASan+UBSan) into a build folder and fuzzes the
# notification parser and CallModel for a bounded time. Exits non-zero if libFuzzer finds
# a crash, a leak, a timeout or a broken model invariant.
#
#   tests/fuzz/run.sh [BUILD_DIR]        default BUILD_DIR: build/fuzz
#   FUZZ_SECONDS=600 tests/fuzz/run.sh   fuzz longer (default 60 s)
#   BUILD_DIR/fuzz_notifications FILE    replay one input (e.g. a crash-* artifact)
#
# The checked-in seeds (corpus/) are copied into BUILD_DIR/corpus, where libFuzzer adds
# what it finds; that grown corpus is reused by later runs in the same build folder and
# is never written back to the source tree.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)
build=${1:-$root/build/fuzz}
seconds=${FUZZ_SECONDS:-60}

for tool in clang++ cmake; do
  command -v "$tool" >/dev/null || { echo "run.sh: $tool not found (scripts/setup.sh installs it)" >&2; exit 2; }
done

# A build folder configured by the main (g++) build would be wrong here; use our own.
CC=clang CXX=clang++ cmake -S "$here/target" -B "$build" -DCMAKE_BUILD_TYPE=RelWithDebInfo >/dev/null
cmake --build "$build" -j2

mkdir -p "$build/corpus" "$build/artifacts"
cp -f "$here"/corpus/* "$build/corpus/"

# Leaks: the model is kept across inputs, so nearly every input allocates more than it
# frees and libFuzzer's per-input leak check (a full LeakSanitizer scan each time) would
# cost nine runs in ten. It is off (-detect_leaks=0); LeakSanitizer still checks the whole
# process at exit (ASAN_OPTIONS detect_leaks=1) and fails the run with the leak's stack.
symbolizer=$(command -v llvm-symbolizer || ls /usr/lib/llvm-*/bin/llvm-symbolizer 2>/dev/null | head -n1 || true)
export ASAN_OPTIONS="detect_leaks=1:abort_on_error=0:strict_string_checks=1:detect_stack_use_after_return=1${ASAN_OPTIONS:+:$ASAN_OPTIONS}"
export UBSAN_OPTIONS="print_stacktrace=1:halt_on_error=1${UBSAN_OPTIONS:+:$UBSAN_OPTIONS}"
[ -n "$symbolizer" ] && export ASAN_SYMBOLIZER_PATH="$symbolizer"

echo "run.sh: fuzzing for ${seconds}s; corpus $build/corpus, findings in $build/artifacts/"
status=0
"$build/fuzz_notifications" \
  -dict="$here/notifications.dict" \
  -max_total_time="$seconds" \
  -max_len=65536 \
  -timeout=30 \
  -rss_limit_mb=2048 \
  -detect_leaks=0 \
  -print_final_stats=1 \
  -artifact_prefix="$build/artifacts/" \
  "$build/corpus" || status=$?

if [ "$status" -ne 0 ]; then
  echo "run.sh: libFuzzer found a problem (exit $status). Inputs saved in $build/artifacts/:" >&2
  ls -l "$build/artifacts/" >&2 || true
  echo "run.sh: replay one with: $build/fuzz_notifications $build/artifacts/<file>" >&2
fi
exit "$status"
