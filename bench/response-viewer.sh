#!/usr/bin/env bash
# The response viewer end to end for 1, 10 and 100 MiB of JSON (or the sizes given, in MiB), one JVM per size and
# per side with a 256 MiB heap (BENCH_HEAP=64m bench/response-viewer.sh 100 proves a smaller one is enough):
#  - core (ResponseViewerBench): receive, first formatted screen, whole layout, search;
#  - window (ResponsePaneBench, headless Monocle): first screen shown, worst FX-thread stall while receiving and
#    formatting, jumping around and searching from the find bar. BENCH_SIDE=core or BENCH_SIDE=window runs one.
set -euo pipefail
cd "$(dirname "$0")/.."
mvn -B -q test-compile dependency:build-classpath -Dmdep.outputFile=target/bench.classpath -Dmdep.includeScope=test
classpath="target/test-classes:target/classes:$(cat target/bench.classpath)"
sizes=("$@")
[ ${#sizes[@]} -gt 0 ] || sizes=(1 10 100)
for size in "${sizes[@]}"; do
  if [ "${BENCH_SIDE:-both}" != window ]; then
    java "-Xmx${BENCH_HEAP:-256m}" -cp "$classpath" dev.courier.bench.ResponseViewerBench "$size"
  fi
  if [ "${BENCH_SIDE:-both}" != core ]; then
    java "-Xmx${BENCH_HEAP:-256m}" -cp "$classpath" dev.courier.bench.ResponsePaneBench "$size"
  fi
done
