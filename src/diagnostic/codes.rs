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
    InvalidDate = "invalid-date", Warning,
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
    NoBibliography = "no-bibliography", Warning,
        "A paper that cites by key names no bibliography file.";
    KeyCaseMismatch = "key-case-mismatch", Warning,
        "A LaTeX key matches a .bib key only when case is ignored (BibTeX does; biber does not).";
    MalformedName = "malformed-name", Error,
        "A name in a name list has more than two commas (biber skips the entry).";
    InvalidFieldName = "invalid-field-name", Warning,
        "A .bib field name Pandoc cannot read (it rejects the file).";
    InvalidKey = "invalid-key", Warning,
        "A .bib key with a character Pandoc cannot read (it rejects the file).";
    MissingInput = "missing-input", Warning,
        "A file pulled in with \\input or \\include is missing or empty.";
    MisplacedHeader = "misplaced-header", Warning,
        "Pandoc does not read the YAML header (an indented or missing `---`).";
    EditedFieldCitation = "edited-field-citation", Warning,
        "A reference-manager citation's text was edited by hand and no longer matches its field.";
    UnfieldedCitation = "unfielded-citation", Warning,
        "A citation is typed as plain text in a Word file whose other citations are reference-manager fields.";
    UnlistedFieldItem = "unlisted-field-item", Error,
        "A work cited through a reference-manager field is missing from the typed reference list.";
    StaleBibliography = "stale-bibliography", Warning,
        "A reference manager's bibliography is out of date with the citation fields.";
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
