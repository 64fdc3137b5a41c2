//! The bundled sample paper, end to end: the bars of the reference-list and check issues.

mod common;

use citecheck::link::Status;
use citecheck::report::{RefsReport, Report};
use citecheck::rules::Code;
use common::*;

fn check_json() -> Report {
    let out = citecheck(&["check", "refs/pakistan-iran-2024.md", "--format", "json"]);
    assert_eq!(
        out.status.code(),
        Some(1),
        "errors found → exit 1; stderr: {}",
        stderr(&out)
    );
    serde_json::from_str(&stdout(&out)).expect("check JSON deserialises into the Report contract")
}

#[test]
fn refs_finds_exactly_32_entries_with_authors_dates_titles() {
    let out = citecheck(&["refs", "refs/pakistan-iran-2024.md", "--format", "json"]);
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    let report: RefsReport = serde_json::from_str(&stdout(&out)).unwrap();
    assert_eq!(report.version, 1);
    assert_eq!(report.references.len(), 32);
    let untitled: Vec<&str> = report
        .references
        .iter()
        .filter(|r| r.title.is_none())
        .map(|r| r.key.as_str())
        .collect();
    assert_eq!(untitled, ["dawn2024a", "dawn2024b"]);
    for r in &report.references {
        assert!(!r.authors.is_empty(), "{} has authors", r.key);
        assert!(r.date.is_some(), "{} has a date", r.key);
    }
    let lines: Vec<usize> = report.references.iter().map(|r| r.line).collect();
    assert_eq!(
        lines,
        [
            172, 174, 176, 178, 180, 182, 184, 186, 188, 190, 192, 194, 196, 198, 204, 206, 208,
            210, 212, 212, 214, 216, 218, 220, 222, 224, 226, 228, 230, 232, 234, 236
        ]
    );
}

#[test]
fn check_finds_all_32_citations_and_links_each_right() {
    let report = check_json();
    let got: Vec<(usize, &str, Status, Vec<&str>)> = report
        .citations
        .iter()
        .map(|c| {
            (
                c.line,
                c.text.as_str(),
                c.status,
                c.keys.iter().map(String::as_str).collect(),
            )
        })
        .collect();
    use Status::*;
    let dawn_18 = vec!["dawn2024c", "dawn2024d"];
    let dawn_all = vec!["dawn2024a", "dawn2024b", "dawn2024c", "dawn2024d"];
    let indian = vec!["indian2024a", "indian2024b", "indian2024c"];
    let expected: Vec<(usize, &str, Status, Vec<&str>)> = vec![
        (42, "Chaudhry, 2024", Matched, vec!["chaudhry2024"]),
        (58, "Paul, 2024", Matched, vec!["adams2024"]),
        (58, "Dawn, Jan 18, 2024", Ambiguous, dawn_18.clone()),
        (60, "Dawn, Jan 18, 2024", Ambiguous, dawn_18.clone()),
        (64, "Asfandyar, 2024", Matched, vec!["mir2024"]),
        (64, "Dawn, Jan 18, 2024", Ambiguous, dawn_18.clone()),
        (64, "Dawn, Jan 17, 2024", Unmatched, vec![]),
        (66, "Dawn 18 January 2024", Ambiguous, dawn_18.clone()),
        (70, "Abdullah, 2024", Matched, vec!["momand2024"]),
        (70, "Dawn, 2024", Ambiguous, dawn_all.clone()),
        (72, "Khalid, 2024", Matched, vec!["khalid2024"]),
        (72, "Nathan, 2024", Matched, vec!["rennolds2024"]),
        (74, "The Nation, 19 Jan 2024", Unmatched, vec![]),
        (
            78,
            "Ministry of Foreign Affairs, 2024",
            Matched,
            vec!["ministry2024"],
        ),
        (80, "Mao, 2024", Matched, vec!["mao2024"]),
        (88, "Dawn January 22, 2024", Unmatched, vec![]),
        (90, "Kalbe, 2024", Matched, vec!["ali2024"]),
        (96, "Dawi, 2024", Matched, vec!["dawi2024"]),
        (102, "Syed, 2024", Matched, vec!["fazlehaider2024"]),
        (102, "Alarabia News, 2024", Matched, vec!["alarabia2024"]),
        (104, "Asfandyar, 2024", Matched, vec!["mir2024"]),
        (106, "The Indian Express, 2024", Ambiguous, indian.clone()),
        (108, "The Indian Express, 2024", Ambiguous, indian.clone()),
        (
            114,
            "AlJazeera, Jan 24, 2024",
            Matched,
            vec!["aljazeera2024b"],
        ),
        (124, "Dawn, 2024", Ambiguous, dawn_all.clone()),
        (130, "Business Recorder Jan 19, 2024", Unmatched, vec![]),
        (130, "Dawn, 2024", Ambiguous, dawn_all.clone()),
        (140, "Dawn, 2024", Ambiguous, dawn_all.clone()),
        (142, "Daily Times, 2024", Matched, vec!["daily2024"]),
        (146, "Dawn. January 30, 2024", Unmatched, vec![]),
        (148, "Dawn. January 30, 2024", Unmatched, vec![]),
        (158, "Dawn 19 Jan 2024", Unmatched, vec![]),
    ];
    assert_eq!(got, expected);
}

#[test]
fn check_flags_given_names_uncited_and_the_rest() {
    let report = check_json();
    let lines_of = |code: Code| -> Vec<usize> {
        report
            .diagnostics
            .iter()
            .filter(|d| d.code == code)
            .map(|d| d.line)
            .collect()
    };
    assert_eq!(
        lines_of(Code::GivenNameCitation),
        [58, 64, 70, 72, 90, 102, 104]
    );
    let uncited: Vec<&str> = report
        .diagnostics
        .iter()
        .filter(|d| d.code == Code::UncitedReference)
        .map(|d| d.keys[0].as_str())
        .collect();
    assert_eq!(
        uncited,
        [
            "aljazeera2024a",
            "cafiero2024",
            "shahzad2024",
            "economic2024a",
            "shannon2024",
            "economic2024b",
            "ahmed2023",
            "khan2020",
            "vatanka2017",
            "pattanayak2011",
            "dashti2017"
        ]
    );
    assert_eq!(lines_of(Code::IncompleteReference), [182, 184]);
    assert_eq!(lines_of(Code::EtAlMismatch), [80]);
    assert_eq!(lines_of(Code::InconsistentName), [178]);
    assert_eq!(lines_of(Code::UnmatchedCitation).len(), 7);
    let jan17 = report
        .diagnostics
        .iter()
        .find(|d| d.code == Code::UnmatchedCitation && d.line == 64)
        .unwrap();
    assert!(
        jan17
            .message
            .contains("but Momand (2024) appeared in Dawn that day"),
        "{}",
        jan17.message
    );
    assert_eq!(report.summary.citations, 32);
    assert_eq!(
        (
            report.summary.matched,
            report.summary.ambiguous,
            report.summary.unmatched
        ),
        (15, 10, 7)
    );
}

#[test]
fn text_report_snapshot() {
    let out = citecheck(&["check", "refs/pakistan-iran-2024.md"]);
    assert_snapshot("sample-check.txt", &stdout(&out));
}

#[test]
fn refs_table_and_bib_snapshots() {
    assert_snapshot(
        "sample-refs-table.txt",
        &stdout(&citecheck(&[
            "refs",
            "refs/pakistan-iran-2024.md",
            "--format",
            "table",
        ])),
    );
    assert_snapshot(
        "sample-refs.bib",
        &stdout(&citecheck(&[
            "refs",
            "refs/pakistan-iran-2024.md",
            "--format",
            "bib",
        ])),
    );
}
