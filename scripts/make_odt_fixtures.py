#!/usr/bin/env python3
"""Write the OpenDocument text fixtures of the tests from our own text (tests/fixtures/odt/*.odt),
the same papers as scripts/make_docx_fixtures.py writes as .docx, so that tests/word.rs can hold
each .odt's report to its .docx's.

- features.odt: every construct the reader handles (headings, a tracked insertion kept and a
  tracked deletion dropped, a comment, spaces, a tab, a line break, a link, a soft page break, a
  text box in a frame, a table, a page-number field, a numbered list from a list style, a
  footnote and an endnote).
- <code>-{fires,clean}.odt for the Zotero rule fixtures: citations as LibreOffice's Zotero
  plugin stores them (a reference mark named `ZOTERO_ITEM CSL_CITATION {json} RND…`), the
  bibliography as a section named `ZOTERO_BIBL {json} CSL_BIBLIOGRAPHY RND…`.

Output is byte-for-byte reproducible (fixed zip dates, fixed RND suffixes). pandoc writes the
other .odt files the tests need at test time. Run from the repository root:
python3 scripts/make_odt_fixtures.py

With --libreoffice (needs pandoc and LibreOffice's soffice; CI runs neither, the files are
committed) it also writes tests/fixtures/odt/libreoffice/*.odt as LibreOffice writes them: each
fixture paper (pandoc Markdown -> .docx -> soffice --convert-to odt) and the EndNote rule fixtures
(.docx -> .odt, their fields kept as LibreOffice field marks). Only the parts a reader uses are kept
(mimetype, content.xml, styles.xml, meta.xml, the manifest): thumbnails and settings would make
them four times larger. The content is LibreOffice's, untouched. It also writes ieee.fodt, the
kept ieee.odt as LibreOffice saves it in flat XML.
"""

import importlib.util
import json
import os
import shutil
import subprocess
import sys
import tempfile
import zipfile
from xml.sax.saxutils import escape, quoteattr

spec = importlib.util.spec_from_file_location("docx", os.path.join(os.path.dirname(__file__), "make_docx_fixtures.py"))
docx = importlib.util.module_from_spec(spec)
spec.loader.exec_module(docx)
OKAFOR, LINDQVIST, ACHEBE, BRANDVOLD, ENTRY = docx.OKAFOR, docx.LINDQVIST, docx.ACHEBE, docx.BRANDVOLD, docx.ENTRY

NS = (
    'xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
    'xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" '
    'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" '
    'xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" '
    'xmlns:draw="urn:oasis:names:tc:opendocument:xmlns:drawing:1.0" '
    'xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0" '
    'xmlns:xlink="http://www.w3.org/1999/xlink" '
    'xmlns:dc="http://purl.org/dc/elements/1.1/" '
    'xmlns:svg="urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0" '
    'office:version="1.3"'
)

AUTOMATIC = (
    '<office:automatic-styles>'
    '<style:style style:name="T1" style:family="text"><style:text-properties fo:font-style="italic"/></style:style>'
    '<text:list-style style:name="L1"><text:list-level-style-number text:level="1" style:num-prefix="[" '
    'style:num-suffix="]" style:num-format="1"/></text:list-style>'
    '</office:automatic-styles>'
)


def p(*parts, style="Text_20_body"):
    return f'<text:p text:style-name="{style}">{"".join(parts)}</text:p>'


def h(text, level=1):
    return f'<text:h text:style-name="Heading_20_{level}" text:outline-level="{level}">{escape(text)}</text:h>'


def zotero(items, plain, shown=None, rnd="RNDa1b2c3d4e5"):
    body = {
        "citationID": "c" + "".join(i[0][:2] for i in items),
        "properties": {"formattedCitation": plain, "plainCitation": plain, "noteIndex": 0},
        "citationItems": [docx.csl(i) for i in items],
        "schema": "https://github.com/citation-style-language/schema/raw/master/csl-citation.json",
    }
    name = quoteattr("ZOTERO_ITEM CSL_CITATION " + json.dumps(body, ensure_ascii=False) + " " + rnd)
    return (f'<text:reference-mark-start text:name={name}/>{escape(shown or plain)}'
            f'<text:reference-mark-end text:name={name}/>')


def bibliography(entries):
    name = quoteattr('ZOTERO_BIBL {"uncited":[],"omitted":[],"custom":[]} CSL_BIBLIOGRAPHY RNDz9y8x7w6v5')
    return (f'<text:section text:style-name="Sect1" text:name={name}>'
            + "".join(p(escape(e), style="Bibliography_20_1") for e in entries) + '</text:section>')


def write_odt(path, body):
    content = (f'<?xml version="1.0" encoding="UTF-8"?>\n<office:document-content {NS}>{AUTOMATIC}'
               f'<office:body><office:text>{body}</office:text></office:body></office:document-content>')
    manifest = (
        '<?xml version="1.0" encoding="UTF-8"?>\n'
        '<manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0" manifest:version="1.3">'
        '<manifest:file-entry manifest:full-path="/" manifest:media-type="application/vnd.oasis.opendocument.text"/>'
        '<manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml"/>'
        '</manifest:manifest>'
    )
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with zipfile.ZipFile(path, "w") as z:
        # The media type comes first and unpacked, as ODF requires.
        for name, text, method in [("mimetype", "application/vnd.oasis.opendocument.text", zipfile.ZIP_STORED),
                                   ("content.xml", content, zipfile.ZIP_DEFLATED),
                                   ("META-INF/manifest.xml", manifest, zipfile.ZIP_DEFLATED)]:
            info = zipfile.ZipInfo(name, date_time=(1980, 1, 1, 0, 0, 0))
            info.compress_type = method
            z.writestr(info, text.encode("utf-8"))


def features():
    """The constructs of tests/fixtures/docx/features.docx, the OpenDocument way."""
    tracked = (
        '<text:tracked-changes>'
        '<text:changed-region xml:id="ct1" text:id="ct1"><text:insertion><office:change-info>'
        '<dc:creator>A</dc:creator><dc:date>2026-01-01T00:00:00</dc:date></office:change-info></text:insertion></text:changed-region>'
        '<text:changed-region xml:id="ct2" text:id="ct2"><text:deletion><office:change-info>'
        '<dc:creator>A</dc:creator><dc:date>2026-01-01T00:00:00</dc:date></office:change-info>'
        + p(" as nobody showed [9]") + '</text:deletion></text:changed-region>'
        '</text:tracked-changes>'
    )
    comment = ('<office:annotation office:name="c1"><dc:creator>Reviewer</dc:creator>'
               + p("A comment (Ghost, 2000) that is never read.") + '</office:annotation>')
    footnote = ('<text:note text:id="ftn1" text:note-class="footnote"><text:note-citation>1</text:note-citation>'
                '<text:note-body>' + p("See also the review [3].", style="Footnote") + '</text:note-body></text:note>')
    endnote = ('<text:note text:id="ftn2" text:note-class="endnote"><text:note-citation>i</text:note-citation>'
               '<text:note-body>' + p("An endnote.", style="Endnote") + '</text:note-body></text:note>')
    frame = ('<draw:frame draw:name="Box" text:anchor-type="paragraph" svg:width="5cm">'
             '<draw:text-box>' + p("Box: lights out at ten [3].") + '</draw:text-box></draw:frame>')
    entries = "".join(f'<text:list-item>{p(escape(ENTRY[w]))}</text:list-item>' for w in [OKAFOR, LINDQVIST, ACHEBE])
    body = (
        tracked
        + h("Rest and work")
        + p('Sleep shapes<text:s/><text:a xlink:type="simple" xlink:href="https://example.org/">motor skills</text:a> [1]',
            '<text:change-start text:change-id="ct1"/> and naps help [2]<text:change-end text:change-id="ct1"/>',
            '<text:change text:change-id="ct2"/>', comment, ".", footnote)
        + p("Light matters<text:tab/>at night<text:line-break/>too.", frame)
        + '<table:table table:name="T1"><table:table-column table:number-columns-repeated="2"/>'
          '<table:table-row><table:table-cell office:value-type="string">' + p("Cell one [2]")
        + '</table:table-cell><table:table-cell office:value-type="string">' + p("Cell two")
        + '</table:table-cell></table:table-row></table:table>'
        + p('<text:page-number text:select-page="current">7</text:page-number> is a<text:soft-page-break/> page field.', endnote)
        + h("References")
        + f'<text:list text:style-name="L1">{entries}</text:list>'
    )
    write_odt("tests/fixtures/odt/features.odt", body)


def rules():
    """The Zotero rule fixtures of make_docx_fixtures.py, with the same text."""
    def zotero_paper(edited):
        return (
            p("Sleep shapes how motor skills settle ", zotero([OKAFOR], "(Okafor, 2019)", edited, "RNDokafor0001"), ".")
            + p("Short naps help shift workers ", zotero([LINDQVIST], "(Lindqvist & Moreau, 2021)", None, "RNDlindq00002"), ". ")
            + h("References")
            + bibliography([ENTRY[LINDQVIST], ENTRY[OKAFOR]])
        )

    write_odt("tests/fixtures/odt/edited-field-citation-fires.odt", zotero_paper("(Okafor, 2018)"))
    write_odt("tests/fixtures/odt/edited-field-citation-clean.odt", zotero_paper(None))

    def stale_paper(refreshed):
        listed = [ENTRY[LINDQVIST], ENTRY[OKAFOR]] if refreshed else [ENTRY[BRANDVOLD], ENTRY[OKAFOR]]
        return (
            p("Sleep shapes how motor skills settle ", zotero([OKAFOR], "(Okafor, 2019)", None, "RNDokafor0001"), ".")
            + p("Short naps help shift workers ", zotero([LINDQVIST], "(Lindqvist & Moreau, 2021)", None, "RNDlindq00002"), ".")
            + h("References")
            + bibliography(listed)
        )

    write_odt("tests/fixtures/odt/stale-bibliography-fires.odt", stale_paper(False))
    write_odt("tests/fixtures/odt/stale-bibliography-clean.odt", stale_paper(True))


KEPT = ["mimetype", "content.xml", "styles.xml", "meta.xml", "META-INF/manifest.xml"]


def libreoffice():
    out_dir = "tests/fixtures/odt/libreoffice"
    os.makedirs(out_dir, exist_ok=True)
    with tempfile.TemporaryDirectory() as tmp:
        sources = []
        for style in ["apa", "chicago", "harvard", "ieee", "mla", "vancouver"]:
            target = os.path.join(tmp, f"{style}.docx")
            subprocess.run(["pandoc", "-f", "markdown-smart+hard_line_breaks", "-o", target,
                            f"tests/fixtures/papers/{style}/paper.md"], check=True)
            sources.append(target)
        for which in ["fires", "clean"]:
            target = os.path.join(tmp, f"unlisted-field-item-{which}.docx")
            shutil.copy(f"tests/fixtures/rules/unlisted-field-item/{which}.docx", target)
            sources.append(target)
        profile = "file://" + os.path.join(tmp, "profile")
        subprocess.run(["soffice", "--headless", f"-env:UserInstallation={profile}",
                        "--convert-to", "odt", "--outdir", tmp] + sources,
                       check=True, stdout=subprocess.DEVNULL)
        for source in sources:
            name = os.path.basename(source)[:-len(".docx")] + ".odt"
            with zipfile.ZipFile(os.path.join(tmp, name)) as full, \
                    zipfile.ZipFile(os.path.join(out_dir, name), "w") as kept:
                for part in KEPT:
                    info = zipfile.ZipInfo(part, date_time=(1980, 1, 1, 0, 0, 0))
                    info.compress_type = zipfile.ZIP_STORED if part == "mimetype" else zipfile.ZIP_DEFLATED
                    kept.writestr(info, full.read(part))
    flat(out_dir)


def flat(out_dir):
    """ieee.fodt: the kept ieee.odt saved by LibreOffice as flat XML (one file, no zip)."""
    with tempfile.TemporaryDirectory() as tmp:
        profile = "file://" + os.path.join(tmp, "profile")
        subprocess.run(["soffice", "--headless", f"-env:UserInstallation={profile}",
                        "--convert-to", "fodt", "--outdir", tmp, os.path.join(out_dir, "ieee.odt")],
                       check=True, stdout=subprocess.DEVNULL)
        shutil.copy(os.path.join(tmp, "ieee.fodt"), os.path.join(out_dir, "ieee.fodt"))


if __name__ == "__main__":
    features()
    rules()
    if "--libreoffice" in sys.argv[1:]:
        libreoffice()
