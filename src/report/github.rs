//! `--format github`: GitHub Actions workflow commands, one annotation per diagnostic
//! (`::error file=F,line=L,col=C,title=CODE::message`), which GitHub shows on the pull
//! request's changed lines and in the run's summary.

use super::DiagnosticEntry;
use crate::diagnostic::Severity;
use std::fmt::Write;

/// The annotations of one report's diagnostics, one line each.
pub fn annotations(diagnostics: &[DiagnosticEntry]) -> String {
    let mut out = String::new();
    for d in diagnostics {
        let command = match d.severity {
            Severity::Error => "error",
            Severity::Warning => "warning",
            Severity::Info | Severity::Allow => "notice",
        };
        let _ = writeln!(
            out,
            "::{command} file={},line={},col={},title={}::{}",
            property(&d.file),
            d.line,
            d.column,
            property(d.code.as_str()),
            data(&d.message)
        );
    }
    out
}

/// An input that could not be checked.
pub fn failure(file: &str, error: &str) -> String {
    format!("::error file={}::{}\n", property(file), data(error))
}

/// A message, escaped as GitHub's toolkit does (`%`, CR, LF).
fn data(text: &str) -> String {
    text.replace('%', "%25")
        .replace('\r', "%0D")
        .replace('\n', "%0A")
}

/// A property value: as [`data`], and `:` and `,` too.
fn property(text: &str) -> String {
    data(text).replace(':', "%3A").replace(',', "%2C")
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::diagnostic::Code;

    #[test]
    fn annotations_escape_as_the_toolkit_does() {
        let d = DiagnosticEntry {
            code: Code::UnmatchedCitation,
            severity: Severity::Error,
            file: "dir,a:b/p.md".into(),
            line: 3,
            column: 7,
            message: "100% wrong:\nsee, here".into(),
            keys: Vec::new(),
            snippet: None,
            place: Default::default(),
        };
        assert_eq!(
            annotations(&[d]),
            "::error file=dir%2Ca%3Ab/p.md,line=3,col=7,title=unmatched-citation::100%25 wrong:%0Asee, here\n"
        );
        assert_eq!(failure("x.md", "gone"), "::error file=x.md::gone\n");
    }
}
