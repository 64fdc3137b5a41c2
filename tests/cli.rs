//! The command line: exit statuses, one-line errors for bad input, config, outputs.

mod common;

use common::*;

const INPUTS: &str = "tests/fixtures/inputs";

fn run(args: &[&str]) -> (i32, String, String) {
    let out = citecheck(args);
    (out.status.code().unwrap_or(-1), stdout(&out), stderr(&out))
}

#[test]
fn exit_status_is_0_when_clean_and_1_on_errors() {
    let (code, out, _) = run(&["check", &format!("{INPUTS}/clean.md")]);
    assert_eq!(code, 0, "{out}");
    assert!(out.ends_with("1 entries, 1 cited (100.0%); 1 citations: 1 matched, 0 ambiguous, 0 unmatched; 0 errors, 0 warnings\n"), "{out}");
    let (code, _, _) = run(&["check", "refs/pakistan-iran-2024.md"]);
    assert_eq!(code, 1);
}

#[test]
fn bad_input_is_one_line_naming_the_file_exit_2() {
    let cases = [
        (
            "empty.md",
            "file is empty; expected a paper or a list of references",
        ),
        ("binary.md", "not a text file (binary data)"),
        (
            "no-references.md",
            "no reference section found; expected a heading such as \"References\"",
        ),
        ("does-not-exist.md", "cannot read"),
    ];
    for (file, message) in cases {
        let path = format!("{INPUTS}/{file}");
        let (code, out, err) = run(&["check", &path]);
        assert_eq!(code, 2, "{file}: {err}");
        assert!(out.is_empty(), "{file}: nothing on stdout");
        assert_eq!(err.lines().count(), 1, "{file}: one line: {err}");
        assert!(
            err.starts_with(&format!("citecheck: {path}: ")),
            "{file}: names the file: {err}"
        );
        assert!(err.contains(message), "{file}: {err}");
        assert!(!err.contains("panicked"), "{file}: {err}");
    }
}

#[test]
fn references_at_points_at_a_list_without_heading() {
    let path = format!("{INPUTS}/no-heading.md");
    let (code, _, err) = run(&["refs", &path, "--format", "json"]);
    assert_eq!(code, 2, "{err}");
    let (code, out, err) = run(&["refs", &path, "--format", "json", "--references-at", "5"]);
    assert_eq!(code, 0, "{err}");
    let report: citecheck::report::RefsReport = serde_json::from_str(&out).unwrap();
    assert_eq!(report.references.len(), 1);
    assert_eq!(report.references[0].key, "smith2020");
    let (code, _, err) = run(&["refs", &path, "--references-at", "99"]);
    assert_eq!(code, 2);
    assert!(
        err.contains("--references-at 99 is past the end of the file (6 lines)"),
        "{err}"
    );
}

#[test]
fn a_typed_list_ending_the_paper_needs_no_heading() {
    let path = format!("{INPUTS}/typed-no-heading.md");
    let (code, out, err) = run(&["check", &path]);
    assert_eq!(code, 0, "{err}");
    assert!(
        out.ends_with("3 entries, 3 cited (100.0%); 3 citations: 3 matched, 0 ambiguous, 0 unmatched; 0 errors, 0 warnings\n"),
        "{out}"
    );
}

#[test]
fn a_numbered_block_after_a_typed_list_is_no_part_of_it() {
    // The author's own publications, numbered under the same heading, end the typed list.
    let path = format!("{INPUTS}/typed-then-publications.md");
    let (code, out, err) = run(&["refs", &path, "--format", "json"]);
    assert_eq!(code, 0, "{err}");
    let report: citecheck::report::RefsReport = serde_json::from_str(&out).unwrap();
    let keys: Vec<&str> = report.references.iter().map(|r| r.key.as_str()).collect();
    assert_eq!(keys, ["abbott2001", "baker2003", "doyle2012"]);
    let (code, out, err) = run(&["check", &path]);
    assert_eq!(code, 0, "{err}");
    assert!(out.contains("3 entries, 3 cited"), "{out}");
}

#[test]
fn windows_1252_is_decoded_with_a_warning() {
    let (code, out, err) = run(&["refs", &format!("{INPUTS}/cp1252.md"), "--format", "json"]);
    assert_eq!(code, 0, "{err}");
    assert!(
        err.contains("warning") && err.contains("Windows-1252"),
        "{err}"
    );
    assert!(
        out.contains("Müller") && out.contains("Café culture"),
        "{out}"
    );
    let (_, out, _) = run(&["check", &format!("{INPUTS}/cp1252.md")]);
    assert!(out.contains("warning[encoding-fallback]"), "{out}");
    assert!(out.contains("1 matched"), "{out}");
}

#[test]
fn usage_errors_exit_2() {
    let (code, _, err) = run(&["check"]);
    assert_eq!(code, 2, "{err}");
    let (code, _, err) = run(&["check", "refs/pakistan-iran-2024.md", "--format", "yaml"]);
    assert_eq!(code, 2, "{err}");
    let (code, _, err) = run(&["explain", "no-such-code"]);
    assert_eq!(code, 2);
    assert!(err.contains("unknown code `no-such-code`"), "{err}");
}

#[test]
fn explain_lists_and_explains_codes() {
    let (code, out, _) = run(&["explain", "--list"]);
    assert_eq!(code, 0);
    for c in citecheck::rules::ALL_CODES {
        assert!(out.contains(c.as_str()), "{c}");
    }
    let (_, out, _) = run(&["explain", "given-name-citation"]);
    assert!(
        out.starts_with("given-name-citation (warning by default)\n"),
        "{out}"
    );
    assert!(out.contains("How to fix"), "{out}");
}

#[test]
fn config_changes_severities_and_rejects_unknown_keys() {
    let dir = tempfile::tempdir().unwrap();
    let paper = dir.path().join("paper.md");
    std::fs::copy(sample(), &paper).unwrap();
    std::fs::write(
        dir.path().join("citecheck.toml"),
        "[severity]\nunmatched-citation = \"warn\"\nuncited-reference = \"allow\"\n",
    )
    .unwrap();
    let (code, out, err) = run(&["check", &path_str(&paper), "--format", "json"]);
    assert_eq!(
        code, 0,
        "no errors left after the config demotes them: {err}"
    );
    let report: citecheck::report::Report = serde_json::from_str(&out).unwrap();
    assert!(report
        .diagnostics
        .iter()
        .all(|d| d.code != citecheck::rules::Code::UncitedReference));
    assert_eq!(report.summary.errors, 0);
    std::fs::write(
        dir.path().join("citecheck.toml"),
        "[severity]\nunmatched-citation = \"warn\"\n\n[alias]\nWHO = \"x\"\n",
    )
    .unwrap();
    let (code, _, err) = run(&["check", &path_str(&paper)]);
    assert_eq!(code, 2);
    assert!(
        err.contains("citecheck.toml:4: unknown field `alias`"),
        "{err}"
    );
}

#[test]
fn output_is_written_whole_and_never_over_an_input() {
    let dir = tempfile::tempdir().unwrap();
    let paper = dir.path().join("paper.md");
    std::fs::copy(sample(), &paper).unwrap();
    let before = std::fs::read(&paper).unwrap();
    let (code, _, err) = run(&[
        "refs",
        &path_str(&paper),
        "--format",
        "bib",
        "-o",
        &path_str(&paper),
    ]);
    assert_eq!(code, 2);
    assert!(
        err.contains("refusing to write the output over an input file"),
        "{err}"
    );
    assert_eq!(
        std::fs::read(&paper).unwrap(),
        before,
        "the input is untouched"
    );
    let out = dir.path().join("refs.bib");
    let (code, _, _) = run(&[
        "refs",
        &path_str(&paper),
        "--format",
        "bib",
        "-o",
        &path_str(&out),
    ]);
    assert_eq!(code, 0);
    assert!(std::fs::read_to_string(&out)
        .unwrap()
        .starts_with("@misc{daily2024,"));
    let leftovers: Vec<_> = std::fs::read_dir(dir.path())
        .unwrap()
        .flatten()
        .filter(|e| e.file_name().to_string_lossy().ends_with(".tmp"))
        .collect();
    assert!(leftovers.is_empty(), "no temporary files left");
    let (code, _, err) = run(&["refs", &path_str(&paper), "-o", "/nonexistent-dir/x.json"]);
    assert_eq!(code, 2);
    assert!(
        err.contains("/nonexistent-dir/x.json: cannot write output"),
        "{err}"
    );
}

#[test]
fn parse_reads_one_reference_per_line_from_stdin() {
    use std::io::Write;
    let mut child = std::process::Command::new(env!("CARGO_BIN_EXE_citecheck"))
        .args(["parse", "-", "--format", "json"])
        .stdin(std::process::Stdio::piped())
        .stdout(std::process::Stdio::piped())
        .spawn()
        .unwrap();
    child.stdin.take().unwrap().write_all(b"Chen, L., & Okafor, N. (2020). Homework time. Journal of Tests, 4(2), 5-6.\n\nNovak, J. (2019). Sleep. Press.\n").unwrap();
    let out = child.wait_with_output().unwrap();
    let report: citecheck::report::RefsReport = serde_json::from_slice(&out.stdout).unwrap();
    let keys: Vec<&str> = report.references.iter().map(|r| r.key.as_str()).collect();
    assert_eq!(keys, ["chen2020", "novak2019"]);
    assert_eq!(report.references[1].line, 3);
}

#[test]
fn coverage_formats() {
    let (code, out, _) = run(&["coverage", "refs/pakistan-iran-2024.md", "--format", "csv"]);
    assert_eq!(code, 0);
    assert_snapshot("sample-coverage.csv", &out);
    let (_, out, _) = run(&[
        "coverage",
        "refs/pakistan-iran-2024.md",
        "--format",
        "markdown",
    ]);
    assert_snapshot("sample-coverage.md", &out);
    let (_, out, _) = run(&["coverage", "refs/pakistan-iran-2024.md", "--format", "json"]);
    let v: serde_json::Value = serde_json::from_str(&out).unwrap();
    assert_eq!(v["version"], 1);
    assert_eq!(v["coverage"].as_array().unwrap().len(), 32);
    assert_eq!(v["summary"]["entries_cited"], 14);
}

#[test]
fn colour_only_when_asked() {
    let (_, out, _) = run(&["check", "refs/pakistan-iran-2024.md"]);
    assert!(!out.contains('\x1b'));
    let (_, out, _) = run(&["check", "refs/pakistan-iran-2024.md", "--color", "always"]);
    assert!(out.contains("\x1b[1;31m"));
}

/// The kind of an input comes from its content first: a `.bib` file checked is linted (the
/// same report as `lint`), whatever it is called, and a `.bib` file given a paper's name is
/// still read as a `.bib` file by `export`.
#[test]
fn a_bib_file_is_known_by_its_content() {
    let bib = "tests/fixtures/bib/problems.bib";
    let (code, linted, _) = run(&["lint", bib, "--format", "json"]);
    let (check_code, checked, _) = run(&["check", bib, "--format", "json"]);
    assert_eq!((check_code, code), (1, 1));
    assert_eq!(checked, linted);
    let dir = tempfile::tempdir().unwrap();
    let disguised = dir.path().join("refs.txt");
    std::fs::copy("tests/fixtures/bib/clean.bib", &disguised).unwrap();
    let (code, out, err) = run(&["export", &path_str(&disguised), "--to", "csl-json"]);
    assert_eq!(code, 0, "{err}");
    let (_, direct, _) = run(&["export", "tests/fixtures/bib/clean.bib", "--to", "csl-json"]);
    assert_eq!(out, direct);
    // `fix` rewrites papers with their own list only: a LaTeX paper is refused in one line.
    let (code, _, err) = run(&[
        "fix",
        "tests/fixtures/latex/natbib/paper.tex",
        "-o",
        &path_str(&dir.path().join("out.tex")),
    ]);
    assert_eq!(code, 2);
    assert_eq!(err.lines().count(), 1, "{err}");
    assert!(err.contains("cites by key"), "{err}");
}
