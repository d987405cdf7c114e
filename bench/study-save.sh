#!/bin/sh
# Saves 10,000 answers one by one as the app does (each committed, WAL, synchronous=FULL) and prints the median,
# p99 and max latency. Targets: median < 2 ms, p99 < 10 ms. Usage: bench/study-save.sh [folder on the disk to measure]
# [rounds] (several rounds on a shared machine: the median of the rounds is printed too)
set -e
cd "$(dirname "$0")/.."
mvn -B -q -o -pl questionnaires test-compile
mvn -B -q -o -pl questionnaires exec:exec -Dexec.executable=java -Dexec.classpathScope=test \
  -Dexec.args="-Xmx256m -classpath %classpath org.concord.study.bench.SaveAnswerBenchmark ${1:-${TMPDIR:-/tmp}} ${2:-1}"
