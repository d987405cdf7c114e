#!/usr/bin/env bash
# Which real XLSForms does Concord load? Reads every .xlsx and legacy .xls workbook in a folder (for instance forms
# gathered from public ODK, KoboToolbox and Ona repositories; they stay where they are, nothing is copied into Concord;
# a NAME.from-xls.xlsx converted copy is skipped when NAME.xls is beside it), asks pyxform which
# of them it accepts when a pyxform source tree is given, loads each with FormLoader and prints the same summary as
# bench/pyxform-corpus.sh: how many load, how many without a phone-only type, refusals grouped by reason (phone-only wherever it is, else the first problem), and
# the forms pyxform refuses that Concord loads. One line per form goes to RESULTS (default: a temporary file). With
# pyxform, it also compares the cells of the survey and choices sheets as Concord and as pyxform read them.
# Usage: bench/real-forms.sh FOLDER [PYXFORM_SOURCE]
#   PYXFORM_SOURCE: the root of a pyxform checkout (the folder holding pyxform/); needs openpyxl, xlrd, defusedxml
#   and lark (Debian: python3-openpyxl python3-xlrd python3-defusedxml python3-lark). PYTHON picks the interpreter.
set -euo pipefail
cd "$(dirname "$0")/.."
source bench/lib/maven.bash
folder=${1:?give a folder of .xlsx and .xls forms}
pyxform=${2:-}
[[ -d "$folder" ]] || { echo "bench: $folder is not a folder" >&2; exit 2; }
[[ -z "$pyxform" || -d "$pyxform/pyxform" ]] || { echo "bench: $pyxform/pyxform is not a folder; give the root of a pyxform checkout" >&2; exit 2; }
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
if [[ -n "$pyxform" ]]; then
  echo "bench: pyxform $(git -C "$pyxform" log -1 --format='%h %cs' 2>/dev/null || echo "from $pyxform")"
else
  echo "bench: no pyxform given: every form counts as accepted"
fi
echo "bench: $("${PYTHON:-python3}" bench/lib/pyxform_xlsx_forms.py "$folder" "$work" $pyxform) in $folder"
cp=$(test_classpath questionnaires)
echo "bench: $(load_average)"
java -cp "$cp" org.concord.forms.bench.FormsCorpusCheck "$work/index.tsv" "${RESULTS:-$work/results.tsv}"
if [[ -n "$pyxform" ]]; then # the cells of each workbook as Concord and as pyxform read them
  java -cp "$cp" org.concord.forms.bench.WorkbookCells "$work/index.tsv" "$work/cells.tsv"
  "${PYTHON:-python3}" bench/lib/pyxform_cells.py "$work/index.tsv" "$work/cells.tsv" "$pyxform"
fi
