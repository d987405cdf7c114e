#!/usr/bin/env bash
# Concord against R on the national analysis. `concord simulate` writes the national data set (152 LAs, 8 leaders and
# 80 workers each, the bundled values-agreement form: 13,376 respondents and about 446,000 answer rows, its long CSV
# and a tidy rates file); then `concord analyse` (through the launcher app/target/concord, 99,999 permutations,
# 9,999 bootstrap resamples, JSON and workbook) and the R script an analyst would write (bench/national.R: multilevel,
# t.test, wilcox.test, the same permutation and bootstrap counts, openxlsx and jsonlite) run alternately, RUNS times
# each, from the same CSV. Prints every run (wall and CPU seconds, load average), both medians and the ratio
# Concord / R, and the time of each of Concord's stages in its last run. Target: at most 0.35x R. Then checks that the national run passes with -Xmx256m.
# Needs Rscript with the multilevel, openxlsx and jsonlite packages (Debian: r-base-core r-cran-multilevel
# r-cran-openxlsx r-cran-jsonlite).
# Usage: bench/compare-r.sh [RUNS]   (default 5; SKIP_BUILD=1 reuses the build)
set -euo pipefail
cd "$(dirname "$0")/.."
source bench/lib/maven.bash
runs=${1:-5}
Rscript -e 'for (p in c("multilevel", "openxlsx", "jsonlite")) if (!requireNamespace(p, quietly = TRUE)) stop("R package missing: ", p)'
build_app
concord=app/target/concord

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
echo "bench: simulating the national study in $work"
"$concord" simulate --las 152 --leaders 8 --workers 80 --seed 1 \
  --out "$work/national.concord" --csv "$work/national.csv" --rates "$work/rates.csv" >/dev/null
echo "bench: $(($(wc -l <"$work/national.csv") - 1)) answer rows, $(($(cut -d, -f1 "$work/national.csv" | sort -u | wc -l) - 1)) respondents"

timed() { # label, command... : prints "label wall cpu load"
  local label=$1; shift
  local load; load=$(cut -d' ' -f1 /proc/loadavg)
  /usr/bin/time -f "%e %U %S" -o "$work/time" "$@" >"$work/$label.out" 2>"$work/$label.err" || {
    echo "bench: $label failed:" >&2; cat "$work/$label.err" >&2; exit 1; }
  read -r wall user sys <"$work/time"
  echo "$label $wall $(echo "$user + $sys" | bc) $load"
}
concord_run=("$concord" analyse --form values-agreement --responses "$work/national.csv" --rates "$work/rates.csv"
  --json "$work/concord.json" --out "$work/concord.xlsx" --force --timings)
r_run=(Rscript bench/national.R "$work/national.csv" "$work/rates.csv" questionnaires/forms/values-agreement
  "$work/r.xlsx" "$work/r.json")
: >"$work/runs"
for ((i = 1; i <= runs; i++)); do
  timed concord "${concord_run[@]}" | tee -a "$work/runs"
  timed R "${r_run[@]}" | tee -a "$work/runs"
done | awk '{ printf "run %-7s wall %6.2f s  cpu %6.2f s  load %s\n", $1, $2, $3, $4 }'

median() { # label, column (2 wall, 3 cpu)
  awk -v l="$1" -v c="$2" '$1 == l { print $c }' "$work/runs" | sort -n | awk '{ v[NR] = $1 }
    END { print (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2 }'
}
cw=$(median concord 2); rw=$(median R 2); cc=$(median concord 3); rc=$(median R 3)
echo "Concord: median wall $cw s (cpu $cc s); R: median wall $rw s (cpu $rc s); median of $runs each"
echo "ratio Concord / R: wall $(echo "scale=2; $cw / $rw" | bc)x, cpu $(echo "scale=2; $cc / $rc" | bc)x (target <= 0.35x)"
echo "bench: $(load_average) at the end"
echo "Concord said: $(head -2 "$work/concord.out" | tail -1)"
echo "R said:       $(cat "$work/R.out")"
echo "Concord's stages in its last run (wall and CPU; concord analyse --timings):"
sed -n 's/^concord analyse: timing /  /p' "$work/concord.err"

# Memory: the same national run within a 256 MB heap.
if CONCORD_JAVA_OPTS=-Xmx256m /usr/bin/time -f "%e s wall, %M KB max RSS" -o "$work/time" \
    "$concord" analyse --form values-agreement --responses "$work/national.csv" --rates "$work/rates.csv" \
    --json "$work/small.json" --out "$work/small.xlsx" >/dev/null 2>"$work/small.err"; then
  echo "national run with -Xmx256m: passed ($(cat "$work/time"))"
else
  echo "national run with -Xmx256m: FAILED"; cat "$work/small.err"; exit 1
fi
