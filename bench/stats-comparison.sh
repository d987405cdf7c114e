#!/usr/bin/env bash
# Times one Comparison.compare (150 LAs split 75/75, 99,999 permutations, 9,999 bootstrap) and prints the figures.
# Usage: bench/stats-comparison.sh [runs]
set -euo pipefail
cd "$(dirname "$0")/.."
source bench/lib/maven.bash
cp=$(test_classpath stats)
java -cp "$cp" org.concord.stats.bench.ComparisonBenchmark "${1:-5}"
echo "bench: $(load_average)"
