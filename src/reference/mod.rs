//! One reference-list entry as typed data: names, date, fields and entry type, parsed from its text.
//!
//! `parse` turns a reference string in any common style into a [`Reference`], one pass per
//! file, looking words up in the lists of `words`; `keys` gives each entry of a list a
//! readable, unique citation key.

mod date;
pub mod fields;
mod given_names;
mod keys;
mod names;
mod parse;
mod words;

pub use crate::text::ascii_fold;
pub use date::{parse_date_text, Date};
pub use keys::{assign_keys, year_labels, KeyAssigner, KeyCounts};
pub use names::{parse_name_list, Name};
pub use parse::{parse, parse_with, ModelFields, MODEL_FIELDS};
pub(crate) use words::is_particle;

use crate::span::Span;
use compact_str::CompactString;
use serde::{Deserialize, Serialize};

/// BibLaTeX entry types the parser can infer from a reference's fields.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, Default)]
#[serde(rename_all = "lowercase")]
pub enum EntryType {
    Article,
    Book,
    InCollection,
    InProceedings,
    Thesis,
    Report,
    Online,
    Patent,
    #[default]
    Misc,
}

impl EntryType {
    pub fn as_str(self) -> &'static str {
        match self {
            EntryType::Article => "article",
            EntryType::Book => "book",
            EntryType::InCollection => "incollection",
            EntryType::InProceedings => "inproceedings",
            EntryType::Thesis => "thesis",
            EntryType::Report => "report",
            EntryType::Online => "online",
            EntryType::Patent => "patent",
            EntryType::Misc => "misc",
        }
    }
}

/// One parsed reference. Field names follow the JSON contract (see README). Fields that are
/// short in nearly every entry (key, volume, pages, DOI ...) keep their text inline, not in
/// an allocation of their own: a long list holds hundreds of thousands of them.
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
pub struct Reference {
    /// Citation key, unique within its list (`odegaard2020`, `dawn2024a`).
    pub key: CompactString,
    /// 1-based line of the input where the entry starts.
    pub line: usize,
    /// Byte span of the entry in the source text.
    #[serde(skip)]
    pub span: Span,
    /// The entry's text, with line breaks and PDF residue removed.
    pub raw: String,
    pub entry_type: EntryType,
    /// BibLaTeX's `type`: the kind of thesis or report, as its localisation key
    /// (`phdthesis`, `mathesis`, `techreport`) or as written ("Working paper").
    #[serde(rename = "type", skip_serializing_if = "Option::is_none", default)]
    pub work_type: Option<CompactString>,
    pub authors: Vec<Name>,
    pub editors: Vec<Name>,
    /// BibLaTeX's `translator`: "Translated by ...", "trans. ...", "... (trans.)".
    #[serde(skip_serializing_if = "Vec::is_empty", default)]
    pub translators: Vec<Name>,
    /// ISO 8601 prefix: "2024-01-29", "2023-08", "2011".
    pub date: Option<Date>,
    /// Year suffix as written ("a" of 2021a).
    pub label: Option<CompactString>,
    /// "n.d." or "in press" when the entry has no year.
    #[serde(skip_serializing_if = "Option::is_none", default)]
    pub pubstate: Option<CompactString>,
    pub title: Option<String>,
    pub container: Option<String>,
    pub volume: Option<CompactString>,
    pub number: Option<CompactString>,
    pub pages: Option<CompactString>,
    /// A book's page count ("702 p."), BibLaTeX's `pagetotal`.
    #[serde(skip_serializing_if = "Option::is_none", default)]
    pub pagetotal: Option<CompactString>,
    pub edition: Option<CompactString>,
    pub publisher: Option<String>,
    pub location: Option<CompactString>,
    pub institution: Option<String>,
    pub doi: Option<CompactString>,
    pub url: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none", default)]
    pub isbn: Option<CompactString>,
    #[serde(skip_serializing_if = "Option::is_none", default)]
    pub arxiv: Option<CompactString>,
    #[serde(skip_serializing_if = "Option::is_none", default)]
    pub urldate: Option<Date>,
    /// BibLaTeX's `language` of a work written in another language than its entry, as the
    /// entry notes it ("[in Russian]" -> "russian").
    #[serde(skip_serializing_if = "Option::is_none", default)]
    pub language: Option<CompactString>,
    /// The series a book or a volume of proceedings is part of, BibLaTeX's `series` ("Lecture
    /// Notes in Computer Science" of "volume 1234 of Lecture Notes in Computer Science").
    #[serde(skip_serializing_if = "Option::is_none", default)]
    pub series: Option<CompactString>,
    /// The entry wrote its authors as "———." (or "\\_\\_\\_,"): the previous entry's, filled
    /// in by [`repeat_authors`] once the list is read.
    #[serde(skip)]
    pub same_authors: bool,
    /// How many of the previous entry's authors the dashes stand for when the entry's own
    /// names follow them ("——, and C. W. Landsea, 1999:", "--, --, and X. Niu, 2001:",
    /// AMS's way): those come first, its own after them. 0 when no names follow.
    #[serde(skip)]
    pub same_authors_before: u8,
}

/// Give an entry that wrote its authors as dashes the authors last named before it
/// (`previous`): "———. Title" after "Hume, D. Title" is Hume's. An entry between them with no
/// names at all lost its own dashes in conversion, so the names are those of the last entry
/// that has any. Dashes before names of its own ("——, and C. W. Landsea") stand for the
/// first of those authors, one name a group; such an entry leaves `previous` as it was (the
/// next "——," is the same first author's), any other entry with authors makes them
/// `previous`.
pub fn repeat_authors(reference: &mut Reference, previous: &mut Vec<Name>) {
    if reference.same_authors && reference.authors.is_empty() {
        reference.authors.clone_from(previous);
    } else if reference.same_authors_before > 0 && !reference.authors.is_empty() {
        let before = usize::from(reference.same_authors_before).min(previous.len());
        let own = std::mem::take(&mut reference.authors);
        reference.authors = previous[..before].iter().cloned().chain(own).collect();
        return;
    }
    if !reference.authors.is_empty() {
        previous.clone_from(&reference.authors);
    }
}

/// BibLaTeX's `type` keys for theses and reports, and how they read in English (biblatex's own
/// strings): what CSL's `genre`, RIS's `M3` and formatted lists print.
const WORK_TYPES: [(&str, &str); 3] = [
    ("phdthesis", "PhD thesis"),
    ("mathesis", "Master's thesis"),
    ("techreport", "Technical report"),
];

/// The `type` key a BibTeX entry type stands for (`@phdthesis`, `@mastersthesis`,
/// `@techreport`), any case.
pub fn work_type_of_bibtex(entry_type: &str) -> Option<&'static str> {
    match entry_type.to_ascii_lowercase().as_str() {
        "phdthesis" => Some("phdthesis"),
        "mastersthesis" => Some("mathesis"),
        "techreport" => Some("techreport"),
        _ => None,
    }
}

/// A `type` as words: a key's English ("mathesis" → "Master's thesis"), anything else as it is.
pub fn work_type_text(work_type: &str) -> &str {
    WORK_TYPES
        .iter()
        .find(|(key, _)| *key == work_type)
        .map_or(work_type, |(_, text)| text)
}

/// [`work_type_text`] read back: the key of its English (any case), anything else as it is.
pub fn work_type_key(text: &str) -> &str {
    WORK_TYPES
        .iter()
        .find(|(_, words)| words.eq_ignore_ascii_case(text.trim()))
        .map_or(text, |(key, _)| key)
}

impl Reference {
    /// The year, if the entry has a date.
    pub fn year(&self) -> Option<i32> {
        self.date.map(|d| d.year)
    }

    /// Authors, or editors when there are no authors (as styles cite them).
    pub fn creators(&self) -> &[Name] {
        if self.authors.is_empty() {
            &self.editors
        } else {
            &self.authors
        }
    }

    /// What makes two entries the same work: first creator, year and title, all folded.
    /// `None` for an untitled entry, which cannot be told apart from others by its text.
    pub fn identity(&self) -> Option<(String, Option<i32>, String)> {
        let title = ascii_fold(self.title.as_deref()?);
        let who = self
            .creators()
            .first()
            .map(|n| ascii_fold(&n.cite_name()))
            .unwrap_or_default();
        Some((who, self.year(), title))
    }

    /// The short author-date form a reader would cite: "Chen & Okafor, 2020", "Novak et al., 2019".
    pub fn short_citation(&self) -> String {
        let names = self.creators();
        let who = match names {
            [] => self.title.clone().unwrap_or_else(|| "Anonymous".into()),
            [a] => a.cite_name(),
            [a, b] => format!("{} & {}", a.cite_name(), b.cite_name()),
            [a, ..] => format!("{} et al.", a.cite_name()),
        };
        let year = match (self.year(), &self.pubstate) {
            (Some(y), _) => format!("{y}{}", self.label.as_deref().unwrap_or("")),
            (None, Some(state)) => state.to_string(),
            (None, None) => "n.d.".into(),
        };
        format!("{who}, {year}")
    }
}

/// For each entry, the first entry of the same work ([`Reference::identity`]): itself unless
/// it repeats an earlier one. Identities are compared through a hash and checked in full only
/// when hashes meet, so no table of identities is kept.
pub fn first_copies(references: &[Reference]) -> Vec<usize> {
    use std::hash::{BuildHasher, RandomState};
    let hasher = RandomState::new();
    let mut firsts: std::collections::HashMap<u64, smallvec::SmallVec<[usize; 1]>> =
        std::collections::HashMap::new();
    references
        .iter()
        .enumerate()
        .map(|(i, r)| {
            let Some(id) = r.identity() else { return i };
            let same = firsts.entry(hasher.hash_one(&id)).or_default();
            match same
                .iter()
                .find(|&&j| references[j].identity().as_ref() == Some(&id))
            {
                Some(&j) => j,
                None => {
                    same.push(i);
                    i
                }
            }
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn dashes_repeat_the_authors_last_named() {
        let hume = parse("Hume, D. A treatise. London, 1739.");
        let mut dashes = parse("———. An enquiry. London, 1748.");
        assert!(dashes.same_authors && dashes.authors.is_empty());
        let mut previous = hume.authors.clone();
        repeat_authors(&mut dashes, &mut previous);
        assert_eq!(dashes.authors, hume.authors);
        // Names written out are kept; no dashes, nothing taken.
        let mut smith = parse("Smith, A. Wealth. London, 1776.");
        repeat_authors(&mut smith, &mut previous);
        assert_eq!(smith.authors[0].family(), "Smith");
        assert_eq!(previous, smith.authors);
    }

    #[test]
    fn dashes_before_names_stand_for_the_first_authors() {
        let mut previous =
            parse("Okafor, A., and B. Lind, 2003: Tides. J. Climate, 16, 1-9.").authors;
        let mut r = parse("——, and C. W. Marsh, 1999: Storms. Bull. Amer. Meteor. Soc., 80, 1-9.");
        assert_eq!(r.same_authors_before, 1);
        repeat_authors(&mut r, &mut previous);
        let families: Vec<&str> = r.authors.iter().map(|n| n.family()).collect();
        assert_eq!(families, ["Okafor", "Marsh"]);
        // Two groups, two names; the next lone dash is still the first list's.
        let mut r = parse("--, --, and X. Niu, 2001: Winds. J. Appl. Meteor., 40, 853-863.");
        repeat_authors(&mut r, &mut previous);
        let families: Vec<&str> = r.authors.iter().map(|n| n.family()).collect();
        assert_eq!(families, ["Okafor", "Lind", "Niu"]);
        let mut r = parse("——, 2007: Gales. Eos, 88, 197.");
        repeat_authors(&mut r, &mut previous);
        assert_eq!(r.authors.len(), 2);
    }
}
