#!/usr/bin/env bash
# Benchmark of `concord form check` on a 2,000-row form, as a CSV folder and as an .xlsx workbook (written from the
# folder by `concord form export`). The generated form has 80 groups of 24 questions in English and Welsh (selects,
# integers with constraints, dates, texts with relevance on an earlier question, calculations with concat and
# format-date, cascading selects with choice_filter), a choices sheet of 200 rows, and one missing Welsh label in
# every group so that warnings are listed too.
# Each shape is checked through the launcher the build makes (app/target/concord: its JVM options and class-data-sharing
# archive), as a user runs it, and as plain `java -jar app/target/concord.jar`, alternating, a new JVM each run.
# Target: under 2 s wall time including JVM start. Prints wall time, CPU time, peak memory and the load average.
#
# Usage: bench/form-check-large.sh [RUNS] [KEEP]   (RUNS: timed runs of each, default 3; KEEP: a folder to leave the
#        generated form and workbook in, for profiling)   SKIP_BUILD=1 reuses the build.
set -euo pipefail
cd "$(dirname "$0")/.."
source bench/lib/maven.bash
runs="${1:-3}"
build_app
jar=app/target/concord.jar

work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
form="$work/large-form"
mkdir -p "$form"
python3 - "$form" <<'PY'
import csv, os, sys
out = sys.argv[1]
with open(os.path.join(out, "survey.csv"), "w", newline="", encoding="utf-8") as f:
    w = csv.writer(f)
    w.writerow(["type", "name", "label::English (en)", "label::Cymraeg (cy)", "hint::English (en)",
                "hint::Cymraeg (cy)", "relevant", "constraint", "constraint_message::English (en)",
                "constraint_message::Cymraeg (cy)", "calculation", "choice_filter", "required"])
    rows = 0
    for g in range(80):
        w.writerow(["begin_group", f"g{g}", f"Section {g}", f"Adran {g}", "", "", "", "", "", "", "", "", ""])
        rows += 1
        for i in range(24):
            n = f"q{g}_{i}"
            prev = f"q{g}_{i - 1}" if i else None
            kind = i % 6
            cy = "" if i == 5 else f"Cwestiwn {n}"
            if kind == 0:
                w.writerow([f"select_one agree5", n, f"Question {n}", cy, "Pick one", "Dewiswch un",
                            "", "", "", "", "", "", "yes"])
            elif kind == 1:
                w.writerow(["integer", n, f"How many {n}?", cy, "", "", f"${{{prev}}} != '1'",
                            ". >= 0 and . <= 100", "0 to 100", "0 i 100", "", "", ""])
            elif kind == 2:
                w.writerow(["date", n, f"When {n}?", cy, "", "", "", ". <= today()", "Not in the future",
                            "Nid yn y dyfodol", "", "", ""])
            elif kind == 3:
                w.writerow(["calculate", n, "", "", "", "", "", "", "", "", f"concat(${{{prev}}}, ' ', "
                            f"format-date(${{q{g}_{i - 1}}}, '%Y'))", "", ""])
            elif kind == 4:
                w.writerow(["select_one city", n, f"City {n}", cy, "", "", "", "", "", "", "",
                            "region = ${q%d_0}" % g, ""])
            else:
                w.writerow(["text", n, f"Tell us more {n}", cy, "", "", f"string-length(${{{prev}}}) > 0",
                            "string-length(.) < 500", "Too long", "Rhy hir", "", "", ""])
            rows += 1
        w.writerow(["end_group", "", "", "", "", "", "", "", "", "", "", "", ""])
        rows += 1
print(f"bench: survey rows: {rows}", file=sys.stderr)
with open(os.path.join(out, "choices.csv"), "w", newline="", encoding="utf-8") as f:
    w = csv.writer(f)
    w.writerow(["list_name", "name", "label::English (en)", "label::Cymraeg (cy)", "region"])
    for k in range(1, 6):
        w.writerow(["agree5", k, f"Level {k}", f"Lefel {k}", ""])
    for c in range(195):
        w.writerow(["city", f"c{c}", f"City {c}", f"Dinas {c}", 1 + c % 5])
with open(os.path.join(out, "settings.csv"), "w", newline="", encoding="utf-8") as f:
    f.write("form_id,form_title,version,default_language\nlarge,Large form,1,English (en)\n")
PY
java -jar "$jar" form export --form "$form" --out "$work/large-form.xlsx" >/dev/null

if [[ -n "${2:-}" ]]; then
  mkdir -p "$2" && cp -r "$form" "$work/large-form.xlsx" "$2"/ && echo "bench: form kept in $2"
fi

once() { # label, path, command...
  local label=$1 path=$2; shift 2
  local load; load="$(cut -d' ' -f1 /proc/loadavg)"
  local code=0
  /usr/bin/time -f "%e %U %S %M" -o "$work/time" "$@" form check "$path" >"$work/stdout" 2>"$work/stderr" || code=$?
  read -r wall user sys rss <"$work/time"
  printf 'form check %-15s exit %d  wall %5.2f s  cpu %5.2f s  peak RSS %4d MB  load %s\n' \
    "$label" "$code" "$wall" "$(awk -v u="$user" -v s="$sys" 'BEGIN { print u + s }')" "$((rss / 1024))" "$load"
}
echo "bench: $(load_average) before measuring"
for ((i = 1; i <= runs; i++)); do
  once "folder launcher" "$form" app/target/concord
  once "folder java-jar" "$form" java -jar "$jar"
  once "xlsx launcher" "$work/large-form.xlsx" app/target/concord
  once "xlsx java-jar" "$work/large-form.xlsx" java -jar "$jar"
done
echo "bench: $(load_average) after measuring"
echo "bench: last output: $(grep -c '^warning: ' "$work/stderr") warnings; $(tail -1 "$work/stdout")"
