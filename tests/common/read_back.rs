//! Reading references back after formatting them in a citation style: the comparison the
//! style sweep (`examples/style_sweep.rs`) prints for every bundled style and the read-back
//! test (`tests/style_read_back.rs`) holds to a floor.
//!
//! Each source is formatted by hayagriva's CSL engine (`citecheck::export::format`), its text
//! (with a numeric style's label) parsed again, and the second reading's fields compared with
//! the source's: family names in order, year, title, container, volume, first page,
//! publisher, place (letters and digits only, lower case; a field the style leaves out is not
//! compared). The sources are the parser's own readings, so this measures consistency across
//! styles, not accuracy.

use citecheck::export::format::{format, Markup};
use citecheck::reference::{parse, Name, Reference};
use std::collections::HashMap;

pub const FIELDS: [&str; 8] = [
    "authors",
    "year",
    "title",
    "container",
    "volume",
    "pages",
    "publisher",
    "location",
];

fn norm(s: &str) -> String {
    citecheck::reference::ascii_fold(s)
        .chars()
        .filter(|c| c.is_alphanumeric())
        .flat_map(char::to_lowercase)
        .collect()
}

fn families(names: &[Name]) -> String {
    names
        .iter()
        .map(|n| match n {
            Name::Person { family, .. } => norm(family),
            Name::Literal { literal } => norm(literal),
        })
        .collect::<Vec<_>>()
        .join(" ")
}

fn first_digits(s: &str) -> String {
    s.chars()
        .skip_while(|c| !c.is_ascii_digit())
        .take_while(char::is_ascii_digit)
        .collect()
}

/// A field's comparable value; `None` when the reference has none.
fn value(r: &Reference, field: &str) -> Option<String> {
    let v = match field {
        "authors" => Some(families(&r.authors)).filter(|s| !s.is_empty()),
        "year" => r.date.as_ref().map(|d| d.year.to_string()),
        "title" => r.title.as_deref().map(norm),
        "container" => r.container.as_deref().map(norm),
        "volume" => r.volume.as_deref().map(first_digits),
        "pages" => r.pages.as_deref().map(first_digits),
        "publisher" => r
            .publisher
            .as_deref()
            .or(r.institution.as_deref())
            .map(norm),
        "location" => r.location.as_deref().map(norm),
        _ => None,
    };
    v.filter(|s| !s.is_empty())
}

/// Is the reading whole enough to be a source: authors, year, title, and a journal with volume
/// or pages, or a publisher?
pub fn whole(r: &Reference) -> bool {
    !r.authors.is_empty()
        && r.date.is_some()
        && r.title.is_some()
        && ((r.container.is_some() && (r.volume.is_some() || r.pages.is_some()))
            || r.publisher.is_some())
}

/// Fields read back right and fields compared, each in [`FIELDS`]' order.
#[derive(Debug, Default, Clone, Copy)]
pub struct Counts {
    pub right: [usize; FIELDS.len()],
    pub compared: [usize; FIELDS.len()],
}

impl Counts {
    /// The share of all compared fields read back right.
    pub fn share(&self) -> f64 {
        let right: usize = self.right.iter().sum();
        right as f64 / self.compared.iter().sum::<usize>().max(1) as f64
    }
}

/// A field read back wrong: the formatted entry, the field, the source's value and the
/// second reading's.
pub struct Miss<'a> {
    pub line: &'a str,
    pub field: &'a str,
    pub want: &'a str,
    pub got: Option<&'a str>,
}

/// Format `sources` (keyed) in `style`, read each entry back and count the fields that come
/// back as they went in; `on_miss` sees each one that does not.
pub fn read_back(
    sources: &[Reference],
    style: &citecheck::export::format::Style,
    mut on_miss: impl FnMut(Miss<'_>),
) -> Counts {
    let by_key: HashMap<&str, &Reference> = sources.iter().map(|r| (r.key.as_str(), r)).collect();
    let formatted = format(sources, style, Markup::Text);
    let mut counts = Counts::default();
    for entry in &formatted.entries {
        let Some(source) = by_key.get(entry.key.as_str()) else {
            continue;
        };
        let line = match &entry.label {
            Some(l) => format!("{l} {}", entry.text),
            None => entry.text.clone(),
        };
        let back = parse(&line);
        for (i, field) in FIELDS.iter().enumerate() {
            let Some(want) = value(source, field) else {
                continue;
            };
            // A field the style does not print is not the parser's to find. A place is looked
            // for outside the publisher's name ("Cambridge University Press" prints no place).
            let printed = match (*field, value(source, "publisher")) {
                ("location", Some(p)) => norm(&line).replace(&p, " "),
                _ => norm(&line),
            };
            if !printed.contains(&want) && *field != "authors" && *field != "year" {
                continue;
            }
            counts.compared[i] += 1;
            let got = value(&back, field);
            // A style that shortens the list to its first names ("et al.") is read right when
            // those are.
            let shortened = *field == "authors"
                && ["et al", "…", "and others", "u. a.", "и др."]
                    .iter()
                    .any(|m| line.contains(m))
                && got
                    .as_deref()
                    .is_some_and(|g| want.starts_with(g) && want[g.len()..].starts_with(' '));
            if shortened || got.as_deref() == Some(want.as_str()) {
                counts.right[i] += 1;
            } else {
                on_miss(Miss {
                    line: &line,
                    field,
                    want: &want,
                    got: got.as_deref(),
                });
            }
        }
    }
    counts
}
