#!/usr/bin/env bash
# Builds a synthetic study of 100,000 participants (35 answers each) and times its long-CSV export with -Xmx256m,
# printing the peak heap. Target: under 10 s. Usage: bench/study-export.sh [participants] [folder] [xlsx]
set -euo pipefail
cd "$(dirname "$0")/.."
source bench/lib/maven.bash
cp=$(test_classpath questionnaires)
java -Xmx256m -cp "$cp" org.concord.study.bench.LongCsvExportBenchmark "${1:-100000}" "${2:-/tmp}" ${3:+"$3"}
echo "bench: $(load_average)"
