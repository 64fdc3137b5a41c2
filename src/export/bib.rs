//! Reference → `biblatex::Entry`, with BibLaTeX field names (journaltitle, location, date).

use crate::reference::{EntryType, Name, Reference};
use biblatex::{Bibliography, Chunk, Chunks, Entry, EntryType as BibType, Spanned};

fn normal(text: &str) -> Chunks {
    vec![Spanned::detached(Chunk::Normal(text.to_string()))]
}

/// Names as a BibLaTeX name list: "Family, Given" for people (with particle), organisations
/// in braces so that biber keeps them whole.
fn names(list: &[Name]) -> Chunks {
    let mut chunks = Vec::new();
    for (i, name) in list.iter().enumerate() {
        if i > 0 {
            chunks.push(Spanned::detached(Chunk::Normal(" and ".into())));
        }
        match name {
            Name::Literal { literal } => {
                chunks.push(Spanned::detached(Chunk::Verbatim(literal.to_string())))
            }
            Name::Person {
                family,
                given,
                particle,
                suffix,
            } => {
                let mut text = String::new();
                if let Some(p) = particle {
                    text.push_str(p);
                    text.push(' ');
                }
                // A family name of several words must stay one name: brace it.
                if family.contains(' ') {
                    chunks.push(Spanned::detached(Chunk::Normal(text)));
                    chunks.push(Spanned::detached(Chunk::Verbatim(family.to_string())));
                    text = String::new();
                } else {
                    text.push_str(family);
                }
                // "von Last, Jr, First": the suffix between the family and the given names.
                if let Some(s) = suffix {
                    text.push_str(", ");
                    text.push_str(s);
                    if given.is_none() {
                        text.push(',');
                    }
                }
                if let Some(g) = given {
                    text.push_str(", ");
                    text.push_str(g);
                }
                chunks.push(Spanned::detached(Chunk::Normal(text)));
            }
        }
    }
    chunks
}

fn bib_type(t: EntryType) -> BibType {
    match t {
        EntryType::Article => BibType::Article,
        EntryType::Book => BibType::Book,
        EntryType::InCollection => BibType::InCollection,
        EntryType::InProceedings => BibType::InProceedings,
        EntryType::Thesis => BibType::Thesis,
        EntryType::Report => BibType::Report,
        EntryType::Online => BibType::Online,
        EntryType::Patent => BibType::Patent,
        EntryType::Misc => BibType::Misc,
    }
}

/// The field a container goes into, by entry type (biblatex data model).
fn container_field(t: EntryType) -> &'static str {
    match t {
        EntryType::Article => "journaltitle",
        EntryType::InCollection | EntryType::InProceedings => "booktitle",
        EntryType::Online => "organization",
        EntryType::Report | EntryType::Thesis => "institution",
        EntryType::Book | EntryType::Misc | EntryType::Patent => "howpublished",
    }
}

/// One reference as a BibLaTeX entry.
pub fn to_entry(r: &Reference) -> Entry {
    let mut e = Entry::new(r.key.to_string(), bib_type(r.entry_type));
    if !r.authors.is_empty() {
        e.set("author", names(&r.authors));
    }
    if !r.editors.is_empty() {
        e.set("editor", names(&r.editors));
    }
    if !r.translators.is_empty() {
        e.set("translator", names(&r.translators));
    }
    if let Some(d) = r.date {
        e.set("date", normal(&d.to_string()));
    }
    if let Some(key) = r.pubstate.as_deref().and_then(pubstate_key) {
        e.set("pubstate", normal(key));
    }
    // A report has a number and no volume in BibLaTeX's data model: "Working Paper 123" read
    // as a volume is its number.
    let (volume, number) = match (r.entry_type, &r.volume, &r.number) {
        (EntryType::Report, Some(v), None) => (None, Some(v.as_str())),
        _ => (r.volume.as_deref(), r.number.as_deref()),
    };
    let mut text_fields = vec![
        ("title", r.title.as_deref()),
        ("volume", volume),
        ("number", number),
        ("pagetotal", r.pagetotal.as_deref()),
        ("edition", r.edition.as_deref()),
        ("publisher", r.publisher.as_deref()),
        ("location", r.location.as_deref()),
        ("type", r.work_type.as_deref()),
    ];
    let container = container_field(r.entry_type);
    if container == "institution" {
        // Reports and theses: the container is the institution unless one was parsed.
        text_fields.push((
            "institution",
            if r.institution.is_some() {
                r.institution.as_deref()
            } else {
                r.container.as_deref()
            },
        ));
    } else {
        text_fields.push((container, r.container.as_deref()));
        text_fields.push(("institution", r.institution.as_deref()));
    }
    for (field, value) in text_fields {
        if let Some(v) = value {
            e.set(field, normal(v));
        }
    }
    if let Some(p) = &r.pages {
        e.set(
            "pages",
            normal(&p.replace(['–', '—'], "--").replace(" - ", "--")),
        );
    }
    for (field, value) in [
        ("doi", r.doi.as_deref()),
        ("url", r.url.as_deref()),
        ("isbn", r.isbn.as_deref()),
        ("language", r.language.as_deref()),
        ("series", r.series.as_deref()),
    ] {
        if let Some(v) = value {
            // The crate escapes verbatim fields (url, doi) only as biber expects.
            e.set(field, normal(v));
        }
    }
    if let Some(id) = &r.arxiv {
        e.set("eprint", normal(id));
        e.set("eprinttype", normal("arxiv"));
    }
    if let Some(d) = r.urldate {
        e.set("urldate", normal(&d.to_string()));
    }
    e
}

/// The whole list as a `.bib` text.
pub fn to_biblatex(references: &[Reference]) -> String {
    let mut bib = Bibliography::new();
    for r in references {
        bib.insert(to_entry(r));
    }
    bib.to_biblatex_string()
}

/// The statuses [`Reference::pubstate`] holds and BibLaTeX's keys for them, both ways.
pub(super) const PUBSTATES: [(&str, &str); 4] = [
    ("in press", "inpress"),
    ("forthcoming", "forthcoming"),
    ("submitted", "submitted"),
    ("in preparation", "inpreparation"),
];

/// BibLaTeX's key for a status as written ("accepted" is in press, "to appear" forthcoming,
/// "under review" submitted); "n.d." has none.
fn pubstate_key(state: &str) -> Option<&'static str> {
    let s = state.to_lowercase();
    let state = if s.contains("press") || s.starts_with("accepted") {
        "in press"
    } else if s.contains("appear") {
        "forthcoming"
    } else if s.contains("review") {
        "submitted"
    } else {
        s.as_str()
    };
    PUBSTATES
        .iter()
        .find(|(st, _)| state.starts_with(st))
        .map(|(_, key)| *key)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn entry_fields_round_trip() {
        let article = crate::export::test_article();
        let r = Reference {
            authors: vec![
                article.authors[0].clone(),
                Name::literal("World Health Organization"),
            ],
            title: Some("Growth & decline".into()),
            volume: None,
            number: None,
            doi: Some("10.1000/x_y".into()),
            ..article
        };
        let text = to_biblatex(std::slice::from_ref(&r));
        let bib = Bibliography::parse(&text).unwrap();
        let e = bib.get("berg2020").unwrap();
        let authors = e.author().unwrap();
        assert_eq!(authors[0].name, "Berg");
        assert_eq!(authors[0].prefix, "van der");
        assert_eq!(authors[1].name, "World Health Organization");
        assert_eq!(
            e.get_as::<String>("journaltitle").unwrap(),
            "Journal of Tests"
        );
        assert_eq!(e.get_as::<String>("title").unwrap(), "Growth & decline");
        assert_eq!(e.get_as::<String>("doi").unwrap(), "10.1000/x_y");
        // Written as TeX's "--", read back by the crate as an en dash.
        assert!(text.contains("pages = {10--12}"), "{text}");
        assert_eq!(e.get_as::<String>("pages").unwrap(), "10–12");
    }

    /// Theses and reports as BibLaTeX's data model wants them: a `type`, and a report's
    /// number where the text gave it as a volume.
    #[test]
    fn theses_and_reports_have_their_type() {
        let mut refs: Vec<Reference> = [
            "Roe, A. 2011. Fish of the north. MSc thesis, University of Oslo.",
            "Abel, R. (2004). Growth and trade. Working Paper 123, National Bureau of Economic Research.",
        ]
        .iter()
        .map(|t| crate::reference::parse(t))
        .collect();
        crate::reference::assign_keys(&mut refs);
        let text = to_biblatex(&refs);
        assert!(
            text.contains("@thesis{") && text.contains("type = {mathesis}"),
            "{text}"
        );
        assert!(
            text.contains("@report{") && text.contains("type = {Working paper}"),
            "{text}"
        );
        assert!(
            text.contains("number = {123}") && !text.contains("volume"),
            "{text}"
        );
    }

    /// A reference written as BibLaTeX, CSL-JSON and RIS, and read back from the first two.
    struct RoundTrip {
        bib: String,
        csl: String,
        ris: String,
        from_bib: Reference,
        from_csl: Reference,
    }

    fn round_trip(r: &Reference) -> RoundTrip {
        let bib = to_biblatex(std::slice::from_ref(r));
        let (mut read, problems) = crate::export::read_bib::from_bib(&bib);
        assert!(problems.is_empty(), "{problems:?}");
        let csl = crate::export::csl_json::to_csl_json(std::slice::from_ref(r));
        let (mut back, _) = crate::export::csl_json::from_csl_json(&csl).unwrap();
        let ris = crate::export::ris::to_ris_record(r);
        RoundTrip {
            from_bib: read.remove(0),
            from_csl: back.remove(0),
            bib,
            csl,
            ris,
        }
    }

    #[test]
    fn suffixes_are_written_between_family_and_given_names() {
        let r = crate::reference::parse(
            "King, M. L., Jr., & Davis, S., Sr. (1963). Letter from Birmingham jail. \
             Atlantic Monthly, 212(2), 78-88.",
        );
        let t = round_trip(&r);
        assert!(
            t.bib
                .contains("author = {King, Jr., M. L. and Davis, Sr., S.}"),
            "{}",
            t.bib
        );
        assert_eq!(t.from_bib.authors, r.authors);
        assert!(t.csl.contains("\"suffix\": \"Jr.\""), "{}", t.csl);
        assert_eq!(t.from_csl.authors, r.authors);
        assert!(t.ris.contains("AU  - King, M. L., Jr."), "{}", t.ris);
    }

    #[test]
    fn translators_round_trip_through_bib_csl_and_ris() {
        let r = crate::reference::parse(
            "Calvino, Italo. Invisible Cities. Translated by William Weaver. San Diego: \
             Harcourt Brace Jovanovich, 1974.",
        );
        assert_eq!(r.translators.len(), 1);
        assert!(r.editors.is_empty());
        let t = round_trip(&r);
        assert!(
            t.bib.contains("translator = {Weaver, William}"),
            "{}",
            t.bib
        );
        assert_eq!(t.from_bib.translators, r.translators);
        assert_eq!(t.from_csl.translators, r.translators);
        assert!(t.ris.contains("A4  - Weaver, William"), "{}", t.ris);
    }

    #[test]
    fn a_language_round_trips_through_bib_csl_and_ris() {
        let r = crate::reference::parse(
            "D. K. Okafor, Computer Simulation of Tides (Nauka, Moscow, 2005) [in Russian].",
        );
        assert_eq!(r.language.as_deref(), Some("russian"));
        let t = round_trip(&r);
        assert!(t.bib.contains("language = {russian}"), "{}", t.bib);
        assert_eq!(t.from_bib.language, r.language);
        assert_eq!(t.from_csl.language, r.language);
        assert!(t.ris.contains("LA  - russian"), "{}", t.ris);
    }

    #[test]
    fn a_series_round_trips_through_bib_csl_and_ris() {
        let r = crate::reference::parse(
            "Okafor, D. K. Tidal signals. In M. Lind, editor, Tidal Models, volume 193 of \
             Lecture Notes in Computer Science, pages 219-224. Springer-Verlag, 1985.",
        );
        assert_eq!(
            r.series.as_deref(),
            Some("Lecture Notes in Computer Science")
        );
        let t = round_trip(&r);
        assert!(
            t.bib
                .contains("series = {Lecture Notes in Computer Science}"),
            "{}",
            t.bib
        );
        assert_eq!(t.from_bib.series, r.series);
        assert_eq!(t.from_csl.series, r.series);
        assert!(
            t.ris.contains("T3  - Lecture Notes in Computer Science"),
            "{}",
            t.ris
        );
    }

    #[test]
    fn patents_round_trip_through_bib_csl_and_ris() {
        let r = crate::reference::parse(
            "Okafor, E. (1973). Method for detecting tidal signals. US Patent 3,712,959.",
        );
        let t = round_trip(&r);
        assert!(
            t.bib.contains("@patent{")
                && t.bib.contains("number = {3,712,959}")
                && t.bib.contains("type = {patentus}"),
            "{}",
            t.bib
        );
        assert_eq!(t.from_bib.entry_type, EntryType::Patent);
        assert_eq!(t.from_bib.number, r.number);
        assert!(t.csl.contains("\"type\": \"patent\""), "{}", t.csl);
        assert_eq!(t.from_csl.entry_type, EntryType::Patent);
        assert!(t.ris.starts_with("TY  - PAT"), "{}", t.ris);
    }

    #[test]
    fn statuses_are_written_as_biblatex_keys_and_read_back() {
        let r = crate::reference::parse(
            "F. Rabiti, E. Brtino, W. Kim, D. Woelk, A Model of Authorization for \
             Next-Generation Database Systems, to appear in ACM Transactions on Database \
             Systems.",
        );
        let text = to_biblatex(std::slice::from_ref(&r));
        assert!(text.contains("pubstate = {forthcoming}"), "{text}");
        let (read, problems) = crate::export::read_bib::from_bib(&text);
        assert!(problems.is_empty(), "{problems:?}");
        assert_eq!(read[0].pubstate.as_deref(), Some("forthcoming"));
        for (state, key) in [
            ("in press", Some("inpress")),
            ("submitted", Some("submitted")),
            ("in preparation", Some("inpreparation")),
            ("accepted", Some("inpress")),
            ("n.d.", None),
        ] {
            assert_eq!(pubstate_key(state), key, "{state}");
        }
    }
}
