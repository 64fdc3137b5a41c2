//! `bib-syntax`: part of a `.bib` file that cannot be read.

use super::{Code, Diagnostic, SourceId};
use crate::bibfile::{BibFile, SyntaxErrorKind};

/// `citecheck explain bib-syntax`: why it matters and how to fix it.
pub(crate) const EXPLANATION: &str =
    "Why it matters: the entry is lost to every citation that needs it.\n\
     How to fix: balance the braces and quotes of the entry the message names.";

/// Reports each problem the scanner met (an entry whose braces never balance, a `}` too many, a
/// missing key, `=` or comma, an unclosed quote), once, at its place in the file. BibTeX and biber
/// may drop more than the one entry. Example: `title = {Two {words},` leaves a brace open and
/// swallows the next entry.
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

#[cfg(test)]
mod tests {
    use crate::rules::testing::{bib, codes};

    #[test]
    fn an_unclosed_entry_is_reported_once_with_its_key_and_the_next_one_still_read() {
        let found = bib("@article{open2001,\n  title = {Two {words},\n}\n\n\
             @book{next1990, author = {North, D.}, title = {Institutions}, year = {1990}}\n");
        assert_eq!(codes(&found), [("bib-syntax", 1)]);
        assert_eq!(found[0].1.keys, ["open2001"]);
    }

    #[test]
    fn balanced_braces_are_not_reported() {
        let found =
            bib("@book{next1990, author = {North, D.}, title = {The {Rise}}, year = {1990}}\n");
        assert_eq!(codes(&found), []);
    }
}
