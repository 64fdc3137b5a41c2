//! `check` as the command line runs it keeps a reference-list paper's citations only as
//! tallies and finds them again while writing the report (`Keep::Tallies`). Its report must
//! be the one `check::run` gives with every citation kept (`Keep::Everything`): the same JSON, byte for byte,
//! for every paper fixture, the sample, papers citing by key, and generated papers in every
//! style.

mod common;

use citecheck::batch::{check_one, Options};
use citecheck::check::{check, run, Keep};
use citecheck::config::Config;
use citecheck::document::Document;
use citecheck::generate::{paper, GenStyle};
use citecheck::input::{Input, Kind};
use citecheck::report;
use common::*;
use std::path::{Path, PathBuf};

fn options() -> Options {
    Options {
        config: None,
        style: None,
        references_at: None,
        bib: Vec::new(),
        max_bytes: u64::MAX,
    }
}

/// Options for a run that keeps `keep`, everything else by default.
fn keeping(config: Config, keep: Keep) -> citecheck::check::Options {
    citecheck::check::Options {
        max_bytes: u64::MAX,
        keep,
        ..citecheck::check::Options::with_config(config)
    }
}

/// The report with every citation kept, the way the library's `check::run` gives it.
fn kept(path: &Path) -> serde_json::Value {
    let input = Input::read(path, u64::MAX, false).unwrap();
    let config = Config::discover(path).unwrap();
    let checked = run(input, &keeping(config, Keep::Everything)).unwrap();
    serde_json::to_value(report::build(&checked)).unwrap()
}

/// The report as `citecheck check` makes it.
fn streamed(path: &Path) -> (serde_json::Value, usize) {
    let checked = check_one(path, &options()).unwrap();
    let view = report::view(&checked);
    let owned = view.to_report();
    assert_eq!(
        serde_json::to_value(&view).unwrap(),
        serde_json::to_value(&owned).unwrap(),
        "{}: the view and the owned report differ",
        path.display()
    );
    (serde_json::to_value(&view).unwrap(), owned.citations.len())
}

#[test]
fn streamed_reports_equal_kept_ones_on_every_fixture() {
    let mut papers: Vec<PathBuf> = expected::fixtures(&root().join("tests/fixtures/papers"))
        .iter()
        .filter_map(|d| expected::paper_of(d))
        .collect();
    assert!(papers.len() >= 6, "paper fixtures missing");
    papers.push(sample());
    papers.push(root().join("tests/fixtures/latex/thesis/thesis.tex"));
    papers.push(root().join("tests/fixtures/pandoc/paper.md"));
    for path in papers {
        let (json, citations) = streamed(&path);
        assert!(citations > 0, "{}: no citations", path.display());
        assert_eq!(json, kept(&path), "{}", path.display());
    }
}

#[test]
fn streamed_reports_equal_kept_ones_on_generated_papers() {
    for (seed, style) in GenStyle::ALL.into_iter().enumerate() {
        let text = paper(seed as u64 + 7, style, 120, 900);
        let doc = || Document::from_text(Path::new("g.md"), text.clone(), Vec::new()).unwrap();
        let config = Config::default();
        let paper = || Input {
            doc: doc(),
            kind: Kind::Paper,
        };
        let s = run(paper(), &keeping(config.clone(), Keep::Tallies)).unwrap();
        let c = check(doc(), &config, None).unwrap();
        let view = report::view(&s);
        assert_eq!(view.summary().citations, 900, "{style:?}");
        assert_eq!(
            serde_json::to_string(&view).unwrap(),
            serde_json::to_string(&report::build(&c)).unwrap(),
            "{style:?}"
        );
    }
}

/// A `.bib` file linted, keeping its entries or not.
fn lint(doc: Document, keep: Keep) -> citecheck::check::Checked {
    let input = Input {
        doc,
        kind: Kind::Bib,
    };
    run(input, &keeping(Config::default(), keep)).unwrap()
}

/// `lint` as the command line runs it (`Keep::Tallies`: entries read again while the report
/// is written) against a lint with every entry kept.
fn assert_lint_equal(path: &Path, doc: Document) {
    let kept = lint(doc.clone(), Keep::Everything);
    let want = serde_json::to_string(&report::view(&kept)).unwrap();
    let linted = lint(doc, Keep::Tallies);
    let view = report::view(&linted);
    assert_eq!(
        serde_json::to_string(&view).unwrap(),
        want,
        "{}",
        path.display()
    );
    assert_eq!(
        serde_json::to_value(view.to_report()).unwrap(),
        serde_json::to_value(report::build(&kept)).unwrap(),
        "{}",
        path.display()
    );
}

#[test]
fn streamed_lint_equals_kept_lint() {
    let mut files = vec![
        root().join("tests/fixtures/bib/clean.bib"),
        root().join("tests/fixtures/bib/problems.bib"),
        root().join("tests/fixtures/latex/biblatex/library.bib"),
        root().join("tests/fixtures/latex/natbib/refs.bib"),
        root().join("tests/fixtures/latex/thesis/thesis.bib"),
    ];
    files.retain(|f| f.is_file());
    assert_eq!(files.len(), 5, "bib fixtures missing");
    for path in &files {
        assert_lint_equal(path, Document::read(path, u64::MAX).unwrap());
    }
    let generated = citecheck::generate::bib(400);
    let doc = Document::from_text(Path::new("g.bib"), generated, Vec::new()).unwrap();
    assert_lint_equal(Path::new("g.bib"), doc);
}

/// Entries whose parents come later, macros defined after their use, keys taken twice and in
/// two cases: what a lint without its entries must keep until the end of the file.
#[test]
fn streamed_lint_waits_for_later_entries() {
    let text = r#"@inproceedings{child, author = {A. Author}, title = {Paper}, crossref = {parent}}
@inproceedings{orphan, author = {B. Author}, title = {Other}, crossref = {nobody}}
@article{usesmacro, author = {C. Author}, title = {T}, journal = jnl, year = 2020}
@string{jnl = {Journal of Things}}
@article{usesmacro, author = {D}, title = {T2}, journal = {J}, year = 2021}
@article{UsesMacro, author = {E}, title = {T3}, journal = {J}, year = 2022}
@article{undefined, author = {F}, title = {T4}, journal = nowhere, year = 2023}
@proceedings{parent, title = {Proceedings of Things}, year = 2019}
"#;
    let doc = Document::from_text(Path::new("w.bib"), text.to_string(), Vec::new()).unwrap();
    assert_lint_equal(Path::new("w.bib"), doc.clone());
    let linted = lint(doc, Keep::Tallies);
    let codes: Vec<(&str, &[String])> = linted
        .diagnostics
        .iter()
        .map(|d| (d.code.as_str(), d.keys.as_slice()))
        .collect();
    // `child` gets its booktitle and date from `parent`, listed after it: no missing-field.
    assert!(
        !codes
            .iter()
            .any(|(c, k)| *c == "missing-field" && k.contains(&"child".to_string())),
        "{codes:?}"
    );
    assert!(
        codes
            .iter()
            .any(|(c, k)| *c == "undefined-crossref" && k.contains(&"orphan".to_string())),
        "{codes:?}"
    );
    assert!(
        codes.iter().any(|(c, _)| *c == "undefined-string"),
        "{codes:?}"
    );
    assert_eq!(
        codes
            .iter()
            .filter(|(c, _)| *c == "undefined-string")
            .count(),
        1,
        "jnl is defined later in the file: {codes:?}"
    );
    assert_eq!(
        codes.iter().filter(|(c, _)| *c == "duplicate-key").count(),
        2,
        "{codes:?}"
    );
    assert_eq!(linted.entry_count(), 6);
}

/// `refs --format json` parses each entry as it writes it (`report::Entries::Raw`): the same
/// report, keys included, as with the whole list parsed first.
#[test]
fn walked_reference_list_equals_the_parsed_one() {
    let mut docs: Vec<Document> = expected::fixtures(&root().join("tests/fixtures/papers"))
        .iter()
        .filter_map(|d| expected::paper_of(d))
        .filter(|p| p.extension().is_some_and(|e| e == "md" || e == "txt"))
        .map(|p| Document::read(&p, u64::MAX).unwrap())
        .collect();
    docs.push(Document::read(&sample(), u64::MAX).unwrap());
    for (seed, style) in GenStyle::ALL.into_iter().enumerate() {
        let text = paper(seed as u64, style, 300, 50);
        docs.push(Document::from_text(Path::new("g.md"), text, Vec::new()).unwrap());
    }
    assert!(docs.len() >= 11);
    for doc in &docs {
        let file = doc.path.display().to_string();
        let list = citecheck::check::read_references(doc, None).unwrap();
        let want = serde_json::to_string(&report::RefsView {
            file: &file,
            entries: report::Entries::Parsed(&list.references),
        })
        .unwrap();
        let raw = citecheck::check::RawList::read(doc, None).unwrap();
        assert_eq!(raw.len(), list.references.len());
        let got = serde_json::to_string(&report::RefsView {
            file: &file,
            entries: report::Entries::Raw(&raw),
        })
        .unwrap();
        assert_eq!(got, want, "{file}");
    }
}
