#!/usr/bin/env bash
# Times `concord simulate` for a national-scale study (152 LAs, 8 leaders and 80 workers each, the bundled form, with
# the long CSV and rates), `concord analyse` on it when this build has that command, `concord demo`, and an example
# `concord power`, each with the launcher the build makes (app/target/concord). Builds first unless SKIP_BUILD=1.
# Prints wall and CPU seconds of each.
# Usage: bench/simulate-national.sh
set -euo pipefail
cd "$(dirname "$0")/.."
source bench/lib/maven.bash
build_app
concord="$PWD/app/target/concord"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
timed() { # label, command...
  local label=$1; shift
  /usr/bin/time -f "$label: %e s wall, %U s user CPU, %M KB max RSS" "$@"
}
echo "machine: $(load_average)"
timed simulate "$concord" simulate --las 152 --leaders 8 --workers 80 \
  --out "$work/x.concord" --csv "$work/x.csv" --rates "$work/r.csv"
ls -l "$work/x.concord" "$work/x.csv" "$work/r.csv" | awk '{print "  " $5 " bytes  " $9}'
if "$concord" --help 2>/dev/null | grep -qE "^ +analyse"; then
  timed "analyse (study file)" "$concord" analyse --form questionnaires/forms/values-agreement \
    --study "$work/x.concord" --rates "$work/r.csv" --json "$work/x.json" --out "$work/x.xlsx" >/dev/null
  timed "analyse (long CSV)" "$concord" analyse --form questionnaires/forms/values-agreement \
    --responses "$work/x.csv" --rates "$work/r.csv" --json "$work/y.json" >/dev/null
else
  echo "analyse: not in this build"
fi
(cd "$work" && timed demo "$concord" demo)
timed power "$concord" power --las 30 --leaders 4 --workers 15 --effect 0.3 --replications 500
