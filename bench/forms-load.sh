#!/usr/bin/env bash
# Benchmark: load the bundled form 1,000 times after a warm-up and print the mean time per load (target < 5 ms).
# Usage: bench/forms-load.sh [FORM_NAME]   (run from anywhere; needs Maven and the dependencies in ~/.m2)
set -euo pipefail
cd "$(dirname "$0")/.."
mvn -B -q -o -DskipTests install -pl questionnaires -am
mvn -B -q -o -pl questionnaires exec:java -Dexec.classpathScope=test \
  -Dexec.mainClass=org.concord.forms.bench.FormsLoadBenchmark -Dexec.args="${1:-values-agreement}"
