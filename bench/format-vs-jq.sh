#!/usr/bin/env bash
# Pretty-prints the same generated JSON file with `courier format` and with `jq .` (3 runs each, JVM start-up
# included, output to /dev/null) and prints the median times and their ratio. Usage: bench/format-vs-jq.sh [MiB]
set -euo pipefail
cd "$(dirname "$0")/.."
size=${1:-100}
command -v jq >/dev/null || { echo "jq is not installed (apt-get install jq)"; exit 1; }
mvn -B -q package -DskipTests
file="target/bench-${size}mb.json"
[ -f "$file" ] || java -cp target/test-classes dev.courier.bench.SampleJson "$file" "$size"

median_ms() {
    local times=()
    for _ in 1 2 3; do
        local start end
        start=$(date +%s%N)
        "$@" > /dev/null
        end=$(date +%s%N)
        times+=($(( (end - start) / 1000000 )))
    done
    printf '%s\n' "${times[@]}" | sort -n | sed -n 2p
}

courier=$(median_ms java -jar target/courier.jar format "$file")
jq=$(median_ms jq . "$file")
echo "file: $file ($(du -h "$file" | cut -f1))"
echo "courier format: ${courier} ms"
echo "jq .:           ${jq} ms"
awk -v c="$courier" -v j="$jq" 'BEGIN { printf "jq / courier:   %.1fx\n", j / c }'
