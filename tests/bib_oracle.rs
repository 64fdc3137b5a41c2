//! biber and Pandoc as the oracles of the `.bib` rules that stand for their complaints: on
//! each rule's `fires.bib`, biber logs the level citecheck gives the code (ERROR for an
//! error, WARN for a warning) or Pandoc refuses the file; on `clean.bib`, neither complains.

mod common;

use common::*;
use std::path::Path;
use std::process::Command;

/// (code, what stands for the complaint: biber's level or Pandoc's refusal).
const CASES: &[(&str, Oracle)] = &[
    ("malformed-name", Oracle::Biber("ERROR")),
    ("invalid-field-name", Oracle::Biber("WARN")),
    ("invalid-field-name", Oracle::Pandoc),
    ("invalid-key", Oracle::Pandoc),
    ("invalid-date", Oracle::Biber("WARN")),
];

#[derive(Clone, Copy, Debug)]
enum Oracle {
    /// biber logs a line at this level.
    Biber(&'static str),
    /// `pandoc --citeproc` refuses the file.
    Pandoc,
}

/// biber's ERROR and WARN lines for `bib`, its data model checked.
fn biber_log(bib: &Path, out: &Path) -> Vec<String> {
    let run = Command::new("biber")
        .args(["--tool", "--validate-datamodel", "--output-file"])
        .arg(out)
        .arg(bib)
        .output()
        .expect("biber is not installed: install the Debian package `biber` (.ci/run does)");
    let log =
        String::from_utf8_lossy(&run.stdout).into_owned() + &String::from_utf8_lossy(&run.stderr);
    log.lines()
        .filter(|l| l.starts_with("ERROR") || l.starts_with("WARN"))
        .map(str::to_string)
        .collect()
}

fn pandoc_reads(bib: &Path, dir: &Path) -> bool {
    let md = dir.join("paper.md");
    let bib_name = path_str(bib);
    std::fs::write(
        &md,
        format!("---\nbibliography: '{bib_name}'\n---\n\nText.\n"),
    )
    .unwrap();
    let run = Command::new("pandoc")
        .args(["--citeproc", "-t", "plain"])
        .arg(&md)
        .output()
        .expect("pandoc is not installed: install the Debian package `pandoc` (.ci/run does)");
    run.status.success()
}

#[test]
fn biber_and_pandoc_complain_exactly_where_the_rules_fire() {
    let dir = tempfile::tempdir().unwrap();
    let mut problems = Vec::new();
    for &(code, oracle) in CASES {
        for fixture in ["fires", "clean"] {
            // A copy in the temporary folder: biber writes its log beside the file.
            let bib = dir.path().join(format!("{fixture}.bib"));
            std::fs::copy(
                root().join(format!("tests/fixtures/rules/{code}/{fixture}.bib")),
                &bib,
            )
            .unwrap();
            let complains = match oracle {
                Oracle::Biber(level) => {
                    let log = biber_log(&bib, &dir.path().join("out.bib"));
                    let mine = log.iter().any(|l| l.starts_with(level));
                    if fixture == "clean" && !log.is_empty() {
                        problems.push(format!("{code}/clean.bib: biber says {log:?}"));
                    }
                    mine
                }
                Oracle::Pandoc => !pandoc_reads(&bib, dir.path()),
            };
            if complains != (fixture == "fires") {
                problems.push(format!(
                    "{code}/{fixture}.bib: {oracle:?} {} complain",
                    if complains { "does" } else { "does not" }
                ));
            }
        }
        // citecheck's level for the code is the oracle's.
        let report = report_of(
            &["lint", &format!("tests/fixtures/rules/{code}/fires.bib")],
            i32::from(matches!(oracle, Oracle::Biber("ERROR"))),
        );
        let level = report
            .diagnostics
            .iter()
            .find(|d| d.code.as_str() == code)
            .map(|d| d.severity.as_str());
        let want = match oracle {
            Oracle::Biber("ERROR") => "error",
            _ => "warning",
        };
        if level != Some(want) {
            problems.push(format!("{code}: level {level:?}, expected {want}"));
        }
    }
    assert!(problems.is_empty(), "{}", problems.join("\n"));
}

#[test]
fn an_at_word_without_a_body_stops_biber_and_pandoc_and_is_a_bib_syntax_error() {
    let dir = tempfile::tempdir().unwrap();
    let entry = "@book{taylor2023, author = {Taylor, Ann}, title = {Notes}, publisher = {P}, year = {2023}}\n";
    let bib = dir.path().join("refs.bib");
    for (text, broken) in [
        (format!("@Comment [@taylor2023]\n{entry}"), true),
        (format!("@Comment{{[@taylor2023]}}\n{entry}"), false),
    ] {
        std::fs::write(&bib, &text).unwrap();
        let log = biber_log(&bib, &dir.path().join("out.bib"));
        assert_eq!(
            log.iter().any(|l| l.starts_with("ERROR")),
            broken,
            "{text}: {log:?}"
        );
        assert_eq!(pandoc_reads(&bib, dir.path()), !broken, "{text}");
        let report = report_of(&["lint", &path_str(&bib)], i32::from(broken));
        let codes: Vec<&str> = report.diagnostics.iter().map(|d| d.code.as_str()).collect();
        assert_eq!(
            codes,
            if broken { vec!["bib-syntax"] } else { vec![] },
            "{text}"
        );
    }
}
