#!/usr/bin/env bash
# Runs Courier's JMH benchmarks and prints their figures. Arguments go to JMH, e.g. `bench/run.sh JsonBench`.
set -euo pipefail
cd "$(dirname "$0")/.."
mvn -B -q test-compile dependency:build-classpath -Dmdep.outputFile=target/bench.classpath -Dmdep.includeScope=test
exec java -cp "target/test-classes:target/classes:$(cat target/bench.classpath)" org.openjdk.jmh.Main "$@"
