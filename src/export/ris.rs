//! Reference → RIS, the tagged format reference managers import (`TY  - JOUR` … `ER  - `).

use super::csl_json::is_news_piece;
use crate::reference::{EntryType, Name, Reference};
use std::fmt::Write;

fn ris_type(r: &Reference) -> &'static str {
    match r.entry_type {
        EntryType::Article => "JOUR",
        EntryType::Book => "BOOK",
        EntryType::InCollection => "CHAP",
        EntryType::InProceedings => "CPAPER",
        EntryType::Thesis => "THES",
        EntryType::Report => "RPRT",
        EntryType::Online => "ELEC",
        EntryType::Patent => "PAT",
        EntryType::Misc if is_news_piece(r) => "NEWS",
        EntryType::Misc => "GEN",
    }
}

/// "Family, Given" with the particle kept in front of the family name.
fn ris_name(n: &Name) -> String {
    match n {
        Name::Literal { literal } => literal.to_string(),
        Name::Person {
            family,
            given,
            particle,
            suffix,
        } => {
            let family = particle
                .as_ref()
                .map_or_else(|| family.to_string(), |p| format!("{p} {family}"));
            // RIS writes "Last, First, Suffix".
            match (given, suffix) {
                (Some(g), Some(s)) => format!("{family}, {g}, {s}"),
                (Some(g), None) => format!("{family}, {g}"),
                (None, Some(s)) => format!("{family}, , {s}"),
                (None, None) => family,
            }
        }
    }
}

/// One reference as an RIS record. Lines end with CR LF, as the format asks.
pub fn to_ris_record(r: &Reference) -> String {
    let mut out = String::new();
    let mut tag = |tag: &str, value: &str| {
        let value = value.split_whitespace().collect::<Vec<_>>().join(" ");
        if !value.is_empty() {
            let _ = write!(out, "{tag}  - {value}\r\n");
        }
    };
    tag("TY", ris_type(r));
    tag("ID", &r.key);
    for a in &r.authors {
        tag("AU", &ris_name(a));
    }
    for e in &r.editors {
        tag("A2", &ris_name(e));
    }
    for t in &r.translators {
        tag("A4", &ris_name(t));
    }
    if let Some(d) = r.date {
        tag("PY", &d.year.to_string());
        let (m, day) = (
            d.month.map_or(String::new(), |m| format!("{m:02}")),
            d.day.map_or(String::new(), |d| format!("{d:02}")),
        );
        tag("DA", &format!("{}/{m}/{day}/", d.year));
    }
    let fields = [
        ("TI", r.title.as_deref()),
        ("T2", r.container.as_deref()),
        ("VL", r.volume.as_deref()),
        ("IS", r.number.as_deref()),
        ("ET", r.edition.as_deref()),
        ("PB", r.publisher.as_deref()),
        ("CY", r.location.as_deref()),
        ("DO", r.doi.as_deref()),
        ("UR", r.url.as_deref()),
        ("SN", r.isbn.as_deref()),
        ("LA", r.language.as_deref()),
        ("T3", r.series.as_deref()),
        (
            "M3",
            r.work_type.as_deref().map(crate::reference::work_type_text),
        ),
    ];
    for (t, value) in fields {
        if let Some(v) = value {
            tag(t, v);
        }
    }
    if let Some(i) = &r.institution {
        // Thesis school, report institution, organisation behind a page.
        tag(
            if r.entry_type == EntryType::Thesis || r.entry_type == EntryType::Report {
                "PB"
            } else {
                "AD"
            },
            i,
        );
    }
    if let Some(p) = &r.pages {
        let mut parts = p.splitn(2, ['–', '—', '-']);
        if let Some(start) = parts.next() {
            tag("SP", start.trim());
        }
        if let Some(end) = parts.next() {
            tag("EP", end.trim_start_matches('-').trim());
        }
    }
    if let Some(id) = &r.arxiv {
        tag("M1", &format!("arXiv:{id}"));
    }
    if let Some(d) = r.urldate {
        tag("Y2", &d.to_string());
    }
    out.push_str("ER  - \r\n");
    out
}

/// The whole list as an RIS file.
pub fn to_ris(references: &[Reference]) -> String {
    references
        .iter()
        .map(to_ris_record)
        .collect::<Vec<_>>()
        .join("\r\n")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn writes_tags_in_order() {
        let r = Reference {
            volume: None,
            number: None,
            doi: None,
            ..crate::export::test_article()
        };
        assert_eq!(
            to_ris(&[r]),
            "TY  - JOUR\r\nID  - berg2020\r\nAU  - van der Berg, P.\r\nPY  - 2020\r\nDA  - 2020/03//\r\nTI  - Growth\r\nT2  - Journal of Tests\r\nSP  - 10\r\nEP  - 12\r\nER  - \r\n"
        );
    }
}
