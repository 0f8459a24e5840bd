#!/usr/bin/env bash
# Makes the AppCDS archive of an app image (lib/app/courier.jsa) and its stamp, then proves the next start maps it.
#   packaging/cds-archive.sh target/packaging/Courier
# The image's launcher is started once under a private Xvfb with -XX:ArchiveClassesAtExit in place of
# -XX:SharedArchiveFile, so the archive is made with exactly the class path and options the launcher uses; it is
# closed 2 s after its first frame. The stamp records what the JVM checks before it maps the archive (each jar's
# size and modification time, the modules image's size); dev.courier.CdsArchiveCheck compares it at every start,
# because a JVM given a stale archive ignores it without a word and starts slowly.
set -euo pipefail

image=${1:?usage: cds-archive.sh APP_IMAGE}
app="$image/lib/app"
cfg="$app/Courier.cfg"
launcher="$image/bin/Courier"
[ -x "$launcher" ] && [ -f "$cfg" ] || { echo "cds-archive.sh: $image is not a Courier app image" >&2; exit 1; }
rm -f "$app/courier.jsa" "$app/courier.jsa.stamp"

work=$(mktemp -d)
cp -p "$cfg" "$work/Courier.cfg"
xvfb_pid=""
app_pid=""
cleanup() {
    [ -z "$app_pid" ] || kill "$app_pid" 2>/dev/null || true
    [ -z "$xvfb_pid" ] || kill "$xvfb_pid" 2>/dev/null || true
    cp -p "$work/Courier.cfg" "$cfg"
    rm -rf "$work"
}
trap cleanup EXIT

Xvfb -displayfd 3 -screen 0 1400x900x24 -nolisten tcp 3>"$work/display" 2>"$work/xvfb.log" &
xvfb_pid=$!
for _ in $(seq 100); do
    [ -s "$work/display" ] && break
    sleep 0.1
done
export DISPLAY=":$(cat "$work/display")"

# Starts the launcher (extra JVM options in JAVA_TOOL_OPTIONS), waits for its first frame and 2 s more, closes it.
start_once() {
    COURIER_HOME="$work/home" COURIER_STARTUP_TRACE=1 "$launcher" >"$work/run.log" 2>&1 &
    app_pid=$!
    for _ in $(seq 600); do
        grep -q '^courier-startup:' "$work/run.log" && break
        kill -0 "$app_pid" 2>/dev/null || { cat "$work/run.log" >&2; echo "cds-archive.sh: the app exited" >&2; exit 1; }
        sleep 0.05
    done
    grep -q '^courier-startup:' "$work/run.log" || { echo "cds-archive.sh: no first frame in 30 s" >&2; exit 1; }
    sleep 2
    # SIGTERM ends the JVM normally, and a normal exit is when it writes the archive.
    kill "$app_pid"
    wait "$app_pid" 2>/dev/null || true
    app_pid=""
}

sed -i 's|^java-options=-XX:SharedArchiveFile=\$APPDIR/courier.jsa$|java-options=-XX:ArchiveClassesAtExit=$APPDIR/courier.jsa|' \
    "$cfg"
grep -q 'ArchiveClassesAtExit' "$cfg" || { echo "cds-archive.sh: no SharedArchiveFile option in $cfg" >&2; exit 1; }
start_once
cp -p "$work/Courier.cfg" "$cfg"
[ -s "$app/courier.jsa" ] || { cat "$work/run.log" >&2; echo "cds-archive.sh: no archive written" >&2; exit 1; }

# One line per file the JVM checks: path (relative to lib/app), size, modification time in seconds ("-": unchecked).
{
    (cd "$app" && find . -name '*.jar' -printf '%P %s %Ts\n' | sort)
    (cd "$app" && find ../runtime/lib/modules -printf '%p %s -\n')
} >"$app/courier.jsa.stamp"

# Proof: the next start loads the app's own classes from the archive, not from the jars.
JAVA_TOOL_OPTIONS="-Xlog:class+load=info:file=$work/classes.log" start_once
shared=$(grep -c 'source: shared objects file' "$work/classes.log" || true)
from_jars=$(grep -c 'source: .*\.jar' "$work/classes.log" || true)
echo "AppCDS archive: $(du -h "$app/courier.jsa" | cut -f1), $shared classes mapped from archives, $from_jars read from jars"
grep -q 'dev.courier.ui.MainView source: shared objects file (top)' "$work/classes.log" ||
    { echo "cds-archive.sh: the app image does not use its archive" >&2; exit 1; }
