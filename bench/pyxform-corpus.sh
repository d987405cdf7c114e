#!/usr/bin/env bash
# Which forms that pyxform accepts does Concord load? Reads the forms of pyxform's own test suite (markdown tables in
# its tests, read in place from a pyxform checkout: nothing of pyxform is copied into Concord), loads each with
# FormLoader and prints how many load, and why the others are refused, grouped by reason.
# Usage: bench/pyxform-corpus.sh PYXFORM_CHECKOUT   (a clone of https://github.com/XLSForm/pyxform)
set -euo pipefail
cd "$(dirname "$0")/.."
source bench/lib/maven.bash
pyxform=${1:?give the path of a pyxform checkout (git clone https://github.com/XLSForm/pyxform)}
[[ -d "$pyxform/tests" ]] || { echo "bench: $pyxform/tests is not a folder; give the root of a pyxform checkout" >&2; exit 2; }
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
echo "bench: pyxform $(git -C "$pyxform" log -1 --format='%h %cs' 2>/dev/null || echo '(not a git checkout)')"
echo "bench: $(python3 bench/lib/pyxform_md_forms.py "$pyxform/tests" "$work") forms written from plain md= strings"
cp=$(test_classpath questionnaires)
java -cp "$cp" org.concord.forms.bench.FormsCorpusCheck "$work/index.tsv" "${RESULTS:-$work/results.tsv}"
