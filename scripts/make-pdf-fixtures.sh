#!/usr/bin/env bash
# Make the PDF fixtures in tests/fixtures/pdf/ from the project's own invented papers
# (tests/fixtures/papers/*/paper.md, tests/fixtures/notes/chicago-footnotes.md) with pandoc and
# pdfLaTeX, headless Chromium and LibreOffice. CI does not run this: the PDFs are committed. Needs
# pandoc, pdflatex with fancyhdr and lmodern (Debian: texlive-latex-base,
# texlive-latex-recommended, texlive-fonts-recommended, lmodern); for the browser and word
# processor prints chromium, python3, soffice and its fonts (Debian: chromium,
# libreoffice-writer-nogui, fonts-liberation2, fonts-crosextra-carlito, fonts-crosextra-caladea).
#
#   scripts/make-pdf-fixtures.sh               # all the fixtures
#   scripts/make-pdf-fixtures.sh libreoffice   # only the word processor's (*-libreoffice.pdf)
#   scripts/make-pdf-fixtures.sh big           # also target/pdf/big.pdf: 200 pages, 1,000 references
#   scripts/make-pdf-fixtures.sh notes-twocolumn  # only notes-twocolumn.pdf
#   scripts/make-pdf-fixtures.sh notes-long       # only notes-long.pdf and notes-double.pdf
#   scripts/make-pdf-fixtures.sh notes-series     # only notes-series.pdf
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

# The Chicago notes paper set in two columns, as proceedings print papers: each column's notes
# under it, and on the first page the page number printed above a two-line footer naming the
# meeting (what a reader must drop, though it is not on the page's last baselines).
notes_twocolumn() {
    cat > "$work/first-page.tex" <<'TEX'
\fancypagestyle{first}{%
\fancyfoot[C]{\thepage\\[6pt]\footnotesize Proceedings of the Fourth Workshop on Invented Harbours, pages 1--2,\\
Saltmarsh, May 2031. The Society for Invented Papers}}
TEX
    printf '\\thispagestyle{first}\n' > "$work/first-page-body.tex"
    pdf notes-twocolumn tests/fixtures/notes/chicago-footnotes.md "Credit at the water's edge" \
        -V classoption=twocolumn -V fontsize=10pt -V geometry:paperwidth=210mm,paperheight=150mm,margin=1.5cm,bottom=2.6cm,footskip=0.8cm \
        -H "$work/first-page.tex" -B "$work/first-page-body.tex"
}
# Chicago notes with long notes on small pages: the last note runs on under the bibliography,
# a page whose foot opens with no mark of its own, and another breaks inside an italic title;
# the bibliography set with a hanging indent and no space between entries (as pandoc's CSL
# output sets it), so a wrapped "Place: Publisher, 2009." line stands alone, and an entry
# breaks over a page under its running head.
notes_long_source() {
    awk '{ print }
         /^## Bibliography/ { print ""; print "\\setlength{\\parindent}{-2em}\\setlength{\\leftskip}{2em}\\setlength{\\parskip}{0pt}" }' \
        tests/fixtures/notes/chicago-long-notes.md > "$work/notes-long-source.md"
}
notes_long() {
    notes_long_source
    printf '\\usepackage{indentfirst}\n' > "$work/indentfirst.tex"
    pdf notes-long "$work/notes-long-source.md" "Lamplight and ledger" \
        -V geometry:paperwidth=148mm,paperheight=125mm,margin=1.5cm -H "$work/indentfirst.tex"
}
# The same paper set as many Word papers are: double spaced, its notes single spaced in the
# text's own size (not smaller), so only their closer leading sets them apart.
notes_double() {
    notes_long_source
    printf '%s\n' '\usepackage{setspace}' '\doublespacing' '\renewcommand{\footnotesize}{\normalsize}' \
        > "$work/double.tex"
    pdf notes-double "$work/notes-long-source.md" "Lamplight and ledger" \
        -V geometry:paperwidth=148mm,paperheight=180mm,margin=1.5cm -H "$work/double.tex"
}
# Chicago notes whose bibliography (hanging, no space between entries) holds a one-word
# author before an italic title with a capitalised series after "Vol. 2.", and an italic
# title broken before its spaced semicolon (the next line opens with the italic "; ..."); a
# note quotes a sentence ending in an ellipsis, which pdfLaTeX sets with a space's room
# before the closing quote.
notes_series() {
    awk '{ print }
         /^## Bibliography/ { print ""; print "\\setlength{\\parindent}{-2em}\\setlength{\\leftskip}{2em}\\setlength{\\parskip}{0pt}" }' \
        tests/fixtures/notes/chicago-series.md > "$work/notes-series-source.md"
    pdf notes-series "$work/notes-series-source.md" "Salt charters" \
        -V geometry:paperwidth=148mm,paperheight=125mm,margin=1.5cm
}
if [ "${1:-}" = notes-series ]; then
    notes_series
    exit 0
fi
if [ "${1:-}" = notes-twocolumn ]; then
    notes_twocolumn
    exit 0
fi
if [ "${1:-}" = notes-long ]; then
    notes_long
    notes_double
    exit 0
fi

if [ "${1:-}" != libreoffice ]; then
    notes_twocolumn
    notes_long
    notes_double
    notes_series
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
fi

# The papers typed in Word and saved as PDF (LibreOffice Writer here: TrueType fonts, a running
# head and a page number, each reference a paragraph of Word's "Bibliography" style with a
# hanging indent and 6 pt after it (or none), footnotes in 10 pt at the page foot). pandoc
# writes the .docx with a reference document that sets those styles; soffice prints it (not byte for byte the
# same on each run: the PDF keeps its date and an ID; the text is the same).
#   word_pdf NAME SOURCE.md RUNNING-HEAD [FONT] [SPACE-AFTER-IN-TWIPS]
word_pdf() {
    local name=$1 source=$2 head=$3 font=${4:-} after=${5:-120}
    split_references "$source" | awk '
        /^(#+ )?(\*\*)?(References|REFERENCES|Reference list|Works Cited|Bibliography)(\*\*)?$/ && !done {
            print; print ""; print "::: {custom-style=\"Bibliography\"}"; open = 1; done = 1; next }
        open && (/^#/ || /^\[\^/) { print ":::"; print ""; open = 0 }
        { print }
        END { if (open) print ":::" }' > "$work/$name-word.md"
    pandoc -o "$work/default.docx" --print-default-data-file reference.docx
    python3 - "$work/default.docx" "$work/$name-reference.docx" "$head" "$font" "$after" <<'PY'
import re, sys, zipfile
src, dst, head, font, after = sys.argv[1:6]
W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'
REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
CT = "application/vnd.openxmlformats-officedocument.wordprocessingml"
small = '<w:rPr><w:sz w:val="18"/></w:rPr>'
page = ('<w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText xml:space="preserve"> PAGE </w:instrText></w:r>'
        '<w:r><w:fldChar w:fldCharType="separate"/></w:r><w:r><w:t>1</w:t></w:r><w:r><w:fldChar w:fldCharType="end"/></w:r>')
parts = {
    "word/header1.xml": f'<w:hdr {W}><w:p><w:pPr><w:jc w:val="right"/></w:pPr><w:r>{small}<w:t xml:space="preserve">{head}</w:t></w:r></w:p></w:hdr>',
    "word/footer1.xml": f'<w:ftr {W}><w:p><w:pPr><w:jc w:val="center"/></w:pPr>{page}</w:p></w:ftr>',
}
with zipfile.ZipFile(src) as zin, zipfile.ZipFile(dst, "w", zipfile.ZIP_DEFLATED) as zout:
    for item in zin.infolist():
        data = zin.read(item.filename).decode()
        if item.filename == "word/styles.xml":
            data = re.sub(r'(w:styleId="Bibliography">.*?)<w:pPr />',
                          r'\1<w:pPr><w:spacing w:after="' + after + r'"/><w:ind w:left="720" w:hanging="720"/></w:pPr>', data, flags=re.S)
            data = re.sub(r'(w:styleId="FootnoteText">.*?)(</w:style>)',
                          r'\1<w:pPr><w:spacing w:after="0"/></w:pPr><w:rPr><w:sz w:val="20"/></w:rPr>\2', data, count=1, flags=re.S)
            if font:
                data = re.sub(r'<w:rFonts w:asciiTheme="minorHAnsi"[^>]*/>',
                              f'<w:rFonts w:ascii="{font}" w:hAnsi="{font}" w:cs="{font}"/>', data, count=1)
        elif item.filename == "word/document.xml":
            data = data.replace("<w:sectPr />",
                '<w:sectPr><w:headerReference w:type="default" r:id="rIdHead"/><w:footerReference w:type="default" r:id="rIdFoot"/>'
                '<w:pgSz w:w="11906" w:h="16838"/><w:pgMar w:top="1417" w:right="1417" w:bottom="1417" w:left="1417" w:header="708" w:footer="708" w:gutter="0"/></w:sectPr>')
        elif item.filename == "word/_rels/document.xml.rels":
            data = data.replace("</Relationships>",
                f'<Relationship Type="{REL}/header" Id="rIdHead" Target="header1.xml"/>'
                f'<Relationship Type="{REL}/footer" Id="rIdFoot" Target="footer1.xml"/></Relationships>')
        elif item.filename == "[Content_Types].xml":
            data = data.replace("</Types>",
                f'<Override PartName="/word/header1.xml" ContentType="{CT}.header+xml"/>'
                f'<Override PartName="/word/footer1.xml" ContentType="{CT}.footer+xml"/></Types>')
        zout.writestr(item, data)
    for name, data in parts.items():
        zout.writestr(name, data)
PY
    pandoc "$work/$name-word.md" -o "$work/$name-libreoffice.docx" --reference-doc="$work/$name-reference.docx"
    soffice --headless --convert-to pdf --outdir "$work" "$work/$name-libreoffice.docx" \
        >/dev/null 2>"$work/soffice.log" || { cat "$work/soffice.log" >&2; exit 2; }
    cp "$work/$name-libreoffice.pdf" "$out/$name-libreoffice.pdf"
    echo "$out/$name-libreoffice.pdf: $(stat -c %s "$out/$name-libreoffice.pdf") bytes"
}

if command -v soffice >/dev/null 2>&1; then
    word_pdf apa "$papers/apa/paper.md" "Homework, sleep and screens" "" 0
    word_pdf chicago "$papers/chicago/paper.md" "Remittances and saving" "Liberation Serif"
    word_pdf harvard "$papers/harvard/paper.md" "Waders on restored wetlands"
    word_pdf ieee "$papers/ieee/paper.md" "Sparse attention on the edge" "Liberation Sans"
    word_pdf mla "$papers/mla/paper.md" "Tehrani-Holt 1" "Liberation Serif"
    word_pdf superscript "$out/superscript.md" "Anticoagulant adherence"
    word_pdf notes tests/fixtures/notes/chicago-footnotes.md "Credit at the water's edge" "Liberation Serif"
else
    echo "soffice (LibreOffice) not found: $out/*-libreoffice.pdf not remade" >&2
fi

if [ "${1:-}" = big ]; then
    mkdir -p target/pdf
    cargo run --quiet --release --example gen_paper -- apa 1000 7500 > target/pdf/big.md
    pdf big target/pdf/big.md "A generated paper"
    mv "$out/big.pdf" target/pdf/big.pdf
fi
