//! `--format sarif`: SARIF 2.1.0, the static-analysis log that GitHub code scanning, GitLab and
//! editors (VS Code's SARIF viewer) read. One run per log; the tool's rules are every code
//! with its summary and its `citecheck explain` text; each diagnostic is one result.

use super::DiagnosticEntry;
use crate::diagnostic::{Code, Severity, ALL_CODES};
use serde_json::{json, Value};

/// Where the SARIF 2.1.0 schema is published (the log names it, as the standard asks).
const SCHEMA: &str =
    "https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json";

/// SARIF's level for a severity.
pub fn level(severity: Severity) -> &'static str {
    match severity {
        Severity::Error => "error",
        Severity::Warning => "warning",
        Severity::Info => "note",
        Severity::Allow => "none",
    }
}

/// The results of one report's diagnostics.
pub fn results(diagnostics: &[DiagnosticEntry]) -> Vec<Value> {
    diagnostics.iter().map(result).collect()
}

fn result(d: &DiagnosticEntry) -> Value {
    let rule_index = ALL_CODES.iter().position(|&c| c == d.code).unwrap_or(0);
    let mut result = json!({
        "ruleId": d.code.as_str(),
        "ruleIndex": rule_index,
        "level": level(d.severity),
        "message": { "text": d.message },
        "locations": [{
            "physicalLocation": {
                "artifactLocation": { "uri": uri(&d.file) },
                "region": {
                    "startLine": d.line.max(1),
                    "startColumn": d.column.max(1),
                }
            }
        }],
    });
    if !d.keys.is_empty() {
        result["properties"] = json!({ "keys": d.keys });
    }
    result
}

/// A failed input as a tool execution notification.
pub fn notification(file: &str, error: &str) -> Value {
    json!({
        "level": "error",
        "message": { "text": error },
        "locations": [{ "physicalLocation": { "artifactLocation": { "uri": uri(file) } } }],
    })
}

/// The whole log: the tool with its rules, the results, and the inputs that failed.
pub fn log(results: Vec<Value>, failures: Vec<Value>) -> Value {
    let mut run = json!({
        "tool": { "driver": driver() },
        // citecheck counts columns in characters.
        "columnKind": "unicodeCodePoints",
        "results": results,
    });
    if !failures.is_empty() {
        run["invocations"] = json!([{
            "executionSuccessful": false,
            "toolExecutionNotifications": failures,
        }]);
    }
    json!({ "$schema": SCHEMA, "version": "2.1.0", "runs": [run] })
}

fn driver() -> Value {
    let rules: Vec<Value> = ALL_CODES.iter().map(|&c| rule(c)).collect();
    json!({
        "name": "citecheck",
        "version": env!("CARGO_PKG_VERSION"),
        "rules": rules,
    })
}

fn rule(code: Code) -> Value {
    let explanation = crate::rules::explanation(code);
    json!({
        "id": code.as_str(),
        "name": pascal_case(code.as_str()),
        "shortDescription": { "text": code.summary() },
        "fullDescription": { "text": explanation },
        "help": { "text": format!("{}\n{explanation}", code.summary()) },
        "defaultConfiguration": { "level": level(code.default_severity()) },
    })
}

/// `unmatched-citation` → `UnmatchedCitation` (SARIF's rule names are identifiers).
fn pascal_case(code: &str) -> String {
    code.split('-')
        .map(|w| {
            let mut c = w.chars();
            c.next()
                .map(|f| f.to_ascii_uppercase().to_string() + c.as_str())
                .unwrap_or_default()
        })
        .collect()
}

/// A path as a URI reference: relative paths stay relative (code scanning resolves them from
/// the repository root), absolute ones become `file://` URIs; characters outside the
/// unreserved set are percent-encoded.
pub fn uri(path: &str) -> String {
    let path = path.replace('\\', "/");
    let mut out = String::new();
    if path.starts_with('/') {
        out.push_str("file://");
    }
    for b in path.bytes() {
        if b.is_ascii_alphanumeric() || matches!(b, b'-' | b'.' | b'_' | b'~' | b'/') {
            out.push(b as char);
        } else {
            out.push_str(&format!("%{b:02X}"));
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn uris_are_encoded() {
        assert_eq!(uri("paper/main.tex"), "paper/main.tex");
        assert_eq!(uri("/tmp/my paper.md"), "file:///tmp/my%20paper.md");
        assert_eq!(uri("a\\b#c.md"), "a/b%23c.md");
        assert_eq!(uri("é.md"), "%C3%A9.md");
    }

    #[test]
    fn every_code_is_a_rule_with_its_explanation() {
        let d = driver();
        let rules = d["rules"].as_array().unwrap();
        assert_eq!(rules.len(), ALL_CODES.len());
        assert_eq!(rules[0]["id"], "unmatched-citation");
        assert_eq!(rules[0]["name"], "UnmatchedCitation");
        assert_eq!(rules[0]["defaultConfiguration"]["level"], "error");
        assert_eq!(
            rules[0]["fullDescription"]["text"],
            crate::rules::explanation(Code::UnmatchedCitation)
        );
    }
}
