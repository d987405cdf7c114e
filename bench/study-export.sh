#!/bin/sh
# Builds a synthetic study of 100,000 participants (35 answers each) and times its long-CSV export with -Xmx256m,
# printing the peak heap. Target: under 10 s. Usage: bench/study-export.sh [participants] [folder] [xlsx]
set -e
cd "$(dirname "$0")/.."
mvn -B -q -o -pl questionnaires test-compile
mvn -B -q -o -pl questionnaires exec:exec -Dexec.executable=java -Dexec.classpathScope=test \
  -Dexec.args="-Xmx256m -classpath %classpath org.concord.study.bench.LongCsvExportBenchmark ${1:-100000} ${2:-/tmp} ${3:-}"
