#!/usr/bin/env bash
# Makes Courier's AppCDS archive (courier.jsa) from the class list of a start (courier.classlist), where the app
# is installed, and the stamp the app checks it against. Shipped in the app image (lib/app); the .deb's postinst
# runs it, packaging/cds-archive.sh runs it for the image it builds. JDK 17 maps an archive only for the class path
# it was made with (same absolute paths, same jar sizes and times), so it cannot be made once and copied.
set -euo pipefail

app=$(cd "$(dirname "$0")" && pwd -P)
java="$app/../runtime/bin/java"
# The launcher's class path, in its order, with $APPDIR as the launcher expands it.
classpath=$(sed -n 's/^app\.classpath=//p' "$app/Courier.cfg" | sed "s|\\\$APPDIR|$app|" | paste -sd: -)
rm -f "$app/courier.jsa" "$app/courier.jsa.stamp"
"$java" -Xshare:dump -XX:SharedClassListFile="$app/courier.classlist" -XX:SharedArchiveFile="$app/courier.jsa" \
    -Xlog:cds=off -Xlog:cds+dynamic=off -cp "$classpath" >/dev/null
# One line per file the JVM checks: path (relative to lib/app), size, modification time in seconds ("-": unchecked).
{
    (cd "$app" && find . -name '*.jar' -printf '%P %s %Ts\n' | sort)
    (cd "$app" && find ../runtime/lib/modules -printf '%p %s -\n')
} >"$app/courier.jsa.stamp"
