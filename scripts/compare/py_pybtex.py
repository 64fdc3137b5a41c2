"""Parse a .bib file with pybtex (its BibTeX parser); print the number of entries.

Usage: python py_pybtex.py FILE.bib
"""
import sys

from pybtex.database import parse_file

db = parse_file(sys.argv[1], bib_format="bibtex")
print(len(db.entries))
