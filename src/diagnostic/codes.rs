//! The one table that assigns every diagnostic its stable code, default severity and explanation.

use super::Severity;
use serde::{Deserialize, Serialize};
use std::fmt;

macro_rules! codes {
    ($( $variant:ident = $code:literal, $sev:ident, $summary:literal, $explain:literal; )*) => {
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
            /// Several lines: why it matters and how to fix it (`citecheck explain CODE`).
            pub fn explanation(self) -> &'static str {
                match self { $(Code::$variant => $explain,)* }
            }
            pub fn from_name(name: &str) -> Option<Code> {
                match name { $($code => Some(Code::$variant),)* _ => None }
            }
        }
    };
}

codes! {
    UnmatchedCitation = "unmatched-citation", Error,
        "An in-text citation matches no entry of the reference list.",
        "Why it matters: a reader cannot find the source behind the claim.\n\
         How to fix: correct the name or year in the citation, or add the missing entry to the \
         reference list. The message names the nearest entries (a misspelt name, another year by \
         the same author, a piece of the same outlet on that date).";
    AmbiguousCitation = "ambiguous-citation", Warning,
        "An in-text citation fits several entries.",
        "Why it matters: the reader cannot tell which of several works by the same author in the \
         same year is meant.\n\
         How to fix: give the entries year suffixes (2024a, 2024b) in the reference list and use \
         them in the citation, or cite the full date. The message lists the candidates and the \
         best guess from the citing sentence.";
    UncitedReference = "uncited-reference", Warning,
        "A reference-list entry is never cited in the text.",
        "Why it matters: most styles (APA, Chicago, Harvard, IEEE) list only works cited in the \
         text.\n\
         How to fix: cite the work where it is used, or remove the entry.";
    GivenNameCitation = "given-name-citation", Warning,
        "A citation uses an author's given name instead of the family name.",
        "Why it matters: author-date styles cite by family name; \"(Asfandyar, 2024)\" for \
         \"Mir, Asfandyar\" sends the reader to the wrong place in the list.\n\
         How to fix: cite by the family name the message gives.";
    EtAlMismatch = "et-al-mismatch", Warning,
        "\"et al.\" is used for fewer than three authors, or missing for three or more.",
        "Why it matters: APA 7 and most author-date styles shorten three or more authors to \
         \"First et al.\" and name one or two authors in full; a mismatch suggests the wrong \
         entry or a copying error.\n\
         How to fix: write the form the message gives.";
    IncompleteReference = "incomplete-reference", Warning,
        "A reference-list entry lacks an author, a date or a title.",
        "Why it matters: an entry without a title (or author, or date) cannot be found by a \
         reader.\n\
         How to fix: complete the entry from the source.";
    DuplicateReference = "duplicate-reference", Warning,
        "The same work is listed twice.",
        "Why it matters: duplicates make citations ambiguous and lengthen the list.\n\
         How to fix: delete one of the two entries.";
    InconsistentName = "inconsistent-name", Warning,
        "One author or organisation is spelt in two ways.",
        "Why it matters: \"Aljazeera News\" and \"AlJazeera\" sort apart and look like two \
         sources.\n\
         How to fix: use one spelling throughout the list and the text.";
    UnsortedReferences = "unsorted-references", Warning,
        "An author-date reference list is not in alphabetical order.",
        "Why it matters: author-date styles order the list by first author's family name, so \
         readers can find an entry from its citation.\n\
         How to fix: sort the list by family name, then year.";
    CitationOrder = "citation-order", Warning,
        "A numeric reference list is not numbered in order of first citation.",
        "Why it matters: IEEE and Vancouver number sources in the order they are first cited.\n\
         How to fix: renumber the list (and the citations) in order of first citation.";
    DuplicateKey = "duplicate-key", Error,
        "Two bibliography entries share one key.",
        "Why it matters: biber keeps one and drops the other; citations may point to the wrong \
         work.\n\
         How to fix: rename one of the keys and update its citations.";
    MissingField = "missing-field", Warning,
        "An entry lacks a field its type requires.",
        "Why it matters: the biblatex data model requires these fields (an @article needs \
         author, title, journaltitle and date); styles print gaps without them.\n\
         How to fix: add the field, or change the entry type.";
    InvalidDate = "invalid-date", Error,
        "A date or year field is not a valid date.",
        "Why it matters: biber rejects it and the entry sorts and prints wrongly.\n\
         How to fix: write the date as YYYY, YYYY-MM or YYYY-MM-DD.";
    UndefinedString = "undefined-string", Error,
        "A field uses an @string abbreviation that is not defined.",
        "Why it matters: the field comes out empty or the file is rejected.\n\
         How to fix: define the @string or write the value in braces.";
    UndefinedCrossref = "undefined-crossref", Error,
        "A crossref or xdata field names an entry that does not exist.",
        "Why it matters: the fields it should inherit are missing.\n\
         How to fix: add the parent entry or correct the key.";
    MalformedField = "malformed-field", Warning,
        "A pages, DOI, URL or ISBN field is not well formed.",
        "Why it matters: links break and page ranges print wrongly.\n\
         How to fix: write pages as 10--12, a DOI as 10.xxxx/..., a full URL, a valid ISBN.";
    BibSyntax = "bib-syntax", Error,
        "A bibliography entry cannot be read.",
        "Why it matters: the entry is lost to every citation that needs it.\n\
         How to fix: balance the braces and quotes of the entry the message names.";
    EncodingFallback = "encoding-fallback", Warning,
        "The input is not UTF-8 and was decoded as Windows-1252.",
        "Why it matters: characters may be read wrongly if the guess is wrong.\n\
         How to fix: save the file as UTF-8.";
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
