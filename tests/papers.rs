//! Paper fixtures in six styles (tests/fixtures/papers/*), each with the exact expected report
//! in `expected.toml`. Every difference is collected and shown, not just the first.

mod common;

use citecheck::report::Report;
use common::*;
use std::path::Path;

/// Run the binary on a fixture and compare its JSON report with `expected.toml`.
fn compare(dir: &Path) -> Vec<String> {
    let Some(paper) = expected::paper_of(dir) else {
        return vec!["no paper.* in the folder".into()];
    };
    let out = citecheck(&["check", &path_str(&paper), "--format", "json"]);
    match serde_json::from_str::<Report>(&stdout(&out)) {
        Ok(report) => expected::compare(dir, &report),
        Err(e) => vec![format!("no JSON report ({e}); stderr: {}", stderr(&out))],
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
    let dirs = expected::fixtures(&root);
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
