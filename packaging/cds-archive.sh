#!/usr/bin/env bash
# Makes the class list of an app image's start (lib/app/courier.classlist), its AppCDS archive (courier.jsa) and
# the archive's stamp, then proves the next start maps the archive.
#   packaging/cds-archive.sh target/packaging/Courier
# The image's launcher is started once under a private Xvfb with -XX:DumpLoadedClassList in place of
# -XX:SharedArchiveFile, so the list holds exactly the classes a start loads; it is closed 2 s after its first
# frame. lib/app/cds-dump.sh turns the list into the archive; the .deb ships the list and its postinst runs
# cds-dump.sh again in /opt/courier, because JDK 17 maps an archive only at the path it was made for. The stamp
# records what the JVM checks before it maps the archive (each jar's size and modification time, the modules
# image's size); dev.courier.CdsArchiveCheck compares it at every start, because a JVM given a stale archive starts
# slowly without it.
set -euo pipefail

image=${1:?usage: cds-archive.sh APP_IMAGE}
app="$image/lib/app"
cfg="$app/Courier.cfg"
launcher="$image/bin/Courier"
[ -x "$launcher" ] && [ -f "$cfg" ] || { echo "cds-archive.sh: $image is not a Courier app image" >&2; exit 1; }
rm -f "$app/courier.jsa" "$app/courier.jsa.stamp" "$app/courier.classlist"

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
    # SIGTERM ends the JVM normally (the class list is complete by then).
    kill "$app_pid"
    wait "$app_pid" 2>/dev/null || true
    app_pid=""
}

archive_option='java-options=-XX:SharedArchiveFile=$APPDIR/courier.jsa'
list_option='java-options=-XX:DumpLoadedClassList=$APPDIR/courier.classlist'
grep -qxF "$archive_option" "$cfg" || { echo "cds-archive.sh: no $archive_option in $cfg" >&2; exit 1; }
awk -v archive="$archive_option" -v list="$list_option" '$0 == archive { $0 = list } { print }' "$work/Courier.cfg" \
    >"$cfg"
start_once
cp -p "$work/Courier.cfg" "$cfg"
[ -s "$app/courier.classlist" ] || { cat "$work/run.log" >&2; echo "cds-archive.sh: no class list written" >&2; exit 1; }
"$app/cds-dump.sh"

# Proof: the next start loads the app's own classes from the archive, not from the jars.
JAVA_TOOL_OPTIONS="-Xlog:class+load=info:file=$work/classes.log" start_once
shared=$(grep -c 'source: shared objects file' "$work/classes.log" || true)
from_jars=$(grep -c 'source: .*\.jar' "$work/classes.log" || true)
echo "AppCDS archive: $(du -h "$app/courier.jsa" | cut -f1), $shared classes mapped from archives, $from_jars read from jars"
# The window's class (PackagingConfigTest checks that it exists); any app class a start loads would do.
proof_class=dev.courier.ui.MainWindow
grep -q "^\\[.*\\] $proof_class source: shared objects file" "$work/classes.log" || {
    grep "$proof_class \\|source: .*\\.jar" "$work/classes.log" >&2 || true
    echo "cds-archive.sh: the app image does not load $proof_class from its archive" >&2
    exit 1
}
