#!/usr/bin/env bash
# Startup benchmark: time from launching `java -jar app/target/concord.jar` to the first screen painted, under Xvfb,
# a new (cold) JVM each run; prints every run and the median of 5. Target: under 1500 ms.
# The app prints first-paint-ms when started with -Dconcord.startupProbe=<launch time in epoch ms> (AppLauncher).
# SKIP_BUILD=1 reuses the jar; RUNS=n changes the number of runs.
set -euo pipefail
cd "$(dirname "$0")/.."
runs=${RUNS:-5}

if [[ "${SKIP_BUILD:-}" != 1 ]]; then
  mvn -B -q -o -DskipTests package >/dev/null
fi
jar=app/target/concord.jar
settings=$(mktemp -d)/settings.properties   # default display settings, not the user's

times=$(xvfb-run -a -s "-screen 0 1600x1000x24" bash -c '
  jar=$1; settings=$2; runs=$3
  for i in $(seq 1 "$runs"); do
    java -Dconcord.settings="$settings" -Dconcord.startupProbe="$(date +%s%3N)" -jar "$jar" > "$settings.out"
    sed -n "s/^phases-ms=/  phases (ms): /p" "$settings.out" >&2
    sed -n "s/^first-paint-ms=//p" "$settings.out"
  done' _ "$jar" "$settings" "$runs")
echo "runs (ms): $(echo $times)"
echo "$times" | sort -n | awk '{ v[NR] = $1 } END { m = (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2;
  printf "startup (process launch to first screen painted), median of %d: %d ms (target < 1500 ms)\n", NR, m }'
echo "load average while measuring: $(cut -d' ' -f1-3 /proc/loadavg) on $(nproc) cores"

# The design keeps heavy libraries out of startup: count their classes loaded by the time the first screen is painted.
log=$(mktemp)
xvfb-run -a -s "-screen 0 1600x1000x24" java -Xlog:class+load:file="$log" -Dconcord.settings="$settings" \
  -Dconcord.startupProbe="$(date +%s%3N)" -jar "$jar" >/dev/null
echo "classes loaded before the first paint: $(wc -l < "$log") in all; POI $(grep -c 'org\.apache\.poi' "$log" || true)," \
  "Tablesaw $(grep -c 'tech\.tablesaw' "$log" || true), SQLite $(grep -c 'org\.sqlite' "$log" || true)," \
  "commons-math $(grep -c 'org\.apache\.commons\.math3' "$log" || true)"
