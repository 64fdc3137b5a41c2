//! `bib-syntax`: part of a `.bib` file that cannot be read.
//!
//! What it does: reports each problem the scanner met (an entry whose braces never balance, a
//! `}` too many, a missing key, `=` or comma, an unclosed quote), once, at its place in the file.
//! Why: the entry, or the fields after the problem, are lost to every citation that needs them;
//! BibTeX and biber may drop more than the one entry. Example: `title = {Two {words},` leaves a
//! brace open and swallows the next entry.

use super::{Code, Diagnostic, SourceId};
use crate::bibfile::{BibFile, SyntaxErrorKind};

pub fn check(files: &[BibFile], out: &mut Vec<Diagnostic>) {
    for (i, file) in files.iter().enumerate() {
        for error in &file.errors {
            let keys = match &error.kind {
                SyntaxErrorKind::Unclosed { entry, .. }
                | SyntaxErrorKind::ClosedEarly { entry, .. }
                | SyntaxErrorKind::Field { entry, .. }
                | SyntaxErrorKind::MissingComma { entry }
                    if !entry.starts_with('@') =>
                {
                    vec![entry.clone()]
                }
                _ => Vec::new(),
            };
            out.push(
                Diagnostic::new(Code::BibSyntax, error.span, error.kind.to_string())
                    .in_source(SourceId::Bib(i))
                    .with_keys(keys),
            );
        }
    }
}
