//! The one table that assigns every diagnostic its stable code, default severity and one-line
//! summary. The longer explanation of each code (`citecheck explain CODE`) lives with its rule, in
//! `src/rules/`.

use super::Severity;
use serde::{Deserialize, Serialize};
use std::fmt;

macro_rules! codes {
    ($( $variant:ident = $code:literal, $sev:ident, $summary:literal; )*) => {
        /// Stable kebab-case diagnostic codes. Never renamed once released.
        #[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
        #[serde(rename_all = "kebab-case")]
        #[non_exhaustive]
        pub enum Code { $($variant,)* }

        /// Every code, in table order.
        pub const ALL_CODES: &[Code] = &[$(Code::$variant,)*];

        impl Code {
            pub fn as_str(self) -> &'static str {
                match self { $(Code::$variant => $code,)* }
            }
            pub fn default_severity(self) -> Severity {
                match self { $(Code::$variant => Severity::$sev,)* }
            }
            /// One line: what the code flags.
            pub fn summary(self) -> &'static str {
                match self { $(Code::$variant => $summary,)* }
            }
            pub fn from_name(name: &str) -> Option<Code> {
                match name { $($code => Some(Code::$variant),)* _ => None }
            }
        }
    };
}

codes! {
    UnmatchedCitation = "unmatched-citation", Error,
        "An in-text citation matches no entry of the reference list.";
    AmbiguousCitation = "ambiguous-citation", Warning,
        "An in-text citation fits several entries.";
    UncitedReference = "uncited-reference", Warning,
        "A reference-list entry is never cited in the text.";
    GivenNameCitation = "given-name-citation", Warning,
        "A citation uses an author's given name instead of the family name.";
    EtAlMismatch = "et-al-mismatch", Warning,
        "\"et al.\" is used for fewer than three authors, or missing for three or more.";
    IncompleteReference = "incomplete-reference", Warning,
        "A reference-list entry lacks an author, a date or a title.";
    DuplicateReference = "duplicate-reference", Warning,
        "The same work is listed twice.";
    InconsistentName = "inconsistent-name", Warning,
        "One author or organisation is spelt in two ways.";
    UnsortedReferences = "unsorted-references", Warning,
        "An author-date reference list is not in alphabetical order.";
    CitationOrder = "citation-order", Warning,
        "A numeric reference list is not numbered in order of first citation.";
    DuplicateKey = "duplicate-key", Error,
        "Two bibliography entries share one key.";
    MissingField = "missing-field", Warning,
        "An entry lacks a field its type requires.";
    InvalidDate = "invalid-date", Error,
        "A date or year field is not a valid date.";
    UndefinedString = "undefined-string", Error,
        "A field uses an @string abbreviation that is not defined.";
    UndefinedCrossref = "undefined-crossref", Error,
        "A crossref or xdata field names an entry that does not exist.";
    MalformedField = "malformed-field", Warning,
        "A pages, DOI, URL or ISBN field is not well formed.";
    BibSyntax = "bib-syntax", Error,
        "A bibliography entry cannot be read.";
    EncodingFallback = "encoding-fallback", Warning,
        "The input is not UTF-8 and was decoded as Windows-1252.";
    ShortFormBeforeFull = "short-form-before-full", Warning,
        "A note cites a work in short form before any note cites it in full.";
    AmbiguousIbid = "ambiguous-ibid", Warning,
        "\"Ibid.\" follows a note that cites several works, or none.";
    NoteEntryMismatch = "note-entry-mismatch", Warning,
        "A note's full citation disagrees with its bibliography entry (year, title, publisher).";
    MissingBibliographyEntry = "missing-bibliography-entry", Error,
        "A work cited in a note has no entry in the bibliography.";
}

impl fmt::Display for Code {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn codes_round_trip_and_are_kebab_case() {
        for &code in ALL_CODES {
            assert_eq!(Code::from_name(code.as_str()), Some(code));
            assert!(code
                .as_str()
                .chars()
                .all(|c| c.is_ascii_lowercase() || c == '-'));
            let json = serde_json::to_string(&code).unwrap();
            assert_eq!(json, format!("\"{}\"", code.as_str()));
        }
    }
}
