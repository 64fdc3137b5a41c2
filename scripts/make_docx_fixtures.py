#!/usr/bin/env python3
"""Write the Word fixtures of the tests from our own text: tests/fixtures/rules/<code>/{fires,clean}.docx
for the reference-manager codes, and tests/fixtures/docx/*.docx for the reader.

The fields follow the documented formats: Zotero `ADDIN ZOTERO_ITEM CSL_CITATION {json}` and
`ADDIN ZOTERO_BIBL {json} CSL_BIBLIOGRAPHY`, Mendeley `ADDIN CSL_CITATION {json}` and
`ADDIN Mendeley Bibliography CSL_BIBLIOGRAPHY`, EndNote `ADDIN EN.CITE <EndNote>...` (its XML as
field instruction text, escaped) and `ADDIN EN.REFLIST`. Instructions are split over several runs
as Word splits them. Output is byte-for-byte reproducible (fixed zip dates).

Run from the repository root: python3 scripts/make_docx_fixtures.py
"""

import json
import os
import zipfile
from xml.sax.saxutils import escape

W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
NS = (
    f'xmlns:w="{W}" '
    'xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" '
    'xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing" '
    'xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" '
    'xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape" '
    'xmlns:v="urn:schemas-microsoft-com:vml" '
    'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"'
)


def t(text):
    return f'<w:r><w:t xml:space="preserve">{escape(text)}</w:t></w:r>'


def instr_runs(instruction, pieces=3):
    """The instruction split over several runs, as Word writes long ones."""
    size = max(1, len(instruction) // pieces + 1)
    return "".join(
        f'<w:r><w:instrText xml:space="preserve">{escape(instruction[i:i + size])}</w:instrText></w:r>'
        for i in range(0, len(instruction), size)
    )


def field(instruction, shown_runs):
    return (
        '<w:r><w:fldChar w:fldCharType="begin"/></w:r>'
        + instr_runs(instruction)
        + '<w:r><w:fldChar w:fldCharType="separate"/></w:r>'
        + shown_runs
        + '<w:r><w:fldChar w:fldCharType="end"/></w:r>'
    )


def csl(item):
    family, given, year, title, doi = item
    data = {
        "id": family.lower() + year,
        "type": "article-journal",
        "title": title,
        "author": [{"family": f, "given": g} for f, g in zip(family.split("&"), given.split("&"))],
        "issued": {"date-parts": [[year]]},
    }
    if doi:
        data["DOI"] = doi
    return {"id": data["id"], "uris": [], "itemData": data}


def zotero(items, plain, shown=None):
    body = {
        "citationID": "c" + "".join(i[0][:2] for i in items),
        "properties": {"formattedCitation": plain, "plainCitation": plain, "noteIndex": 0},
        "citationItems": [csl(i) for i in items],
        "schema": "https://github.com/citation-style-language/schema/raw/master/csl-citation.json",
    }
    return field(" ADDIN ZOTERO_ITEM CSL_CITATION " + json.dumps(body, ensure_ascii=False) + " ", t(shown or plain))


def mendeley(items, plain, shown=None):
    body = {
        "citationItems": [csl(i) for i in items],
        "mendeley": {"formattedCitation": plain, "plainTextFormattedCitation": plain,
                     "previouslyFormattedCitation": plain},
        "properties": {"noteIndex": 0},
    }
    return field("ADDIN CSL_CITATION " + json.dumps(body, ensure_ascii=False), t(shown or plain))


def endnote(items, display, shown=None):
    cites = ""
    for family, given, year, title, doi in items:
        authors = "".join(f"<author>{f}, {g}</author>" for f, g in zip(family.split("&"), given.split("&")))
        cites += (
            f"<Cite><Author>{family.split('&')[0]}</Author><Year>{year}</Year><DisplayText>{display}</DisplayText>"
            f"<record><ref-type name=\"Journal Article\">17</ref-type><contributors><authors>{authors}</authors></contributors>"
            f"<titles><title><style face=\"normal\" font=\"default\" size=\"100%\">{title}</style></title></titles>"
            f"<dates><year>{year}</year></dates>"
            + (f"<electronic-resource-num>{doi}</electronic-resource-num>" if doi else "")
            + "</record></Cite>"
        )
    return field(" ADDIN EN.CITE <EndNote>" + cites + "</EndNote>", t(shown or display))


def p(*runs, style=None, num=None):
    ppr = ""
    if style or num:
        ppr = "<w:pPr>"
        if style:
            ppr += f'<w:pStyle w:val="{style}"/>'
        if num:
            ppr += f'<w:numPr><w:ilvl w:val="0"/><w:numId w:val="{num}"/></w:numPr>'
        ppr += "</w:pPr>"
    return f"<w:p>{ppr}{''.join(runs)}</w:p>"


def bibliography(instruction, entries):
    """A bibliography field spanning one paragraph per entry, ended in a paragraph of its own."""
    paragraphs = []
    for i, entry in enumerate(entries):
        opening = ('<w:r><w:fldChar w:fldCharType="begin"/></w:r>' + instr_runs(instruction)
                   + '<w:r><w:fldChar w:fldCharType="separate"/></w:r>') if i == 0 else ""
        paragraphs.append(p(opening + t(entry), style="Bibliography"))
    paragraphs.append(p('<w:r><w:fldChar w:fldCharType="end"/></w:r>'))
    return "".join(paragraphs)


ZOTERO_BIBL = ' ADDIN ZOTERO_BIBL {"uncited":[],"omitted":[],"custom":[]} CSL_BIBLIOGRAPHY '
MENDELEY_BIBL = "ADDIN Mendeley Bibliography CSL_BIBLIOGRAPHY"

STYLES = f"""<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:styles {NS}>
<w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/></w:style>
<w:style w:type="paragraph" w:styleId="Heading1"><w:name w:val="heading 1"/><w:basedOn w:val="Normal"/><w:pPr><w:outlineLvl w:val="0"/></w:pPr></w:style>
<w:style w:type="paragraph" w:styleId="Heading2"><w:name w:val="heading 2"/><w:basedOn w:val="Normal"/></w:style>
<w:style w:type="paragraph" w:styleId="Bibliography"><w:name w:val="Bibliography"/><w:basedOn w:val="Normal"/></w:style>
<w:style w:type="paragraph" w:styleId="RefList"><w:name w:val="Reference List"/><w:basedOn w:val="Normal"/><w:pPr><w:numPr><w:numId w:val="1"/></w:numPr></w:pPr></w:style>
</w:styles>"""

NUMBERING = f"""<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:numbering {NS}>
<w:abstractNum w:abstractNumId="0"><w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="[%1]"/></w:lvl></w:abstractNum>
<w:abstractNum w:abstractNumId="1"><w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="bullet"/><w:lvlText w:val="\u2022"/></w:lvl></w:abstractNum>
<w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num>
<w:num w:numId="2"><w:abstractNumId w:val="1"/></w:num>
</w:numbering>"""


def notes_part(kind, notes):
    """footnotes.xml / endnotes.xml with Word's two separator notes first."""
    body = (f'<w:{kind} w:type="separator" w:id="-1"><w:p><w:r><w:separator/></w:r></w:p></w:{kind}>'
            f'<w:{kind} w:type="continuationSeparator" w:id="0"><w:p><w:r><w:continuationSeparator/></w:r></w:p></w:{kind}>')
    ref = "footnoteRef" if kind == "footnote" else "endnoteRef"
    for note_id, runs in notes:
        body += f'<w:{kind} w:id="{note_id}"><w:p><w:r><w:{ref}/></w:r>{t(" ")}{runs}</w:p></w:{kind}>'
    return f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:{kind}s {NS}>{body}</w:{kind}s>'


def write_docx(path, body, footnotes=(), endnotes=(), comments=None):
    parts = {
        "[Content_Types].xml": (
            '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
            '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
            '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
            '<Default Extension="xml" ContentType="application/xml"/>'
            '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>'
            "</Types>"
        ),
        "_rels/.rels": (
            '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
            '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
            '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/>'
            "</Relationships>"
        ),
        "word/document.xml": (
            f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:document {NS}><w:body>{body}'
            '<w:sectPr><w:pgSz w:w="11906" w:h="16838"/></w:sectPr></w:body></w:document>'
        ),
        "word/styles.xml": STYLES,
        "word/numbering.xml": NUMBERING,
    }
    if footnotes:
        parts["word/footnotes.xml"] = notes_part("footnote", footnotes)
    if endnotes:
        parts["word/endnotes.xml"] = notes_part("endnote", endnotes)
    if comments:
        parts["word/comments.xml"] = (
            f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:comments {NS}>'
            f'<w:comment w:id="0" w:author="Reviewer"><w:p>{t(comments)}</w:p></w:comment></w:comments>'
        )
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        for name, text in parts.items():
            info = zipfile.ZipInfo(name, date_time=(1980, 1, 1, 0, 0, 0))
            info.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(info, text.encode("utf-8"))


# Our own works: (family names joined by "&", given names likewise, year, title, DOI).
OKAFOR = ("Okafor", "Ngozi", "2019", "Sleep and the consolidation of motor skills", "10.5555/sleep.2019.04")
LINDQVIST = ("Lindqvist&Moreau", "Elin&Paul", "2021", "Afternoon naps in shift workers", None)
ACHEBE = ("Achebe", "Tobi", "2020", "Light exposure at night", None)
BRANDVOLD = ("Brandvold", "Siri", "2017", "Dreams in long-haul pilots", None)

ENTRY = {
    OKAFOR: "Okafor, N. (2019). Sleep and the consolidation of motor skills. Journal of Sleep Studies, 12(3), 45–60. https://doi.org/10.5555/sleep.2019.04",
    LINDQVIST: "Lindqvist, E., & Moreau, P. (2021). Afternoon naps in shift workers. Occupational Rest, 8(1), 1–14.",
    ACHEBE: "Achebe, T. (2020). Light exposure at night. Chronobiology Letters, 3(2), 99–110.",
    BRANDVOLD: "Brandvold, S. (2017). Dreams in long-haul pilots. Aviation Psychology, 21(4), 300–312.",
}


def rules():
    root = "tests/fixtures/rules"
    heading = p(t("References"), style="Heading1")

    def zotero_paper(edited, extra=""):
        return (
            p(t("Sleep shapes how motor skills settle "), zotero([OKAFOR], "(Okafor, 2019)", edited), t("."))
            + p(t("Short naps help shift workers "), zotero([LINDQVIST], "(Lindqvist & Moreau, 2021)"), t(". ") + extra)
            + heading
            + bibliography(ZOTERO_BIBL, [ENTRY[LINDQVIST], ENTRY[OKAFOR]])
        )

    write_docx(f"{root}/edited-field-citation/fires.docx", zotero_paper("(Okafor, 2018)"))
    write_docx(f"{root}/edited-field-citation/clean.docx", zotero_paper(None))

    def mendeley_paper(typed):
        third = t("Night light matters (Achebe, 2020).") if typed else (
            t("Night light matters ") + mendeley([ACHEBE], "(Achebe, 2020)") + t("."))
        return (
            p(t("Sleep shapes how motor skills settle "), mendeley([OKAFOR], "(Okafor, 2019)"), t("."))
            + p(t("Short naps help shift workers "), mendeley([LINDQVIST], "(Lindqvist & Moreau, 2021)"), t("."))
            + p(third)
            + heading
            + bibliography(MENDELEY_BIBL, [ENTRY[ACHEBE], ENTRY[LINDQVIST], ENTRY[OKAFOR]])
        )

    write_docx(f"{root}/unfielded-citation/fires.docx", mendeley_paper(True))
    write_docx(f"{root}/unfielded-citation/clean.docx", mendeley_paper(False))

    def endnote_paper(listed):
        typed = [ENTRY[ACHEBE], ENTRY[LINDQVIST], ENTRY[OKAFOR]] if listed else [ENTRY[LINDQVIST], ENTRY[OKAFOR]]
        return (
            p(t("Sleep shapes how motor skills settle "), endnote([OKAFOR], "(Okafor, 2019)"), t("."))
            + p(t("Night light and naps both matter "),
                endnote([ACHEBE, LINDQVIST], "(Achebe, 2020; Lindqvist &amp; Moreau, 2021)",
                        "(Achebe, 2020; Lindqvist & Moreau, 2021)"), t("."))
            + heading
            + "".join(p(t(e)) for e in typed)
        )

    write_docx(f"{root}/unlisted-field-item/fires.docx", endnote_paper(False))
    write_docx(f"{root}/unlisted-field-item/clean.docx", endnote_paper(True))

    def stale_paper(refreshed):
        listed = [ENTRY[LINDQVIST], ENTRY[OKAFOR]] if refreshed else [ENTRY[BRANDVOLD], ENTRY[OKAFOR]]
        return (
            p(t("Sleep shapes how motor skills settle "), zotero([OKAFOR], "(Okafor, 2019)"), t("."))
            + p(t("Short naps help shift workers "), zotero([LINDQVIST], "(Lindqvist & Moreau, 2021)"), t("."))
            + heading
            + bibliography(ZOTERO_BIBL, listed)
        )

    write_docx(f"{root}/stale-bibliography/fires.docx", stale_paper(False))
    write_docx(f"{root}/stale-bibliography/clean.docx", stale_paper(True))


def features():
    """Every construct the reader handles, in a numeric paper (`tests/word.rs` holds its text)."""
    text_box = (
        '<w:r><mc:AlternateContent><mc:Choice Requires="wps"><w:drawing><wp:anchor><a:graphic><a:graphicData>'
        '<wps:wsp><wps:txbx><w:txbxContent>' + p(t("Box: lights out at ten [3].")) + '</w:txbxContent></wps:txbx></wps:wsp>'
        '</a:graphicData></a:graphic></wp:anchor></w:drawing></mc:Choice>'
        '<mc:Fallback><w:pict><v:shape><v:textbox><w:txbxContent>' + p(t("Box: lights out at ten [3]."))
        + '</w:txbxContent></v:textbox></v:shape></w:pict></mc:Fallback></mc:AlternateContent></w:r>'
    )
    body = (
        p(t("Rest and work"), style="Heading1")
        + p(t("Sleep shapes motor skills [1]"),
            '<w:ins w:id="1" w:author="A"><w:r><w:t xml:space="preserve"> and naps help [2]</w:t></w:r></w:ins>',
            '<w:del w:id="2" w:author="A"><w:r><w:delText xml:space="preserve"> as nobody showed [9]</w:delText></w:r></w:del>',
            '<w:commentRangeStart w:id="0"/>', t("."), '<w:commentRangeEnd w:id="0"/>',
            '<w:r><w:commentReference w:id="0"/></w:r>',
            '<w:r><w:footnoteReference w:id="1"/></w:r>')
        + p(t("Light matters"), '<w:r><w:tab/></w:r>', t("at night"), '<w:r><w:br/></w:r>', t("too."), text_box)
        + "<w:tbl><w:tr><w:tc>" + p(t("Cell one [2]")) + "</w:tc><w:tc>" + p(t("Cell two"))
        + "</w:tc></w:tr></w:tbl>"
        + p('<w:fldSimple w:instr=" PAGE "><w:r><w:t>7</w:t></w:r></w:fldSimple>', t(" is a page field."),
            '<w:r><w:endnoteReference w:id="2"/></w:r>')
        + p(t("References"), style="Heading1")
        + "".join(p(t(ENTRY[w])) for w in [OKAFOR, LINDQVIST]).replace("<w:p>", '<w:p><w:pPr><w:pStyle w:val="RefList"/></w:pPr>')
        + p(t(ENTRY[ACHEBE]), num="1")
    )
    write_docx("tests/fixtures/docx/features.docx", body,
               footnotes=[(1, t("See also the review [3]."))],
               endnotes=[(2, t("An endnote."))],
               comments="A comment (Ghost, 2000) that is never read.")


def unreadable():
    """A Zotero field whose text reads as no citation: its work still counts as cited."""
    body = (
        p(t("Sleep shapes how motor skills settle "), zotero([OKAFOR], "(Okafor, 2019)"), t("."))
        + p(t("Pilots dream more on long flights, as "),
            zotero([BRANDVOLD], "(Brandvold, 2017)", "the pilot study"), t(" found."))
        + p(t("References"), style="Heading1")
        + bibliography(ZOTERO_BIBL, [ENTRY[BRANDVOLD], ENTRY[OKAFOR]])
    )
    write_docx("tests/fixtures/docx/unreadable-field.docx", body)


def quirks():
    """What real managers write beyond the documented forms (tests/word.rs): a Zotero
    bibliography with no heading over it (and the same with one work dropped from it), old
    Mendeley Desktop's `previouslyFormattedCitation` with its markup as the only written text,
    and EndNote records whose authors are given-first, cited against a typed list with an
    entry printed from a damaged record."""
    root = "tests/fixtures/docx"

    def no_heading(listed):
        return (
            p(t("Sleep shapes how motor skills settle "), zotero([OKAFOR], "(Okafor, 2019)"), t("."))
            + p(t("Short naps help shift workers "), zotero([LINDQVIST], "(Lindqvist & Moreau, 2021)"), t("."))
            + p(t("The works cited above are these:"))
            + bibliography(ZOTERO_BIBL, [ENTRY[w] for w in listed])
            + p(t("Thanks to the night staff."))
        )

    write_docx(f"{root}/bibliography-no-heading.docx", no_heading([LINDQVIST, OKAFOR]))
    write_docx(f"{root}/bibliography-no-heading-stale.docx", no_heading([OKAFOR]))

    def old_mendeley(items, written, shown):
        body = {"citationItems": [csl(i) for i in items],
                "mendeley": {"previouslyFormattedCitation": written}, "properties": {"noteIndex": 0}}
        return field("ADDIN CSL_CITATION " + json.dumps(body, ensure_ascii=False), t(shown))

    write_docx(
        f"{root}/mendeley-previously-formatted.docx",
        p(t("Sleep shapes how motor skills settle "),
          old_mendeley([OKAFOR], "(Okafor, <i>2019</i>)", "(Okafor, 2018)"), t("."))
        + p(t("Short naps help shift workers "),
            old_mendeley([LINDQVIST], "(Lindqvist <i>&#38;</i> Moreau, 2021)", "(Lindqvist & Moreau, 2021)"), t("."))
        + p(t("References"), style="Heading1")
        + bibliography(MENDELEY_BIBL, [ENTRY[LINDQVIST], ENTRY[OKAFOR]]),
    )

    def given_first(item, authors):
        family, given, year, title, doi = item
        names = "".join(f"<author>{a}</author>" for a in authors)
        return field(
            " ADDIN EN.CITE <EndNote><Cite><Author>" + family.split("&")[0] + f"</Author><Year>{year}</Year>"
            "<DisplayText>[{n}]</DisplayText><record><contributors><authors>" + names + "</authors></contributors>"
            f"<titles><title>{title}</title></titles><dates><year>{year}</year></dates></record></Cite></EndNote>",
            t("[{n}]"),
        )

    okafor = given_first(OKAFOR, ["Ngozi Okafor*"]).replace("{n}", "1")
    naps = given_first(LINDQVIST, ["Elin Lindqvist and", "Paul Moreau"]).replace("{n}", "2")
    write_docx(
        f"{root}/endnote-given-first.docx",
        p(t("Sleep shapes how motor skills settle "), okafor, t("."))
        + p(t("Short naps help shift workers "), naps, t("."))
        + p(t("References"), style="Heading1")
        + p(t("1. Okafor, N., Sleep and the consolidation of motor skills. Journal of Sleep Studies, 2019. 12(3): p. 45-60."))
        + p(t("2. and, E.L. and P. Moreau*, Afternoon naps in shift workers. Occupational Rest, 2021. 8(1): p. 1-14.")),
    )


if __name__ == "__main__":
    rules()
    features()
    unreadable()
    quirks()
