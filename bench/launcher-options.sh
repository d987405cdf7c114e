#!/usr/bin/env bash
# Measures the JVM options of the launcher (app/target/concord) against the JVM's defaults, alternating, on two short
# runs of the app: `form check` of the bundled form and the national `analyse` (152 LAs x 88 respondents, from the long
# CSV, JSON and workbook). Variants: the JVM's defaults (java -jar), the launcher's options without the archive, the
# launcher's options with the archive, and the launcher with C2 back (-XX:TieredStopAtLevel=4) or G1 back
# (-XX:+UseG1GC). Prints the median wall and CPU seconds of each with the load average.
# Usage: bench/launcher-options.sh [RUNS]   (default 3; SKIP_BUILD=1 reuses the build)
set -euo pipefail
cd "$(dirname "$0")/.."
source bench/lib/maven.bash
runs=${1:-3}
build_app
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
app/target/concord simulate --las 152 --leaders 8 --workers 80 --seed 1 \
  --out "$work/national.concord" --csv "$work/national.csv" --rates "$work/rates.csv" >/dev/null
# A copy of the launcher and the jar without the archive: the launcher's options alone.
mkdir "$work/noarchive" && cp app/target/concord app/target/concord.jar "$work/noarchive/"

variant() { # name -> the command in the array cmd
  case $1 in
    defaults) cmd=(java -jar app/target/concord.jar) ;;
    options) cmd=("$work/noarchive/concord") ;;
    launcher) cmd=(app/target/concord) ;;
    launcher+C2) cmd=(env CONCORD_JAVA_OPTS=-XX:TieredStopAtLevel=4 app/target/concord) ;;
    launcher+G1) cmd=(env "CONCORD_JAVA_OPTS=-XX:-UseSerialGC -XX:+UseG1GC" app/target/concord) ;;
  esac
}
variants=(defaults options launcher launcher+C2 launcher+G1)
: >"$work/runs"
for task in check analyse; do
  case $task in
    check) args=(form check questionnaires/forms/values-agreement) ;;
    analyse) args=(analyse --form values-agreement --responses "$work/national.csv" --rates "$work/rates.csv"
                   --json "$work/x.json" --out "$work/x.xlsx") ;;
  esac
  for ((i = 1; i <= runs; i++)); do
    for v in "${variants[@]}"; do
      variant "$v"
      /usr/bin/time -f "%e %U %S" -o "$work/time" "${cmd[@]}" "${args[@]}" >/dev/null
      read -r wall user sys <"$work/time"
      echo "$task $v $wall $(echo "$user + $sys" | bc) $(cut -d' ' -f1 /proc/loadavg)" >>"$work/runs"
    done
  done
done
median() { sort -n | awk '{ v[NR] = $1 } END { print (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2 }'; }
for task in check analyse; do
  for v in "${variants[@]}"; do
    printf '%-8s %-12s median of %d: wall %6.2f s, cpu %6.2f s (load %s)\n' "$task" "$v" "$runs" \
      "$(awk -v t="$task" -v v="$v" '$1 == t && $2 == v { print $3 }' "$work/runs" | median)" \
      "$(awk -v t="$task" -v v="$v" '$1 == t && $2 == v { print $4 }' "$work/runs" | median)" \
      "$(awk -v t="$task" -v v="$v" '$1 == t && $2 == v { printf "%s ", $5 }' "$work/runs")"
  done
done
echo "bench: $(load_average) at the end"
