//! Every diagnostic code on fixtures of its own: `tests/fixtures/rules/<code>/fires.*` must
//! report exactly what [`FIRES`] lists for it (code, line and keys of every diagnostic, in
//! report order) and `clean.*`, the same text put right, nothing at all. A code that
//! `citecheck explain --list` prints without a fixture pair or a row in [`FIRES`] fails.
//!
//! A `.bib` fixture runs through `citecheck lint`, any other through `citecheck check` (a
//! `.docx` one is made by `scripts/make_docx_fixtures.py`).

mod common;

use citecheck::report::Report;
use citecheck::rules::{Code, Severity, ALL_CODES};
use common::*;
use std::path::{Path, PathBuf};

const DIR: &str = "tests/fixtures/rules";

/// One diagnostic: its code, line and keys.
type Diag = (&'static str, usize, &'static [&'static str]);

/// The same, as read from a report.
type Found = (String, usize, Vec<String>);

/// Code → what its `fires.*` reports, whole. A second code is listed where the first brings it
/// about (an undefined `@string` or parent leaves required fields empty).
const FIRES: &[(&str, &[Diag])] = &[
    ("unmatched-citation", &[("unmatched-citation", 5, &[])]),
    (
        "ambiguous-citation",
        &[("ambiguous-citation", 3, &["brandt2021a", "brandt2021b"])],
    ),
    (
        "uncited-reference",
        &[("uncited-reference", 8, &["bray2009"])],
    ),
    (
        "given-name-citation",
        &[("given-name-citation", 4, &["mir2024"])],
    ),
    (
        "et-al-mismatch",
        &[
            ("et-al-mismatch", 3, &["mao2024"]),
            ("et-al-mismatch", 4, &["novak2019"]),
        ],
    ),
    (
        "incomplete-reference",
        &[("incomplete-reference", 8, &["dawn2024"])],
    ),
    (
        "duplicate-reference",
        &[("duplicate-reference", 10, &["brandt2021a", "brandt2021b"])],
    ),
    (
        "inconsistent-name",
        &[(
            "inconsistent-name",
            10,
            &["aljazeera2024a", "aljazeera2024b"],
        )],
    ),
    (
        "unsorted-references",
        &[("unsorted-references", 10, &["haddad2020"])],
    ),
    (
        "citation-order",
        &[("citation-order", 6, &["vanderberg2023"])],
    ),
    ("duplicate-key", &[("duplicate-key", 13, &["card1994"])]),
    ("missing-field", &[("missing-field", 1, &["angrist1991"])]),
    (
        "invalid-date",
        &[
            ("invalid-date", 8, &["heckman1979"]),
            ("invalid-date", 9, &["heckman1979"]),
            ("invalid-date", 17, &["bls2024"]),
        ],
    ),
    (
        "undefined-string",
        &[
            ("missing-field", 23, &["rosen1974"]),
            ("undefined-string", 26, &["rosen1974"]),
        ],
    ),
    (
        "undefined-crossref",
        &[
            ("missing-field", 1, &["chen2020simclr"]),
            ("undefined-crossref", 5, &["chen2020simclr"]),
        ],
    ),
    (
        "malformed-field",
        &[
            ("malformed-field", 7, &["autor2003"]),
            ("malformed-field", 9, &["autor2003"]),
            ("malformed-field", 10, &["autor2003"]),
            ("malformed-field", 19, &["goldin2008"]),
        ],
    ),
    ("bib-syntax", &[("bib-syntax", 1, &["acemoglu2001"])]),
    ("encoding-fallback", &[("encoding-fallback", 1, &[])]),
    (
        "no-bibliography",
        &[("no-bibliography", 1, &[]), ("unmatched-citation", 5, &[])],
    ),
    ("misplaced-header", &[("misplaced-header", 2, &[])]),
    ("missing-input", &[("missing-input", 4, &[])]),
    ("malformed-name", &[("malformed-name", 2, &["liu2020"])]),
    (
        "invalid-field-name",
        &[("invalid-field-name", 6, &["doe2019"])],
    ),
    ("invalid-key", &[("invalid-key", 1, &["smith\u{2010}2018"])]),
    (
        "key-case-mismatch",
        &[("key-case-mismatch", 4, &["Evans2017"])],
    ),
    (
        "edited-field-citation",
        &[("edited-field-citation", 1, &[])],
    ),
    (
        "unfielded-citation",
        &[
            ("unfielded-citation", 5, &[]),
            // The typed citation's work is in the managed list, but no field cites it.
            ("stale-bibliography", 9, &["achebe2020"]),
        ],
    ),
    (
        "unlisted-field-item",
        &[
            ("unlisted-field-item", 3, &[]),
            ("unmatched-citation", 3, &[]),
        ],
    ),
    (
        "stale-bibliography",
        &[
            ("stale-bibliography", 3, &[]),
            ("unmatched-citation", 3, &[]),
            ("stale-bibliography", 7, &["brandvold2017"]),
        ],
    ),
    (
        "short-form-before-full",
        &[("short-form-before-full", 5, &["marsh1990"])],
    ),
    ("ambiguous-ibid", &[("ambiguous-ibid", 7, &[])]),
    (
        "note-entry-mismatch",
        &[("note-entry-mismatch", 5, &["marsh1990"])],
    ),
    (
        "missing-bibliography-entry",
        &[("missing-bibliography-entry", 7, &[])],
    ),
];

/// The one file of `dir` named `stem.*`, if there is exactly one.
fn fixture(dir: &Path, stem: &str) -> Result<PathBuf, String> {
    let found: Vec<PathBuf> = std::fs::read_dir(dir)
        .map_err(|e| format!("{}: {e}", dir.display()))?
        .flatten()
        .map(|e| e.path())
        .filter(|p| p.file_stem().is_some_and(|s| s == stem))
        .collect();
    match found.as_slice() {
        [one] => Ok(one.clone()),
        [] => Err(format!("{} has no {stem}.* fixture", dir.display())),
        _ => Err(format!(
            "{} has several {stem}.* fixtures: {found:?}",
            dir.display()
        )),
    }
}

/// `citecheck lint` for a `.bib` file, `citecheck check` for a paper, as JSON; the exit code
/// is checked: 1 when an error is reported, else 0.
fn report(path: &Path) -> Result<Report, String> {
    let path = path_str(path);
    let command = if path.ends_with(".bib") {
        "lint"
    } else {
        "check"
    };
    let out = citecheck(&[command, &path, "--format", "json"]);
    let report: Report = serde_json::from_str(&stdout(&out))
        .map_err(|e| format!("{path}: {e}; stderr: {}", stderr(&out)))?;
    let errors = report
        .diagnostics
        .iter()
        .any(|d| d.severity == Severity::Error);
    let exit = i32::from(errors);
    if out.status.code() != Some(exit) {
        return Err(format!(
            "{path}: exit code {:?}, expected {exit}; stderr: {}",
            out.status.code(),
            stderr(&out)
        ));
    }
    Ok(report)
}

/// (code, line, keys) of every diagnostic, in report order; each must point into `path`.
fn found(path: &Path, report: &Report) -> Result<Vec<Found>, String> {
    report
        .diagnostics
        .iter()
        .map(|d| {
            if d.file != path_str(path) || d.message.is_empty() {
                return Err(format!("{}: {d:?}", path.display()));
            }
            Ok((d.code.as_str().to_string(), d.line, d.keys.clone()))
        })
        .collect()
}

fn expected(code: Code) -> Option<Vec<Found>> {
    let (_, list) = FIRES.iter().find(|(c, _)| *c == code.as_str())?;
    Some(
        list.iter()
            .map(|(c, line, keys)| {
                let keys = keys.iter().map(|k| k.to_string()).collect();
                (c.to_string(), *line, keys)
            })
            .collect(),
    )
}

/// Run `check` on every code, gather every failure, and fail once with all of them.
fn each_code(check: impl Fn(Code, &Path) -> Result<(), String>) {
    let failures: Vec<String> = ALL_CODES
        .iter()
        .filter_map(|&code| check(code, &root().join(DIR).join(code.as_str())).err())
        .collect();
    assert!(failures.is_empty(), "{}", failures.join("\n\n"));
}

#[test]
fn every_code_has_a_fixture_pair_and_its_expected_report() {
    each_code(|code, dir| {
        let fires = fixture(dir, "fires")?;
        let clean = fixture(dir, "clean")?;
        if fires.extension() != clean.extension() {
            return Err(format!(
                "{code}: {fires:?} and {clean:?} are not the same kind"
            ));
        }
        expected(code)
            .map(|_| ())
            .ok_or(format!("{code}: no row in FIRES"))
    });
    // Nothing left over: each folder and each row names a code `explain --list` prints.
    let listed = stdout(&citecheck(&["explain", "--list"]));
    let listed: Vec<&str> = listed.lines().filter_map(|l| l.split(' ').next()).collect();
    assert_eq!(listed.len(), ALL_CODES.len());
    for entry in std::fs::read_dir(root().join(DIR)).unwrap().flatten() {
        let name = entry.file_name().into_string().unwrap();
        assert!(
            listed.contains(&name.as_str()),
            "{DIR}/{name} is not a code"
        );
    }
    for (code, _) in FIRES {
        assert!(listed.contains(code), "FIRES row {code} is not a code");
    }
}

#[test]
fn each_code_is_reported_on_its_fires_fixture_where_expected() {
    each_code(|code, dir| {
        let path = fixture(dir, "fires")?;
        let want = expected(code).ok_or(format!("{code}: no row in FIRES"))?;
        if !want.iter().any(|(c, _, _)| c == code.as_str()) {
            return Err(format!(
                "{code}: its FIRES row does not list the code itself"
            ));
        }
        let got = found(&path, &report(&path)?)?;
        if got != want {
            return Err(format!(
                "{}:\n  expected {want:?}\n  got      {got:?}",
                path.display()
            ));
        }
        Ok(())
    });
}

#[test]
fn no_code_is_reported_on_a_clean_fixture() {
    each_code(|_, dir| {
        let path = fixture(dir, "clean")?;
        let got = found(&path, &report(&path)?)?;
        if !got.is_empty() {
            return Err(format!("{}: expected nothing, got {got:?}", path.display()));
        }
        Ok(())
    });
}

/// `explain --list` and `explain CODE` for every code, whole, as the binary printed them when
/// the explanations moved from the code table to the rules' files.
#[test]
fn explain_prints_every_code_as_before() {
    let mut all = stdout(&citecheck(&["explain", "--list"]));
    for code in ALL_CODES {
        let out = citecheck(&["explain", code.as_str()]);
        assert_eq!(out.status.code(), Some(0), "{code}: {}", stderr(&out));
        all.push_str(&format!("\n==> explain {code}\n{}", stdout(&out)));
    }
    assert_snapshot("explain.txt", &all);
}
