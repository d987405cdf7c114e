#!/usr/bin/env bash
# Startup benchmark, side by side under Xvfb: process launch to the first screen painted, a new (cold) JVM each run,
# alternating (1) a bare Swing JFrame with one label (bench/BareSwing.java, plain `java`), (2) Concord through the
# launcher the build makes (app/target/concord: tuned JVM options and the app's class-data-sharing archive
# concord-app.jsa) and (3) Concord as `java -jar app/target/concord.jar`. Prints every run, the medians and the ratios
# to bare Swing.
# Targets: Concord through the launcher at most 1.5x bare Swing, and under 1500 ms.
# The app prints first-paint-ms when started with -Dconcord.startupProbe=<launch time in epoch ms> (AppLauncher).
# Usage: bench/startup.sh   (RUNS=n changes the number of runs of each, default 5; SKIP_BUILD=1 reuses the build)
set -euo pipefail
cd "$(dirname "$0")/.."
source bench/lib/maven.bash
runs=${RUNS:-5}
build_app

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
javac -d "$work/bare" bench/BareSwing.java
settings="$work/settings.properties"   # default display settings, not the user's

echo "bench: $(load_average) before measuring"
xvfb-run -a -s "-screen 0 1600x1000x24" bash -c '
  work=$1; settings=$2; runs=$3
  for i in $(seq 1 "$runs"); do
    java -cp "$work/bare" BareSwing "$(date +%s%3N)" | sed -n "s/^first-paint-ms=/bare /p"
    CONCORD_JAVA_OPTS="-Dconcord.settings=$settings -Dconcord.startupProbe=$(date +%s%3N)" app/target/concord \
      | sed -n "s/^first-paint-ms=/launcher /p"
    java -Dconcord.settings="$settings" -Dconcord.startupProbe="$(date +%s%3N)" -jar app/target/concord.jar \
      | sed -n "s/^first-paint-ms=/jar /p"
  done' _ "$work" "$settings" "$runs" > "$work/times"
load=$(load_average)

median() { # label
  awk -v l="$1" '$1 == l { print $2 }' "$work/times" | sort -n | awk '{ v[NR] = $1 }
    END { if (NR == 0) { print "none"; exit } print (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2 }'
}
for label in bare launcher jar; do
  echo "runs (ms) $label: $(awk -v l="$label" '$1 == l { printf "%s ", $2 }' "$work/times")"
done
bare=$(median bare); launcher=$(median launcher); jar=$(median jar)
echo "startup (process launch to first screen painted), median of $runs:"
echo "  bare Swing JFrame with one label:   $bare ms"
echo "  Concord, launcher app/target/concord: $launcher ms = $(echo "scale=2; $launcher / $bare" | bc)x bare Swing (target <= 1.5x, < 1500 ms)"
echo "  Concord, java -jar concord.jar:       $jar ms = $(echo "scale=2; $jar / $bare" | bc)x bare Swing"
echo "bench: $load after measuring"

# The design keeps heavy libraries out of startup: count their classes loaded by the time the first screen is painted.
log="$work/classes.log"
CONCORD_JAVA_OPTS="-Xlog:class+load:file=$log -Dconcord.settings=$settings -Dconcord.startupProbe=$(date +%s%3N)" \
  xvfb-run -a -s "-screen 0 1600x1000x24" app/target/concord >/dev/null
echo "classes loaded before the first paint: $(wc -l < "$log") in all, $(grep -c 'shared objects file' "$log" || true)" \
  "of them from CDS archives; POI $(grep -c 'org\.apache\.poi' "$log" || true)," \
  "Tablesaw $(grep -c 'tech\.tablesaw' "$log" || true), SQLite $(grep -c 'org\.sqlite' "$log" || true)," \
  "commons-math $(grep -c 'org\.apache\.commons\.math3' "$log" || true)"
