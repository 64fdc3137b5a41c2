//! `format` against the reference implementation: hayagriva's output, entry for entry, beside
//! `pandoc --citeproc` given the same CSL file (from tests/fixtures/csl) and the same CSL-JSON
//! data. Differences are allowed only where `tests/fixtures/format/known-differences.txt` lists
//! them by name with a reason; a listed difference that disappears fails too, so progress shows.

mod common;
use citecheck::export::format::{format, load_style, Markup};
use citecheck::export::{from_bib, load, to_csl_json};
use citecheck::reference::Reference;
use common::*;
use regex::Regex;
use std::collections::{BTreeMap, BTreeSet};
use std::path::PathBuf;
use std::process::Command;

/// A CSL file the tests carry (tests/fixtures/csl, with its licence and source in README.md).
fn csl_file(name: &str) -> PathBuf {
    let path = root()
        .join("tests/fixtures/csl")
        .join(format!("{name}.csl"));
    assert!(path.is_file(), "{} is missing", path.display());
    path
}

fn pandoc_available() {
    let ok = Command::new("pandoc")
        .arg("--version")
        .output()
        .is_ok_and(|o| o.status.success());
    assert!(
        ok,
        "pandoc is not installed: install the Debian package `pandoc` (.ci/run does)"
    );
}

fn unescape(s: &str) -> String {
    s.replace("&lt;", "<")
        .replace("&gt;", ">")
        .replace("&quot;", "\"")
        .replace("&#39;", "'")
        .replace("&amp;", "&")
}

fn normalise(s: &str) -> String {
    s.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// pandoc's bibliography, entry by entry: key → plain text.
fn pandoc_entries(
    references: &[Reference],
    csl: &std::path::Path,
    dir: &std::path::Path,
) -> BTreeMap<String, String> {
    pandoc_available();
    let json = dir.join("refs.json");
    std::fs::write(&json, to_csl_json(references)).unwrap();
    let md = dir.join("nocite.md");
    std::fs::write(&md, "---\nnocite: \"@*\"\n---\n").unwrap();
    let out = Command::new("pandoc")
        .arg(&md)
        .args(["--citeproc", "-t", "html", "--wrap=none", "--bibliography"])
        .arg(&json)
        .arg("--csl")
        .arg(csl)
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "pandoc failed: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    let html = String::from_utf8_lossy(&out.stdout).into_owned();
    let tag = Regex::new(r"<[^>]+>").unwrap();
    // Entries follow each other; split on their opening tags instead of matching closings.
    let open = Regex::new(r#"<div id="ref-([^"]+)" class="csl-entry"[^>]*>"#).unwrap();
    let starts: Vec<(usize, usize, String)> = open
        .captures_iter(&html)
        .map(|c| {
            let m = c.get(0).unwrap();
            (m.start(), m.end(), c[1].to_string())
        })
        .collect();
    let mut map = BTreeMap::new();
    for (i, (_, end, key)) in starts.iter().enumerate() {
        let stop = starts.get(i + 1).map_or(html.len(), |s| s.0);
        // The label and the entry are separate blocks in numeric styles: keep a space there.
        let body = html[*end..stop].replace("</div>", " ");
        let body = tag.replace_all(&body, "");
        map.insert(key.clone(), normalise(&unescape(&body)));
    }
    map
}

fn ours(references: &[Reference], csl: &std::path::Path) -> BTreeMap<String, String> {
    let style = load_style(&csl.display().to_string()).unwrap();
    let formatted = format(references, &style, Markup::Text);
    assert!(formatted.problems.is_empty(), "{:?}", formatted.problems);
    formatted
        .entries
        .into_iter()
        .map(|e| {
            (
                e.key,
                normalise(&format!("{} {}", e.label.unwrap_or_default(), e.text)),
            )
        })
        .collect()
}

/// The style with the `cs:name` that a `cs:names` without one implies written out. pandoc 2.17
/// renders such a `cs:names` with its own defaults instead of the options the style sets for
/// every name (so Vancouver came out as "Paul Adams", not "Adams P"); citecheck adds the same
/// `cs:name` to the style it renders with (see `patch` in src/export/format.rs). Any other
/// style passes through unchanged.
fn name_children(csl: &std::path::Path, dir: &std::path::Path) -> PathBuf {
    let xml = std::fs::read_to_string(csl).unwrap();
    let open = Regex::new(r"<names\b[^>]*[^/]>").unwrap();
    let mut out = String::with_capacity(xml.len());
    let mut last = 0;
    for m in open.find_iter(&xml) {
        let body_end = xml[m.end()..]
            .find("</names>")
            .map_or(xml.len(), |e| m.end() + e);
        let body = &xml[m.end()..body_end];
        out.push_str(&xml[last..m.end()]);
        if !body.contains("<name ") && !body.contains("<name>") && !body.contains("<name/>") {
            out.push_str("<name/>");
        }
        last = m.end();
    }
    out.push_str(&xml[last..]);
    if out == xml {
        return csl.to_path_buf();
    }
    let patched = dir.join("patched.csl");
    std::fs::write(&patched, out).unwrap();
    patched
}

/// `style dataset key reason` lines.
fn known_differences() -> BTreeSet<(String, String, String)> {
    let text = std::fs::read_to_string(root().join("tests/fixtures/format/known-differences.txt"))
        .unwrap();
    text.lines()
        .filter(|l| !l.trim().is_empty() && !l.starts_with('#'))
        .map(|l| {
            let mut parts = l.split_whitespace();
            let (s, d, k) = (
                parts.next().unwrap(),
                parts.next().unwrap(),
                parts.next().unwrap(),
            );
            assert!(
                parts.next().is_some(),
                "a known difference needs a reason: {l}"
            );
            (s.to_string(), d.to_string(), k.to_string())
        })
        .collect()
}

fn compare(dataset: &str, references: &[Reference], style: &str) {
    let dir = tempfile::tempdir().unwrap();
    let csl = csl_file(style);
    let theirs = pandoc_entries(references, &name_children(&csl, dir.path()), dir.path());
    let mine = ours(references, &csl);
    assert_eq!(
        theirs.len(),
        references.len(),
        "pandoc rendered every entry"
    );
    assert_eq!(
        mine.len(),
        references.len(),
        "citecheck rendered every entry"
    );
    let known: BTreeSet<String> = known_differences()
        .into_iter()
        .filter(|(s, d, _)| s == style && d == dataset)
        .map(|(_, _, k)| k)
        .collect();
    let mut unexpected = Vec::new();
    let mut fixed = Vec::new();
    let mut identical = 0;
    for (key, want) in &theirs {
        let got = mine.get(key).cloned().unwrap_or_default();
        let same = &got == want;
        identical += same as usize;
        match (same, known.contains(key)) {
            (false, false) => {
                unexpected.push(format!("{key}\n  pandoc:    {want}\n  citecheck: {got}"))
            }
            (true, true) => fixed.push(key.clone()),
            _ => {}
        }
    }
    println!(
        "{style} on {dataset}: {identical} of {} identical to pandoc --citeproc",
        theirs.len()
    );
    assert!(
        unexpected.is_empty(),
        "{style} on {dataset}: {} unlisted differences:\n{}",
        unexpected.len(),
        unexpected.join("\n")
    );
    assert!(fixed.is_empty(), "{style} on {dataset}: listed differences now identical (remove them from known-differences.txt): {fixed:?}");
}

fn sample() -> Vec<Reference> {
    load(&root().join("refs/pakistan-iran-2024.md"), u64::MAX)
        .unwrap()
        .references
}

fn generated() -> Vec<Reference> {
    let (refs, problems) = from_bib(&citecheck::generate::bib(1000));
    assert!(problems.is_empty(), "{problems:?}");
    refs
}

#[test]
fn sample_apa_matches_pandoc() {
    compare("sample", &sample(), "apa");
}

#[test]
fn sample_chicago_matches_pandoc() {
    compare("sample", &sample(), "chicago-author-date");
}

#[test]
fn sample_ieee_matches_pandoc() {
    compare("sample", &sample(), "ieee");
}

#[test]
fn generated_apa_matches_pandoc() {
    compare("generated", &generated(), "apa");
}

#[test]
fn generated_chicago_matches_pandoc() {
    compare("generated", &generated(), "chicago-author-date");
}

#[test]
fn generated_ieee_matches_pandoc() {
    compare("generated", &generated(), "ieee");
}

/// Vancouver is the CSL repository's `nlm-citation-sequence` (hayagriva's bundled `vancouver`
/// carries that id): compared through the same file.
#[test]
fn sample_vancouver_matches_pandoc() {
    compare("sample", &sample(), "nlm-citation-sequence");
}

#[test]
fn generated_vancouver_matches_pandoc() {
    compare("generated", &generated(), "nlm-citation-sequence");
}
