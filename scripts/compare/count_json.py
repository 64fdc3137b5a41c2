"""Print how many references (and diagnostics) a citecheck JSON report holds.

Not timed; a check that the tool did the whole job. Usage: python count_json.py REPORT.json
"""
import json
import sys

with open(sys.argv[1], encoding="utf-8") as f:
    doc = json.load(f)
refs = doc.get("references") if isinstance(doc, dict) else doc
out = str(len(refs)) if refs is not None else "?"
if isinstance(doc, dict) and doc.get("diagnostics") is not None:
    out += " diagnostics=%d" % len(doc["diagnostics"])
print(out)
