//! Paper fixtures in six styles (tests/fixtures/papers/*), each with the exact expected report
//! in `expected.toml`. Every difference is collected and shown, not just the first.

mod common;

use citecheck::report::Report;
use common::*;
use serde::Deserialize;
use std::path::Path;

#[derive(Deserialize)]
struct Expected {
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
struct ExpectedReference {
    key: String,
    line: usize,
    family: Vec<String>,
    year: Option<i32>,
    title: Option<String>,
}

#[derive(Deserialize)]
struct ExpectedCitation {
    line: usize,
    text: String,
    status: String,
    keys: Vec<String>,
    #[serde(default)]
    narrative: bool,
}

#[derive(Deserialize)]
struct ExpectedDiagnostic {
    code: String,
    line: usize,
    #[serde(default)]
    keys: Vec<String>,
}

/// Compare one fixture; return every difference found.
fn compare(dir: &Path) -> Vec<String> {
    let expected: Expected =
        toml::from_str(&std::fs::read_to_string(dir.join("expected.toml")).unwrap()).unwrap();
    let paper = dir.join("paper.md");
    let out = citecheck(&["check", &path_str(&paper), "--format", "json"]);
    let report: Report = match serde_json::from_str(&stdout(&out)) {
        Ok(r) => r,
        Err(e) => return vec![format!("no JSON report ({e}); stderr: {}", stderr(&out))],
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

fn diff_lists(what: &str, want: &[String], got: &[String], problems: &mut Vec<String>) {
    for w in want.iter().filter(|w| !got.contains(w)) {
        problems.push(format!("{what} missing:    {w}"));
    }
    for g in got.iter().filter(|g| !want.contains(g)) {
        problems.push(format!("{what} unexpected: {g}"));
    }
}

/// Differences known today, one per line as `fixture: difference`. A listed difference that
/// no longer occurs fails the test too, so that progress is recorded by deleting its line.
fn known_differences() -> Vec<String> {
    let text = std::fs::read_to_string(root().join("tests/fixtures/papers/known-differences.txt"))
        .unwrap_or_default();
    text.lines()
        .map(str::trim_end)
        .filter(|l| !l.is_empty() && !l.starts_with('#'))
        .map(String::from)
        .collect()
}

#[test]
fn every_fixture_paper_gives_its_expected_report() {
    let root = root().join("tests/fixtures/papers");
    let known = known_differences();
    let mut seen_known = Vec::new();
    let mut failures = Vec::new();
    let mut dirs: Vec<_> = std::fs::read_dir(&root)
        .unwrap()
        .flatten()
        .map(|e| e.path())
        .filter(|p| p.join("expected.toml").is_file())
        .collect();
    dirs.sort();
    assert!(dirs.len() >= 6, "fixtures present");
    for dir in dirs {
        let name = dir.file_name().unwrap().to_string_lossy().into_owned();
        let problems: Vec<String> = compare(&dir)
            .into_iter()
            .map(|p| format!("{name}: {}", p.replace('\n', " ")))
            .filter(|p| {
                let listed = known.contains(p);
                if listed {
                    seen_known.push(p.clone());
                }
                !listed
            })
            .collect();
        if !problems.is_empty() {
            failures.push(problems.join("\n"));
        }
    }
    if std::env::var_os("UPDATE_KNOWN").is_some() {
        // Record today's differences (review the diff before committing it).
        let mut all: Vec<String> = seen_known.clone();
        all.extend(failures.iter().flat_map(|f| f.lines().map(String::from)));
        let header = "# Differences between the checker and tests/fixtures/papers/*/expected.toml known today.\n\
                      # Each is a reference-parser gap. Delete a line when it is fixed: the test fails on a\n\
                      # listed difference that no longer occurs, and on any unlisted one.\n";
        std::fs::write(
            root.join("known-differences.txt"),
            format!("{header}{}\n", all.join("\n")),
        )
        .unwrap();
        return;
    }
    for gone in known.iter().filter(|k| !seen_known.contains(k)) {
        failures.push(format!(
            "fixed, delete it from known-differences.txt: {gone}"
        ));
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}
