#!/usr/bin/env bash
# Benchmark of `concord analyse` at national scale: `concord simulate` writes a study of 152 LAs with 8 leaders and
# 80 workers each on the bundled values-agreement form (13,376 participants, ~446,000 answers), its long CSV and a tidy
# rates file; then `concord analyse` runs end to end with the default 99,999 permutations and 9,999 bootstrap
# resamples, writing the JSON and the workbook, under -Xmx512m, once from the CSV and once from the study file, with
# the launcher the build makes (app/target/concord). Target: under 5 s wall time including JVM start on a 2-core machine. Prints wall time, CPU time, peak memory and
# the load average (the machine may be shared: CPU time is the steadier figure when the load is high), and the rows
# and cells of each sheet of the workbook.
#
# Each run is timed twice side by side, with the models (scales, factor analysis, multilevel and logistic models) and
# without them (-Dconcord.models=off), so that their cost is measured under the same load.
#
# Usage: bench/analyse.sh [RUNS]   (RUNS: timed runs of each input, default 3; SKIP_BUILD=1 reuses the build)
set -euo pipefail
cd "$(dirname "$0")/.."
source bench/lib/maven.bash
runs="${1:-3}"
build_app
concord=app/target/concord

work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
echo "bench: simulating the national study in $work"
"$concord" simulate --las 152 --leaders 8 --workers 80 --seed 1 \
  --out "$work/national.concord" --csv "$work/national.csv" --rates "$work/national-rates.csv" >/dev/null
printf 'bench: %s answers (CSV %s bytes), study file %s bytes\n' "$(($(wc -l <"$work/national.csv") - 1))" \
  "$(stat -c %s "$work/national.csv")" "$(stat -c %s "$work/national.concord")"

run() { # label, then the analyse arguments
  local label="$1"; shift
  for ((i = 1; i <= runs; i++)); do
    for models in on off; do
      local load; load="$(cut -d' ' -f1 /proc/loadavg)"
      /usr/bin/time -f "%e %U %S %M" -o "$work/time" \
        env CONCORD_JAVA_OPTS="-Xmx512m -Dconcord.models=$models" "$concord" analyse "$@" \
        --rates "$work/national-rates.csv" --json "$work/result.json" --out "$work/report.xlsx" --force >"$work/stdout"
      read -r wall user sys rss <"$work/time"
      [[ $models == off ]] || cp "$work/report.xlsx" "$work/report-models.xlsx"
      echo "$label $models $wall $user $sys" >>"$work/times"
      printf 'analyse %-5s models %-3s run %d: wall %6.2f s  cpu %6.2f s (user %.2f + sys %.2f)  peak RSS %4d MB  load %s\n' \
        "$label" "$models" "$i" "$wall" "$(echo "$user + $sys" | bc)" "$user" "$sys" "$((rss / 1024))" "$load"
    done
  done
}
run csv --form values-agreement --responses "$work/national.csv"
run study --study "$work/national.concord"
awk '{ w[$1" "$2] += $3; c[$1" "$2] += $4 + $5; n[$1" "$2]++ }
  END { for (l in n) if (l ~ / on$/) { split(l, a, " "); off = a[1]" off";
    printf "bench: %s with models: mean wall %.2f s v %.2f s without (%+.0f%%), mean cpu %.2f s v %.2f s (%+.0f%%)\n",
      a[1], w[l]/n[l], w[off]/n[off], 100*(w[l]/w[off]-1), c[l]/n[l], c[off]/n[off], 100*(c[l]/c[off]-1) } }' \
  "$work/times"
echo "bench: result of the last run:"
sed 's/^/  /' "$work/stdout"
printf 'bench: JSON %s bytes, workbook %s bytes\n' "$(stat -c %s "$work/result.json")" "$(stat -c %s "$work/report.xlsx")"
# What is large in the workbook (whether streaming its sheets, SXSSF, could pay): rows and cells of each sheet of the
# last run with the models.
/usr/bin/env python3 - "$work/report-models.xlsx" <<'PY'
import re, sys, zipfile
z = zipfile.ZipFile(sys.argv[1])
names = re.findall(r'<sheet [^>]*name="([^"]+)"', z.read("xl/workbook.xml").decode())
sizes = []
for i, name in enumerate(names, 1):
    xml = z.read(f"xl/worksheets/sheet{i}.xml").decode()
    sizes.append(f"{name} {xml.count('<row ')}/{xml.count('<c ')}")
print("bench: workbook (with the models) rows/cells by sheet: " + ", ".join(sizes))
PY
