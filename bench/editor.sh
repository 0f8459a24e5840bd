#!/usr/bin/env bash
# The body editor's FX-thread cost per keystroke and per jump in a 1 MiB JSON document (headless Monocle).
set -euo pipefail
cd "$(dirname "$0")/.."
mvn -B -q test-compile dependency:build-classpath -Dmdep.outputFile=target/bench.classpath -Dmdep.includeScope=test
exec java ${BENCH_JAVA_OPTS:-} -cp "target/test-classes:target/classes:$(cat target/bench.classpath)" dev.courier.bench.EditorKeystrokeBench
