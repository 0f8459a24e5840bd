#!/usr/bin/env bash
# Builds Courier's app image (target/packaging/Courier) and .deb (target/packaging/courier_*.deb) with a trimmed,
# jlinked runtime and an AppCDS archive. Run from anywhere: packaging/package.sh
# Needs JDK 17 with jmods (jlink, jpackage), Maven, Xvfb (the archive is made by starting the app once), fakeroot and
# dpkg-deb. SKIP_BUILD=1 reuses target/courier.jar and target/lib instead of running Maven.
set -euo pipefail
cd "$(dirname "$0")/.."

out=target/packaging
image="$out/Courier"
for tool in jlink jpackage jdeps Xvfb fakeroot dpkg-deb; do
    command -v "$tool" >/dev/null || { echo "package.sh: $tool is missing" >&2; exit 1; }
done

if [ "${SKIP_BUILD:-0}" != 1 ]; then
    mvn -B -q package -DskipTests
fi
rm -rf "$out"
mkdir -p "$out/input"
version=$(unzip -p target/courier.jar META-INF/MANIFEST.MF | sed -n 's/^Implementation-Version: *//p' | tr -d '\r')

# The app stays on the class path; JavaFX goes into the runtime as modules, so its jars are left out of the input.
cp target/courier.jar packaging/cds-dump.sh "$out/input/"
mkdir "$out/input/lib"
find target/lib -name '*.jar' ! -name 'javafx-*' -exec cp -p {} "$out/input/lib/" \;
javafx_jars=$(find target/lib -name 'javafx-*-linux.jar' | sort | paste -sd: -)

echo "== runtime"
found=$(jdeps --multi-release 17 --ignore-missing-deps --print-module-deps --module-path "$javafx_jars" \
    "$out/input/courier.jar" "$out"/input/lib/*.jar | tail -1)
extra=$(grep -v '^#' packaging/modules.txt | paste -sd, -)
modules=$(tr ',' '\n' <<<"$found,$extra,javafx.controls" | sort -u | paste -sd, -)
echo "modules: $modules"
jlink @packaging/jlink.args --module-path "$javafx_jars" --add-modules "$modules" --output "$out/runtime"
# The .so files were excluded from the modules image by jlink.args; they belong beside the runtime's own libraries.
for jar in $(tr ':' ' ' <<<"$javafx_jars"); do
    unzip -q -o -j "$jar" '*.so' -d "$out/runtime/lib/" 2>/dev/null || true
done

echo "== app image"
jpackage --type app-image @packaging/jpackage.args @packaging/jpackage-image.args --app-version "$version" --icon assets/icon/courier-256.png \
    --input "$out/input" --runtime-image "$out/runtime" --dest "$out"

echo "== AppCDS archive"
packaging/cds-archive.sh "$image"

echo "== .deb"
jpackage --type deb @packaging/jpackage.args @packaging/jpackage-deb.args --app-version "$version" --icon assets/icon/courier-256.png \
    --app-image "$image" --dest "$out"

echo "== sizes"
du -sh "$image" "$out"/courier_*.deb
