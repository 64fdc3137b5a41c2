#!/bin/sh
# Build the LaTeX oracle fixtures with real TeX Live tools and keep what the tests read:
# the .aux (the keys LaTeX cited) and the .blg (what BibTeX or biber could not find).
# Needs pdflatex and bibtex (Debian: texlive-latex-base, texlive-latex-recommended);
# the biber fixture also needs biblatex (texlive-bibtex-extra) and biber. CI does not run
# this: the outputs are committed.
set -eu
root=$(cd "$(dirname "$0")/.." && pwd)
for dir in "$root"/tests/fixtures/latex-oracle/*/; do
    name=$(basename "$dir")
    tmp=$(mktemp -d)
    cp "$dir"/*.tex "$dir"/*.bib "$tmp"/
    (
        cd "$tmp"
        pdflatex -interaction=nonstopmode paper.tex >/dev/null || true
        if [ "$name" = biber ]; then biber paper >/dev/null || true; else bibtex paper >/dev/null || true; fi
    )
    cp "$tmp/paper.aux" "$tmp/paper.blg" "$tmp/paper.bbl" "$dir"/
    rm -rf "$tmp"
    echo "built $name"
done
