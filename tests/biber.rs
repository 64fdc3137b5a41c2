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

#[test]
fn biber_validates_the_sample_export() {
    assert!(
        biber_available(),
        "biber is not installed: install the Debian package `biber` (.ci/run does)"
    );
    let dir = tempfile::tempdir().unwrap();
    let bib = export_sample(dir.path());
    let out = Command::new("biber")
        .args(["--tool", "--validate-datamodel", "--output-file"])
        .arg(dir.path().join("out.bib"))
        .arg(&bib)
        .output()
        .unwrap();
    let log =
        String::from_utf8_lossy(&out.stdout).into_owned() + &String::from_utf8_lossy(&out.stderr);
    assert!(out.status.success(), "biber failed:\n{log}");
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
