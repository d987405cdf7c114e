#!/usr/bin/env bash
# Builds a synthetic study of 100,000 participants (35 answers each) and times its export to SPSS .sav and to
# Stata .dta with -Xmx256m, printing the time and peak heap of each. Target: under 10 s each.
# Usage: bench/export-spss-stata.sh [participants] [folder] [keep]   (keep: leave the files to open in pspp, R ...)
set -euo pipefail
cd "$(dirname "$0")/.."
source bench/lib/maven.bash
cp=$(test_classpath questionnaires)
java -Xmx256m -cp "$cp" org.concord.study.bench.StatsExportBenchmark "${1:-100000}" "${2:-/tmp}" ${3:+"$3"}
echo "bench: $(load_average)"
