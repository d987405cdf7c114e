"""Writes the forms of pyxform's own test suite as Concord CSV folders, for bench/pyxform-corpus.sh.

pyxform's tests define most forms as markdown tables passed to assertPyxformXform(md=...). This script reads the
test files in place (a pyxform checkout given on the command line; nothing of it is copied into Concord), takes every
call whose md is a plain string, converts its tables to one folder of CSV sheets each (the table rules follow pyxform's
markdown reader: a first cell names the sheet, '#' starts a comment) and writes index.tsv: folder, whether pyxform
accepts the form ("ok") or expects an error ("error": errored=True or an error__contains check), test file and line.
Usage: python3 pyxform_md_forms.py PYXFORM/tests OUT_DIR
"""
import ast, csv, os, re, sys, glob
MD_COMMENT = re.compile(r"^\s*#"); MD_COMMENT_INLINE = re.compile(r"^(.*)(#[^|]+)$")
MD_CELL = re.compile(r"\s*\|(.*)\|\s*"); MD_SEPARATOR = re.compile(r"^[\|-]+$"); PIPE = re.compile(r"(?<!\\)\|")
def cell(c):
    if not c or c.isspace(): return None
    return c.strip().replace(r"\|", "|")
def parse(md):
    name=False; arr=False; sheets={}
    for line in md.split("\n"):
        if MD_COMMENT.match(line): continue
        m=MD_COMMENT_INLINE.match(line)
        if m: line=m.groups()[0]
        m=MD_CELL.match(line)
        if m:
            s=m.groups()[0]
            if not MD_SEPARATOR.match(s):
                sp=PIPE.split(s); first=cell(sp[0]); row=tuple(cell(c) for c in sp[1:])
                if first is not None:
                    if arr: sheets[name]=arr
                    arr=[]; name=first
                if name and any(c is not None for c in row): arr.append(row)
            sheets[name]=arr
    return sheets
out=sys.argv[2]; n=0; meta=open(os.path.join(out,"index.tsv"),"w")
for f in sorted(glob.glob(sys.argv[1]+"/**/*.py", recursive=True)):
    tree=ast.parse(open(f).read())
    for node in ast.walk(tree):
        if isinstance(node, ast.Call) and getattr(node.func,'attr','')=='assertPyxformXform':
            kw={k.arg:k.value for k in node.keywords if k.arg}
            md=kw.get('md')
            if not (isinstance(md, ast.Constant) and isinstance(md.value,str)): continue
            errored = any(k in kw for k in ('error__contains','error__not_contains','odk_validate_error__contains')) or \
                (isinstance(kw.get('errored'),ast.Constant) and kw['errored'].value is True)
            warns = 'warnings__contains' in kw or 'warnings_count' in kw
            sheets=parse(md.value)
            if not sheets: continue
            n+=1; d=os.path.join(out,"f%04d"%n); os.makedirs(d)
            supported={'survey','choices','settings','external_choices','entities','osm'}
            if len(sheets)==1 and list(sheets)[0].lower() not in supported: sheets={'survey':list(sheets.values())[0]}
            for s,rows in sheets.items():
                if not rows: continue
                w=max(len(r) for r in rows)
                with open(os.path.join(d,s.lower()+".csv"),"w",newline="") as fh:
                    cw=csv.writer(fh)
                    for r in rows: cw.writerow([("" if c is None else c) for c in r]+[""]*(w-len(r)))
            meta.write("f%04d\t%s\t%s:%d\t%s\n"%(n,"error" if errored else "ok", os.path.relpath(f,sys.argv[1]), node.lineno, "warn" if warns else ""))
print(n)
