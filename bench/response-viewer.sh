#!/usr/bin/env bash
# The response viewer end to end for 1, 10 and 100 MiB of JSON (or the sizes given, in MiB), one JVM per size with
# the heap the app gets by default on a small machine: receive, first formatted screen, whole layout, search.
set -euo pipefail
cd "$(dirname "$0")/.."
mvn -B -q test-compile dependency:build-classpath -Dmdep.outputFile=target/bench.classpath -Dmdep.includeScope=test
sizes=("$@")
[ ${#sizes[@]} -gt 0 ] || sizes=(1 10 100)
for size in "${sizes[@]}"; do
  java -Xmx256m -cp "target/test-classes:target/classes:$(cat target/bench.classpath)" \
    dev.courier.bench.ResponseViewerBench "$size"
done
