#!/usr/bin/env bash
# Make the PDF fixtures in tests/fixtures/pdf/ from the project's own invented papers
# (tests/fixtures/papers/*/paper.md, tests/fixtures/notes/chicago-footnotes.md) with pandoc and
# pdfLaTeX. CI does not run this: the PDFs are committed. Needs pandoc, pdflatex with fancyhdr and lmodern (Debian: texlive-latex-base,
# texlive-latex-recommended, texlive-fonts-recommended, lmodern).
#
#   scripts/make-pdf-fixtures.sh            # the five fixtures
#   scripts/make-pdf-fixtures.sh big        # also target/pdf/big.pdf: 200 pages, 1,000 references
set -euo pipefail
cd "$(dirname "$0")/.."
for tool in pandoc pdflatex; do
    command -v "$tool" >/dev/null || { echo "make-pdf-fixtures: $tool is missing" >&2; exit 2; }
done
out=tests/fixtures/pdf
papers=tests/fixtures/papers
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
export SOURCE_DATE_EPOCH=1700000000 # the same bytes on every run

# Each entry of the reference list its own paragraph (Markdown would join adjacent lines); a
# line that starts in lower case after one that does not end a sentence goes on its entry.
split_references() {
    awk '/^(## )?(References|REFERENCES)/ { refs = 1; print; next }
         refs && NF && prev != "" && !(prev ~ /[.]$/ || prev ~ /https?:[^ ]*$/) && $0 ~ /^[a-z]/ {
             print; prev = $0; next }
         refs && NF { if (prev != "") print ""; print; prev = $0; next }
         { print }' "$1"
}

# A running head and a page number in the footer: what a PDF reader must drop.
header() {
    cat <<TEX
\usepackage{fancyhdr}
\pagestyle{fancy}
\fancyhf{}
\fancyhead[L]{\small $1}
\fancyhead[R]{\small Working paper}
\fancyfoot[C]{\thepage}
\renewcommand{\headrulewidth}{0.4pt}
\DeclareUnicodeCharacter{03C4}{\ensuremath{\tau}}
\DeclareUnicodeCharacter{2208}{\ensuremath{\in}}
\DeclareUnicodeCharacter{2265}{\ensuremath{\geq}}
TEX
}

# pdf NAME SOURCE.md RUNNING-HEAD [pandoc options...]
pdf() {
    local name=$1 source=$2 head=$3
    shift 3
    split_references "$source" > "$work/$name.md"
    header "$head" > "$work/$name-header.tex"
    pandoc "$work/$name.md" -o "$work/$name.pdf" --pdf-engine=pdflatex \
        -V geometry:margin=2.5cm -V fontsize=11pt -H "$work/$name-header.tex" "$@"
    cp "$work/$name.pdf" "$out/$name.pdf"
    echo "$out/$name.pdf: $(stat -c %s "$out/$name.pdf") bytes"
}

# The Vancouver paper with its citations as superscripts ("(2,3)" -> "^2,3^"), written beside
# the PDF: it is the PDF's source text, which the tests compare the PDF against.
sed -E 's/ \(([0-9]{1,2}([,–-] ?[0-9]{1,2})*)\)/^\1^/g; s/\^([0-9]+), ([0-9]+)\^/^\1,\2^/g' \
    "$papers/vancouver/paper.md" > "$out/superscript.md"

pdf apa "$papers/apa/paper.md" "Homework, sleep and screens"
pdf chicago "$papers/chicago/paper.md" "Remittances and saving"
pdf ieee "$papers/ieee/paper.md" "Sparse attention on the edge" -V classoption=twocolumn
pdf superscript "$out/superscript.md" "Anticoagulant adherence" -V classoption=twocolumn
# Chicago notes: footnotes on small pages, so that notes fall on two pages under text that
# breaks over them.
pdf notes tests/fixtures/notes/chicago-footnotes.md "Credit at the water's edge" \
    -V geometry:paperwidth=148mm,paperheight=125mm,margin=1.5cm

# The APA paper printed by a browser (headless Chromium; TrueType CID fonts, spaces drawn as
# glyphs, some of them without a width), as people save web pages and word processors' HTML.
if command -v chromium >/dev/null 2>&1; then
    pandoc -s "$papers/apa/paper.md" -o "$work/apa-chromium.html" --metadata title="Homework, sleep and screens"
    chromium --headless --no-sandbox --disable-gpu --no-pdf-header-footer \
        --print-to-pdf="$out/apa-chromium.pdf" "$work/apa-chromium.html" 2>/dev/null
    echo "$out/apa-chromium.pdf: $(stat -c %s "$out/apa-chromium.pdf") bytes"
else
    echo "chromium not found: $out/apa-chromium.pdf not remade" >&2
fi

if [ "${1:-}" = big ]; then
    mkdir -p target/pdf
    cargo run --quiet --release --example gen_paper -- apa 1000 7500 > target/pdf/big.md
    pdf big target/pdf/big.md "A generated paper"
    mv "$out/big.pdf" target/pdf/big.pdf
fi
