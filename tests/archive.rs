//! Whole archives: folders, globs and file lists checked in parallel, one JSON report per line,
//! a failure in one document reported and the run going on, and a sharded run that gives the
//! same reports as one run.

mod common;

use citecheck::generate::{paper, GenStyle};
use std::path::Path;
use std::process::Command;

fn make_archive(dir: &Path, n: usize) {
    for i in 0..n {
        let style = GenStyle::ALL[i % GenStyle::ALL.len()];
        let sub = dir.join(format!("vol{}", i % 3));
        std::fs::create_dir_all(&sub).unwrap();
        std::fs::write(
            sub.join(format!("paper{i:03}.md")),
            paper(i as u64, style, 12, 30),
        )
        .unwrap();
    }
}

fn citecheck_in(dir: &Path, args: &[&str]) -> std::process::Output {
    Command::new(env!("CARGO_BIN_EXE_citecheck"))
        .args(args)
        .current_dir(dir)
        .env("NO_COLOR", "1")
        .output()
        .unwrap()
}

fn jsonl_files(out: &[u8]) -> Vec<(String, bool)> {
    String::from_utf8_lossy(out)
        .lines()
        .map(|l| {
            let v: serde_json::Value = serde_json::from_str(l).expect("each line is JSON");
            (
                v["file"].as_str().unwrap().to_string(),
                v.get("error").is_some(),
            )
        })
        .collect()
}

#[test]
fn folders_are_checked_in_parallel_in_input_order() {
    let dir = tempfile::tempdir().unwrap();
    make_archive(dir.path(), 20);
    std::fs::write(
        dir.path().join("vol1/broken.md"),
        "No list here (Smith, 2020).\n",
    )
    .unwrap();
    let out = citecheck_in(
        dir.path(),
        &["check", ".", "--jobs", "2", "--format", "jsonl"],
    );
    assert_eq!(
        out.status.code(),
        Some(2),
        "one document failed, so the run says so"
    );
    let files = jsonl_files(&out.stdout);
    assert_eq!(files.len(), 21);
    let mut sorted = files.clone();
    sorted.sort();
    assert_eq!(
        files, sorted,
        "reports come in path order whatever the threads do"
    );
    assert_eq!(
        files
            .iter()
            .filter(|(_, failed)| *failed)
            .map(|(f, _)| f.as_str())
            .collect::<Vec<_>>(),
        ["./vol1/broken.md"]
    );
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(
        stderr.contains("./vol1/broken.md: no reference section found"),
        "{stderr}"
    );
    for line in String::from_utf8_lossy(&out.stdout)
        .lines()
        .filter(|l| !l.contains("\"error\""))
    {
        let report: citecheck::report::Report = serde_json::from_str(line).unwrap();
        assert_eq!(report.version, 1);
        assert_eq!(report.summary.citations, 30, "{}", report.file);
    }
}

#[test]
fn text_output_ends_with_one_summary_table() {
    let dir = tempfile::tempdir().unwrap();
    make_archive(dir.path(), 3);
    let out = citecheck_in(
        dir.path(),
        &["check", "vol0", "vol1", "vol2", "--jobs", "2"],
    );
    let text = String::from_utf8_lossy(&out.stdout);
    let table_start = text.find("┌").expect("a summary table");
    common::assert_snapshot("archive-summary.txt", &text[table_start..]);
}

#[test]
fn globs_and_file_lists() {
    let dir = tempfile::tempdir().unwrap();
    make_archive(dir.path(), 6);
    let out = citecheck_in(dir.path(), &["check", "vol1/*.md", "--format", "jsonl"]);
    assert_eq!(
        jsonl_files(&out.stdout)
            .iter()
            .map(|(f, _)| f.as_str())
            .collect::<Vec<_>>(),
        ["vol1/paper001.md", "vol1/paper004.md"]
    );
    std::fs::write(
        dir.path().join("list.txt"),
        "# two papers\nvol0/paper000.md\n\nvol2/paper005.md\n",
    )
    .unwrap();
    let out = citecheck_in(
        dir.path(),
        &["check", "--files-from", "list.txt", "--format", "jsonl"],
    );
    assert_eq!(
        jsonl_files(&out.stdout)
            .iter()
            .map(|(f, _)| f.as_str())
            .collect::<Vec<_>>(),
        ["vol0/paper000.md", "vol2/paper005.md"]
    );
}

#[test]
fn a_sharded_run_gives_the_same_reports_as_one_run() {
    let dir = tempfile::tempdir().unwrap();
    make_archive(dir.path(), 10);
    let one = citecheck_in(dir.path(), &["check", ".", "--format", "jsonl"]);
    let script = common::root().join("scripts/shard-example.sh");
    let status = Command::new("bash")
        .arg(script)
        .args([".", "3", "sharded.jsonl"])
        .current_dir(dir.path())
        .env("CITECHECK", env!("CARGO_BIN_EXE_citecheck"))
        .status()
        .unwrap();
    assert!(status.success());
    let sharded = std::fs::read_to_string(dir.path().join("sharded.jsonl")).unwrap();
    let one = String::from_utf8_lossy(&one.stdout).into_owned();
    let mut a: Vec<&str> = one.lines().collect();
    let mut b: Vec<&str> = sharded.lines().collect();
    a.sort();
    b.sort();
    assert_eq!(a.len(), 10);
    assert_eq!(a, b);
}

/// A folder may mix Word, OpenDocument and Markdown papers: each is taken by its ending and
/// read by its own reader, and a broken `.odt` is reported while the others are checked.
#[test]
fn folders_mix_word_opendocument_and_text() {
    let dir = tempfile::tempdir().unwrap();
    let fixtures = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures");
    std::fs::copy(
        fixtures.join("docx/features.docx"),
        dir.path().join("a.docx"),
    )
    .unwrap();
    std::fs::copy(fixtures.join("odt/features.odt"), dir.path().join("b.odt")).unwrap();
    std::fs::copy(
        fixtures.join("papers/apa/paper.md"),
        dir.path().join("c.md"),
    )
    .unwrap();
    std::fs::write(dir.path().join("d.odt"), b"PK\x03\x04 not really a zip").unwrap();
    let out = citecheck_in(dir.path(), &["check", ".", "--format", "jsonl"]);
    assert_eq!(out.status.code(), Some(2), "one document failed");
    assert_eq!(
        jsonl_files(&out.stdout),
        [
            ("./a.docx".to_string(), false),
            ("./b.odt".to_string(), false),
            ("./c.md".to_string(), false),
            ("./d.odt".to_string(), true)
        ]
    );
    let reports: Vec<citecheck::report::Report> = String::from_utf8_lossy(&out.stdout)
        .lines()
        .take(2)
        .map(|l| serde_json::from_str(l).unwrap())
        .collect();
    assert_eq!(reports[0].summary, reports[1].summary);
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(
        stderr.contains("./d.odt: not a readable OpenDocument file"),
        "{stderr}"
    );
}
