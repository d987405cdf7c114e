#!/usr/bin/env bash
# Benchmark: load the bundled form 1,000 times after a warm-up and print the mean time per load (target < 5 ms).
# Usage: bench/forms-load.sh [FORM_NAME]   (run from anywhere; needs Java 17 and Maven)
set -euo pipefail
cd "$(dirname "$0")/.."
source bench/lib/maven.bash
cp=$(test_classpath questionnaires)
java -cp "$cp" org.concord.forms.bench.FormsLoadBenchmark "${1:-values-agreement}"
echo "bench: $(load_average)"
