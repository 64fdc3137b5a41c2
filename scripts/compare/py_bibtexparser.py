"""Parse a .bib file with bibtexparser; print the number of entries (and failed blocks).

Usage: python py_bibtexparser.py FILE.bib
Works with bibtexparser 2.x (parse_file) and falls back to the 1.x API (bibtexparser.load).
"""
import sys

import bibtexparser

if hasattr(bibtexparser, "parse_file"):
    lib = bibtexparser.parse_file(sys.argv[1])
    print(len(lib.entries), "failed_blocks=%d" % len(lib.failed_blocks))
else:  # bibtexparser 1.x
    with open(sys.argv[1], encoding="utf-8") as f:
        db = bibtexparser.load(f)
    print(len(db.entries))
