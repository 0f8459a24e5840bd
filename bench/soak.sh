#!/usr/bin/env bash
# Memory soak: the window (headless) sends 1 000 requests and shows ten 50 MiB responses; prints RSS after the
# first request and at the end. The JVM gets the heap, collector and compiler options of the packaged launcher
# (packaging/jpackage-image.args), so the figures are the installed app's; BENCH_JAVA_OPTS replaces them.
set -euo pipefail
cd "$(dirname "$0")/.."
mvn -B -q test-compile dependency:build-classpath -Dmdep.outputFile=target/bench.classpath -Dmdep.includeScope=test
launcher_options=$(sed -n 's/^--java-options "\(-X[^$]*\)"$/\1/p' packaging/jpackage-image.args | paste -sd' ' -)
options=${BENCH_JAVA_OPTS-$launcher_options}
echo "JVM options: $options"
# shellcheck disable=SC2086 # the options are words
exec java $options -cp "target/test-classes:target/classes:$(cat target/bench.classpath)" \
    dev.courier.bench.MemorySoakBench
