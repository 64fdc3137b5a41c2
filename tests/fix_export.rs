//! `fix` on the sample, whole-output snapshots of MLA and Vancouver, and the exports checked by
//! real tools (pandoc renders the CSL-JSON; the round trip bib → CSL-JSON → bib keeps fields).

mod common;

use citecheck::export::{from_bib, from_csl_json, load, to_biblatex, to_csl_json};
use common::*;
use std::process::Command;

#[test]
fn fix_rewrites_the_seven_given_name_citations_and_nothing_else_in_the_body() {
    let dir = tempfile::tempdir().unwrap();
    let out = dir.path().join("fixed.md");
    let run = citecheck(&["fix", "refs/pakistan-iran-2024.md", "-o", &path_str(&out)]);
    let summary = stdout(&run);
    let original = std::fs::read_to_string(sample()).unwrap();
    let fixed = std::fs::read_to_string(&out).unwrap();
    let given: Vec<&str> = summary
        .lines()
        .filter(|l| l.contains("given name rewritten"))
        .collect();
    let lines: Vec<&str> = given
        .iter()
        .map(|l| {
            l.split(':')
                .next()
                .unwrap()
                .trim_start_matches("changed  line ")
        })
        .collect();
    assert_eq!(
        lines,
        ["58", "64", "70", "72", "90", "102", "104"],
        "{summary}"
    );
    assert!(
        summary.contains("(Asfandyar, 2024) → (Mir, 2024)"),
        "{summary}"
    );
    // The body (before the reference heading): every line is the original, or the original
    // with exactly the replacements the summary reports.
    let body_end = original
        .lines()
        .position(|l| l.starts_with("# Reference"))
        .unwrap();
    let changes: Vec<(usize, String, String)> = summary
        .lines()
        .filter_map(|l| l.strip_prefix("changed  line "))
        .filter_map(|l| l.split_once(": "))
        .filter_map(|(n, rest)| {
            rest.split_once(" → ")
                .map(|(b, a)| (n.parse().unwrap(), b, a))
        })
        .map(|(n, b, a)| {
            (
                n,
                b.trim_matches(['(', ')']).to_string(),
                a.split(" (")
                    .next()
                    .unwrap()
                    .trim_matches(['(', ')'])
                    .to_string(),
            )
        })
        .collect();
    for (n, (a, b)) in original
        .lines()
        .zip(fixed.lines())
        .take(body_end)
        .enumerate()
    {
        let mut expect = a.to_string();
        if a != b {
            for (_, before, after) in changes.iter().filter(|c| c.0 == n + 1) {
                expect = expect.replace(&format!("({before})"), &format!("({after})"));
            }
        }
        assert_eq!(
            expect,
            b,
            "line {} changed beyond the reported fixes",
            n + 1
        );
    }
    assert_eq!(original.lines().count(), fixed.lines().count());
    // It never writes over its input.
    let again = citecheck(&[
        "fix",
        "refs/pakistan-iran-2024.md",
        "-o",
        "refs/pakistan-iran-2024.md",
    ]);
    assert_eq!(again.status.code(), Some(2));
    assert_eq!(std::fs::read_to_string(sample()).unwrap(), original);
}

#[test]
fn mla_and_vancouver_print_every_author_date_and_title() {
    for style in ["mla", "vancouver"] {
        let out = stdout(&citecheck(&[
            "format",
            "refs/pakistan-iran-2024.md",
            "--style",
            style,
        ]));
        assert_snapshot(&format!("sample-{style}.txt"), &out);
        let refs = load(&sample(), u64::MAX).unwrap().references;
        for r in &refs {
            for a in &r.authors {
                assert!(
                    out.contains(a.family()),
                    "{style}: author {} of {} missing",
                    a.family(),
                    r.key
                );
            }
            if let Some(y) = r.year() {
                assert!(out.contains(&y.to_string()), "{style}: year of {}", r.key);
            }
            if let Some(t) = &r.title {
                let first = t
                    .split_whitespace()
                    .take(3)
                    .collect::<Vec<_>>()
                    .join(" ")
                    .replace('\'', "’");
                assert!(
                    out.to_lowercase().contains(&first.to_lowercase()),
                    "{style}: title of {} ({first})",
                    r.key
                );
            }
        }
    }
}

#[test]
fn pandoc_renders_every_entry_of_the_csl_json_export() {
    assert!(
        Command::new("pandoc")
            .arg("--version")
            .output()
            .is_ok_and(|o| o.status.success()),
        "pandoc is not installed: install the Debian package `pandoc` (.ci/run does)"
    );
    let dir = tempfile::tempdir().unwrap();
    let json = dir.path().join("s.json");
    let run = citecheck(&[
        "export",
        "refs/pakistan-iran-2024.md",
        "--to",
        "csl-json",
        "-o",
        &path_str(&json),
    ]);
    assert_eq!(run.status.code(), Some(0), "{}", stderr(&run));
    let md = dir.path().join("n.md");
    std::fs::write(&md, "---\nnocite: \"@*\"\n---\n").unwrap();
    let out = Command::new("pandoc")
        .arg(&md)
        .args(["--citeproc", "-t", "html", "--bibliography"])
        .arg(&json)
        .output()
        .unwrap();
    let html = String::from_utf8_lossy(&out.stdout);
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    assert_eq!(html.matches("class=\"csl-entry\"").count(), 32, "{html}");
}

#[test]
fn bib_to_csl_json_to_bib_keeps_every_shared_field() {
    let refs = load(&sample(), u64::MAX).unwrap().references;
    let (first, p1) = from_bib(&to_biblatex(&refs));
    assert!(p1.is_empty(), "{p1:?}");
    let (via_json, p2) = from_csl_json(&to_csl_json(&first)).unwrap();
    assert!(p2.is_empty());
    let (second, p3) = from_bib(&to_biblatex(&via_json));
    assert!(p3.is_empty());
    assert_eq!(first.len(), second.len());
    for (a, b) in first.iter().zip(&second) {
        let mut a = a.clone();
        // A book's container as the parser finds it is its publisher; CSL-JSON says so.
        if a.entry_type == citecheck::reference::EntryType::Book && a.publisher.is_none() {
            a.publisher = a.container.take();
        }
        let mut b = b.clone();
        b.raw = a.raw.clone();
        assert_eq!(a, b, "{}", a.key);
    }
}

#[test]
fn a_bad_bib_entry_is_reported_and_the_rest_exported() {
    let dir = tempfile::tempdir().unwrap();
    let bib = dir.path().join("in.bib");
    std::fs::write(&bib, "@book{a, title = {One}, date = {2001}}\n@book{bad, title = {Two\n@book{c, title = {Three}, date = {2003}}\n").unwrap();
    let run = citecheck(&["format", &path_str(&bib), "--style", "apa"]);
    assert_eq!(run.status.code(), Some(1));
    assert!(stderr(&run).contains("bad"), "{}", stderr(&run));
    assert_eq!(stdout(&run), "One. (2001).\nThree. (2003).\n");
}

/// Every style bundled with hayagriva renders every entry of the sample and of generated
/// references, with no entry left out: the in-memory patches to styles (implied `cs:name`,
/// page labels, disambiguation off) and the suffix renders hold for all of them, not only the
/// styles compared with pandoc.
#[test]
fn every_bundled_style_renders_every_entry() {
    use citecheck::export::format::{bundled_styles, format, load_style, Markup};
    let sample = load(&sample(), u64::MAX).unwrap().references;
    let (generated, problems) = citecheck::export::from_bib(&citecheck::generate::bib(60));
    assert!(problems.is_empty(), "{problems:?}");
    let styles = bundled_styles();
    assert!(styles.len() > 50, "{} bundled styles", styles.len());
    for (names, _) in styles {
        let style = load_style(names[0]).unwrap();
        for (what, refs) in [("sample", &sample), ("generated", &generated)] {
            let out = format(refs, &style, Markup::Text);
            assert!(
                out.problems.is_empty(),
                "{} on {what}: {:?}",
                names[0],
                out.problems
            );
            assert_eq!(out.entries.len(), refs.len(), "{} on {what}", names[0]);
            let keys: std::collections::HashSet<&str> =
                out.entries.iter().map(|e| e.key.as_str()).collect();
            assert_eq!(
                keys.len(),
                refs.len(),
                "{} on {what}: an entry twice",
                names[0]
            );
        }
    }
}
