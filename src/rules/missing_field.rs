//! `missing-field`: an entry lacks a field the biblatex data model requires for its type.
//!
//! What it does: checks each entry against the required fields of its type (biblatex manual,
//! §2.1.1), accepting BibTeX's names (`journal`, `school`, `year`) and fields inherited through
//! `crossref` or `xdata` (a parent's `title` becomes the `booktitle` of an @inproceedings).
//! Why: styles print gaps or wrong labels without them. Example: an @article without
//! `journaltitle`/`journal`.

use super::{Code, Diagnostic, SourceId};
use crate::bibfile::{BibEntry, BibFile};
use crate::link::join_and;
use std::collections::{HashMap, HashSet};

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

/// Field names an entry has, its own and those inherited from its parents.
fn present<'a>(entry: &'a BibEntry, by_key: &HashMap<&str, &'a BibEntry>) -> HashSet<&'a str> {
    let mut names: HashSet<&str> = entry
        .fields
        .iter()
        .filter(|f| !f.value.trim().is_empty())
        .map(|f| f.name.as_str())
        .collect();
    let mut parents: Vec<&str> = Vec::new();
    let mut queue = vec![entry];
    // Parents of parents too, a few levels deep (cycles stop there).
    for _ in 0..4 {
        let mut next = Vec::new();
        for e in queue {
            for field in e
                .fields
                .iter()
                .filter(|f| f.name == "crossref" || f.name == "xdata")
            {
                for key in field.value.split(',').map(str::trim) {
                    if parents.contains(&key) {
                        continue;
                    }
                    parents.push(key);
                    if let Some(parent) = by_key.get(key) {
                        for f in parent.fields.iter().filter(|f| !f.value.trim().is_empty()) {
                            names.insert(if f.name == "title" {
                                "booktitle"
                            } else {
                                f.name.as_str()
                            });
                            names.insert(f.name.as_str());
                        }
                        next.push(*parent);
                    }
                }
            }
        }
        queue = next;
    }
    names
}

pub fn check(files: &[BibFile], out: &mut Vec<Diagnostic>) {
    let mut by_key: HashMap<&str, &BibEntry> = HashMap::new();
    for entry in files.iter().flat_map(|f| &f.entries) {
        by_key.entry(entry.key.as_str()).or_insert(entry);
    }
    for (i, file) in files.iter().enumerate() {
        for entry in &file.entries {
            let Some(groups) = required(&entry.entry_type) else {
                continue;
            };
            let own = |name: &&str| {
                entry
                    .fields
                    .iter()
                    .any(|f| f.name == *name && !f.value.trim().is_empty())
            };
            if groups.iter().all(|group| group.iter().any(own)) {
                continue;
            }
            let have = present(entry, &by_key);
            let missing: Vec<String> = groups
                .iter()
                .filter(|group| !group.iter().any(|f| have.contains(f)))
                .map(|group| match group {
                    [one] => one.to_string(),
                    [first, rest @ ..] => format!("{first} (or {})", rest.join(", ")),
                    [] => String::new(),
                })
                .collect();
            if missing.is_empty() {
                continue;
            }
            let name = if entry.key.is_empty() {
                "this entry".to_string()
            } else {
                format!("`{}`", entry.key)
            };
            let it = if missing.len() == 1 { "it" } else { "them" };
            let message = format!(
                "@{} {name} has no {}; biblatex requires {it} for @{}",
                entry.entry_type,
                join_and(&missing),
                entry.entry_type
            );
            let span = if entry.key.is_empty() {
                entry.span
            } else {
                entry.key_span
            };
            out.push(
                Diagnostic::new(Code::MissingField, span, message)
                    .in_source(SourceId::Bib(i))
                    .with_keys([entry.key.clone()]),
            );
        }
    }
}
