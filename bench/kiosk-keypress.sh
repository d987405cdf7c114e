#!/usr/bin/env bash
# Kiosk keypress latency: from a real key press to the kiosk's answer (the next item focused, or a cascading select's
# filtered list rebuilt), in the real kiosk window on a real study file, every answer saved meanwhile. Target: under
# 50 ms. Runs the bundled form (Likert pages), then each benchmark form of bench/forms/ (Likert pages, a cascading
# select whose filter lets 120 answers through, and in keypress-cascade-repeat a repeat); a form that Concord refuses
# is reported and skipped. Prints median, p95 and max per kind of key press.
# Usage: bench/kiosk-keypress.sh [participants] [form...]   (default 4 participants, the first a warm-up, on the
# bundled form; 3 times as many on a benchmark form, a third as long; forms default to bench/forms/*). Runs under Xvfb
# when there is no display.
set -euo pipefail
cd "$(dirname "$0")/.."
source bench/lib/maven.bash
participants=${1:-4}
shift || true
forms=("$@")
[[ ${#forms[@]} -gt 0 ]] || forms=(bench/forms/*/)
cp=$(test_classpath app)
run() { # benchmark arguments...
  local cmd=(java --add-opens java.base/java.util=ALL-UNNAMED --add-opens java.desktop/java.awt=ALL-UNNAMED -cp "$cp"
             org.concord.app.kiosk.KioskKeypressBenchmark "$@")
  if [[ -z "${DISPLAY:-}" ]]; then
    xvfb-run -a -s "-screen 0 1600x1000x24" "${cmd[@]}"
  else
    "${cmd[@]}"
  fi
}
run "$participants"
echo "bench: $(load_average)"
for form in "${forms[@]}"; do
  status=0
  run --form "${form%/}" $((participants * 3)) || status=$?
  if [[ $status == 2 ]]; then
    echo "bench: ${form%/} skipped: Concord refuses it (message above)"
  elif [[ $status != 0 ]]; then
    exit "$status"
  fi
  echo "bench: $(load_average)"
done
