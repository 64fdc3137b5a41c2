//! Pandoc's own reading as the oracle: for every Pandoc Markdown fixture in the repository,
//! the citation keys `pandoc -f markdown -t json` finds (each with its mode) must be exactly
//! the citations citecheck finds, one for one. Pandoc's JSON carries no positions, so the
//! comparison is of (key, in-text?) multisets per file; `tests/fixtures/pandoc-grammar` holds
//! one fixture per corner of the grammar (separators, links and notes, forms, masked text).

mod common;

use citecheck::document::Document;
use citecheck::input::{Input, Kind};
use serde_json::Value;
use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::process::Command;

/// (key, written into the sentence) as both sides report it.
type Cite = (String, bool);

fn pandoc_cites(path: &Path) -> Vec<Cite> {
    let out = Command::new("pandoc")
        .args(["-f", "markdown", "-t", "json"])
        .arg(path)
        .output()
        .expect("pandoc is not installed: install the Debian package `pandoc` (.ci/run does)");
    assert!(out.status.success(), "pandoc failed on {}", path.display());
    let doc: Value = serde_json::from_slice(&out.stdout).expect("pandoc writes JSON");
    let mut cites = Vec::new();
    // `nocite` keys are citations citecheck reports as not in-text.
    if let Some(meta) = doc["meta"].as_object() {
        for (name, value) in meta {
            walk(value, name != "nocite", &mut cites);
        }
    }
    walk(&doc["blocks"], true, &mut cites);
    cites.retain(|c| c.0 != "*");
    cites
}

fn walk(v: &Value, modes: bool, out: &mut Vec<Cite>) {
    match v {
        Value::Object(o) => {
            if o.get("t").and_then(Value::as_str) == Some("Cite") {
                for c in o["c"][0].as_array().into_iter().flatten() {
                    let key = c["citationId"].as_str().unwrap_or_default().to_string();
                    let in_text = c["citationMode"]["t"].as_str() == Some("AuthorInText");
                    out.push((key, modes && in_text));
                }
            }
            o.values().for_each(|x| walk(x, modes, out));
        }
        Value::Array(a) => a.iter().for_each(|x| walk(x, modes, out)),
        _ => {}
    }
}

fn citecheck_cites(text: &str) -> Vec<Cite> {
    citecheck::citation::find_pandoc(text)
        .citations
        .into_iter()
        .map(|c| (c.text, c.narrative))
        .collect()
}

/// Markdown files under `dir` that citecheck reads as Pandoc papers.
fn pandoc_fixtures(dir: &Path, out: &mut Vec<PathBuf>) {
    let Ok(entries) = std::fs::read_dir(dir) else {
        return;
    };
    let mut entries: Vec<_> = entries.flatten().map(|e| e.path()).collect();
    entries.sort();
    for path in entries {
        if path.is_dir() {
            pandoc_fixtures(&path, out);
        } else if path
            .extension()
            .is_some_and(|e| e == "md" || e == "markdown")
        {
            let Ok(doc) = Document::read(&path, u64::MAX) else {
                continue;
            };
            if Input::new(doc, false).kind == Kind::Pandoc {
                out.push(path);
            }
        }
    }
}

/// Count of each item.
fn counts(cites: &[Cite]) -> BTreeMap<&Cite, usize> {
    let mut m = BTreeMap::new();
    for c in cites {
        *m.entry(c).or_default() += 1;
    }
    m
}

#[test]
fn citecheck_finds_the_citations_pandoc_finds() {
    let root = common::root();
    let mut files = Vec::new();
    for dir in ["tests/fixtures", "refs", "examples"] {
        pandoc_fixtures(&root.join(dir), &mut files);
    }
    // More papers to measure on (not committed): CITECHECK_PANDOC_CORPUS=folder.
    if let Some(extra) = std::env::var_os("CITECHECK_PANDOC_CORPUS") {
        pandoc_fixtures(Path::new(&extra), &mut files);
    }
    assert!(files.len() >= 5, "too few Pandoc fixtures found: {files:?}");
    let (mut found, mut missed, mut extra) = (0, 0, 0);
    let mut problems = Vec::new();
    for path in &files {
        let want = pandoc_cites(path);
        let text = std::fs::read_to_string(path).expect("fixture is UTF-8");
        let got = citecheck_cites(&text);
        let (w, g) = (counts(&want), counts(&got));
        for (cite, &n) in &w {
            let m = g.get(cite).copied().unwrap_or(0);
            found += n.min(m);
            if n > m {
                missed += n - m;
                problems.push(format!("{}: missed {cite:?} x{}", path.display(), n - m));
            }
        }
        for (cite, &m) in &g {
            let n = w.get(cite).copied().unwrap_or(0);
            if m > n {
                extra += m - n;
                problems.push(format!("{}: extra {cite:?} x{}", path.display(), m - n));
            }
        }
    }
    eprintln!(
        "pandoc oracle over {} files: {found} found, {missed} missed, {extra} extra",
        files.len()
    );
    assert!(problems.is_empty(), "{}", problems.join("\n"));
}
