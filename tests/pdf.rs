//! PDF input end to end: the committed PDFs (made by scripts/make-pdf-fixtures.sh from the
//! paper fixtures with pandoc and pdfLaTeX, headless Chromium, and LibreOffice Writer printing
//! them typed as Word files; one and two columns, author-date, Chicago, bracketed and
//! superscript numeric, Chicago footnotes in one column and in two, the first page's number
//! above a proceedings footer, long notes run over pages under a hanging bibliography, and
//! the same double spaced with its notes single spaced in the text's size, a hanging
//! bibliography with a one-word author and an italic title broken before its semicolon)
//! checked by the binary, whole outputs compared with snapshots,
//! and each PDF's report compared with its source text's report.

mod common;

use citecheck::report::Report;
use common::*;

/// Each PDF fixture and the text it was made from.
const FIXTURES: [(&str, &str); 17] = [
    ("apa", "tests/fixtures/papers/apa/paper.md"),
    ("chicago", "tests/fixtures/papers/chicago/paper.md"),
    ("ieee", "tests/fixtures/papers/ieee/paper.md"),
    ("superscript", "tests/fixtures/pdf/superscript.md"),
    ("notes", "tests/fixtures/notes/chicago-footnotes.md"),
    (
        "notes-twocolumn",
        "tests/fixtures/notes/chicago-footnotes.md",
    ),
    ("apa-chromium", "tests/fixtures/papers/apa/paper.md"),
    ("apa-libreoffice", "tests/fixtures/papers/apa/paper.md"),
    (
        "chicago-libreoffice",
        "tests/fixtures/papers/chicago/paper.md",
    ),
    (
        "harvard-libreoffice",
        "tests/fixtures/papers/harvard/paper.md",
    ),
    ("ieee-libreoffice", "tests/fixtures/papers/ieee/paper.md"),
    ("mla-libreoffice", "tests/fixtures/papers/mla/paper.md"),
    (
        "superscript-libreoffice",
        "tests/fixtures/pdf/superscript.md",
    ),
    (
        "notes-libreoffice",
        "tests/fixtures/notes/chicago-footnotes.md",
    ),
    ("notes-long", "tests/fixtures/notes/chicago-long-notes.md"),
    ("notes-double", "tests/fixtures/notes/chicago-long-notes.md"),
    ("notes-series", "tests/fixtures/notes/chicago-series.md"),
];

fn pdf(name: &str) -> String {
    format!("tests/fixtures/pdf/{name}.pdf")
}

fn json(path: &str) -> Report {
    let out = citecheck(&["check", path, "--format", "json"]);
    serde_json::from_str(&stdout(&out))
        .unwrap_or_else(|e| panic!("{path}: no JSON report ({e}): {}", stderr(&out)))
}

#[test]
fn pdf_check_reports_match_snapshots() {
    for (name, _) in FIXTURES {
        let out = citecheck(&["check", &pdf(name)]);
        assert!(stderr(&out).is_empty(), "{name}: {}", stderr(&out));
        assert_snapshot(&format!("pdf-{name}.txt"), &stdout(&out));
    }
}

#[test]
fn refs_reads_the_reference_list_of_a_pdf() {
    let out = citecheck(&["refs", &pdf("ieee"), "--format", "table"]);
    assert!(out.status.success(), "{}", stderr(&out));
    assert_snapshot("pdf-ieee-refs.txt", &stdout(&out));
}

/// What a PDF's report and its source's report agree on, as fractions of the source's:
/// references found (same key), reference fields (names, year, title, container, volume,
/// number, pages, DOI), citations linked
/// (same text, status and entries, in the same order).
fn agreement(pdf: &Report, source: &Report) -> (f64, f64, f64) {
    let share = |hits: usize, total: usize| {
        if total == 0 {
            1.0
        } else {
            hits as f64 / total as f64
        }
    };
    let keys: Vec<&str> = pdf
        .references
        .iter()
        .map(|r| r.reference.key.as_str())
        .collect();
    let found = source
        .references
        .iter()
        .filter(|r| keys.contains(&r.reference.key.as_str()))
        .count();
    // The PDF prints straight quotes curly; that is no difference in the paper.
    let straight = |s: &str| s.replace('’', "'").replace(['“', '”'], "\"");
    let fields = |r: &citecheck::report::ReferenceEntry| {
        let names: Vec<String> = r
            .reference
            .creators()
            .iter()
            .map(|n| straight(&n.cite_name()))
            .collect();
        let title = r.reference.title.as_deref().map(straight);
        let r = &r.reference;
        let numbers =
            [&r.volume, &r.number, &r.pages, &r.doi].map(|f| f.as_deref().map(String::from));
        (
            r.key.to_string(),
            names,
            r.year(),
            title,
            r.container.as_deref().map(straight),
            numbers,
        )
    };
    let pdf_fields: Vec<_> = pdf.references.iter().map(fields).collect();
    let right = source
        .references
        .iter()
        .filter(|r| pdf_fields.contains(&fields(r)))
        .count();
    let cite = |c: &citecheck::report::CitationEntry| (straight(&c.text), c.status, c.keys.clone());
    let mut pdf_cites: Vec<_> = pdf.citations.iter().map(cite).collect();
    let linked = source
        .citations
        .iter()
        .filter(|c| match pdf_cites.iter().position(|p| *p == cite(c)) {
            Some(i) => {
                pdf_cites.remove(i);
                true
            }
            None => false,
        })
        .count();
    (
        share(found, source.references.len()),
        share(right, source.references.len()),
        share(linked, source.citations.len()),
    )
}

#[test]
fn each_pdf_reports_as_its_source_text_does() {
    let mut rows = Vec::new();
    for (name, source) in FIXTURES {
        let (from_pdf, from_text) = (json(&pdf(name)), json(source));
        let (found, fields, linked) = agreement(&from_pdf, &from_text);
        rows.push(format!(
            "{name}: references found {found:.3}, fields right {fields:.3}, citations linked {linked:.3}"
        ));
        assert_eq!(
            from_pdf.summary.entries, from_text.summary.entries,
            "{name}: entries"
        );
        assert_eq!(
            from_pdf.summary.citations, from_text.summary.citations,
            "{name}: citations"
        );
    }
    // The bar: within 0.02 of the source on references found and citations linked. Fields
    // may lose what only typography shows (an italic journal name with no title before it).
    let expected = [
        "apa: references found 1.000, fields right 1.000, citations linked 1.000",
        "chicago: references found 1.000, fields right 1.000, citations linked 1.000",
        "ieee: references found 1.000, fields right 1.000, citations linked 1.000",
        "superscript: references found 1.000, fields right 1.000, citations linked 1.000",
        "notes: references found 1.000, fields right 1.000, citations linked 1.000",
        "notes-twocolumn: references found 1.000, fields right 1.000, citations linked 1.000",
        "apa-chromium: references found 1.000, fields right 1.000, citations linked 1.000",
        "apa-libreoffice: references found 1.000, fields right 1.000, citations linked 1.000",
        "chicago-libreoffice: references found 1.000, fields right 1.000, citations linked 1.000",
        "harvard-libreoffice: references found 1.000, fields right 1.000, citations linked 1.000",
        "ieee-libreoffice: references found 1.000, fields right 1.000, citations linked 1.000",
        "mla-libreoffice: references found 1.000, fields right 1.000, citations linked 1.000",
        "superscript-libreoffice: references found 1.000, fields right 1.000, citations linked 1.000",
        "notes-libreoffice: references found 1.000, fields right 1.000, citations linked 1.000",
        "notes-long: references found 1.000, fields right 1.000, citations linked 1.000",
        // Note 2 wraps after "See Hamish Bexley" here: the notes reader then links "Hamish
        // Bexley and Ruth Calloway, eds., *Lights ...*" to Calloway's chapter in the book, as it
        // does in Markdown with the same line break (the notes reader's fault, not the PDF's).
        "notes-double: references found 1.000, fields right 1.000, citations linked 0.933",
        "notes-series: references found 1.000, fields right 1.000, citations linked 1.000",
    ];
    assert_eq!(rows, expected);
}

#[test]
fn json_locations_name_the_page() {
    let report = json(&pdf("superscript"));
    let unmatched = &report.diagnostics[0];
    assert_eq!(
        (
            unmatched.code.as_str(),
            unmatched.place.page,
            unmatched.place.page_line
        ),
        ("unmatched-citation", Some(1), Some(81))
    );
    // Every citation and entry of a PDF has a page; a text paper's have none.
    assert!(report
        .citations
        .iter()
        .all(|c| c.place.page.is_some() && c.place.page_line.is_some()));
    assert!(report.references.iter().all(|r| r.page == Some(2)));
    // Where each entry is cited, on the pages: one place for each text line of `cited_on`.
    let cited_on: Vec<(usize, usize)> = report
        .references
        .iter()
        .flat_map(|r| r.cited_on_pages.iter().map(|p| (p.page, p.line)))
        .collect();
    let citation_places: Vec<(usize, usize)> = report
        .citations
        .iter()
        .filter(|c| c.status == citecheck::link::Status::Matched)
        .filter_map(|c| c.place.page.zip(c.place.page_line))
        .collect();
    assert!(report
        .references
        .iter()
        .all(|r| r.cited_on_pages.len() == r.cited_on.len()));
    assert!(cited_on.iter().all(|p| citation_places.contains(p)));
    let text = json("tests/fixtures/pdf/superscript.md");
    assert!(text.citations.iter().all(|c| c.place.page.is_none()));
    let raw = stdout(&citecheck(&[
        "check",
        "tests/fixtures/pdf/superscript.md",
        "--format",
        "json",
    ]));
    assert!(!raw.contains("\"page\""), "no page field for text input");
    assert!(
        !raw.contains("cited_on_pages"),
        "no pages cited on for text input"
    );
}

#[test]
fn superscripts_are_separate_citations() {
    // "follow-up after discharge^6–8^" and "(2,3)" set as superscripts: each number is a
    // citation of its own entry, never the number 23.
    let report = json(&pdf("superscript"));
    let texts: Vec<&str> = report.citations.iter().map(|c| c.text.as_str()).collect();
    assert_eq!(
        texts,
        json("tests/fixtures/pdf/superscript.md")
            .citations
            .iter()
            .map(|c| c.text.as_str())
            .collect::<Vec<_>>()
    );
    assert!(texts.contains(&"2") && texts.contains(&"3") && !texts.contains(&"23"));
}

#[test]
fn coverage_export_and_format_read_pdfs() {
    let chicago = pdf("chicago");
    let runs: [(&[&str], &str); 3] = [
        (
            &["coverage", &chicago, "--format", "csv"],
            "pdf-chicago-coverage.csv",
        ),
        (&["export", &chicago, "--to", "bib"], "pdf-chicago.bib"),
        (
            &["format", &chicago, "--style", "apa"],
            "pdf-chicago-apa.txt",
        ),
    ];
    for (args, snapshot) in runs {
        let out = citecheck(args);
        assert!(out.status.success(), "{args:?}: {}", stderr(&out));
        assert_snapshot(snapshot, &stdout(&out));
    }
    // `fix` writes a corrected copy of a text paper; a PDF's source is what to fix.
    let out = citecheck(&["fix", &chicago, "-o", "target/never-written.md"]);
    assert_eq!(out.status.code(), Some(2));
    assert_eq!(
        stderr(&out),
        format!("citecheck: {chicago}: fix corrects papers with their own reference list; this is a PDF (fix its source instead)\n")
    );
}
