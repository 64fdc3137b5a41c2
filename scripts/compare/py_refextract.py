"""Parse a file of reference strings with refextract's text API; write its result as JSON.

Usage: python py_refextract.py IN OUT_JSON
The count of references it returned goes to stdout.
"""
import json
import sys

import refextract

with open(sys.argv[1], encoding="utf-8") as f:
    text = f.read()
refs = refextract.extract_references_from_string(text)
with open(sys.argv[2], "w", encoding="utf-8") as f:
    json.dump(refs, f, ensure_ascii=False)
print(len(refs))
