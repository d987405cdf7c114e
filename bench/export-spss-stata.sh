#!/bin/sh
# Builds a synthetic study of 100,000 participants (35 answers each) and times its export to SPSS .sav and to
# Stata .dta with -Xmx256m, printing the time and peak heap of each. Target: under 10 s each.
# Usage: bench/export-spss-stata.sh [participants] [folder] [keep]   (keep: leave the files to open in pspp, R ...)
set -e
cd "$(dirname "$0")/.."
mvn -B -q -o -pl questionnaires test-compile
mvn -B -q -o -pl questionnaires exec:exec -Dexec.executable=java -Dexec.classpathScope=test \
  -Dexec.args="-Xmx256m -classpath %classpath org.concord.study.bench.StatsExportBenchmark ${1:-100000} ${2:-/tmp} ${3:-}"
