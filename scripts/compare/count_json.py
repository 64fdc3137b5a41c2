"""Print how many references a citecheck JSON report holds (not timed; a sanity check).

Usage: python count_json.py REPORT.json
"""
import json
import sys

with open(sys.argv[1], encoding="utf-8") as f:
    doc = json.load(f)
refs = doc.get("references") if isinstance(doc, dict) else doc
print(len(refs) if refs is not None else "?")
