//! A `.bib` entry as our [`Reference`], so `.bib` papers share the report's JSON shape.

use super::names::parse_bib_names;
use super::tex::{collapse_whitespace, detex};
use super::BibEntry;
use crate::reference::{work_type_of_bibtex, Date, EntryType, Reference};
use crate::text::month_by_abbreviation;

/// Our entry type for a BibTeX/BibLaTeX type (aliases included).
pub fn entry_type(bib_type: &str) -> EntryType {
    match bib_type {
        "article" | "periodical" | "suppperiodical" => EntryType::Article,
        "book" | "mvbook" | "booklet" | "collection" | "mvcollection" | "proceedings"
        | "mvproceedings" | "manual" | "reference" | "mvreference" => EntryType::Book,
        "incollection" | "inbook" | "bookinbook" | "suppbook" | "suppcollection"
        | "inreference" => EntryType::InCollection,
        "inproceedings" | "conference" => EntryType::InProceedings,
        "thesis" | "phdthesis" | "mastersthesis" => EntryType::Thesis,
        "report" | "techreport" => EntryType::Report,
        "online" | "electronic" | "www" => EntryType::Online,
        "patent" => EntryType::Patent,
        _ => EntryType::Misc,
    }
}

/// Month number of a `month` field: "3", "03", "March", "mar" (a macro already expanded).
pub fn month_of(value: &str) -> Option<u8> {
    let v = value.trim().trim_end_matches('.');
    if let Ok(n) = v.parse::<u8>() {
        return (1..=12).contains(&n).then_some(n);
    }
    month_by_abbreviation(&v.to_ascii_lowercase())
}

/// The entry's date: `date` (its start, if a range) or `year` with `month`.
pub fn date_of(entry: &BibEntry) -> Option<Date> {
    if let Some(date) = entry.value("date") {
        let start = date
            .split('/')
            .next()
            .unwrap_or("")
            .trim_end_matches(['?', '~', '%']);
        return Date::from_iso(start);
    }
    let year: i32 = entry.value("year")?.trim().parse().ok()?;
    let month = entry.value("month").and_then(month_of);
    Some(Date {
        year,
        month,
        day: None,
    })
}

/// Convert one entry; `line` and `span` point into its `.bib` file.
pub fn to_reference(entry: &BibEntry, source: &str) -> Reference {
    let text = |name: &str| entry.value(name).map(detex).filter(|v| !v.is_empty());
    let first = |names: &[&str]| names.iter().find_map(|n| text(n));
    let raw = collapse_whitespace(source.get(entry.span.start..entry.span.end).unwrap_or(""));
    let eprint_is_arxiv = entry
        .value("eprinttype")
        .or(entry.value("archiveprefix"))
        .is_some_and(|t| t.eq_ignore_ascii_case("arxiv"));
    Reference {
        key: entry.key.as_str().into(),
        line: entry.line,
        span: entry.span,
        raw,
        entry_type: entry_type(&entry.entry_type),
        // BibTeX's thesis and report types name the kind BibLaTeX keeps in `type`.
        work_type: text("type")
            .map(Into::into)
            .or_else(|| work_type_of_bibtex(&entry.entry_type).map(Into::into)),
        authors: entry
            .value("author")
            .map(parse_bib_names)
            .unwrap_or_default(),
        editors: entry
            .value("editor")
            .map(parse_bib_names)
            .unwrap_or_default(),
        translators: entry
            .value("translator")
            .map(parse_bib_names)
            .unwrap_or_default(),
        date: date_of(entry),
        label: None,
        pubstate: text("pubstate").map(Into::into),
        title: text("title"),
        container: first(&["journaltitle", "journal", "booktitle"]),
        volume: text("volume").map(Into::into),
        number: first(&["number", "issue"]).map(Into::into),
        pages: text("pages").map(Into::into),
        pagetotal: text("pagetotal").map(Into::into),
        edition: text("edition").map(Into::into),
        publisher: first(&["publisher"]),
        location: first(&["location", "address"]).map(Into::into),
        institution: first(&["institution", "school", "organization"]),
        doi: text("doi").map(Into::into),
        url: entry.value("url").map(|u| u.trim().to_string()),
        isbn: text("isbn").map(Into::into),
        language: text("language").map(Into::into),
        series: text("series").map(Into::into),
        arxiv: if eprint_is_arxiv {
            text("eprint").map(Into::into)
        } else {
            None
        },
        urldate: entry.value("urldate").and_then(Date::from_iso),
        same_authors: false,
        same_authors_before: 0,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::bibfile::{month_strings, parse};
    use crate::reference::Name;

    #[test]
    fn article_fields_map_to_the_reference() {
        let text = "@string{nat = {Nature}}\n\n@Article{Ashmore1991,\n  author = {Ashmore, Malcolm and {World Health Organization}},\n  title = {The {DNA} of {\\\"O}sterreich},\n  journal = nat,\n  year = 1991, month = mar,\n  volume = 12, number = {3}, pages = {10--12},\n  doi = {10.1000/xyz}, url = {https://example.org/a_b}, address = {Wien}\n}\n";
        let mut p = parse(text, &month_strings());
        p.entries[0].line = 3;
        let r = to_reference(&p.entries[0], text);
        assert_eq!(r.key, "Ashmore1991");
        assert_eq!(r.line, 3);
        assert_eq!(r.entry_type, EntryType::Article);
        assert_eq!(
            r.authors,
            [
                Name::person("Ashmore", Some("Malcolm")),
                Name::literal("World Health Organization")
            ]
        );
        assert_eq!(r.title.as_deref(), Some("The DNA of Österreich"));
        assert_eq!(r.container.as_deref(), Some("Nature"));
        assert_eq!(
            r.date,
            Some(Date {
                year: 1991,
                month: Some(3),
                day: None
            })
        );
        assert_eq!(r.pages.as_deref(), Some("10–12"));
        assert_eq!(r.number.as_deref(), Some("3"));
        assert_eq!(r.location.as_deref(), Some("Wien"));
        assert_eq!(r.url.as_deref(), Some("https://example.org/a_b"));
        assert!(
            r.raw.starts_with("@Article{Ashmore1991, author ="),
            "{}",
            r.raw
        );
    }

    #[test]
    fn dates_from_date_or_year_and_month() {
        let p = parse("@online{a, date = {2020-05-17/2020-06}}\n@book{b, year = {2001}, month = {September}}\n@book{c, year = {in press}}\n", &month_strings());
        assert_eq!(
            date_of(&p.entries[0]),
            Some(Date {
                year: 2020,
                month: Some(5),
                day: Some(17)
            })
        );
        assert_eq!(
            date_of(&p.entries[1]),
            Some(Date {
                year: 2001,
                month: Some(9),
                day: None
            })
        );
        assert_eq!(date_of(&p.entries[2]), None);
        assert_eq!(entry_type("phdthesis"), EntryType::Thesis);
        assert_eq!(entry_type("conference"), EntryType::InProceedings);
        assert_eq!(entry_type("unknowntype"), EntryType::Misc);
    }
}
