//! `citecheck lint`: every .bib rule on a bibliography alone, and the bars for broken and
//! large files.

mod common;

use citecheck::bibfile::BibFile;
use citecheck::check::{run, Options};
use citecheck::config::Config;
use citecheck::document::Document;
use citecheck::input::{Input, Kind};
use citecheck::rules::{Code, Severity};
use common::*;
use std::fmt::Write;
use std::path::Path;

const PROBLEMS: &str = "tests/fixtures/bib/problems.bib";

#[test]
fn lint_reports_every_bib_problem_with_its_line() {
    let out = citecheck(&["lint", PROBLEMS]);
    assert_eq!(out.status.code(), Some(1), "{}", stderr(&out));
    assert_snapshot("lint-problems.txt", &stdout(&out));
    let report = report_of(&["lint", PROBLEMS], 1);
    assert_diagnostics(
        &report,
        &[
            ("duplicate-key", "problems.bib", 12, &["ok2001"]),
            ("duplicate-key", "problems.bib", 19, &["ok2001", "OK2001"]),
            ("missing-field", "problems.bib", 26, &["nojournal2004"]),
            ("missing-field", "problems.bib", 31, &["nodate2005"]),
            ("missing-field", "problems.bib", 36, &["nobooktitle2006"]),
            ("missing-field", "problems.bib", 42, &["notype2007"]),
            ("missing-field", "problems.bib", 49, &["nourl2008"]),
            ("invalid-date", "problems.bib", 59, &["dates2009"]),
            ("invalid-date", "problems.bib", 60, &["dates2009"]),
            ("invalid-date", "problems.bib", 66, &["isodate2010"]),
            ("invalid-date", "problems.bib", 67, &["isodate2010"]),
            ("undefined-string", "problems.bib", 73, &["strings2011"]),
            ("missing-field", "problems.bib", 77, &["orphan2012"]),
            ("undefined-crossref", "problems.bib", 80, &["orphan2012"]),
            ("malformed-field", "problems.bib", 88, &["fields2013"]),
            ("malformed-field", "problems.bib", 89, &["fields2013"]),
            ("malformed-field", "problems.bib", 90, &["fields2013"]),
            ("malformed-field", "problems.bib", 98, &["isbn2014"]),
            ("malformed-field", "problems.bib", 106, &["isbnlength2015"]),
            ("malformed-field", "problems.bib", 107, &["isbnlength2015"]),
            ("malformed-field", "problems.bib", 108, &["isbnlength2015"]),
            ("bib-syntax", "problems.bib", 111, &["unclosed2016"]),
            ("missing-field", "problems.bib", 124, &["early2018"]),
            ("bib-syntax", "problems.bib", 126, &["early2018"]),
            ("bib-syntax", "problems.bib", 133, &["missingcomma2019"]),
            ("bib-syntax", "problems.bib", 138, &[]),
        ],
    );
    // The case variant is a note, not an error.
    assert_eq!(report.diagnostics[1].severity, Severity::Info);
    // Entries after the broken one still load; the duplicate is left out, as biber leaves it.
    let keys: Vec<&str> = report
        .references
        .iter()
        .map(|r| r.reference.key.as_str())
        .collect();
    assert!(
        keys.contains(&"after2017") && keys.contains(&"missingcomma2019"),
        "{keys:?}"
    );
    assert!(!keys.contains(&"unclosed2016"));
    assert_eq!(keys.iter().filter(|k| **k == "ok2001").count(), 1);
    assert_eq!(report.references[0].bib_file.as_deref(), Some(PROBLEMS));
}

#[test]
fn a_clean_library_exits_zero() {
    let out = citecheck(&["lint", "tests/fixtures/bib/clean.bib"]);
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    assert_eq!(
        stdout(&out),
        "tests/fixtures/bib/clean.bib: 2 entries; 0 errors, 0 warnings\n"
    );
    let report = report_of(&["lint", "tests/fixtures/bib/clean.bib"], 0);
    assert_eq!(
        report.references[1].reference.authors[1].family(),
        "Pischke"
    );
    assert_eq!(
        report.references[1].reference.authors[1].given(),
        Some("Jörn-Steffen")
    );
}

#[test]
fn a_missing_library_is_a_one_line_error() {
    let out = citecheck(&["lint", "tests/fixtures/bib/nowhere.bib"]);
    assert_eq!(out.status.code(), Some(2));
    assert!(
        stderr(&out).starts_with("citecheck: tests/fixtures/bib/nowhere.bib: cannot read: "),
        "{}",
        stderr(&out)
    );
}

/// `n` generated entries; entry `broken` (1-based) has a brace that never closes.
fn generated(n: usize, broken: Option<usize>) -> String {
    let mut text = String::new();
    for i in 1..=n {
        let title = if Some(i) == broken {
            format!("{{Entry {{number {i}}}")
        } else {
            format!("{{Entry number {i}}}")
        };
        let _ = write!(text, "@article{{key{i},\n  author = {{Author{i}, Ann and Other, Bob}},\n  title = {title},\n  journal = {{Journal}},\n  year = {{{}}},\n  pages = {{1--{i}}},\n}}\n\n", 1900 + i % 120);
    }
    text
}

#[test]
fn unbalanced_braces_at_entry_10_of_1000_cost_only_that_entry() {
    let doc =
        Document::from_text(Path::new("big.bib"), generated(1000, Some(10)), Vec::new()).unwrap();
    let bib = BibFile::from_document(doc.clone(), &citecheck::bibfile::month_strings());
    assert_eq!(bib.entries.len(), 999);
    let input = Input {
        doc,
        kind: Kind::Bib,
    };
    let checked = run(input, &Options::with_config(Config::default())).unwrap();
    assert_eq!(checked.list.references.len(), 999);
    assert!(!checked.list.references.iter().any(|r| r.key == "key10"));
    let syntax: Vec<_> = checked
        .diagnostics
        .iter()
        .filter(|d| d.code == Code::BibSyntax)
        .collect();
    assert_eq!(syntax.len(), 1, "{syntax:?}");
    assert!(
        syntax[0]
            .message
            .starts_with("entry `key10` is never closed"),
        "{}",
        syntax[0].message
    );
    assert!(
        checked
            .diagnostics
            .iter()
            .all(|d| d.code == Code::BibSyntax),
        "{:?}",
        checked.diagnostics
    );
}
