#!/usr/bin/env bash
# Benchmark of a form that reads a 10,000-row CSV beside it (select_one_from_file, csv-external, pulldata): load time
# from the folder (form check) and from the stored text (study file), and the time to answer the select and recalculate
# the lookups (the kiosk's path). Prints the load average beside the figures.
# Usage: bench/form-files.sh
set -euo pipefail
cd "$(dirname "$0")/.."
source bench/lib/maven.bash
cp=$(test_classpath questionnaires)
echo "bench: load average before $(cut -d' ' -f1 /proc/loadavg)"
java -cp "$cp" org.concord.forms.bench.FormFilesBenchmark
echo "bench: load average after $(cut -d' ' -f1 /proc/loadavg)"
