"""Compares the cells Concord reads from workbooks (WorkbookCells' output) with pyxform's reading of the same
workbooks (its xlsx_to_dict: the text pyxform builds the form from), for bench/real-forms.sh.

Only workbooks both read are compared, cell by cell as (workbook, sheet, column, text) with counts, so that blank rows
(which pyxform drops) do not shift anything. Prints how many cells differ in how many workbooks and a few examples.
Usage: python3 pyxform_cells.py INDEX CONCORD_CELLS PYXFORM_SOURCE
"""
import sys, warnings
from collections import Counter
warnings.simplefilter("ignore")  # openpyxl warns about styles and extensions it does not read
sys.path.insert(0, sys.argv[3])
from pyxform.xls2json_backends import xls_to_dict, xlsx_to_dict

def text(value):
    return str(value).strip().replace("\r\n", "\n").replace("\n", "\\n").replace("\t", " ")

concord = Counter(tuple(l.rstrip("\n").split("\t", 3)) for l in open(sys.argv[2], encoding="utf-8"))
pyxform = Counter()
for line in open(sys.argv[1], encoding="utf-8"):
    path = line.split("\t")[0]
    try:
        book = xls_to_dict(path) if path.lower().endswith(".xls") else xlsx_to_dict(path)
    except Exception:
        continue
    for sheet in ("survey", "choices"):
        for row in book.get(sheet) or []:
            for column, value in row.items():
                if not str(column).startswith("__") and value is not None and text(value):
                    pyxform[(path, sheet, text(column), text(value))] += 1
both = {k[0] for k in concord} & {k[0] for k in pyxform}
only_concord = [k for k in (concord - pyxform) if k[0] in both]
only_pyxform = [k for k in (pyxform - concord) if k[0] in both]
forms = {k[0] for k in only_concord + only_pyxform}
print("cells read differently from pyxform: %d as Concord reads them, %d as pyxform does, in %d of %d workbooks"
      % (len(only_concord), len(only_pyxform), len(forms), len(both)))
for f in sorted(forms)[:10]:
    print("  %s: Concord %s; pyxform %s" % (f.rsplit("/", 1)[-1],
          [k[1:] for k in only_concord if k[0] == f][:2], [k[1:] for k in only_pyxform if k[0] == f][:2]))
