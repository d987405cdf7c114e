#!/usr/bin/env bash
# Times one Comparison.compare (150 LAs split 75/75, 99,999 permutations, 9,999 bootstrap) and prints the figures.
# Usage: bench/stats-comparison.sh [runs]
set -euo pipefail
cd "$(dirname "$0")/.."
mvn -B -q -o -pl stats -am -DskipTests install
mvn -B -q -o -pl stats exec:java -Dexec.classpathScope=test \
    -Dexec.mainClass=org.concord.stats.bench.ComparisonBenchmark -Dexec.args="${1:-5}"
