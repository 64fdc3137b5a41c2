//! Pandoc Markdown papers: bracketed and in-text citations, the YAML bibliography list and
//! nocite, e-mail addresses and code left alone.

mod common;

use citecheck::link::Status::{Matched, Unmatched};
use citecheck::rules::Style;
use common::*;

const PAPER: &str = "tests/fixtures/pandoc/paper.md";

#[test]
fn pandoc_paper_with_yaml_bibliography_list() {
    let out = citecheck(&["check", PAPER]);
    assert_eq!(out.status.code(), Some(1), "{}", stderr(&out));
    assert_snapshot("pandoc-paper.txt", &stdout(&out));
    let report = report_of(&["check", PAPER], 1);
    assert_eq!(report.style, Style::Keys);
    assert_citations(
        &report,
        &[
            (
                None,
                9,
                "census2021",
                Matched,
                &["census2021"],
                false,
                None,
                None,
            ),
            (
                None,
                14,
                "barrero2021",
                Matched,
                &["barrero2021"],
                false,
                None,
                None,
            ),
            (
                None,
                14,
                "bloom2015",
                Matched,
                &["bloom2015"],
                false,
                Some("see"),
                Some("pp. 165--218"),
            ),
            (
                None,
                15,
                "glaeser2022",
                Matched,
                &["glaeser2022"],
                true,
                None,
                Some("p. 4"),
            ),
            (
                None,
                16,
                "florida2023",
                Matched,
                &["florida2023"],
                false,
                None,
                None,
            ),
            (
                None,
                16,
                "Barrero2021",
                Unmatched,
                &[],
                false,
                None,
                Some("ch. 2"),
            ),
            (None, 16, "nosuchkey", Unmatched, &[], false, None, None),
            (
                None,
                29,
                "census2021",
                Matched,
                &["census2021"],
                false,
                None,
                Some("table 3"),
            ),
            (
                None,
                30,
                "ons:2022",
                Matched,
                &["ons:2022"],
                false,
                None,
                None,
            ),
        ],
    );
    assert_references(
        &report,
        &[
            ("barrero2021", "references.bib", 1),
            ("bloom2015", "references.bib", 10),
            ("glaeser2022", "references.bib", 20),
            ("florida2023", "references.bib", 30),
            ("moretti2012", "references.bib", 39),
            ("census2021", "data.bib", 1),
            ("ons:2022", "data.bib", 9),
        ],
    );
    assert_diagnostics(
        &report,
        &[
            ("unmatched-citation", "paper.md", 16, &["barrero2021"]),
            ("unmatched-citation", "paper.md", 16, &[]),
            ("invalid-date", "references.bib", 36, &["florida2023"]),
            ("uncited-reference", "references.bib", 39, &["moretti2012"]),
            ("malformed-field", "data.bib", 4, &["census2021"]),
            ("malformed-field", "data.bib", 13, &["ons:2022"]),
        ],
    );
    // Organisations in double braces stay whole.
    assert_eq!(
        report.references[5].reference.authors[0].family(),
        "Office for National Statistics"
    );
}

#[test]
fn markdown_without_keys_keeps_the_reference_list_path() {
    let report = report_of(&["check", "refs/pakistan-iran-2024.md"], 1);
    assert_ne!(report.style, Style::Keys);
    assert!(report.references.iter().all(|r| r.bib_file.is_none()));
}

#[test]
fn bib_option_makes_any_markdown_a_keys_paper() {
    let dir = tempfile::tempdir().unwrap();
    let paper = dir.path().join("notes.txt");
    std::fs::write(
        &paper,
        "As @card1994 showed, and see [@angrist2009, ch. 3]. Mail me@example.org.\n",
    )
    .unwrap();
    let report = report_of(
        &[
            "check",
            &path_str(&paper),
            "--bib",
            "tests/fixtures/bib/clean.bib",
        ],
        0,
    );
    let keys: Vec<(&str, bool)> = report
        .citations
        .iter()
        .map(|c| (c.text.as_str(), c.narrative))
        .collect();
    assert_eq!(keys, [("card1994", true), ("angrist2009", false)]);
    assert!(report.diagnostics.is_empty(), "{:?}", report.diagnostics);
}

#[test]
fn documents_pandoc_builds_are_reported_not_refused() {
    let dir = tempfile::tempdir().unwrap();
    // A header and prose only: no citations, no reference list.
    let notes = dir.path().join("notes.md");
    std::fs::write(&notes, "---\ntitle: Notes\n---\n\nJust prose.\n").unwrap();
    let report = report_of(&["check", &path_str(&notes)], 0);
    let codes: Vec<&str> = report.diagnostics.iter().map(|d| d.code.as_str()).collect();
    assert_eq!(codes, ["no-bibliography"]);
    // A header with a leading space, which Pandoc reads as text: its bibliography is used.
    std::fs::write(
        dir.path().join("refs.bib"),
        "@book{a, author = {Ash, Al}, title = {A}, publisher = {P}, year = {2000}}\n",
    )
    .unwrap();
    let paper = dir.path().join("paper.md");
    std::fs::write(
        &paper,
        " ---\ntitle: P\nbibliography: refs.bib\n ---\n\nAs shown [@a].\n",
    )
    .unwrap();
    let report = report_of(&["check", &path_str(&paper)], 0);
    let codes: Vec<&str> = report.diagnostics.iter().map(|d| d.code.as_str()).collect();
    assert_eq!(codes, ["misplaced-header"]);
    assert_eq!(report.summary.matched, 1);
    // No opening `---` at all.
    std::fs::write(
        &paper,
        "title: P\nbibliography: refs.bib\n---\n\nAs shown [@a].\n",
    )
    .unwrap();
    let report = report_of(&["check", &path_str(&paper)], 0);
    assert_eq!(report.summary.matched, 1);
}
