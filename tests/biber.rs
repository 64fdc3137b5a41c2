//! The `.bib` export checked by the real biber, and read back by the `biblatex` crate.

mod common;

use citecheck::reference::Name;
use citecheck::report::RefsReport;
use common::*;
use std::process::Command;

fn biber_available() -> bool {
    Command::new("biber")
        .arg("--version")
        .output()
        .is_ok_and(|o| o.status.success())
}

fn export_sample(dir: &std::path::Path) -> std::path::PathBuf {
    let bib = dir.join("sample.bib");
    let out = citecheck(&[
        "refs",
        "refs/pakistan-iran-2024.md",
        "--format",
        "bib",
        "-o",
        &path_str(&bib),
    ]);
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    bib
}

/// biber's log of its data-model check of `bib` (its output written into `dir`); biber must
/// succeed.
fn biber_validate(bib: &std::path::Path, dir: &std::path::Path) -> String {
    let out = Command::new("biber")
        .args(["--tool", "--validate-datamodel", "--output-file"])
        .arg(dir.join("out.bib"))
        .arg(bib)
        .output()
        .unwrap();
    let log =
        String::from_utf8_lossy(&out.stdout).into_owned() + &String::from_utf8_lossy(&out.stderr);
    assert!(out.status.success(), "biber failed:\n{log}");
    log
}

#[test]
fn biber_validates_the_sample_export() {
    assert!(
        biber_available(),
        "biber is not installed: install the Debian package `biber` (.ci/run does)"
    );
    let dir = tempfile::tempdir().unwrap();
    let bib = export_sample(dir.path());
    let log = biber_validate(&bib, dir.path());
    assert!(!log.contains("ERROR"), "biber reported errors:\n{log}");
    // The only data-model complaints allowed are the titles missing from the two entries
    // that `check` flags as incomplete: the paper's own fault, not the export's.
    let path = path_str(&bib);
    let warnings: Vec<String> = log
        .lines()
        .filter(|l| l.starts_with("WARN"))
        .map(|l| l.replace(&path, "sample.bib"))
        .collect();
    assert_eq!(
        warnings,
        [
            "WARN - Datamodel: Entry 'dawn2024a' (sample.bib): Missing mandatory field 'title'",
            "WARN - Datamodel: Entry 'dawn2024b' (sample.bib): Missing mandatory field 'title'",
        ],
        "{log}"
    );
}

/// Theses and reports in several styles: biber's data model wants a thesis's or report's
/// `type` and no report `volume`; the export gives the one and moves the other to `number`.
#[test]
fn biber_validates_theses_and_reports() {
    assert!(
        biber_available(),
        "biber is not installed: install the Debian package `biber` (.ci/run does)"
    );
    let dir = tempfile::tempdir().unwrap();
    let bib = dir.path().join("theses.bib");
    let out = citecheck(&[
        "parse",
        "tests/fixtures/inputs/theses-and-reports.txt",
        "--format",
        "bib",
        "-o",
        &path_str(&bib),
    ]);
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    let text = std::fs::read_to_string(&bib).unwrap();
    for want in [
        "type = {phdthesis}",
        "type = {mathesis}",
        "type = {techreport}",
        "type = {Working paper}",
        "number = {15150}",
    ] {
        assert!(text.contains(want), "{want} in\n{text}");
    }
    let log = biber_validate(&bib, dir.path());
    let complaints: Vec<&str> = log
        .lines()
        .filter(|l| l.starts_with("WARN") || l.starts_with("ERROR"))
        .collect();
    assert!(complaints.is_empty(), "{log}");
}

#[test]
fn export_reads_back_as_the_same_entries() {
    let dir = tempfile::tempdir().unwrap();
    let bib = export_sample(dir.path());
    let text = std::fs::read_to_string(bib).unwrap();
    let parsed = biblatex::Bibliography::parse(&text).expect("the export parses");
    let json = stdout(&citecheck(&[
        "refs",
        "refs/pakistan-iran-2024.md",
        "--format",
        "json",
    ]));
    let report: RefsReport = serde_json::from_str(&json).unwrap();
    assert_eq!(parsed.len(), report.references.len());
    for r in &report.references {
        let e = parsed
            .get(&r.key)
            .unwrap_or_else(|| panic!("{} in the export", r.key));
        assert_eq!(e.entry_type.to_string(), r.entry_type.as_str(), "{}", r.key);
        let families: Vec<String> = e
            .author()
            .unwrap_or_default()
            .iter()
            .map(|p| p.name.clone())
            .collect();
        let expected: Vec<String> = r
            .authors
            .iter()
            .map(|n| match n {
                Name::Person { family, .. } => family.to_string(),
                Name::Literal { literal } => literal.to_string(),
            })
            .collect();
        assert_eq!(families, expected, "{}", r.key);
        assert_eq!(
            e.get_as::<String>("date").ok(),
            r.date.map(|d| d.to_string()),
            "{}",
            r.key
        );
        assert_eq!(e.get_as::<String>("title").ok(), r.title, "{}", r.key);
        assert_eq!(e.get_as::<String>("url").ok(), r.url, "{}", r.key);
    }
}
