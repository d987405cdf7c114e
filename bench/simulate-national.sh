#!/usr/bin/env bash
# Times `concord simulate` for a national-scale study (152 LAs, 8 leaders and 80 workers each, the bundled form, with
# the long CSV and rates), `concord analyse` on it when this build has that command, `concord demo`, and an example
# `concord power`. Builds the jar first unless NO_BUILD=1. Prints wall and CPU seconds of each.
# Usage: bench/simulate-national.sh
set -euo pipefail
cd "$(dirname "$0")/.."
if [[ "${NO_BUILD:-}" != 1 ]]; then
  mvn -B -q -o -DskipTests package
fi
jar="$PWD/app/target/concord.jar"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
timed() { # label, command...
  local label=$1; shift
  /usr/bin/time -f "$label: %e s wall, %U s user CPU, %M KB max RSS" "$@"
}
echo "machine: $(nproc) cores, load average $(cut -d' ' -f1-3 /proc/loadavg)"
timed simulate java -jar "$jar" simulate --las 152 --leaders 8 --workers 80 \
  --out "$work/x.concord" --csv "$work/x.csv" --rates "$work/r.csv"
ls -l "$work/x.concord" "$work/x.csv" "$work/r.csv" | awk '{print "  " $5 " bytes  " $9}'
if java -jar "$jar" --help 2>/dev/null | grep -qE "^ +analyse"; then
  timed "analyse (study file)" java -jar "$jar" analyse --form questionnaires/forms/values-agreement \
    --study "$work/x.concord" --rates "$work/r.csv" --json "$work/x.json" --out "$work/x.xlsx" >/dev/null
  timed "analyse (long CSV)" java -jar "$jar" analyse --form questionnaires/forms/values-agreement \
    --responses "$work/x.csv" --rates "$work/r.csv" --json "$work/y.json" >/dev/null
else
  echo "analyse: not in this build"
fi
(cd "$work" && timed demo java -jar "$jar" demo)
timed power java -jar "$jar" power --las 30 --leaders 4 --workers 15 --effect 0.3 --replications 500
