//! `--format sarif` and `--format github`: the same diagnostics as the JSON report, one for
//! one, in the shapes code scanning and GitHub Actions read, with the same exit codes.
//!
//! The SARIF check is structural: the OASIS schema file carries no licence that lets us commit
//! it, and tests may not download it, so [`check_sarif`] holds the schema's rules for every
//! object citecheck writes (required members, no members the schema does not define, enums,
//! minimums, URI references). Validated against the official schema by hand as well (see the
//! README's "CI and editors").

mod common;

use citecheck::report::Report;
use common::*;
use serde_json::Value;

/// The inputs compared: a Pandoc paper, a LaTeX paper, a `.bib` file, the bundled sample.
const INPUTS: &[(&str, &str)] = &[
    ("check", "tests/fixtures/pandoc/paper.md"),
    ("check", "tests/fixtures/latex/natbib/paper.tex"),
    ("lint", "tests/fixtures/rules/invalid-date/fires.bib"),
    ("check", "refs/pakistan-iran-2024.md"),
    ("check", "tests/fixtures/rules/unmatched-citation/clean.md"),
];

fn run(command: &str, path: &str, format: &str) -> (Option<i32>, String) {
    let out = citecheck(&[command, path, "--format", format]);
    (out.status.code(), stdout(&out))
}

fn keys(v: &Value) -> Vec<&str> {
    v.as_object()
        .map(|o| o.keys().map(String::as_str).collect())
        .unwrap_or_default()
}

/// `v` is an object holding every `required` member and only `allowed` ones.
fn object(v: &Value, what: &str, required: &[&str], allowed: &[&str], problems: &mut Vec<String>) {
    if !v.is_object() {
        problems.push(format!("{what}: not an object"));
        return;
    }
    for r in required {
        if v.get(r).is_none() {
            problems.push(format!("{what}: no `{r}`"));
        }
    }
    for k in keys(v) {
        if !allowed.contains(&k) && !required.contains(&k) {
            problems.push(format!("{what}: `{k}` is not a member the schema defines"));
        }
    }
}

fn message(v: &Value, what: &str, problems: &mut Vec<String>) {
    object(
        v,
        what,
        &["text"],
        &["markdown", "id", "arguments"],
        problems,
    );
    if !v["text"].is_string() {
        problems.push(format!("{what}.text: not a string"));
    }
}

fn level(v: &Value, what: &str, problems: &mut Vec<String>) {
    if !matches!(v.as_str(), Some("none" | "note" | "warning" | "error")) {
        problems.push(format!("{what}: level {v} is not none/note/warning/error"));
    }
}

/// An RFC 3986 URI reference as citecheck writes one: no spaces, `%` only before two hex digits.
fn uri(v: &Value, what: &str, problems: &mut Vec<String>) {
    let Some(s) = v.as_str() else {
        problems.push(format!("{what}: uri not a string"));
        return;
    };
    let ok_char = |c: char| c.is_ascii_alphanumeric() || "-._~:/?#[]@!$&'()*+,;=%".contains(c);
    let bad_percent = s
        .match_indices('%')
        .any(|(i, _)| !s[i + 1..].chars().take(2).all(|c| c.is_ascii_hexdigit()));
    if s.is_empty() || !s.chars().all(ok_char) || bad_percent {
        problems.push(format!("{what}: `{s}` is not a URI reference"));
    }
}

fn location(v: &Value, what: &str, problems: &mut Vec<String>) {
    object(
        v,
        what,
        &["physicalLocation"],
        &["id", "message", "logicalLocations"],
        problems,
    );
    let p = &v["physicalLocation"];
    object(
        p,
        what,
        &["artifactLocation"],
        &["region", "contextRegion", "address"],
        problems,
    );
    object(
        &p["artifactLocation"],
        what,
        &["uri"],
        &["uriBaseId", "index", "description"],
        problems,
    );
    uri(&p["artifactLocation"]["uri"], what, problems);
    if let Some(region) = p.get("region") {
        object(
            region,
            what,
            &[],
            &["startLine", "startColumn", "endLine", "endColumn"],
            problems,
        );
        for n in ["startLine", "startColumn"] {
            if region[n].as_u64().is_none_or(|x| x < 1) {
                problems.push(format!("{what}: {n} {} is not an integer >= 1", region[n]));
            }
        }
    }
}

/// Every rule of the SARIF 2.1.0 schema that the objects citecheck writes are subject to.
fn check_sarif(log: &Value) -> Vec<String> {
    let mut p = Vec::new();
    object(
        log,
        "log",
        &["version", "runs"],
        &["$schema", "inlineExternalProperties", "properties"],
        &mut p,
    );
    if log["version"] != "2.1.0" {
        p.push(format!("version {} is not 2.1.0", log["version"]));
    }
    let runs = log["runs"].as_array().cloned().unwrap_or_default();
    if runs.len() != 1 {
        p.push(format!("{} runs, expected one", runs.len()));
    }
    for run in &runs {
        object(
            run,
            "run",
            &["tool"],
            &[
                "results",
                "columnKind",
                "invocations",
                "artifacts",
                "properties",
            ],
            &mut p,
        );
        if !matches!(
            run["columnKind"].as_str(),
            None | Some("utf16CodeUnits" | "unicodeCodePoints")
        ) {
            p.push(format!("columnKind {}", run["columnKind"]));
        }
        object(
            &run["tool"],
            "tool",
            &["driver"],
            &["extensions", "properties"],
            &mut p,
        );
        let driver = &run["tool"]["driver"];
        object(
            driver,
            "driver",
            &["name"],
            &["version", "rules", "informationUri", "semanticVersion"],
            &mut p,
        );
        let rules = driver["rules"].as_array().cloned().unwrap_or_default();
        let mut ids = Vec::new();
        for (i, rule) in rules.iter().enumerate() {
            let what = format!("rules[{i}]");
            object(
                rule,
                &what,
                &["id"],
                &[
                    "name",
                    "shortDescription",
                    "fullDescription",
                    "help",
                    "helpUri",
                    "defaultConfiguration",
                    "properties",
                ],
                &mut p,
            );
            for m in ["shortDescription", "fullDescription", "help"] {
                message(&rule[m], &format!("{what}.{m}"), &mut p);
            }
            object(
                &rule["defaultConfiguration"],
                &what,
                &["level"],
                &["enabled", "rank", "parameters"],
                &mut p,
            );
            level(&rule["defaultConfiguration"]["level"], &what, &mut p);
            ids.push(rule["id"].as_str().unwrap_or_default().to_string());
        }
        for (i, result) in run["results"].as_array().into_iter().flatten().enumerate() {
            let what = format!("results[{i}]");
            object(
                result,
                &what,
                &["message"],
                &["ruleId", "ruleIndex", "level", "locations", "properties"],
                &mut p,
            );
            message(&result["message"], &what, &mut p);
            level(&result["level"], &what, &mut p);
            let index = result["ruleIndex"].as_u64().map(|n| n as usize);
            if index.and_then(|n| ids.get(n)).map(String::as_str) != result["ruleId"].as_str() {
                p.push(format!(
                    "{what}: ruleIndex does not point at rule {}",
                    result["ruleId"]
                ));
            }
            for l in result["locations"].as_array().into_iter().flatten() {
                location(l, &what, &mut p);
            }
        }
        for inv in run["invocations"].as_array().into_iter().flatten() {
            object(
                inv,
                "invocation",
                &["executionSuccessful"],
                &["toolExecutionNotifications"],
                &mut p,
            );
            for n in inv["toolExecutionNotifications"]
                .as_array()
                .into_iter()
                .flatten()
            {
                object(
                    n,
                    "notification",
                    &["message"],
                    &["level", "locations"],
                    &mut p,
                );
                message(&n["message"], "notification", &mut p);
                level(&n["level"], "notification", &mut p);
            }
        }
    }
    p
}

#[test]
fn sarif_holds_the_json_reports_diagnostics_and_keeps_to_the_schema() {
    for &(command, path) in INPUTS {
        let (json_exit, json) = run(command, path, "json");
        let (exit, sarif) = run(command, path, "sarif");
        assert_eq!(exit, json_exit, "{path}: exit code");
        let report: Report = serde_json::from_str(&json).unwrap();
        let log: Value = serde_json::from_str(&sarif).expect("SARIF is JSON");
        let problems = check_sarif(&log);
        assert!(problems.is_empty(), "{path}:\n{}", problems.join("\n"));
        let got: Vec<(String, String, String, u64, u64, String)> = log["runs"][0]["results"]
            .as_array()
            .unwrap()
            .iter()
            .map(|r| {
                let region = &r["locations"][0]["physicalLocation"]["region"];
                (
                    r["ruleId"].as_str().unwrap().to_string(),
                    r["level"].as_str().unwrap().to_string(),
                    r["locations"][0]["physicalLocation"]["artifactLocation"]["uri"]
                        .as_str()
                        .unwrap()
                        .to_string(),
                    region["startLine"].as_u64().unwrap(),
                    region["startColumn"].as_u64().unwrap(),
                    r["message"]["text"].as_str().unwrap().to_string(),
                )
            })
            .collect();
        let want: Vec<_> = report
            .diagnostics
            .iter()
            .map(|d| {
                let level = match d.severity.as_str() {
                    "info" => "note".to_string(),
                    s => s.to_string(),
                };
                (
                    d.code.as_str().to_string(),
                    level,
                    d.file.clone(),
                    d.line as u64,
                    d.column as u64,
                    d.message.clone(),
                )
            })
            .collect();
        assert_eq!(got, want, "{path}");
    }
}

#[test]
fn sarif_of_many_inputs_is_one_log_with_failures_as_notifications() {
    let out = citecheck(&[
        "check",
        "tests/fixtures/pandoc/paper.md",
        "tests/fixtures/no/such/paper.md",
        "--format",
        "sarif",
    ]);
    assert_eq!(out.status.code(), Some(2));
    let log: Value = serde_json::from_str(&stdout(&out)).unwrap();
    let problems = check_sarif(&log);
    assert!(problems.is_empty(), "{}", problems.join("\n"));
    let run = &log["runs"][0];
    assert_eq!(run["results"].as_array().unwrap().len(), 6);
    assert_eq!(run["invocations"][0]["executionSuccessful"], false);
    let n = &run["invocations"][0]["toolExecutionNotifications"][0];
    assert_eq!(
        n["locations"][0]["physicalLocation"]["artifactLocation"]["uri"],
        "tests/fixtures/no/such/paper.md"
    );
}

/// `%XX` back to the character.
fn unescape(s: &str) -> String {
    s.replace("%0D", "\r")
        .replace("%0A", "\n")
        .replace("%3A", ":")
        .replace("%2C", ",")
        .replace("%25", "%")
}

#[test]
fn github_annotations_carry_file_line_column_and_code() {
    for &(command, path) in INPUTS {
        let (json_exit, json) = run(command, path, "json");
        let (exit, text) = run(command, path, "github");
        assert_eq!(exit, json_exit, "{path}: exit code");
        let report: Report = serde_json::from_str(&json).unwrap();
        let got: Vec<String> = text.lines().map(str::to_string).collect();
        let want: Vec<String> = report
            .diagnostics
            .iter()
            .map(|d| {
                let command = match d.severity.as_str() {
                    "error" => "error",
                    "warning" => "warning",
                    _ => "notice",
                };
                format!(
                    "::{command} file={},line={},col={},title={}::{}",
                    d.file,
                    d.line,
                    d.column,
                    d.code.as_str(),
                    d.message
                )
            })
            .collect();
        // Read back, the escaped lines are the report's diagnostics.
        let read_back: Vec<String> = got
            .iter()
            .map(|l| {
                let (command, rest) = l[2..].split_once(' ').unwrap();
                let (props, msg) = rest.split_once("::").unwrap();
                let props: Vec<String> = props.split(',').map(unescape).collect();
                format!("::{command} {}::{}", props.join(","), unescape(msg))
            })
            .collect();
        assert_eq!(read_back, want, "{path}");
        assert!(got.iter().all(|l| !l.contains('\n')));
    }
}
