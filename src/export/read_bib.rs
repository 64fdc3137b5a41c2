//! Reading a `.bib` file (BibLaTeX or BibTeX) into references, entry by entry, with the
//! `biblatex` crate. A file that does not parse whole is split at each `@` and parsed a piece
//! at a time, so one bad entry is reported and the rest still read.

use super::Problem;
use crate::reference::{Date, EntryType, Name, Reference};
use crate::text::month_by_abbreviation;
use biblatex::{Bibliography, ChunksExt, DateValue, Entry, EntryType as BibType, PermissiveType};
use regex::Regex;
use std::sync::LazyLock;

/// An entry's start: `@type{` at the start of a line.
static ENTRY_START: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"(?m)^[ \t]*@").expect("valid regex"));
/// The key of an entry piece: `@article{key,`.
static ENTRY_KEY: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"^\s*@(\w+)\s*[{(]\s*([^,\s]*)").expect("valid regex"));

/// Read a whole `.bib` text: every entry that reads is kept, in file order; every entry or
/// field that does not is reported.
pub fn from_bib(text: &str) -> (Vec<Reference>, Vec<Problem>) {
    let mut problems = Vec::new();
    let entries: Vec<Entry> = match Bibliography::parse(text) {
        Ok(bib) => bib.into_iter().collect(),
        Err(_) => parse_piecewise(text, &mut problems),
    };
    let references = entries
        .iter()
        .map(|e| to_reference(e, &mut problems))
        .collect();
    (references, problems)
}

fn line_of(text: &str, offset: usize) -> usize {
    text[..offset.min(text.len())]
        .bytes()
        .filter(|&b| b == b'\n')
        .count()
        + 1
}

/// Parse each `@...` piece on its own, with the file's `@string` definitions before it.
fn parse_piecewise(text: &str, problems: &mut Vec<Problem>) -> Vec<Entry> {
    let mut starts: Vec<usize> = ENTRY_START.find_iter(text).map(|m| m.start()).collect();
    starts.push(text.len());
    let pieces: Vec<(usize, &str)> = starts
        .windows(2)
        .map(|w| (w[0], &text[w[0]..w[1]]))
        .collect();
    let is_kind = |piece: &str, kind: &str| {
        ENTRY_KEY
            .captures(piece)
            .is_some_and(|c| c[1].eq_ignore_ascii_case(kind))
    };
    // Abbreviations that parse alone are shared with every entry.
    let mut strings = String::new();
    for (start, piece) in &pieces {
        if is_kind(piece, "string") {
            if Bibliography::parse(piece).is_ok() {
                strings.push_str(piece);
                strings.push('\n');
            } else {
                problems.push(Problem {
                    entry: format!("@string at line {}", line_of(text, *start)),
                    message: "does not parse; skipped".into(),
                });
            }
        }
    }
    let mut entries = Vec::new();
    for (start, piece) in pieces {
        if is_kind(piece, "string") || is_kind(piece, "comment") || is_kind(piece, "preamble") {
            continue;
        }
        let key = ENTRY_KEY
            .captures(piece)
            .map(|c| c[2].to_string())
            .unwrap_or_default();
        let who = if key.is_empty() {
            format!("entry at line {}", line_of(text, start))
        } else {
            key
        };
        match Bibliography::parse(&format!("{strings}{piece}")) {
            Ok(bib) => entries.extend(bib),
            Err(e) => problems.push(Problem {
                entry: who,
                message: format!("line {}: {}; entry skipped", line_of(text, start), e.kind),
            }),
        }
    }
    entries
}

fn entry_type(t: &BibType) -> EntryType {
    match t {
        BibType::Article => EntryType::Article,
        BibType::Book
        | BibType::MvBook
        | BibType::Booklet
        | BibType::Proceedings
        | BibType::Collection
        | BibType::Manual => EntryType::Book,
        BibType::InCollection | BibType::InBook | BibType::InReference | BibType::BookInBook => {
            EntryType::InCollection
        }
        BibType::InProceedings => EntryType::InProceedings,
        BibType::Thesis | BibType::PhdThesis | BibType::MastersThesis => EntryType::Thesis,
        BibType::Report | BibType::TechReport => EntryType::Report,
        BibType::Online => EntryType::Online,
        BibType::Patent => EntryType::Patent,
        _ => EntryType::Misc,
    }
}

fn names(people: Vec<biblatex::Person>) -> Vec<Name> {
    people
        .into_iter()
        .map(|p| {
            let nonempty = |s: String| Some(s).filter(|s| !s.trim().is_empty());
            let given = nonempty(p.given_name);
            let particle = nonempty(p.prefix);
            if given.is_none() && particle.is_none() && p.name.contains(' ') {
                // "{World Health Organization}": braced whole, an organisation.
                Name::Literal {
                    literal: p.name.into(),
                }
            } else {
                Name::Person {
                    family: p.name.into(),
                    given: given.map(Into::into),
                    particle: particle.map(Into::into),
                    suffix: nonempty(p.suffix).map(Into::into),
                }
            }
        })
        .collect()
}

fn date(e: &Entry, field: &str, key: &str, problems: &mut Vec<Problem>) -> Option<Date> {
    let Ok(value) = e.get_as::<PermissiveType<biblatex::Date>>(field) else {
        // A missing field is no problem; a bad one is reported below by `date_fields`.
        return None;
    };
    match value {
        PermissiveType::Typed(d) => {
            let at = match d.value {
                DateValue::At(t)
                | DateValue::After(t)
                | DateValue::Before(t)
                | DateValue::Between(t, _) => t,
            };
            Some(Date {
                year: at.year,
                month: at.month.map(|m| m + 1),
                day: at.month.and(at.day).map(|d| d + 1),
            })
        }
        PermissiveType::Chunks(c) => {
            let text = c.format_verbatim();
            let parsed = Date::from_iso(&text).or_else(|| text.trim().parse().ok().map(Date::year));
            if parsed.is_none() {
                problems.push(Problem {
                    entry: key.to_string(),
                    message: format!("{field} `{text}` is not a date; left out"),
                });
            }
            parsed
        }
    }
}

/// The date of an entry: `date`, or BibTeX's `year` and `month`.
fn issued(e: &Entry, problems: &mut Vec<Problem>) -> Option<Date> {
    if e.get("date").is_some() {
        return date(e, "date", &e.key, problems);
    }
    let year_text = e.get("year")?.format_verbatim();
    let Ok(year) = year_text.trim().parse::<i32>() else {
        problems.push(Problem {
            entry: e.key.clone(),
            message: format!("year `{year_text}` is not a number; left out"),
        });
        return None;
    };
    let month = e.get("month").and_then(|m| {
        let m = m.format_verbatim();
        let m = m.trim().to_lowercase();
        // BibTeX month macros and names, by their first three letters.
        m.parse::<u8>().ok().or_else(|| month_by_abbreviation(&m))
    });
    Some(Date {
        year,
        month: month.filter(|m| (1..=12).contains(m)),
        day: None,
    })
}

/// One BibLaTeX entry as a reference.
pub fn to_reference(e: &Entry, problems: &mut Vec<Problem>) -> Reference {
    let text = |field: &str| {
        e.get(field)
            .map(|c| c.format_verbatim())
            .filter(|s| !s.trim().is_empty())
    };
    let entry_type = entry_type(&e.entry_type);
    let person_list = |field: &str, problems: &mut Vec<Problem>| match e.get(field) {
        None => Vec::new(),
        Some(_) => match e.get_as::<Vec<biblatex::Person>>(field) {
            Ok(people) => names(people),
            Err(err) => {
                problems.push(Problem {
                    entry: e.key.clone(),
                    message: format!("{field}: {err}; left out"),
                });
                Vec::new()
            }
        },
    };
    let authors = person_list("author", problems);
    let editors = person_list("editor", problems);
    let translators = person_list("translator", problems);
    let mut r = Reference {
        key: e.key.as_str().into(),
        entry_type,
        authors,
        editors,
        translators,
        date: issued(e, problems),
        urldate: date(e, "urldate", &e.key, problems),
        title: text("title"),
        volume: text("volume").map(Into::into),
        number: text("number").or_else(|| text("issue")).map(Into::into),
        pages: text("pages").map(Into::into),
        pagetotal: text("pagetotal").map(Into::into),
        edition: text("edition").map(Into::into),
        publisher: text("publisher"),
        location: text("location").or_else(|| text("address")).map(Into::into),
        doi: text("doi").map(Into::into),
        url: text("url"),
        isbn: text("isbn").map(Into::into),
        language: text("language").map(Into::into),
        series: text("series").map(Into::into),
        // BibTeX's thesis and report types name the kind BibLaTeX keeps in `type`.
        work_type: text("type").map(Into::into).or_else(|| {
            crate::reference::work_type_of_bibtex(&e.entry_type.to_string()).map(Into::into)
        }),
        ..Default::default()
    };
    let institution = text("institution").or_else(|| text("school"));
    let organization = text("organization");
    r.container = match entry_type {
        EntryType::Article => text("journaltitle").or_else(|| text("journal")),
        EntryType::InCollection | EntryType::InProceedings => text("booktitle"),
        EntryType::Online => organization.clone(),
        EntryType::Book | EntryType::Misc => text("howpublished")
            .or_else(|| text("journaltitle"))
            .or_else(|| text("journal")),
        EntryType::Report | EntryType::Thesis | EntryType::Patent => None,
    };
    r.institution = match entry_type {
        EntryType::Online => institution,
        _ => institution.or(organization),
    };
    let eprint_type = text("eprinttype")
        .or_else(|| text("archiveprefix"))
        .map(|t| t.to_lowercase());
    if eprint_type.as_deref() == Some("arxiv") {
        r.arxiv = text("eprint").map(Into::into);
    }
    r.pubstate = text("pubstate").and_then(|key| {
        super::bib::PUBSTATES
            .iter()
            .find(|(_, k)| k.eq_ignore_ascii_case(key.trim()))
            .map(|(state, _)| (*state).into())
    });
    r.raw = r.short_citation();
    r
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_biblatex_and_bibtex_fields() {
        let text = r#"
@article{a, author = {van der Berg, Piet and {World Health Organization}}, title = {T}, journal = {J}, year = {2020}, month = mar, pages = {1--5}, number = 3}
@phdthesis{b, author = {Ali, Sara}, title = {Th}, school = {Uni}, date = {2019-05-02}}
@thesis{c, title = {M}, type = {mathesis}, institution = {Uni}, date = {2010}}
"#;
        let (refs, problems) = from_bib(text);
        assert!(problems.is_empty(), "{problems:?}");
        let a = &refs[0];
        assert_eq!(
            a.authors[0],
            Name::Person {
                family: "Berg".into(),
                given: Some("Piet".into()),
                particle: Some("van der".into()),
                suffix: None,
            }
        );
        assert_eq!(a.authors[1], Name::literal("World Health Organization"));
        assert_eq!(
            a.date,
            Some(Date {
                year: 2020,
                month: Some(3),
                day: None
            })
        );
        assert_eq!(a.container.as_deref(), Some("J"));
        assert_eq!(a.pages.as_deref(), Some("1–5"));
        let b = &refs[1];
        assert_eq!(b.entry_type, EntryType::Thesis);
        assert_eq!(b.institution.as_deref(), Some("Uni"));
        // BibTeX's `@phdthesis` is BibLaTeX's `type = {phdthesis}`; a `type` is read as is.
        assert_eq!(b.work_type.as_deref(), Some("phdthesis"));
        assert_eq!(refs[2].work_type.as_deref(), Some("mathesis"));
        assert_eq!(
            b.date,
            Some(Date {
                year: 2019,
                month: Some(5),
                day: Some(2)
            })
        );
    }

    #[test]
    fn one_bad_entry_does_not_stop_the_rest() {
        let text = "@string{j = {Journal}}\n@book{ok1, title = {One}, publisher = j}\n@book{bad, title = {Two\n@book{ok2, title = {Three}, date = {not a date}}\n";
        let (refs, problems) = from_bib(text);
        let keys: Vec<&str> = refs.iter().map(|r| r.key.as_str()).collect();
        assert_eq!(keys, ["ok1", "ok2"]);
        assert_eq!(refs[0].publisher.as_deref(), Some("Journal"));
        let who: Vec<&str> = problems.iter().map(|p| p.entry.as_str()).collect();
        assert_eq!(who, ["bad", "ok2"], "{problems:?}");
    }
}
