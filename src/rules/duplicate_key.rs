//! `duplicate-key`: two entries with one key.

use super::{Code, Diagnostic, Severity, SourceId};
use crate::bibfile::BibEntry;
use std::collections::HashMap;

/// `citecheck explain duplicate-key`: why it matters and how to fix it.
pub(crate) const EXPLANATION: &str =
    "Why it matters: biber keeps one and drops the other; citations may point to the wrong \
     work.\n\
     How to fix: rename one of the keys and update its citations.";

/// What the `.bib` rules remember of the first entry of each key, so that entries can be
/// checked one at a time as they are read.
#[derive(Debug, Clone)]
pub struct KeyInfo {
    /// Index of its file in the run.
    pub file: usize,
    pub line: usize,
    /// The required fields it has (see `missing_field::mask`).
    pub fields: u16,
    /// The keys its `crossref` and `xdata` name.
    pub parents: Option<Box<[Box<str>]>>,
}

/// Every key seen so far, exactly and lower-cased.
#[derive(Debug, Default)]
pub struct Keys {
    pub exact: HashMap<Box<str>, KeyInfo>,
    /// Lower-cased key → the first key of that spelling, when it is not the lower-cased one.
    folded: HashMap<Box<str>, Option<Box<str>>>,
}

/// "line 12" in the same file, "line 12 of refs.bib" in another.
pub(crate) fn place(paths: &[String], here: usize, file: usize, line: usize) -> String {
    if here == file {
        format!("line {line}")
    } else {
        format!(
            "line {line} of {}",
            paths.get(file).map_or("another file", String::as_str)
        )
    }
}

/// Flags the second entry with a key already used, in the same file or an earlier one, naming
/// the first; and, as a note, a key that differs from another only in case (keys are
/// case-sensitive, so `Ashmore1991` and `ashmore1991` are two entries, but a citation meant for one
/// easily names the other). Example: two `@article{smith2020, ...}`.
///
/// One entry of `.bib` file `f`: a key already taken, or taken in another case. The first
/// entry of each key is remembered in `keys` with `info`.
pub fn check(
    keys: &mut Keys,
    paths: &[String],
    f: usize,
    entry: &BibEntry,
    info: impl FnOnce() -> KeyInfo,
    out: &mut Vec<Diagnostic>,
) {
    if entry.key.is_empty() {
        return;
    }
    if let Some(first) = keys.exact.get(entry.key.as_str()) {
        let message = format!(
            "key `{}` is already used by the entry on {}; biber keeps that one and drops this one. Rename one of them",
            entry.key,
            place(paths, f, first.file, first.line)
        );
        out.push(
            Diagnostic::new(Code::DuplicateKey, entry.key_span, message)
                .in_source(SourceId::Bib(f))
                .with_keys([entry.key.clone()]),
        );
        return;
    }
    keys.exact.insert(entry.key.as_str().into(), info());
    let lower = entry.key.to_lowercase();
    if let Some(spelt) = keys.folded.get(lower.as_str()) {
        let first_key = spelt.as_deref().unwrap_or(&lower);
        let first = &keys.exact[first_key];
        let message = format!(
            "key `{}` differs only in case from `{first_key}` on {}; biber reads them as two entries, but a citation meant for one easily names the other",
            entry.key,
            place(paths, f, first.file, first.line)
        );
        let mut d = Diagnostic::new(Code::DuplicateKey, entry.key_span, message)
            .in_source(SourceId::Bib(f))
            .with_keys([first_key.to_string(), entry.key.clone()]);
        d.severity = Severity::Info;
        out.push(d);
    } else {
        let spelt = (lower != entry.key).then(|| entry.key.as_str().into());
        keys.folded.insert(lower.into(), spelt);
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::rules::testing::{bib, codes};

    #[test]
    fn a_place_names_the_file_only_when_it_is_another() {
        let paths = ["a.bib".to_string(), "b.bib".to_string()];
        assert_eq!(place(&paths, 0, 0, 12), "line 12");
        assert_eq!(place(&paths, 1, 0, 12), "line 12 of a.bib");
    }

    #[test]
    fn a_key_in_another_case_is_a_note() {
        let found = bib(
            "@misc{Ashmore1991, author = {Ashmore, M.}, title = {Reflexivity}, year = {1989}}\n\
             @misc{ashmore1991, author = {Ashmore, M.}, title = {Reflexivity}, year = {1989}}\n",
        );
        assert_eq!(codes(&found), [("duplicate-key", 2)]);
        assert_eq!(found[0].1.severity, Severity::Info);
        assert_eq!(found[0].1.keys, ["Ashmore1991", "ashmore1991"]);
    }

    #[test]
    fn the_second_entry_of_a_key_is_an_error_naming_the_first() {
        let entry = "@misc{smith2020, author = {Smith, J.}, title = {Notes}, year = {2020}}\n";
        let found = bib(&format!("{entry}\n{entry}"));
        assert_eq!(codes(&found), [("duplicate-key", 3)]);
        assert_eq!(found[0].1.severity, Severity::Error);
        assert!(found[0]
            .1
            .message
            .contains("already used by the entry on line 1"));
    }
}
