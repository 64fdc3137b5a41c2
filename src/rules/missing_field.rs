//! `missing-field`: an entry lacks a field the biblatex data model requires for its type.

use super::duplicate_key::Keys;
use super::{Code, Diagnostic, SourceId};
use crate::bibfile::BibEntry;
use crate::link::join_and;

/// `citecheck explain missing-field`: why it matters and how to fix it.
pub(crate) const EXPLANATION: &str =
    "Why it matters: the biblatex data model requires these fields (an @article needs \
     author, title, journaltitle and date); styles print gaps without them.\n\
     How to fix: add the field, or change the entry type.";

type Groups = &'static [&'static [&'static str]];

const AUTHOR: &[&str] = &["author"];
const EDITOR: &[&str] = &["editor"];
const AUTHOR_EDITOR: &[&str] = &["author", "editor"];
const TITLE: &[&str] = &["title"];
const DATE: &[&str] = &["date", "year"];
const JOURNAL: &[&str] = &["journaltitle", "journal"];
const BOOKTITLE: &[&str] = &["booktitle"];
const INSTITUTION: &[&str] = &["institution", "school"];
const TYPE: &[&str] = &["type"];
const NUMBER: &[&str] = &["number"];
const LOCATOR: &[&str] = &["url", "doi", "eprint"];

/// Required field groups of an entry type; one field of each group must be present.
/// `None` for types the data model does not know (they are not checked).
fn required(entry_type: &str) -> Option<Groups> {
    Some(match entry_type {
        "article" => &[AUTHOR, TITLE, JOURNAL, DATE],
        "book" | "mvbook" => &[AUTHOR_EDITOR, TITLE, DATE],
        "inbook" | "bookinbook" | "suppbook" | "incollection" | "suppcollection"
        | "inreference" | "inproceedings" | "conference" => &[AUTHOR, TITLE, BOOKTITLE, DATE],
        "booklet" | "manual" | "misc" | "dataset" | "software" => &[AUTHOR_EDITOR, TITLE, DATE],
        "collection" | "mvcollection" | "periodical" | "reference" | "mvreference" => {
            &[EDITOR, TITLE, DATE]
        }
        "proceedings" | "mvproceedings" => &[TITLE, DATE],
        "online" | "electronic" | "www" => &[AUTHOR_EDITOR, TITLE, DATE, LOCATOR],
        "patent" => &[AUTHOR, TITLE, NUMBER, DATE],
        "report" | "thesis" => &[AUTHOR, TITLE, TYPE, INSTITUTION, DATE],
        // The BibTeX aliases imply the type.
        "techreport" | "phdthesis" | "mastersthesis" => &[AUTHOR, TITLE, INSTITUTION, DATE],
        "unpublished" => &[AUTHOR, TITLE, DATE],
        _ => return None,
    })
}

/// The field names the required groups draw on, one bit each.
const NAMES: [&str; 15] = [
    "author",
    "editor",
    "title",
    "date",
    "year",
    "journaltitle",
    "journal",
    "booktitle",
    "institution",
    "school",
    "type",
    "number",
    "url",
    "doi",
    "eprint",
];

fn bit(name: &str) -> u16 {
    NAMES.iter().position(|n| *n == name).map_or(0, |i| 1 << i)
}

/// The required fields an entry has (not blank), as bits.
pub fn mask(entry: &BibEntry) -> u16 {
    entry
        .fields
        .iter()
        .filter(|f| !f.value.trim().is_empty())
        .fold(0, |m, f| m | bit(&f.name))
}

/// The keys an entry's `crossref` and `xdata` name.
pub fn parents(entry: &BibEntry) -> Option<Box<[Box<str>]>> {
    let keys: Vec<Box<str>> = entry
        .fields
        .iter()
        .filter(|f| f.name == "crossref" || f.name == "xdata")
        .flat_map(|f| f.value.split(',').map(|k| k.trim().into()))
        .collect();
    (!keys.is_empty()).then(|| keys.into_boxed_slice())
}

/// An entry lacking fields its parents may give, kept until every key is known.
#[derive(Debug)]
pub struct Waiting {
    file: usize,
    key: String,
    entry_type: String,
    span: crate::span::Span,
    own: u16,
    parents: Box<[Box<str>]>,
}

/// Fields an entry has: its own and those inherited from its parents, parents of parents
/// too, a few levels deep (cycles stop there). A parent's `title` is also its child's
/// `booktitle`.
fn present(own: u16, parents: &[Box<str>], keys: &Keys) -> u16 {
    let mut have = own;
    let mut seen: Vec<&str> = Vec::new();
    let mut queue: Vec<&str> = parents.iter().map(|k| &**k).collect();
    for _ in 0..4 {
        let mut next = Vec::new();
        for key in queue {
            if seen.contains(&key) {
                continue;
            }
            seen.push(key);
            if let Some(parent) = keys.exact.get(key) {
                have |= parent.fields;
                if parent.fields & bit("title") != 0 {
                    have |= bit("booktitle");
                }
                next.extend(parent.parents.iter().flatten().map(|k| &**k));
            }
        }
        queue = next;
    }
    have
}

/// Checks each entry against the required fields of its type (biblatex manual, §2.1.1),
/// accepting BibTeX's names (`journal`, `school`, `year`) and fields inherited through `crossref`
/// or `xdata` (a parent's `title` becomes the `booktitle` of an @inproceedings). Example: an
/// @article without `journaltitle`/`journal`.
///
/// One entry of `.bib` file `i`: reported now when its own fields decide, kept in `waiting`
/// when its parents may give what it lacks.
pub fn check(i: usize, entry: &BibEntry, waiting: &mut Vec<Waiting>, out: &mut Vec<Diagnostic>) {
    let Some(groups) = required(&entry.entry_type) else {
        return;
    };
    let own = mask(entry);
    if satisfied(groups, own) {
        return;
    }
    match parents(entry) {
        Some(parents) => waiting.push(Waiting {
            file: i,
            key: entry.key.clone(),
            entry_type: entry.entry_type.clone(),
            span: entry_span(entry),
            own,
            parents,
        }),
        None => report(
            i,
            &entry.key,
            &entry.entry_type,
            entry_span(entry),
            groups,
            own,
            out,
        ),
    }
}

/// Once every entry is read: the waiting entries, with what their parents give.
pub fn check_waiting(keys: &Keys, waiting: Vec<Waiting>, out: &mut Vec<Diagnostic>) {
    for w in waiting {
        let Some(groups) = required(&w.entry_type) else {
            continue;
        };
        let have = present(w.own, &w.parents, keys);
        report(w.file, &w.key, &w.entry_type, w.span, groups, have, out);
    }
}

fn satisfied(groups: Groups, have: u16) -> bool {
    groups
        .iter()
        .all(|group| group.iter().any(|f| have & bit(f) != 0))
}

fn entry_span(entry: &BibEntry) -> crate::span::Span {
    if entry.key.is_empty() {
        entry.span
    } else {
        entry.key_span
    }
}

fn report(
    i: usize,
    key: &str,
    entry_type: &str,
    span: crate::span::Span,
    groups: Groups,
    have: u16,
    out: &mut Vec<Diagnostic>,
) {
    let missing: Vec<String> = groups
        .iter()
        .filter(|group| !group.iter().any(|f| have & bit(f) != 0))
        .map(|group| match group {
            [one] => one.to_string(),
            [first, rest @ ..] => format!("{first} (or {})", rest.join(", ")),
            [] => String::new(),
        })
        .collect();
    if missing.is_empty() {
        return;
    }
    let name = if key.is_empty() {
        "this entry".to_string()
    } else {
        format!("`{key}`")
    };
    let it = if missing.len() == 1 { "it" } else { "them" };
    let message = format!(
        "@{entry_type} {name} has no {}; biblatex requires {it} for @{entry_type}",
        join_and(&missing),
    );
    out.push(
        Diagnostic::new(Code::MissingField, span, message)
            .in_source(SourceId::Bib(i))
            .with_keys([key.to_string()]),
    );
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::rules::testing::{bib, codes};

    #[test]
    fn required_groups_and_unknown_types() {
        assert_eq!(
            required("article"),
            Some(&[AUTHOR, TITLE, JOURNAL, DATE][..])
        );
        assert_eq!(required("customa"), None);
        let have = bit("author") | bit("title") | bit("journal") | bit("year");
        assert!(satisfied(required("article").unwrap(), have));
        assert!(!satisfied(
            required("article").unwrap(),
            have & !bit("journal")
        ));
    }

    #[test]
    fn a_crossref_parent_gives_its_title_as_booktitle_and_its_year() {
        let found = bib(
            "@inproceedings{he2016, author = {He, Kaiming}, title = {Deep Residual Learning},\n\
               pages = {770--778}, crossref = {cvpr2016}}\n\
             @proceedings{cvpr2016, title = {Proceedings of CVPR}, year = {2016}}\n",
        );
        assert_eq!(codes(&found), []);
    }

    #[test]
    fn what_is_missing_is_named_with_its_alternatives() {
        let found = bib("@article{nojournal2004, author = {Doe, J.}, title = {Untitled}}\n");
        assert_eq!(codes(&found), [("missing-field", 1)]);
        assert_eq!(
            found[0].1.message,
            "@article `nojournal2004` has no journaltitle (or journal) and date (or year); biblatex requires them for @article"
        );
    }
}
