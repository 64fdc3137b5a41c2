//! Reference → `hayagriva::Entry`, hayagriva's own data model: the container becomes a parent
//! entry (journal → periodical, book of a chapter → anthology, proceedings, website,
//! newspaper), serial numbers (DOI, ISBN, arXiv) go into its serial-number map. Used for the
//! `yaml` export.

use super::csl_json::is_news_piece;
use crate::reference::{Date, EntryType, Name, Reference};
use hayagriva::types::{
    Date as HDate, EntryType as HType, FormatString, MaybeTyped, Numeric, PageRanges, Person,
    PersonRole, PersonsWithRoles, Publisher, QualifiedUrl,
};
use hayagriva::{Entry, Library};

fn text(s: &str) -> FormatString {
    FormatString::with_value(s)
}

fn number(s: &str) -> MaybeTyped<Numeric> {
    s.parse()
        .unwrap_or_else(|_| MaybeTyped::String(s.to_string()))
}

fn date(d: Date) -> HDate {
    // hayagriva counts months and days from zero.
    HDate {
        year: d.year,
        month: d.month.map(|m| m.saturating_sub(1)),
        day: d.month.and(d.day).map(|d| d.saturating_sub(1)),
        approximate: false,
        season: None,
    }
}

fn people(names: &[Name]) -> Vec<Person> {
    names
        .iter()
        .map(|n| match n {
            Name::Literal { literal } => Person {
                name: literal.to_string(),
                given_name: None,
                prefix: None,
                suffix: None,
                comma_suffix: false,
                alias: None,
            },
            Name::Person {
                family,
                given,
                particle,
                suffix,
            } => Person {
                name: family.to_string(),
                given_name: given.as_ref().map(|g| g.to_string()),
                prefix: particle.as_ref().map(|p| p.to_string()),
                suffix: suffix.as_ref().map(|s| s.to_string()),
                comma_suffix: false,
                alias: None,
            },
        })
        .collect()
}

fn publisher(r: &Reference, name: Option<&String>) -> Option<Publisher> {
    (name.is_some() || r.location.is_some())
        .then(|| Publisher::new(name.map(|n| text(n)), r.location.as_deref().map(text)))
}

/// The entry type of the item itself and of its parent (if the container is one).
fn types(r: &Reference) -> (HType, Option<HType>) {
    match r.entry_type {
        EntryType::Article => (HType::Article, Some(HType::Periodical)),
        EntryType::InCollection => (HType::Anthos, Some(HType::Anthology)),
        EntryType::InProceedings => (HType::Article, Some(HType::Proceedings)),
        EntryType::Online => (HType::Web, Some(HType::Web)),
        EntryType::Book => (HType::Book, None),
        EntryType::Thesis => (HType::Thesis, None),
        EntryType::Report => (HType::Report, None),
        EntryType::Patent => (HType::Patent, None),
        EntryType::Misc if is_news_piece(r) => (HType::Article, Some(HType::Newspaper)),
        EntryType::Misc => (HType::Misc, Some(HType::Misc)),
    }
}

/// One reference as a hayagriva entry.
pub fn to_hayagriva(r: &Reference) -> Entry {
    let (own, parent_type) = types(r);
    let mut e = Entry::new(&r.key, own);
    if let Some(t) = &r.title {
        e.set_title(text(t));
    }
    if !r.authors.is_empty() {
        e.set_authors(people(&r.authors));
    }
    if !r.translators.is_empty() {
        e.set_affiliated(vec![PersonsWithRoles::new(
            people(&r.translators),
            PersonRole::Translator,
        )]);
    }
    if let Some(d) = r.date {
        e.set_date(date(d));
    }
    if let Some(p) = &r.pages {
        let p = p.replace(['–', '—'], "-");
        e.set_page_range(
            p.parse::<PageRanges>()
                .map(MaybeTyped::Typed)
                .unwrap_or(MaybeTyped::String(p)),
        );
    }
    if let Some(doi) = &r.doi {
        e.set_doi(doi.to_string());
    }
    if let Some(isbn) = &r.isbn {
        e.set_isbn(isbn.to_string());
    }
    if let Some(id) = &r.arxiv {
        e.set_arxiv(id.to_string());
    }
    if let Some(url) = &r.url {
        if let Ok(mut url) = url.parse::<QualifiedUrl>() {
            url.visit_date = r.urldate.map(date);
            e.set_url(url);
        }
    }
    if let Some(ed) = &r.edition {
        e.set_edition(number(ed));
    }
    let institution = r.institution.as_ref();
    match r.entry_type {
        EntryType::Thesis | EntryType::Report => {
            if let Some(org) = institution.or(r.container.as_ref()) {
                e.set_organization(text(org));
            }
            if let Some(kind) = &r.work_type {
                e.set_genre(text(crate::reference::work_type_text(kind)));
            }
        }
        _ => {
            if let Some(org) = institution {
                e.set_organization(text(org));
            }
        }
    }
    // The container is a parent entry; volume and issue belong to a periodical, the editors
    // and publisher to the book or proceedings.
    let container = r
        .container
        .as_ref()
        .filter(|_| !matches!(r.entry_type, EntryType::Thesis | EntryType::Report));
    match (parent_type, container) {
        (Some(pt), Some(title)) => {
            let mut parent = Entry::new(&format!("{}-parent", r.key), pt);
            parent.set_title(text(title));
            if pt == HType::Periodical || pt == HType::Newspaper {
                if let Some(v) = &r.volume {
                    parent.set_volume(number(v));
                }
                if let Some(n) = &r.number {
                    parent.set_issue(number(n));
                }
                if let Some(p) = publisher(r, r.publisher.as_ref()) {
                    e.set_publisher(p);
                }
            } else {
                if !r.editors.is_empty() {
                    parent.set_editors(people(&r.editors));
                }
                if let Some(v) = &r.volume {
                    parent.set_volume(number(v));
                }
                if let Some(p) = publisher(r, r.publisher.as_ref()) {
                    parent.set_publisher(p);
                }
            }
            // The series is the container's own parent, of its type (hayagriva's collection).
            if let Some(series) = series_entry(r, pt) {
                parent.set_parents(vec![series]);
            }
            e.set_parents(vec![parent]);
        }
        _ => {
            if !r.editors.is_empty() {
                e.set_editors(people(&r.editors));
            }
            if let Some(v) = &r.volume {
                e.set_volume(number(v));
            }
            if let Some(n) = &r.number {
                e.set_issue(number(n));
            }
            // A book's container, as the parser finds it, is its publisher.
            let name = r.publisher.as_ref().or(if r.entry_type == EntryType::Book {
                r.container.as_ref()
            } else {
                None
            });
            if let Some(p) = publisher(r, name) {
                e.set_publisher(p);
            }
            if let Some(series) = series_entry(r, own) {
                e.set_parents(vec![series]);
            }
        }
    }
    e
}

/// The series `r` is part of as a parent entry of type `kind`: hayagriva reads a parent of
/// an entry's own type as its collection (CSL's `collection-title`).
fn series_entry(r: &Reference, kind: HType) -> Option<Entry> {
    let title = r.series.as_deref()?;
    let mut series = Entry::new(&format!("{}-series", r.key), kind);
    series.set_title(text(title));
    Some(series)
}

/// The whole list in hayagriva's YAML format.
pub fn to_yaml(references: &[Reference]) -> Result<String, String> {
    let library: Library = references.iter().map(to_hayagriva).collect();
    hayagriva::io::to_yaml_str(&library).map_err(|e| e.to_string())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn article_gets_a_periodical_parent_and_reads_back() {
        let article = crate::export::test_article();
        let r = Reference {
            date: Some(Date {
                year: 2020,
                month: Some(3),
                day: Some(9),
            }),
            ..article
        };
        let yaml = to_yaml(std::slice::from_ref(&r)).unwrap();
        let lib = hayagriva::io::from_yaml_str(&yaml).unwrap();
        let e = lib.get("berg2020").unwrap();
        assert_eq!(e.entry_type(), &HType::Article);
        assert_eq!(e.authors().unwrap()[0].prefix.as_deref(), Some("van der"));
        assert_eq!(e.date().unwrap().month, Some(2));
        assert_eq!(e.doi(), Some("10.1000/x"));
        let parent = &e.parents()[0];
        assert_eq!(parent.entry_type(), &HType::Periodical);
        assert_eq!(parent.title().unwrap().to_string(), "Journal of Tests");
        assert_eq!(parent.issue().unwrap().to_string(), "2");
    }

    #[test]
    fn a_series_is_the_parent_of_the_book_or_its_container() {
        let book = Reference {
            key: "okafor1993".into(),
            entry_type: EntryType::Book,
            title: Some("Tidal Algebras".into()),
            series: Some("Lecture Notes in Mathematics".into()),
            ..Reference::default()
        };
        let e = to_hayagriva(&book);
        assert_eq!(e.parents()[0].entry_type(), &HType::Book);
        assert_eq!(
            e.parents()[0].title().unwrap().to_string(),
            "Lecture Notes in Mathematics"
        );
        let paper = Reference {
            entry_type: EntryType::InProceedings,
            container: Some("Workshop on Tides".into()),
            ..book
        };
        let e = to_hayagriva(&paper);
        let proceedings = &e.parents()[0];
        assert_eq!(
            proceedings.title().unwrap().to_string(),
            "Workshop on Tides"
        );
        assert_eq!(proceedings.parents()[0].entry_type(), &HType::Proceedings);
        assert_eq!(
            proceedings.parents()[0].title().unwrap().to_string(),
            "Lecture Notes in Mathematics"
        );
    }
}
