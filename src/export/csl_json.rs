//! Reference ↔ CSL-JSON, the data format of the Citation Style Language (schema:
//! `csl-data.json`). Written and read here with serde; the same items feed hayagriva's CSL
//! engine, so `format` and `pandoc --citeproc` render identical data.

use super::Problem;
use crate::reference::{Date, EntryType, Name, Reference};
use serde::{Deserialize, Serialize};
use serde_json::Value;

/// One CSL-JSON name: a person in parts, or an organisation as a literal.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(untagged)]
pub enum CslName {
    Literal {
        literal: String,
    },
    Person {
        family: String,
        #[serde(skip_serializing_if = "Option::is_none", default)]
        given: Option<String>,
        #[serde(
            rename = "non-dropping-particle",
            skip_serializing_if = "Option::is_none",
            default
        )]
        particle: Option<String>,
        #[serde(skip_serializing_if = "Option::is_none", default)]
        suffix: Option<String>,
    },
}

/// A CSL-JSON date: `{"date-parts": [[2024, 1, 29]]}`.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct CslDate {
    #[serde(rename = "date-parts", default)]
    pub date_parts: Vec<Vec<Value>>,
    #[serde(skip_serializing_if = "Option::is_none", default)]
    pub raw: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none", default)]
    pub literal: Option<String>,
}

/// One CSL-JSON item with the variables citecheck reads and writes.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub struct CslItem {
    pub id: String,
    #[serde(rename = "type")]
    pub kind: String,
    #[serde(skip_serializing_if = "Vec::is_empty", default)]
    pub author: Vec<CslName>,
    #[serde(skip_serializing_if = "Vec::is_empty", default)]
    pub editor: Vec<CslName>,
    #[serde(skip_serializing_if = "Vec::is_empty", default)]
    pub translator: Vec<CslName>,
    #[serde(skip_serializing_if = "Option::is_none", default)]
    pub issued: Option<CslDate>,
    #[serde(skip_serializing_if = "Option::is_none", default)]
    pub accessed: Option<CslDate>,
    #[serde(skip_serializing_if = "Option::is_none", default)]
    pub title: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none", default)]
    pub container_title: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none", default, with = "lenient")]
    pub volume: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none", default, with = "lenient")]
    pub issue: Option<String>,
    /// Report and other numbers; also where an arXiv identifier goes ("arXiv:2101.00001").
    #[serde(skip_serializing_if = "Option::is_none", default, with = "lenient")]
    pub number: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none", default, with = "lenient")]
    pub page: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none", default, with = "lenient")]
    pub edition: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none", default)]
    pub publisher: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none", default)]
    pub publisher_place: Option<String>,
    /// The kind of thesis or report ("PhD thesis", "Working paper").
    #[serde(skip_serializing_if = "Option::is_none", default)]
    pub genre: Option<String>,
    /// The organisation behind a web page or a document that is not its publisher.
    #[serde(skip_serializing_if = "Option::is_none", default)]
    pub authority: Option<String>,
    #[serde(rename = "DOI", skip_serializing_if = "Option::is_none", default)]
    pub doi: Option<String>,
    #[serde(rename = "URL", skip_serializing_if = "Option::is_none", default)]
    pub url: Option<String>,
    #[serde(rename = "ISBN", skip_serializing_if = "Option::is_none", default)]
    pub isbn: Option<String>,
    /// The work's language, as the entry notes it ("russian").
    #[serde(skip_serializing_if = "Option::is_none", default)]
    pub language: Option<String>,
    /// The series the work is part of ("Lecture Notes in Computer Science").
    #[serde(
        rename = "collection-title",
        skip_serializing_if = "Option::is_none",
        default
    )]
    pub collection_title: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none", default)]
    pub status: Option<String>,
}

/// CSL-JSON allows numbers where strings are usual ("volume": 12); read both.
mod lenient {
    use serde::{Deserialize, Deserializer, Serializer};
    use serde_json::Value;

    pub fn serialize<S: Serializer>(v: &Option<String>, s: S) -> Result<S::Ok, S::Error> {
        match v {
            Some(v) => s.serialize_str(v),
            None => s.serialize_none(),
        }
    }

    pub fn deserialize<'de, D: Deserializer<'de>>(d: D) -> Result<Option<String>, D::Error> {
        Ok(match Value::deserialize(d)? {
            Value::String(s) => Some(s),
            Value::Number(n) => Some(n.to_string()),
            _ => None,
        })
    }
}

/// A news piece: a dated item in a named outlet that the parser could not type further.
pub(crate) fn is_news_piece(r: &Reference) -> bool {
    r.entry_type == EntryType::Misc
        && r.container.is_some()
        && r.date.is_some_and(|d| d.day.is_some())
}

fn csl_type(r: &Reference) -> &'static str {
    match r.entry_type {
        EntryType::Article => "article-journal",
        EntryType::Book => "book",
        EntryType::InCollection => "chapter",
        EntryType::InProceedings => "paper-conference",
        EntryType::Thesis => "thesis",
        EntryType::Report => "report",
        EntryType::Online => "webpage",
        EntryType::Patent => "patent",
        EntryType::Misc if is_news_piece(r) => "article-newspaper",
        EntryType::Misc if r.arxiv.is_some() => "article",
        EntryType::Misc => "document",
    }
}

fn entry_type(kind: &str) -> EntryType {
    match kind {
        "article-journal" | "article-magazine" => EntryType::Article,
        "book" | "classic" | "collection" | "periodical" => EntryType::Book,
        "chapter" | "entry" | "entry-dictionary" | "entry-encyclopedia" => EntryType::InCollection,
        "paper-conference" => EntryType::InProceedings,
        "thesis" => EntryType::Thesis,
        "report" => EntryType::Report,
        "webpage" | "post-weblog" | "post" => EntryType::Online,
        "patent" => EntryType::Patent,
        _ => EntryType::Misc,
    }
}

fn csl_names(names: &[Name]) -> Vec<CslName> {
    names
        .iter()
        .map(|n| match n {
            Name::Literal { literal } => CslName::Literal {
                literal: literal.to_string(),
            },
            Name::Person {
                family,
                given,
                particle,
                suffix,
            } => CslName::Person {
                family: family.to_string(),
                given: given.as_ref().map(|g| g.to_string()),
                particle: particle.as_ref().map(|p| p.to_string()),
                suffix: suffix.as_ref().map(|s| s.to_string()),
            },
        })
        .collect()
}

fn names(names: Vec<CslName>) -> Vec<Name> {
    names
        .into_iter()
        .map(|n| match n {
            CslName::Literal { literal } => Name::Literal {
                literal: literal.into(),
            },
            CslName::Person {
                family,
                given,
                particle,
                suffix,
            } => Name::Person {
                family: family.into(),
                given: given.map(Into::into),
                particle: particle.map(Into::into),
                suffix: suffix.map(Into::into),
            },
        })
        .collect()
}

fn csl_date(d: Date) -> CslDate {
    let mut parts = vec![Value::from(d.year)];
    parts.extend(d.month.map(Value::from));
    parts.extend(d.month.and(d.day).map(Value::from));
    CslDate {
        date_parts: vec![parts],
        raw: None,
        literal: None,
    }
}

fn date(d: &CslDate) -> Option<Date> {
    let number = |v: &Value| match v {
        Value::Number(n) => n.as_i64(),
        Value::String(s) => s.trim().parse().ok(),
        _ => None,
    };
    if let Some(parts) = d.date_parts.first() {
        let mut it = parts.iter().map(number);
        let year = i32::try_from(it.next()??).ok()?;
        let month = it
            .next()
            .flatten()
            .and_then(|m| u8::try_from(m).ok())
            .filter(|m| (1..=12).contains(m));
        let day = month
            .and(it.next().flatten())
            .and_then(|d| u8::try_from(d).ok())
            .filter(|d| (1..=31).contains(d));
        return Some(Date { year, month, day });
    }
    d.raw
        .as_deref()
        .or(d.literal.as_deref())
        .and_then(Date::from_iso)
}

/// One reference as a CSL-JSON item.
pub fn to_csl_item(r: &Reference) -> CslItem {
    let mut item = CslItem {
        id: r.key.to_string(),
        kind: csl_type(r).to_string(),
        author: csl_names(&r.authors),
        editor: csl_names(&r.editors),
        translator: csl_names(&r.translators),
        issued: r.date.map(csl_date),
        accessed: r.urldate.map(csl_date),
        title: r.title.clone(),
        volume: r.volume.as_deref().map(String::from),
        page: r
            .pages
            .as_ref()
            .map(|p| p.replace(['–', '—'], "-").replace(" - ", "-")),
        edition: r.edition.as_deref().map(String::from),
        publisher: r.publisher.clone(),
        publisher_place: r.location.as_deref().map(String::from),
        genre: r
            .work_type
            .as_deref()
            .map(|t| crate::reference::work_type_text(t).to_string()),
        doi: r.doi.as_deref().map(String::from),
        url: r.url.clone(),
        isbn: r.isbn.as_deref().map(String::from),
        language: r.language.as_deref().map(String::from),
        collection_title: r.series.as_deref().map(String::from),
        ..Default::default()
    };
    // Numbers: the issue of a journal article, the number of anything else.
    match r.entry_type {
        EntryType::Article => item.issue = r.number.as_deref().map(String::from),
        _ => item.number = r.number.as_deref().map(String::from),
    }
    match r.entry_type {
        // Degree-granting or issuing institution is the CSL publisher of theses and reports.
        EntryType::Thesis | EntryType::Report => {
            let institution = r.institution.clone().or_else(|| r.container.clone());
            if item.publisher.is_none() {
                item.publisher = institution;
            } else {
                item.authority = institution;
            }
        }
        EntryType::Book => {
            // A book's "container" as the parser finds it is its publisher or series.
            if item.publisher.is_none() {
                item.publisher = r.container.clone();
            } else {
                item.container_title = r.container.clone();
            }
            item.authority = r.institution.clone();
        }
        _ => {
            item.container_title = r.container.clone();
            item.authority = r.institution.clone();
        }
    }
    if let Some(id) = &r.arxiv {
        if item.number.is_none() {
            item.number = Some(format!("arXiv:{id}"));
        }
        if item.publisher.is_none() && item.container_title.is_none() {
            item.publisher = Some("arXiv".into());
        }
    }
    if let Some(state) = &r.pubstate {
        if r.date.is_none() && state != "n.d." {
            item.status = Some(state.to_string());
        }
    }
    item
}

/// The whole list as CSL-JSON text (an array of items).
pub fn to_csl_json(references: &[Reference]) -> String {
    let items: Vec<CslItem> = references.iter().map(to_csl_item).collect();
    serde_json::to_string_pretty(&items).unwrap_or_default() + "\n"
}

/// One CSL-JSON item as a reference.
pub fn from_csl_item(item: CslItem) -> Reference {
    let entry_type = entry_type(&item.kind);
    let mut r = Reference {
        key: item.id.into(),
        entry_type,
        authors: names(item.author),
        editors: names(item.editor),
        translators: names(item.translator),
        date: item.issued.as_ref().and_then(date),
        urldate: item.accessed.as_ref().and_then(date),
        title: item.title,
        volume: item.volume.map(Into::into),
        number: item.issue.or(item.number).map(Into::into),
        pages: item.page.map(|p| p.replace('-', "–")).map(Into::into),
        edition: item.edition.map(Into::into),
        publisher: item.publisher,
        location: item.publisher_place.map(Into::into),
        work_type: item
            .genre
            .as_deref()
            .filter(|_| matches!(entry_type, EntryType::Thesis | EntryType::Report))
            .map(|g| crate::reference::work_type_key(g).into()),
        doi: item.doi.map(Into::into),
        url: item.url,
        isbn: item.isbn.map(Into::into),
        language: item.language.map(Into::into),
        series: item.collection_title.map(Into::into),
        ..Default::default()
    };
    if let Some(n) = r.number.as_deref().and_then(|n| n.strip_prefix("arXiv:")) {
        r.arxiv = Some(n.to_string().into());
        r.number = None;
        if r.publisher.as_deref() == Some("arXiv") {
            r.publisher = None;
        }
    }
    match entry_type {
        EntryType::Thesis | EntryType::Report => {
            if item.authority.is_some() {
                r.institution = item.authority;
            } else {
                r.institution = r.publisher.take();
            }
            r.container = item.container_title;
        }
        _ => {
            r.container = item.container_title;
            r.institution = item.authority;
        }
    }
    r.pubstate = item.status.map(Into::into);
    r.raw = r.short_citation();
    r
}

/// Read CSL-JSON text: every item that reads is kept; each one that does not is reported.
pub fn from_csl_json(text: &str) -> Result<(Vec<Reference>, Vec<Problem>), String> {
    let values: Vec<Value> = match serde_json::from_str::<Value>(text) {
        Ok(Value::Array(items)) => items,
        Ok(Value::Object(map)) if map.contains_key("items") => match map.get("items") {
            Some(Value::Array(items)) => items.clone(),
            _ => return Err("\"items\" is not an array".into()),
        },
        Ok(_) => return Err("CSL-JSON must be an array of items".into()),
        Err(e) => return Err(format!("not valid JSON: {e}")),
    };
    let mut references = Vec::with_capacity(values.len());
    let mut problems = Vec::new();
    for (i, value) in values.into_iter().enumerate() {
        let id = value
            .get("id")
            .map(|v| v.to_string().trim_matches('"').to_string())
            .unwrap_or_default();
        match serde_json::from_value::<CslItem>(value) {
            Ok(item) => references.push(from_csl_item(item)),
            Err(e) => problems.push(Problem {
                entry: if id.is_empty() {
                    format!("item {}", i + 1)
                } else {
                    id
                },
                message: e.to_string(),
            }),
        }
    }
    Ok((references, problems))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_reference_survives_a_round_trip() {
        let article = crate::export::test_article();
        let r = Reference {
            authors: vec![
                article.authors[0].clone(),
                Name::literal("World Health Organization"),
            ],
            ..article
        };
        let text = to_csl_json(std::slice::from_ref(&r));
        assert!(
            text.contains("\"non-dropping-particle\": \"van der\""),
            "{text}"
        );
        assert!(text.contains("\"issue\": \"2\""), "{text}");
        let (back, problems) = from_csl_json(&text).unwrap();
        assert!(problems.is_empty());
        let mut back = back.into_iter().next().unwrap();
        back.raw = String::new();
        assert_eq!(back, r);
    }

    #[test]
    fn a_thesis_kind_is_its_genre() {
        let thesis = Reference {
            key: "t".into(),
            entry_type: EntryType::Thesis,
            work_type: Some("mathesis".into()),
            title: Some("T".into()),
            institution: Some("Uni".into()),
            ..Default::default()
        };
        let text = to_csl_json(std::slice::from_ref(&thesis));
        assert!(text.contains("\"genre\": \"Master's thesis\""), "{text}");
        let (back, _) = from_csl_json(&text).unwrap();
        assert_eq!(back[0].work_type.as_deref(), Some("mathesis"));
    }

    #[test]
    fn one_bad_item_does_not_stop_the_rest() {
        let text = r#"[{"id": "a", "type": "book", "title": "A"}, {"id": "b", "author": 3}, {"id": "c", "type": "book", "volume": 7}]"#;
        let (refs, problems) = from_csl_json(text).unwrap();
        assert_eq!(
            refs.iter().map(|r| r.key.as_str()).collect::<Vec<_>>(),
            ["a", "c"]
        );
        assert_eq!(refs[1].volume.as_deref(), Some("7"));
        assert_eq!(problems.len(), 1);
        assert_eq!(problems[0].entry, "b");
    }
}
