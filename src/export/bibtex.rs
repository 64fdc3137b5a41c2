//! Reference → BibTeX: the BibLaTeX entry of `bib.rs`, written with BibTeX's field names by
//! the `biblatex` crate (journaltitle → journal, location → address, date → year + month,
//! institution → school for theses, thesis → phdthesis, online → misc).

use super::bib::to_entry;
use crate::reference::Reference;

/// One reference as a BibTeX entry.
pub fn to_bibtex_entry(r: &Reference) -> String {
    let mut entry = to_entry(r);
    // BibTeX names a master's thesis and a technical report by their entry types
    // (`@mastersthesis`; a thesis is `@phdthesis`, a report `@techreport`), not by `type`.
    match r.work_type.as_deref() {
        Some("mathesis") => {
            entry.entry_type = biblatex::EntryType::MastersThesis;
            entry.remove("type");
        }
        Some("phdthesis" | "techreport") => {
            entry.remove("type");
        }
        _ => {}
    }
    // BibTeX has no `date`: it is rewritten as year and month. A date that does not convert
    // (it always should: it comes from a typed `Date`) is written as a year alone.
    match entry.to_bibtex_string() {
        Ok(text) => text,
        Err(_) => {
            entry.remove("date");
            if let Some(y) = r.year() {
                entry.set(
                    "year",
                    vec![biblatex::Spanned::detached(biblatex::Chunk::Normal(
                        y.to_string(),
                    ))],
                );
            }
            entry.to_bibtex_string().unwrap_or_default()
        }
    }
}

/// The whole list as a BibTeX `.bib` text.
pub fn to_bibtex(references: &[Reference]) -> String {
    references
        .iter()
        .map(to_bibtex_entry)
        .collect::<Vec<_>>()
        .join("\n")
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::reference::{Date, EntryType, Name};

    #[test]
    fn uses_bibtex_field_names() {
        let article = Reference {
            key: "a".into(),
            entry_type: EntryType::Article,
            authors: vec![Name::person("Ali", Some("Sara"))],
            date: Some(Date {
                year: 2020,
                month: Some(3),
                day: Some(9),
            }),
            title: Some("T".into()),
            container: Some("J".into()),
            location: Some("Lahore".into()),
            ..Default::default()
        };
        let thesis = Reference {
            key: "t".into(),
            entry_type: EntryType::Thesis,
            institution: Some("Uni".into()),
            date: Some(Date::year(2019)),
            ..Default::default()
        };
        let masters = Reference {
            key: "m".into(),
            entry_type: EntryType::Thesis,
            work_type: Some("mathesis".into()),
            institution: Some("Uni".into()),
            ..Default::default()
        };
        let report = Reference {
            key: "w".into(),
            entry_type: EntryType::Report,
            work_type: Some("Working paper".into()),
            ..Default::default()
        };
        let text = to_bibtex(&[article, thesis, masters, report]);
        // A master's thesis is BibTeX's own type, no `type` kept; a working paper keeps it.
        assert!(text.contains("@phdthesis{t,"), "{text}");
        assert!(text.contains("@mastersthesis{m,"), "{text}");
        assert!(!text.contains("mathesis"), "{text}");
        assert!(
            text.contains("@techreport{w,") && text.contains("type = {Working paper}"),
            "{text}"
        );
        for want in [
            "journal = {J}",
            "address = {Lahore}",
            "year = {2020}",
            "month = {03}",
            "school = {Uni}",
        ] {
            assert!(text.contains(want), "{want} in\n{text}");
        }
        assert!(
            !text.contains("journaltitle") && !text.contains("date ="),
            "{text}"
        );
        let bib = biblatex::Bibliography::parse(&text).unwrap();
        assert_eq!(
            bib.get("a").unwrap().get_as::<String>("journal").unwrap(),
            "J"
        );
    }
}
