"""Lists the XLSForm workbooks (.xlsx and legacy .xls) of a folder for bench/real-forms.sh and, given a pyxform source tree, asks
pyxform whether it accepts each one (xls2xform's convert, without ODK Validate).

Writes index.tsv in the format FormsCorpusCheck reads: the workbook's absolute path, "ok" or "error" as pyxform
decides ("unchecked" when no pyxform was given), the path relative to the folder, and pyxform's first error line.
Workbooks with the same bytes are listed once (sha256); Excel's lock files (~$name.xlsx) are skipped, and so is a
copy NAME.from-xls.xlsx converted from an .xls when NAME.xls is beside it (the original is read instead).
Usage: python3 pyxform_xlsx_forms.py FOLDER OUT_DIR [PYXFORM_SOURCE]
Prints: distinct workbooks, duplicates skipped.
"""
import hashlib, os, sys
folder, out = sys.argv[1], sys.argv[2]
convert = None
if len(sys.argv) > 3:
    sys.path.insert(0, sys.argv[3])
    from pyxform.xls2xform import convert
seen = set(); duplicates = 0; converted = 0; rows = []
for root, dirs, files in os.walk(folder):
    dirs.sort()
    for name in sorted(files):
        lower = name.lower()
        if not lower.endswith((".xlsx", ".xls")) or name.startswith("~$"):
            continue
        if lower.endswith(".from-xls.xlsx") and name[:-len(".from-xls.xlsx")] + ".xls" in files:
            converted += 1
            continue
        path = os.path.abspath(os.path.join(root, name))
        digest = hashlib.sha256(open(path, "rb").read()).hexdigest()
        if digest in seen:
            duplicates += 1
            continue
        seen.add(digest)
        status, message = "unchecked", ""
        if convert:
            try:
                convert(xlsform=path, validate=False)
                status = "ok"
            except Exception as e:  # pyxform raises PyXFormError and, on broken workbooks, whatever its readers raise
                status, message = "error", (str(e).strip().splitlines() or [type(e).__name__])[0]
        rows.append("%s\t%s\t%s\t%s\n" % (path, status, os.path.relpath(path, folder), message.replace("\t", " ")))
with open(os.path.join(out, "index.tsv"), "w") as index:
    index.writelines(rows)
print("%d distinct workbooks (%d .xls), %d duplicates and %d .from-xls.xlsx copies of an .xls skipped"
      % (len(seen), sum(r.split("\t")[0].lower().endswith(".xls") for r in rows), duplicates, converted))
