#!/usr/bin/env bash
# Start-up of the window: starts Courier RUNS times (default 10) under a private Xvfb and prints, per run and as
# median/p90/min/max, the time from launching the process to its first frame (the app prints it when
# COURIER_STARTUP_TRACE is set), the CPU time the process had used by then (all threads; less sensitive than the
# wall time to what else runs on the machine) and the resident memory (VmRSS) SETTLE seconds (default 2) after it.
#
#   bench/startup.sh                                   # java -jar target/courier.jar (build it first)
#   bench/startup.sh target/packaging/Courier/bin/Courier   # the app image built by packaging/package.sh
#   RUNS=5 bench/startup.sh java -XX:+UseSerialGC -jar target/courier.jar
set -euo pipefail
cd "$(dirname "$0")/.."

runs=${RUNS:-10}
settle=${SETTLE:-2}
command=("$@")
[ ${#command[@]} -gt 0 ] || command=(java -jar target/courier.jar)
command -v Xvfb >/dev/null || { echo "Xvfb is missing: apt-get install xvfb" >&2; exit 1; }

work=$(mktemp -d)
xvfb_pid=""
app_pid=""
cleanup() {
    [ -z "$app_pid" ] || kill "$app_pid" 2>/dev/null || true
    [ -z "$xvfb_pid" ] || kill "$xvfb_pid" 2>/dev/null || true
    rm -rf "$work"
}
trap cleanup EXIT

# -displayfd: Xvfb picks a free display number itself and writes it to the file once it accepts clients.
Xvfb -displayfd 3 -screen 0 1400x900x24 -nolisten tcp 3>"$work/display" 2>"$work/xvfb.log" &
xvfb_pid=$!
for _ in $(seq 100); do
    [ -s "$work/display" ] && break
    sleep 0.1
done
export DISPLAY=":$(cat "$work/display")"

# Prints the median, 90th percentile (nearest rank), min and max of its arguments (integers).
summary() {
    printf '%s\n' "$@" | sort -n | awk '{ v[NR] = $1 } END {
        median = NR % 2 ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2
        p90 = int(0.9 * NR) == 0.9 * NR ? v[0.9 * NR] : v[int(0.9 * NR) + 1]
        printf "median %6d   p90 %6d   min %6d   max %6d", median, p90, v[1], v[NR] }'
}

echo "command: ${command[*]}"
echo "display $DISPLAY, $runs runs, RSS read ${settle} s after the first frame, load average: $(cut -d' ' -f1-3 /proc/loadavg)"
frames=()
cpus=()
rss=()
rss_no_gl=()
for run in $(seq "$runs"); do
    # A fresh state folder per run: start-up must not depend on (or change) anyone's real workspace.
    export COURIER_HOME="$work/home-$run"
    launched=$(date +%s%3N)
    COURIER_STARTUP_TRACE=1 "${command[@]}" >"$work/out-$run" 2>&1 &
    app_pid=$!
    line=""
    for _ in $(seq 600); do
        # The whole line: the app's printf may reach the file in pieces, and a half-written line has no epoch yet.
        line=$(grep -m1 -E '^courier-startup: .*\(epoch [0-9]+ ms\)$' "$work/out-$run" || true)
        [ -z "$line" ] || break
        kill -0 "$app_pid" 2>/dev/null || { cat "$work/out-$run" >&2; echo "run $run: the app exited" >&2; exit 1; }
        sleep 0.05
    done
    [ -n "$line" ] || { echo "run $run: no first frame within 30 s" >&2; exit 1; }
    frame_epoch=$(sed -E 's/.*epoch ([0-9]+) ms.*/\1/' <<<"$line")
    cpu=$(sed -E 's/.*, ([0-9]+) ms CPU.*/\1/' <<<"$line")
    sleep "$settle"
    kb=$(awk '/^VmRSS:/ { print $2 }' "/proc/$app_pid/status")
    # The X server's OpenGL driver (Mesa's llvmpipe on Xvfb: libLLVM, swrast_dri) is loaded by GTK and JavaFX's
    # OpenGL probe even when JavaFX then renders in software; it is the machine's, so it is shown apart.
    gl_kb=$(awk '/^[0-9a-f]+-[0-9a-f]+ / { gl = ($6 ~ /(libLLVM|_dri\.so|libGL)/) } /^Rss:/ && gl { sum += $2 }
        END { print sum + 0 }' "/proc/$app_pid/smaps")
    kill "$app_pid"
    wait "$app_pid" 2>/dev/null || true
    app_pid=""
    frames+=($((frame_epoch - launched)))
    cpus+=("$cpu")
    rss+=($((kb / 1024)))
    rss_no_gl+=($(((kb - gl_kb) / 1024)))
    printf 'run %2d: first frame %5d ms (CPU %5d ms), RSS %4d MiB (%4d MiB without the OpenGL driver)\n' \
        "$run" "${frames[-1]}" "$cpu" "${rss[-1]}" "${rss_no_gl[-1]}"
done
echo "first frame (ms): $(summary "${frames[@]}")"
echo "CPU by then (ms): $(summary "${cpus[@]}")"
echo "RSS (MiB):        $(summary "${rss[@]}")"
echo "  without OpenGL: $(summary "${rss_no_gl[@]}")"
