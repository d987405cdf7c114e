#!/usr/bin/env bash
# Kiosk keypress latency: from a real key press (1..5) on a focused Likert item to the next item focused, in the real
# kiosk window on a real study file with the bundled form (every answer saved meanwhile). Target: under 50 ms.
# Usage: bench/kiosk-keypress.sh [participants]   (default 4; the first is a warm-up). Runs under Xvfb when there is no
# display.
set -euo pipefail
cd "$(dirname "$0")/.."
source bench/lib/maven.bash
cp=$(test_classpath app)
run=(java --add-opens java.base/java.util=ALL-UNNAMED --add-opens java.desktop/java.awt=ALL-UNNAMED -cp "$cp"
     org.concord.app.kiosk.KioskKeypressBenchmark "${1:-4}")
if [[ -z "${DISPLAY:-}" ]]; then
  xvfb-run -a -s "-screen 0 1600x1000x24" "${run[@]}"
else
  "${run[@]}"
fi
echo "bench: $(load_average)"
