#!/usr/bin/env bash
# The response viewer end to end for 1, 10 and 100 MiB of JSON (or the sizes given, in MiB), one JVM per size with
# a 256 MiB heap (BENCH_HEAP=64m bench/response-viewer.sh 100 proves a smaller one is enough): receive, first
# formatted screen, whole layout, search.
set -euo pipefail
cd "$(dirname "$0")/.."
mvn -B -q test-compile dependency:build-classpath -Dmdep.outputFile=target/bench.classpath -Dmdep.includeScope=test
sizes=("$@")
[ ${#sizes[@]} -gt 0 ] || sizes=(1 10 100)
for size in "${sizes[@]}"; do
  java "-Xmx${BENCH_HEAP:-256m}" -cp "target/test-classes:target/classes:$(cat target/bench.classpath)" \
    dev.courier.bench.ResponseViewerBench "$size"
done
