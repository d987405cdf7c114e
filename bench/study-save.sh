#!/usr/bin/env bash
# Saves 10,000 answers one by one as the app does (each committed, WAL, synchronous=FULL) and prints the median,
# p99 and max latency. Targets: median < 2 ms, p99 < 10 ms. Usage: bench/study-save.sh [folder on the disk to measure]
# [rounds] (several rounds on a shared machine: the median of the rounds is printed too)
set -euo pipefail
cd "$(dirname "$0")/.."
source bench/lib/maven.bash
cp=$(test_classpath questionnaires)
java -Xmx256m -cp "$cp" org.concord.study.bench.SaveAnswerBenchmark "${1:-${TMPDIR:-/tmp}}" "${2:-1}"
echo "bench: $(load_average)"
