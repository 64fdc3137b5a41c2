//! Helpers shared by the integration tests: run the binary, compare with snapshots.
#![allow(dead_code)]

pub mod expected;

use std::path::{Path, PathBuf};
use std::process::{Command, Output};

pub fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

pub fn sample() -> PathBuf {
    root().join("refs/pakistan-iran-2024.md")
}

/// Run citecheck with arguments, from the crate root, without colour.
pub fn citecheck(args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_citecheck"))
        .args(args)
        .current_dir(root())
        .env("NO_COLOR", "1")
        .output()
        .expect("the citecheck binary runs")
}

pub fn stdout(output: &Output) -> String {
    String::from_utf8_lossy(&output.stdout).into_owned()
}

pub fn stderr(output: &Output) -> String {
    String::from_utf8_lossy(&output.stderr).into_owned()
}

/// Compare `actual` with the snapshot file; `UPDATE_SNAPSHOTS=1` rewrites it instead.
pub fn assert_snapshot(name: &str, actual: &str) {
    let path = root().join("tests/snapshots").join(name);
    if std::env::var_os("UPDATE_SNAPSHOTS").is_some() {
        std::fs::write(&path, actual).expect("snapshot written");
        return;
    }
    let expected = std::fs::read_to_string(&path).unwrap_or_else(|_| {
        panic!(
            "missing snapshot {}; run with UPDATE_SNAPSHOTS=1",
            path.display()
        )
    });
    if expected != actual {
        let diff: Vec<String> = expected
            .lines()
            .zip(actual.lines())
            .enumerate()
            .filter(|(_, (e, a))| e != a)
            .take(5)
            .map(|(i, (e, a))| format!("line {}:\n  expected: {e}\n  actual:   {a}", i + 1))
            .collect();
        panic!(
            "snapshot {} differs ({} vs {} lines); first differences:\n{}\nrun with UPDATE_SNAPSHOTS=1 to accept",
            path.display(),
            expected.lines().count(),
            actual.lines().count(),
            diff.join("\n")
        );
    }
}

pub fn path_str(p: &Path) -> String {
    p.display().to_string()
}

/// One citation of a keys report: (file it is in, if not the paper; line; key as written;
/// status; matched keys; narrative; prefix; locator).
pub type KeyCitation<'a> = (
    Option<&'a str>,
    usize,
    &'a str,
    citecheck::link::Status,
    &'a [&'a str],
    bool,
    Option<&'a str>,
    Option<&'a str>,
);

/// Run `citecheck ARGS --format json`, check the exit code, deserialise the report.
pub fn report_of(args: &[&str], exit: i32) -> citecheck::report::Report {
    let mut all = args.to_vec();
    all.extend(["--format", "json"]);
    let out = citecheck(&all);
    assert_eq!(
        out.status.code(),
        Some(exit),
        "exit code of {args:?}; stderr: {}",
        stderr(&out)
    );
    serde_json::from_str(&stdout(&out)).expect("the JSON deserialises into the Report contract")
}

fn file_name(path: &str) -> &str {
    path.rsplit('/').next().unwrap_or(path)
}

/// The report's citations, compared whole with `expected`.
pub fn assert_citations(report: &citecheck::report::Report, expected: &[KeyCitation]) {
    type Owned = (
        Option<String>,
        usize,
        String,
        citecheck::link::Status,
        Vec<String>,
        bool,
        Option<String>,
        Option<String>,
    );
    let got: Vec<Owned> = report
        .citations
        .iter()
        .map(|c| {
            (
                c.file.as_deref().map(|f| file_name(f).to_string()),
                c.line,
                c.text.clone(),
                c.status,
                c.keys.clone(),
                c.narrative,
                c.prefix.clone(),
                c.locator.clone(),
            )
        })
        .collect();
    let expected: Vec<Owned> = expected
        .iter()
        .map(|(f, l, t, s, k, n, p, loc)| {
            (
                f.map(String::from),
                *l,
                t.to_string(),
                *s,
                k.iter().map(|k| k.to_string()).collect(),
                *n,
                p.map(String::from),
                loc.map(String::from),
            )
        })
        .collect();
    assert_eq!(got, expected);
}

/// The report's entries as (key, .bib file name, line in it).
pub fn assert_references(report: &citecheck::report::Report, expected: &[(&str, &str, usize)]) {
    let got: Vec<(&str, &str, usize)> = report
        .references
        .iter()
        .map(|r| {
            (
                r.reference.key.as_str(),
                r.bib_file.as_deref().map_or("", file_name),
                r.reference.line,
            )
        })
        .collect();
    assert_eq!(got, expected);
}

/// The report's diagnostics as (code, file name, line, keys).
pub fn assert_diagnostics(
    report: &citecheck::report::Report,
    expected: &[(&str, &str, usize, &[&str])],
) {
    let got: Vec<(&str, &str, usize, Vec<&str>)> = report
        .diagnostics
        .iter()
        .map(|d| {
            (
                d.code.as_str(),
                file_name(&d.file),
                d.line,
                d.keys.iter().map(String::as_str).collect(),
            )
        })
        .collect();
    let expected: Vec<(&str, &str, usize, Vec<&str>)> = expected
        .iter()
        .map(|(c, f, l, k)| (*c, *f, *l, k.to_vec()))
        .collect();
    assert_eq!(got, expected);
}
