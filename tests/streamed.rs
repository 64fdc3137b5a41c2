//! `check` as the command line runs it keeps a reference-list paper's citations only as
//! tallies and finds them again while writing the report (`check::Streamed`). Its report must
//! be the one `check::check` gives with every citation kept: the same JSON, byte for byte,
//! for every paper fixture, the sample, papers citing by key, and generated papers in every
//! style.

mod common;

use citecheck::batch::{check_one, Options};
use citecheck::check::{check, check_paper, check_streamed};
use citecheck::config::Config;
use citecheck::document::Document;
use citecheck::generate::{paper, GenStyle};
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

/// The report with every citation kept, the way the library's `check_paper` gives it.
fn kept(path: &Path) -> serde_json::Value {
    let doc = Document::read(path, u64::MAX).unwrap();
    let config = Config::discover(path).unwrap();
    let checked = check_paper(doc, &config, None, &[], u64::MAX).unwrap();
    let sources = checked.bib_sources();
    serde_json::to_value(report::build(&checked, &sources)).unwrap()
}

/// The report as `citecheck check` makes it.
fn streamed(path: &Path) -> (serde_json::Value, usize) {
    let outcome = check_one(path, &options()).unwrap();
    let sources = outcome.bib_sources();
    let view = report::view_outcome(&outcome, &sources);
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
        let s = check_streamed(doc(), &config, None).unwrap();
        let c = check(doc(), &config, None).unwrap();
        let view = report::view_streamed(&s);
        assert_eq!(view.summary().citations, 900, "{style:?}");
        assert_eq!(
            serde_json::to_string(&view).unwrap(),
            serde_json::to_string(&report::build(&c, &[])).unwrap(),
            "{style:?}"
        );
    }
}
