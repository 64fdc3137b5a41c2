//! The expected report of a paper fixture (`expected.toml`) and its comparison with a real
//! report: shared by `tests/papers.rs` (exact, with a known-differences list) and
//! `examples/score_papers.rs` (scores for any folder of fixtures, such as a held-out set).
#![allow(dead_code)]

use citecheck::report::Report;
use serde::Deserialize;
use std::path::{Path, PathBuf};

#[derive(Deserialize)]
pub struct Expected {
    style: String,
    references: usize,
    #[serde(default)]
    reference: Vec<ExpectedReference>,
    #[serde(default)]
    citation: Vec<ExpectedCitation>,
    #[serde(default)]
    diagnostic: Vec<ExpectedDiagnostic>,
}

#[derive(Deserialize)]
pub struct ExpectedReference {
    key: String,
    line: usize,
    family: Vec<String>,
    year: Option<i32>,
    title: Option<String>,
}

#[derive(Deserialize)]
pub struct ExpectedCitation {
    line: usize,
    text: String,
    status: String,
    keys: Vec<String>,
    #[serde(default)]
    narrative: bool,
}

#[derive(Deserialize)]
pub struct ExpectedDiagnostic {
    code: String,
    line: usize,
    #[serde(default)]
    keys: Vec<String>,
}

/// Compare one fixture; return every difference found.
pub fn compare(dir: &Path, report: &Report) -> Vec<String> {
    let expected = match load(dir) {
        Ok(e) => e,
        Err(e) => return vec![e],
    };
    let mut problems = Vec::new();
    let style = serde_json::to_value(report.style).unwrap();
    if style.as_str() != Some(expected.style.as_str()) {
        problems.push(format!("style: expected {}, got {style}", expected.style));
    }
    if report.references.len() != expected.references {
        problems.push(format!(
            "references: expected {}, got {}",
            expected.references,
            report.references.len()
        ));
    }
    for (e, got) in expected.reference.iter().zip(&report.references) {
        let r = &got.reference;
        let families: Vec<String> = r
            .authors
            .iter()
            .chain(if r.authors.is_empty() {
                r.editors.iter()
            } else {
                [].iter()
            })
            .map(|n| n.cite_name())
            .collect();
        let actual = (
            r.key.as_str(),
            r.line,
            families.clone(),
            r.year(),
            r.title.as_deref(),
        );
        let wanted = (
            e.key.as_str(),
            e.line,
            e.family.clone(),
            e.year,
            e.title.as_deref(),
        );
        if actual != wanted {
            problems.push(format!(
                "reference:\n    expected {wanted:?}\n    got      {actual:?}"
            ));
        }
    }
    let got_c: Vec<String> = report
        .citations
        .iter()
        .map(|c| {
            format!(
                "{} {:?} {} {:?} narrative={}",
                c.line,
                c.text,
                serde_json::to_value(c.status).unwrap().as_str().unwrap(),
                c.keys,
                c.narrative
            )
        })
        .collect();
    let want_c: Vec<String> = expected
        .citation
        .iter()
        .map(|c| {
            format!(
                "{} {:?} {} {:?} narrative={}",
                c.line, c.text, c.status, c.keys, c.narrative
            )
        })
        .collect();
    diff_lists("citation", &want_c, &got_c, &mut problems);
    let got_d: Vec<String> = report
        .diagnostics
        .iter()
        .map(|d| format!("{} {} {:?}", d.line, d.code, d.keys))
        .collect();
    let want_d: Vec<String> = expected
        .diagnostic
        .iter()
        .map(|d| format!("{} {} {:?}", d.line, d.code, d.keys))
        .collect();
    let mut got_sorted = got_d.clone();
    let mut want_sorted = want_d.clone();
    got_sorted.sort();
    want_sorted.sort();
    diff_lists("diagnostic", &want_sorted, &got_sorted, &mut problems);
    problems
}

pub fn diff_lists(what: &str, want: &[String], got: &[String], problems: &mut Vec<String>) {
    for w in want.iter().filter(|w| !got.contains(w)) {
        problems.push(format!("{what} missing:    {w}"));
    }
    for g in got.iter().filter(|g| !want.contains(g)) {
        problems.push(format!("{what} unexpected: {g}"));
    }
}

/// Read a fixture's `expected.toml`.
pub fn load(dir: &Path) -> Result<Expected, String> {
    let path = dir.join("expected.toml");
    let text = std::fs::read_to_string(&path).map_err(|e| format!("{}: {e}", path.display()))?;
    toml::from_str(&text).map_err(|e| format!("{}: {e}", path.display()))
}

/// The paper of a fixture folder: `paper.md`, `paper.tex`, `paper.txt` ...
pub fn paper_of(dir: &Path) -> Option<PathBuf> {
    let mut papers: Vec<PathBuf> = std::fs::read_dir(dir)
        .ok()?
        .flatten()
        .map(|e| e.path())
        .filter(|p| p.file_stem().is_some_and(|s| s == "paper"))
        .collect();
    papers.sort();
    papers.into_iter().next()
}

/// Fixture folders (those with an `expected.toml`) under `root`, sorted.
pub fn fixtures(root: &Path) -> Vec<PathBuf> {
    let mut dirs: Vec<PathBuf> = std::fs::read_dir(root)
        .into_iter()
        .flatten()
        .flatten()
        .map(|e| e.path())
        .filter(|p| p.join("expected.toml").is_file())
        .collect();
    dirs.sort();
    dirs
}

/// How much of a fixture a report gets right.
#[derive(Debug, Default, Clone, Copy)]
pub struct Score {
    pub references: (usize, usize),
    pub citations: (usize, usize),
    pub citations_found: usize,
    pub diagnostics_expected: usize,
    pub diagnostics_reported: usize,
    pub diagnostics_right: usize,
}

/// Count what matches: references (key, line, names, year, title), citations (line, text,
/// status, keys), diagnostics (line, code, keys).
pub fn score(expected: &Expected, report: &Report) -> Score {
    let refs_right = expected
        .reference
        .iter()
        .zip(&report.references)
        .filter(|(e, got)| {
            let r = &got.reference;
            let names: Vec<String> = r.creators().iter().map(|n| n.cite_name()).collect();
            r.key == e.key
                && r.line == e.line
                && names == e.family
                && r.year() == e.year
                && r.title.as_deref() == e.title.as_deref()
        })
        .count();
    let cite = |line: usize, text: &str, status: &str, keys: &[String]| {
        format!("{line} {text:?} {status} {keys:?}")
    };
    let got_c: Vec<String> = report
        .citations
        .iter()
        .map(|c| {
            cite(
                c.line,
                &c.text,
                serde_json::to_value(c.status)
                    .unwrap()
                    .as_str()
                    .unwrap_or(""),
                &c.keys,
            )
        })
        .collect();
    let want_c: Vec<String> = expected
        .citation
        .iter()
        .map(|c| cite(c.line, &c.text, &c.status, &c.keys))
        .collect();
    let found: Vec<(usize, &str)> = report
        .citations
        .iter()
        .map(|c| (c.line, c.text.as_str()))
        .collect();
    let diag = |line: usize, code: &str, keys: &[String]| format!("{line} {code} {keys:?}");
    let got_d: Vec<String> = report
        .diagnostics
        .iter()
        .map(|d| diag(d.line, d.code.as_str(), &d.keys))
        .collect();
    let want_d: Vec<String> = expected
        .diagnostic
        .iter()
        .map(|d| diag(d.line, &d.code, &d.keys))
        .collect();
    Score {
        references: (refs_right, expected.references),
        citations: (
            want_c.iter().filter(|w| got_c.contains(w)).count(),
            expected.citation.len(),
        ),
        citations_found: expected
            .citation
            .iter()
            .filter(|c| found.contains(&(c.line, c.text.as_str())))
            .count(),
        diagnostics_expected: want_d.len(),
        diagnostics_reported: got_d.len(),
        diagnostics_right: want_d.iter().filter(|w| got_d.contains(w)).count(),
    }
}
