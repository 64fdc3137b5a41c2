//! Word files read directly: the text the reader makes of every construct it handles, the
//! fixture papers turned into `.docx` by pandoc (their reports must equal the Markdown's), the
//! real Zotero and Mendeley files in ../shared, and files that are not Word files at all.

mod common;

use citecheck::diagnostic::Code;
use citecheck::document::word;
use common::*;
use std::path::{Path, PathBuf};
use std::process::Command;

fn text_of(path: &Path) -> String {
    let bytes = std::fs::read(path).unwrap();
    word::read(path, &bytes, u64::MAX).unwrap().text
}

fn features() -> PathBuf {
    root().join("tests/fixtures/docx/features.docx")
}

/// Made by `scripts/make_docx_fixtures.py`: headings from styles, a tracked insertion kept and a
/// deletion dropped, a comment not read, a tab and a line break, a text box written once (its
/// fallback copy skipped), a table cell by cell, a simple field's result, numbered entries
/// from a numbered style and from direct numbering, a footnote and an endnote.
#[test]
fn every_construct_reads_in_order() {
    assert_eq!(
        text_of(&features()),
        "# Rest and work\n\n\
         Sleep shapes motor skills [1] and naps help [2].[^1]\n\n\
         Light matters\tat night\ntoo.\n\n\
         Box: lights out at ten [3].\n\n\
         Cell one [2]\n\n\
         Cell two\n\n\
         7 is a page field.[^2]\n\n\
         # References\n\n\
         [1] Okafor, N. (2019). Sleep and the consolidation of motor skills. Journal of Sleep \
         Studies, 12(3), 45–60. https://doi.org/10.5555/sleep.2019.04\n\n\
         [2] Lindqvist, E., & Moreau, P. (2021). Afternoon naps in shift workers. Occupational \
         Rest, 8(1), 1–14.\n\n\
         [3] Achebe, T. (2020). Light exposure at night. Chronobiology Letters, 3(2), 99–110.\n\n\
         # Notes\n\n\
         [^1]: See also the review [3].\n\n\
         [^2]: An endnote.\n\n"
    );
}

/// Whole text reports: the features file (citations in the body, a text box, a table and a
/// footnote all counted), a Zotero paper whose problems are placed by paragraph, and one with a
/// field whose text the finders cannot read as a citation.
#[test]
fn a_word_report_names_paragraphs() {
    let out = citecheck(&["check", "tests/fixtures/docx/features.docx"]);
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    let mut all = stdout(&out);
    let out = citecheck(&[
        "check",
        "tests/fixtures/rules/stale-bibliography/fires.docx",
    ]);
    assert_eq!(out.status.code(), Some(1), "{}", stderr(&out));
    all.push_str(&stdout(&out));
    // A field whose text reads as no citation still cites its work.
    let out = citecheck(&["check", "tests/fixtures/docx/unreadable-field.docx"]);
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    all.push_str(&stdout(&out));
    assert_snapshot("word-check.txt", &all);
}

/// Citations and diagnostics carry `paragraph` (and `note`) in JSON; other inputs do not.
#[test]
fn json_locations_add_paragraph_and_note() {
    let path = root().join("tests/fixtures/rules/unfielded-citation/fires.docx");
    let report = report_of(&["check", &path_str(&path)], 0);
    let places: Vec<_> = report
        .diagnostics
        .iter()
        .map(|d| (d.code.as_str(), d.line, d.place.paragraph, d.place.note))
        .collect();
    assert_eq!(
        places,
        [
            ("unfielded-citation", 5, Some(3), None),
            ("stale-bibliography", 9, Some(5), None)
        ]
    );
    let cited: Vec<_> = report
        .citations
        .iter()
        .map(|c| (c.text.as_str(), c.place.paragraph, c.place.note))
        .collect();
    assert_eq!(
        cited,
        [
            ("Okafor, 2019", Some(1), None),
            ("Lindqvist & Moreau, 2021", Some(2), None),
            ("Achebe, 2020", Some(3), None)
        ]
    );
    let json = stdout(&citecheck(&["check", &path_str(&path), "--format", "json"]));
    assert!(json.contains("\"paragraph\": 3"), "{json}");
    // Body paragraphs count table cells and text boxes; a footnote's citation names its note.
    let report = report_of(&["check", &path_str(&features())], 0);
    let cited: Vec<_> = report
        .citations
        .iter()
        .map(|c| (c.text.as_str(), c.line, c.place.paragraph, c.place.note))
        .collect();
    assert_eq!(
        cited,
        [
            ("1", 3, Some(2), None),
            ("2", 3, Some(2), None),
            ("3", 8, Some(4), None),
            ("2", 10, Some(5), None),
            ("3", 26, Some(1), Some(1))
        ]
    );
    let md = root().join("tests/fixtures/papers/mla/paper.md");
    let json = stdout(&citecheck(&["check", &path_str(&md), "--format", "json"]));
    assert!(!json.contains("\"paragraph\"") && !json.contains("\"note\""));
}

fn pandoc(from: &Path, to: &Path) {
    let out = Command::new("pandoc")
        // The output format follows `to`'s extension: .docx or .odt.
        .args(["-f", "markdown-smart+hard_line_breaks", "-o"])
        .arg(to)
        .arg(from)
        .output()
        .expect("pandoc is not installed: install the Debian package `pandoc` (.ci/run does)");
    assert!(out.status.success(), "pandoc failed: {}", stderr(&out));
}

/// What a check says of a paper, without where: the summary, each problem's code and keys,
/// and every parsed field of every entry.
struct Findings {
    summary: String,
    problems: Vec<(String, Vec<String>)>,
    entries: Vec<serde_json::Value>,
}

fn findings(path: &Path) -> Findings {
    let out = citecheck(&["check", &path_str(path), "--format", "json"]);
    let report: serde_json::Value = serde_json::from_str(&stdout(&out)).unwrap();
    let mut problems: Vec<(String, Vec<String>)> = report["diagnostics"]
        .as_array()
        .unwrap()
        .iter()
        .map(|d| {
            let keys = d["keys"].as_array().unwrap();
            let keys = keys.iter().map(|k| k.as_str().unwrap().to_string());
            (d["code"].as_str().unwrap().to_string(), keys.collect())
        })
        .collect();
    problems.sort();
    let entries = report["references"]
        .as_array()
        .unwrap()
        .iter()
        .map(|r| {
            let mut r = r.clone();
            let fields = r.as_object_mut().unwrap();
            for gone in ["line", "raw", "cited_on"] {
                fields.remove(gone);
            }
            r
        })
        .collect();
    Findings {
        summary: report["summary"].to_string(),
        problems,
        entries,
    }
}

/// Each fixture paper written to Word and to OpenDocument by pandoc checks as its Markdown
/// does: the same entries with the same fields, the same citations linked, the same problems.
#[test]
fn pandoc_word_files_check_as_their_markdown() {
    let dir = tempfile::tempdir().unwrap();
    for style in ["apa", "chicago", "harvard", "ieee", "mla", "vancouver"] {
        let md = root().join(format!("tests/fixtures/papers/{style}/paper.md"));
        let want = findings(&md);
        for ext in ["docx", "odt"] {
            let word = dir.path().join(format!("{style}.{ext}"));
            pandoc(&md, &word);
            let got = findings(&word);
            assert_eq!(got.summary, want.summary, "{style}.{ext}: summary");
            assert_eq!(got.problems, want.problems, "{style}.{ext}: problems");
            assert_eq!(got.entries, want.entries, "{style}.{ext}: entries");
        }
    }
}

/// Superscript citation numbers (a Vancouver paper typed in Word) are found as the same paper
/// in Markdown with HTML superscripts finds them.
#[test]
fn superscript_numbers_are_citations() {
    let paper = |sup: &dyn Fn(&str) -> String| {
        format!(
            "# Rest in shift work\n\n\
             Night shifts shorten sleep by an hour on average.{} Short naps restore \
             alertness{} and the effect holds in older workers.{} Light at night delays the \
             body clock.{}\n\n## References\n\n\
             1. Okafor N. Sleep and the consolidation of motor skills. J Sleep Stud. 2019;12(3):45-60.\n\
             2. Lindqvist E, Moreau P. Afternoon naps in shift workers. Occup Rest. 2021;8(1):1-14.\n\
             3. Achebe T. Light exposure at night. Chronobiol Lett. 2020;3(2):99-110.\n\
             4. Brandvold S. Dreams in long-haul pilots. Aviat Psychol. 2017;21(4):300-12.\n\
             5. Novak P. Never cited here. Sleep Med. 2018;1(1):1-2.\n",
            sup("1"),
            sup("2,3"),
            sup("4"),
            sup("2")
        )
    };
    let dir = tempfile::tempdir().unwrap();
    let (pandoc_md, html_md, docx) = (
        dir.path().join("sup.md"),
        dir.path().join("sup-html.md"),
        dir.path().join("sup.docx"),
    );
    std::fs::write(&pandoc_md, paper(&|n| format!("^{n}^"))).unwrap();
    std::fs::write(&html_md, paper(&|n| format!("<sup>{n}</sup>"))).unwrap();
    let odt = dir.path().join("sup.odt");
    let want = findings(&html_md);
    for word in [docx, odt] {
        pandoc(&pandoc_md, &word);
        let got = findings(&word);
        assert_eq!(got.summary, want.summary, "{}", word.display());
        assert_eq!(got.problems, want.problems, "{}", word.display());
    }
    assert!(want.summary.contains("\"matched\":5"), "{}", want.summary);
}

/// pandoc's own test files with real Zotero and Mendeley fields (see ../shared/corpus/docx_real/
/// SOURCES.md): every citation linked through its field, including those the text alone cannot
/// link ("prefix Seo, 2019, pp. 10–20 suffix"), and nothing reported.
#[test]
fn real_zotero_and_mendeley_files_link_every_citation() {
    let dir = root().join("../shared/corpus/docx_real");
    for (name, entries, citations) in [("zotero", 3, 4), ("mendeley", 4, 4)] {
        let path = dir.join(format!("{name}_citations.docx"));
        assert!(path.exists(), "{} is missing", path.display());
        let report = report_of(&["check", &path_str(&path)], 0);
        let s = &report.summary;
        assert_eq!(
            (s.entries, s.entries_cited, s.citations, s.matched),
            (entries, entries, citations, citations),
            "{name}"
        );
        assert!(
            report.diagnostics.is_empty(),
            "{name}: {:?}",
            report.diagnostics
        );
    }
}

/// What real managers write beyond the documented forms (fixtures by
/// `scripts/make_docx_fixtures.py`): a Zotero bibliography with no heading over it is the
/// list, and out of date when a cited work is dropped from it; old Mendeley's
/// `previouslyFormattedCitation` ("(Lindqvist <i>&#38;</i> Moreau, 2021)") is what it wrote;
/// EndNote records with given-first authors link to a typed list, even to an entry printed
/// from a damaged record ("2. and, E.L. and P. Moreau*, Afternoon naps ...").
#[test]
fn reference_manager_quirks_found_in_real_files() {
    let codes = |report: &citecheck::report::Report| -> Vec<(String, usize)> {
        report
            .diagnostics
            .iter()
            .map(|d| (d.code.as_str().to_string(), d.line))
            .collect()
    };
    let check = |name: &str, exit| {
        let path = root().join(format!("tests/fixtures/docx/{name}.docx"));
        report_of(&["check", &path_str(&path)], exit)
    };
    let listed = check("bibliography-no-heading", 0);
    let s = &listed.summary;
    assert_eq!((s.entries, s.citations, s.matched), (2, 2, 2));
    assert_eq!(codes(&listed), []);
    let stale = check("bibliography-no-heading-stale", 1);
    assert_eq!(stale.summary.entries, 1);
    assert!(
        codes(&stale).contains(&("stale-bibliography".to_string(), 3)),
        "{:?}",
        codes(&stale)
    );
    let mendeley = check("mendeley-previously-formatted", 0);
    assert_eq!(codes(&mendeley), [("edited-field-citation".to_string(), 1)]);
    let endnote = check("endnote-given-first", 0);
    let linked: Vec<_> = endnote
        .citations
        .iter()
        .map(|c| (c.text.as_str(), c.keys.clone()))
        .collect();
    assert_eq!(
        linked,
        [
            ("1", vec!["okafor2019".to_string()]),
            ("2", vec!["moreau2021".to_string()])
        ]
    );
    assert!(
        !codes(&endnote)
            .iter()
            .any(|(c, _)| c == "unlisted-field-item"),
        "{:?}",
        codes(&endnote)
    );
}

/// A zip of our own: `files` as (name, contents), deflated.
fn zip_of(files: &[(&str, &str)]) -> Vec<u8> {
    let mut out = std::io::Cursor::new(Vec::new());
    let mut zip = zip::ZipWriter::new(&mut out);
    let options = zip::write::SimpleFileOptions::default()
        .compression_method(zip::CompressionMethod::Deflated);
    for (name, text) in files {
        zip.start_file(*name, options).unwrap();
        std::io::Write::write_all(&mut zip, text.as_bytes()).unwrap();
    }
    zip.finish().unwrap();
    out.into_inner()
}

/// A draft citing through Zotero (one citation a field, one kept in Zotero's bookmark mode,
/// its code in the custom properties) whose bibliography was never inserted: refused with one
/// line that says so, not as a paper with no list.
#[test]
fn a_managed_draft_without_its_bibliography_says_so() {
    let dir = tempfile::tempdir().unwrap();
    let code = r#"ZOTERO_ITEM CSL_CITATION {"citationItems":[{"itemData":{"title":"Rest","author":[{"family":"Roe"}],"issued":{"date-parts":[["2001"]]}}}]} RND1"#;
    let escaped = code.replace('"', "&quot;");
    let document = format!(
        "<w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\">\
         <w:body><w:p><w:r><w:t xml:space=\"preserve\">As shown </w:t></w:r>\
         <w:bookmarkStart w:id=\"0\" w:name=\"ZOTERO_BREF_a1\"/><w:r><w:t>(Roe, 2001)</w:t></w:r>\
         <w:bookmarkEnd w:id=\"0\"/></w:p><w:p><w:r><w:t xml:space=\"preserve\">Again </w:t></w:r>\
         <w:r><w:fldChar w:fldCharType=\"begin\"/></w:r><w:r><w:instrText>ADDIN {escaped}</w:instrText></w:r>\
         <w:r><w:fldChar w:fldCharType=\"separate\"/></w:r><w:r><w:t>(Roe, 2001)</w:t></w:r>\
         <w:r><w:fldChar w:fldCharType=\"end\"/></w:r></w:p></w:body></w:document>"
    );
    let (first, rest) = escaped.split_at(40);
    let custom = format!(
        "<Properties xmlns=\"http://schemas.openxmlformats.org/officeDocument/2006/custom-properties\" \
         xmlns:vt=\"http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes\">\
         <property name=\"ZOTERO_BREF_a1_2\"><vt:lpwstr>{rest}</vt:lpwstr></property>\
         <property name=\"ZOTERO_BREF_a1_1\"><vt:lpwstr>{first}</vt:lpwstr></property></Properties>"
    );
    let path = dir.path().join("draft.docx");
    std::fs::write(
        &path,
        zip_of(&[
            ("word/document.xml", &document),
            ("docProps/custom.xml", &custom),
        ]),
    )
    .unwrap();
    let out = citecheck(&["check", &path_str(&path)]);
    assert_eq!(out.status.code(), Some(2));
    assert_eq!(
        stderr(&out),
        format!(
            "citecheck: {}: no reference list found, though 2 citations are Zotero fields: insert \
             the bibliography with Zotero (or point at a typed list with --references-at LINE)\n",
            path_str(&path)
        )
    );
}

/// Word's own citations (References → Insert Citation: `CITATION Tag` fields, the sources in
/// the bibliography part `customXml/item1.xml`) link by their sources, whatever their text
/// says, and report as a reference manager's do.
#[test]
fn word_citations_link_by_their_sources() {
    let dir = tempfile::tempdir().unwrap();
    let field = |tag: &str, shown: &str| {
        format!(
            "<w:r><w:fldChar w:fldCharType=\"begin\"/></w:r><w:r><w:instrText xml:space=\"preserve\"> \
             CITATION {tag} \\l 1033 </w:instrText></w:r><w:r><w:fldChar w:fldCharType=\"separate\"/>\
             </w:r><w:r><w:t>{shown}</w:t></w:r><w:r><w:fldChar w:fldCharType=\"end\"/></w:r>"
        )
    };
    let p = |inner: &str| format!("<w:p>{inner}</w:p>");
    let t = |text: &str| format!("<w:r><w:t xml:space=\"preserve\">{text}</w:t></w:r>");
    let body = [
        p(&format!(
            "{}{}{}",
            t("Sleep shapes skills "),
            field("Oka19", "(the pilot study)"),
            t(".")
        )),
        p(&format!(
            "{}{}{}",
            t("Light matters "),
            field("Ach20", "(Achebe, 2020)"),
            t(".")
        )),
        p(&t("Naps help (Brandvold, 2021).")),
        p(&t("References")),
        p(&t(
            "Brandvold, K. (2021). Naps in the afternoon. Journal of Rest, 5, 20–31.",
        )),
        p(&t(
            "Okafor, N. (2019). Sleep and the settling of motor skills. Journal of Rest, 3, 1–10.",
        )),
    ]
    .concat();
    let document = format!(
        "<w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\">\
         <w:body>{body}</w:body></w:document>"
    );
    let source = |tag: &str, last: &str, year: &str, title: &str| {
        format!(
            "<b:Source><b:Tag>{tag}</b:Tag><b:SourceType>JournalArticle</b:SourceType>\
             <b:Title>{title}</b:Title><b:Year>{year}</b:Year><b:Author><b:Author><b:NameList>\
             <b:Person><b:Last>{last}</b:Last></b:Person></b:NameList></b:Author></b:Author></b:Source>"
        )
    };
    let sources = format!(
        "<b:Sources xmlns:b=\"http://schemas.openxmlformats.org/officeDocument/2006/bibliography\">{}{}</b:Sources>",
        source("Oka19", "Okafor", "2019", "Sleep and the settling of motor skills"),
        source("Ach20", "Achebe", "2020", "Light exposure at night"),
    );
    let path = dir.path().join("word-citations.docx");
    std::fs::write(
        &path,
        zip_of(&[
            ("word/document.xml", &document),
            ("customXml/item1.xml", &sources),
        ]),
    )
    .unwrap();
    let report = report_of(&["check", &path_str(&path)], 1);
    let found: Vec<_> = report
        .diagnostics
        .iter()
        .map(|d| (d.code, d.line, d.keys.clone()))
        .collect();
    assert_eq!(
        found,
        [
            (Code::UnlistedFieldItem, 3, vec![]),
            (Code::UnmatchedCitation, 3, vec![]),
            (Code::UnfieldedCitation, 5, vec![]),
        ]
    );
    assert_eq!(
        (report.summary.entries_cited, report.summary.matched),
        (2, 2)
    );
}

/// Files that look like Word files and are not: one line naming the file and what is wrong,
/// exit 2, no panic.
#[test]
fn broken_word_files_fail_with_one_line() {
    let dir = tempfile::tempdir().unwrap();
    let good = std::fs::read(features()).unwrap();
    let empty_body =
        "<w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\">\
                      <w:body><w:p/></w:body></w:document>";
    let cases: Vec<(&str, Vec<u8>, &str)> = vec![
        (
            "truncated.docx",
            good[..good.len() / 2].to_vec(),
            "not a readable Word file (damaged zip archive",
        ),
        (
            "archive.docx",
            zip_of(&[("notes.txt", "hello")]),
            "a zip archive but not a Word document (it has no word/document.xml)",
        ),
        (
            "badxml.docx",
            zip_of(&[("word/document.xml", "<w:document><w:body>")]),
            "word/document.xml is not well-formed XML",
        ),
        (
            "bomb.docx",
            zip_of(&[(
                "word/document.xml",
                "<!DOCTYPE d [<!ENTITY a \"aaaa\">]><d>&a;</d>",
            )]),
            "word/document.xml is not well-formed XML",
        ),
        (
            "empty.docx",
            zip_of(&[("word/document.xml", empty_body)]),
            "file is empty",
        ),
        (
            "encrypted.docx",
            b"\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1\0\0\0\0\0\0\0\0".to_vec(),
            "an encrypted Office file or an old binary .doc",
        ),
    ];
    for (name, bytes, message) in cases {
        let path = dir.path().join(name);
        std::fs::write(&path, bytes).unwrap();
        for command in [
            &["check"][..],
            &["refs"],
            &["export", "--to", "bib"],
            &["format"],
        ] {
            let path_arg = path_str(&path);
            let args: Vec<&str> = command.iter().copied().chain([path_arg.as_str()]).collect();
            let out = citecheck(&args);
            let err = stderr(&out);
            assert_eq!(out.status.code(), Some(2), "{name} {command:?}: {err}");
            assert_eq!(err.lines().count(), 1, "{name} {command:?}: {err}");
            assert!(
                err.contains(&path_str(&path)) && err.contains(message),
                "{name} {command:?}: {err}"
            );
        }
    }
}

/// A zip whose member is larger unpacked than --max-size is refused, not unpacked whole.
#[test]
fn a_part_over_the_size_limit_is_refused() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("big.docx");
    let body = format!(
        "<w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\">\
         <w:body><w:p><w:r><w:t>{}</w:t></w:r></w:p></w:body></w:document>",
        "a".repeat(100_000)
    );
    std::fs::write(&path, zip_of(&[("word/document.xml", &body)])).unwrap();
    let out = citecheck(&["check", &path_str(&path), "--max-size", "50000"]);
    let err = stderr(&out);
    assert_eq!(out.status.code(), Some(2), "{err}");
    assert!(
        err.contains("word/document.xml unpacks to over 50000 bytes"),
        "{err}"
    );
}

/// `scripts/make_odt_fixtures.py`'s OpenDocument files read and report as their Word twins:
/// the same text (tracked changes accepted, the comment not read, the text box after its
/// paragraph, the table cell by cell, list labels from the list style, notes at the end), the
/// same citations in the same paragraphs and notes, the same entries and problems.
#[test]
fn odt_files_read_and_report_as_their_docx_twins() {
    let odt = root().join("tests/fixtures/odt/features.odt");
    assert_eq!(text_of(&odt), text_of(&features()));
    let places = |path: &Path| {
        let report = report_of(&["check", &path_str(path)], 0);
        let cited: Vec<_> = report
            .citations
            .iter()
            .map(|c| {
                (
                    c.text.clone(),
                    c.line,
                    c.column,
                    c.place.paragraph,
                    c.place.note,
                )
            })
            .collect();
        cited
    };
    assert_eq!(places(&odt), places(&features()));
    let (want, got) = (findings(&features()), findings(&odt));
    assert_eq!(got.summary, want.summary);
    assert_eq!(got.problems, want.problems);
    assert_eq!(got.entries, want.entries);
    // Zotero's reference marks and bibliography section link and report as Word's fields do.
    // (An edited citation is a warning, exit 0; a stale bibliography leaves an unmatched one.)
    for (code, exit) in [("edited-field-citation", 0), ("stale-bibliography", 1)] {
        for (which, exit) in [("fires", exit), ("clean", 0)] {
            let odt = root().join(format!("tests/fixtures/odt/{code}-{which}.odt"));
            let docx = root().join(format!("tests/fixtures/rules/{code}/{which}.docx"));
            let (want, got) = (
                report_of(&["check", &path_str(&docx)], exit),
                report_of(&["check", &path_str(&odt)], exit),
            );
            let found = |r: &citecheck::report::Report| -> Vec<_> {
                r.diagnostics
                    .iter()
                    .map(|d| (d.code, d.line, d.column, d.keys.clone(), d.message.clone()))
                    .collect()
            };
            assert_eq!(found(&got), found(&want), "{code}-{which}");
            assert_eq!(got.summary, want.summary, "{code}-{which}");
            if which == "fires" {
                assert!(found(&got).iter().any(|d| d.0.as_str() == code), "{code}");
            }
        }
    }
}

/// Files named `.odt` (or holding `content.xml`) that are no OpenDocument text: one line naming
/// the file and what is wrong, exit 2, for every command.
#[test]
fn broken_odt_files_fail_with_one_line() {
    let dir = tempfile::tempdir().unwrap();
    let good = std::fs::read(root().join("tests/fixtures/odt/features.odt")).unwrap();
    let office = "xmlns:office=\"urn:oasis:names:tc:opendocument:xmlns:office:1.0\"";
    let no_text =
        format!("<office:document-content {office}><office:body/></office:document-content>");
    let cases: Vec<(&str, Vec<u8>, &str)> = vec![
        (
            "truncated.odt",
            good[..good.len() / 2].to_vec(),
            "not a readable OpenDocument file (damaged zip archive",
        ),
        (
            "archive.odt",
            zip_of(&[("notes.txt", "hello")]),
            "a zip archive but not an OpenDocument text (it has no content.xml)",
        ),
        (
            "sheet.odt",
            zip_of(&[
                ("mimetype", "application/vnd.oasis.opendocument.spreadsheet"),
                ("content.xml", &no_text),
            ]),
            "an OpenDocument file but not a text document (application/vnd.oasis.opendocument.spreadsheet)",
        ),
        (
            "badxml.odt",
            zip_of(&[("content.xml", "<office:document-content>")]),
            "content.xml is not well-formed XML",
        ),
        (
            "locked.odt",
            zip_of(&[
                ("mimetype", "application/vnd.oasis.opendocument.text"),
                (
                    "META-INF/manifest.xml",
                    "<manifest:manifest xmlns:manifest=\"urn:oasis:names:tc:opendocument:xmlns:manifest:1.0\">\
                     <manifest:file-entry manifest:full-path=\"content.xml\"><manifest:encryption-data/>\
                     </manifest:file-entry></manifest:manifest>",
                ),
                ("content.xml", "\u{1}\u{2}"),
            ]),
            "the OpenDocument file is encrypted; save a copy without a password",
        ),
        (
            "no-text.zip",
            zip_of(&[("content.xml", &no_text)]),
            "content.xml has no office:text",
        ),
        (
            "sheet.fods.xml",
            format!(
                "<?xml version=\"1.0\"?>\n<office:document {office} \
                 office:mimetype=\"application/vnd.oasis.opendocument.spreadsheet\"/>"
            )
            .into_bytes(),
            "an OpenDocument file but not a text document (application/vnd.oasis.opendocument.spreadsheet)",
        ),
        (
            "badxml.fodt",
            b"<office:document><text:p>".to_vec(),
            "the flat OpenDocument file is not well-formed XML",
        ),
        (
            "latin1.fodt",
            b"<office:document>\xe9</office:document>".to_vec(),
            "a flat OpenDocument file that is not UTF-8 text",
        ),
        (
            "no-text.fodt",
            format!("<office:document {office}><office:body/></office:document>").into_bytes(),
            "the flat OpenDocument file has no office:text",
        ),
    ];
    for (name, bytes, message) in cases {
        let path = dir.path().join(name);
        std::fs::write(&path, bytes).unwrap();
        for command in [
            &["check"][..],
            &["refs"],
            &["export", "--to", "bib"],
            &["format"],
        ] {
            let path_arg = path_str(&path);
            let args: Vec<&str> = command.iter().copied().chain([path_arg.as_str()]).collect();
            let out = citecheck(&args);
            let err = stderr(&out);
            assert_eq!(out.status.code(), Some(2), "{name} {command:?}: {err}");
            assert_eq!(err.lines().count(), 1, "{name} {command:?}: {err}");
            assert!(
                err.contains(&path_arg) && err.contains(message),
                "{name} {command:?}: {err}"
            );
        }
    }
}

/// The fixture papers as LibreOffice writes them (`scripts/make_odt_fixtures.py --libreoffice`:
/// its own list styles, automatic styles and page breaks, and one in flat XML) check as their
/// Markdown does; the
/// EndNote papers, whose fields LibreOffice keeps as field marks, report as their `.docx` do.
#[test]
fn libreoffice_odt_files_check_as_their_sources() {
    let dir = root().join("tests/fixtures/odt/libreoffice");
    // ieee.fodt is ieee.odt saved as flat XML: one file, no zip.
    let files = ["apa", "chicago", "harvard", "ieee", "mla", "vancouver"]
        .map(|style| (style, format!("{style}.odt")))
        .into_iter()
        .chain([("ieee", "ieee.fodt".to_string())]);
    for (style, file) in files {
        let md = root().join(format!("tests/fixtures/papers/{style}/paper.md"));
        let (want, got) = (findings(&md), findings(&dir.join(&file)));
        assert_eq!(got.summary, want.summary, "{file}: summary");
        assert_eq!(got.problems, want.problems, "{file}: problems");
        assert_eq!(got.entries, want.entries, "{file}: entries");
    }
    for (which, exit) in [("fires", 1), ("clean", 0)] {
        let docx = root().join(format!(
            "tests/fixtures/rules/unlisted-field-item/{which}.docx"
        ));
        let odt = dir.join(format!("unlisted-field-item-{which}.odt"));
        let (want, got) = (
            report_of(&["check", &path_str(&docx)], exit),
            report_of(&["check", &path_str(&odt)], exit),
        );
        let found = |r: &citecheck::report::Report| -> Vec<_> {
            r.diagnostics
                .iter()
                .map(|d| (d.code, d.line, d.column, d.keys.clone()))
                .collect()
        };
        assert_eq!(found(&got), found(&want), "{which}");
        assert_eq!(got.summary, want.summary, "{which}");
    }
}
