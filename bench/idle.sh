#!/usr/bin/env bash
# Idle cost: the softphone connected to gws-sim (a separate process, so only the app is
# measured), no calls, for SECONDS (default 60). Prints the app's CPU time over that
# window (/proc/<pid>/stat utime+stime, and the exact per-thread run time from
# /proc/<pid>/task/*/schedstat) and its wakeups (voluntary context switches of every
# thread, from /proc/<pid>/task/*/status), per thread.
#
#   bench/idle.sh BUILD_DIR [SECONDS]     (needs xvfb-run, or DISPLAY set)
set -euo pipefail

build=${1:?usage: idle.sh BUILD_DIR [SECONDS]}
seconds=${2:-60}
settle=5
if [ -z "${DISPLAY:-}" ]; then
    exec xvfb-run -a -s "-screen 0 1280x800x24" "$0" "$@"
fi
work=$(mktemp -d /tmp/bench-idle-XXXXXX)
sim_pid=""; app_pid=""
cleanup() {
    [ -n "$app_pid" ] && kill "$app_pid" 2>/dev/null && wait "$app_pid" 2>/dev/null || true
    [ -n "$sim_pid" ] && kill "$sim_pid" 2>/dev/null && wait "$sim_pid" 2>/dev/null || true
    rm -rf "$work"
}
trap cleanup EXIT

: >"$work/sim.out"; : >"$work/app.err"
"$build/gws-sim" --port 0 >"$work/sim.out" 2>"$work/sim.err" &
sim_pid=$!
for _ in $(seq 100); do
    url=$(grep -o 'http://[0-9.:]*' "$work/sim.out" || true)
    [ -n "$url" ] && break
    sleep 0.05
done
[ -n "$url" ] || { echo "gws-sim did not start"; cat "$work/sim.err"; exit 1; }

HOME="$work" SOFTPHONE_PASSWORD=agent1 "$build/softphone" --server "$url" --user agent1 \
    --report-ready >/dev/null 2>"$work/app.err" &
app_pid=$!
for _ in $(seq 200); do
    grep -q '^ready ' "$work/app.err" && break
    sleep 0.05
done
grep -q '^ready ' "$work/app.err" || { echo "softphone not ready"; cat "$work/app.err"; exit 1; }
sleep "$settle"

ticks=$(getconf CLK_TCK)
# utime+stime of the whole process, in clock ticks (fields 14 and 15; comm has no spaces).
cpu_ticks() { awk '{print $14 + $15}' "/proc/$app_pid/stat"; }
# One line per thread: tid name run_ns voluntary involuntary
threads() {
    for t in /proc/"$app_pid"/task/*; do
        tid=${t##*/}
        name=$(tr ' ' '_' <"$t/comm")
        run=$(awk '{print $1}' "$t/schedstat")
        awk -v tid="$tid" -v name="$name" -v run="$run" \
            '/^voluntary_ctxt_switches/ {v=$2} /^nonvoluntary_ctxt_switches/ {n=$2}
             END {print tid, name, run, v, n}' "$t/status"
    done
}

t0_ticks=$(cpu_ticks); threads >"$work/before"
sleep "$seconds"
t1_ticks=$(cpu_ticks); threads >"$work/after"
kill -0 "$app_pid" 2>/dev/null || { echo "softphone died"; cat "$work/app.err"; exit 1; }

echo "Idle for $seconds s, connected to gws-sim (long-poll timeout 30 s), no calls"
awk -v secs="$seconds" -v ticks="$t1_ticks" -v ticks0="$t0_ticks" -v hz="$ticks" '
    NR == FNR { run[$1] = $3; vol[$1] = $4; inv[$1] = $5; next }
    {
        dr = $3 - run[$1]; dv = $4 - vol[$1]; di = $5 - inv[$1]
        if (!($1 in run)) { dr = $3; dv = $4; di = $5 }   # thread started meanwhile
        totr += dr; totv += dv; toti += di
        if (dv + di > 0 || dr > 0)
            printf "  thread %-22s %8.2f ms CPU %6d wakeups (+%d preempted)\n", $2, dr / 1e6, dv, di
    }
    END {
        cpu_ms = (ticks - ticks0) * 1000 / hz
        printf "  CPU time: %.1f ms by utime+stime (%d ms resolution), %.2f ms by schedstat\n", cpu_ms, 1000 / hz, totr / 1e6
        printf "  = %.4f %% of one core (target < 0.1 %%)\n", totr / 1e6 / (secs * 1000) * 100
        printf "  wakeups: %d voluntary context switches (%.2f/s), %d involuntary\n", totv, totv / secs, toti
    }' "$work/before" "$work/after"
