//! Reference-manager fields read from their instructions: Zotero (`ADDIN ZOTERO_ITEM
//! CSL_CITATION {json}`, `ADDIN ZOTERO_BIBL`), Mendeley (`ADDIN CSL_CITATION {json}`, `ADDIN
//! Mendeley Bibliography CSL_BIBLIOGRAPHY`) and EndNote (`ADDIN EN.CITE <EndNote>…`, its data
//! possibly in base64 `w:fldData`; `ADDIN EN.REFLIST`). Every other field is left alone.

use super::output::RawField;
use crate::span::Span;
use serde_json::Value;

/// Which program manages a field.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Manager {
    Zotero,
    Mendeley,
    EndNote,
    /// Word's own citations (References → Insert Citation): `CITATION Tag` fields whose
    /// sources the document keeps in its bibliography part.
    Word,
}

impl Manager {
    pub fn name(self) -> &'static str {
        match self {
            Manager::Zotero => "Zotero",
            Manager::Mendeley => "Mendeley",
            Manager::EndNote => "EndNote",
            Manager::Word => "Word",
        }
    }
}

/// One cited work as a field records it.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Item {
    /// Family names of the authors (or editors), in order.
    pub families: Vec<String>,
    pub year: Option<String>,
    pub title: Option<String>,
    pub doi: Option<String>,
}

impl Item {
    /// What tells two items apart when they are reported once each.
    pub fn identity(&self) -> String {
        match &self.doi {
            Some(doi) => doi.to_ascii_lowercase(),
            None => format!(
                "{}|{}|{}",
                self.families.join(","),
                self.year.as_deref().unwrap_or(""),
                self.title.as_deref().unwrap_or("")
            ),
        }
    }

    /// The work as a message names it: `Smith et al. 2013, "A title"`.
    pub fn describe(&self) -> String {
        match &self.title {
            Some(title) if !self.families.is_empty() => format!("{}, \"{title}\"", self.short()),
            _ => self.short(),
        }
    }

    /// "Smith et al. 2013" or "Smith 2013": how a message names the work.
    pub fn short(&self) -> String {
        let who = match self.families.as_slice() {
            [] => self.title.clone().unwrap_or_else(|| "an item".into()),
            [one] => one.clone(),
            [a, b] => format!("{a} and {b}"),
            [a, ..] => format!("{a} et al."),
        };
        match &self.year {
            Some(year) => format!("{who} {year}"),
            None => who,
        }
    }
}

/// What a managed field is.
#[derive(Debug, Clone, PartialEq)]
pub enum FieldKind {
    /// A citation: its works and the text the manager last wrote for it (when recorded).
    Citation {
        items: Vec<Item>,
        written: Option<String>,
    },
    /// The bibliography the manager writes; `extra` when it was told to list works no
    /// citation cites (Zotero's `uncited` items).
    Bibliography { extra: bool },
}

/// A reference-manager field with the span of the text it shows.
#[derive(Debug, Clone, PartialEq)]
pub struct Field {
    pub manager: Manager,
    pub kind: FieldKind,
    pub result: Span,
}

/// The bookmarks a reference manager keeps its citations as when told to (Zotero's
/// "bookmarks" mode, Mendeley's bookmarks), named with these prefixes.
const BOOKMARK_PREFIXES: [&str; 2] = ["ZOTERO_BREF_", "Mendeley_Bookmark_"];

/// Each citation bookmark's field code, by bookmark name, from a document's custom properties
/// (`name`, `text`): a code too long for one property is split over `<bookmark>_1`,
/// `<bookmark>_2`, … (255 characters each), joined here in order. Other properties are passed
/// over.
pub fn bookmark_codes<'a>(
    properties: impl Iterator<Item = (&'a str, &'a str)>,
) -> std::collections::HashMap<String, String> {
    let mut parts: std::collections::HashMap<&str, Vec<(usize, &str)>> =
        std::collections::HashMap::new();
    for (name, text) in properties {
        if !BOOKMARK_PREFIXES.iter().any(|p| name.starts_with(p)) {
            continue;
        }
        let Some((bookmark, index)) = name.rsplit_once('_') else {
            continue;
        };
        if let Ok(index) = index.parse::<usize>() {
            parts.entry(bookmark).or_default().push((index, text));
        }
    }
    parts
        .into_iter()
        .map(|(bookmark, mut chunks)| {
            chunks.sort_unstable_by_key(|&(i, _)| i);
            let code: String = chunks.into_iter().map(|(_, text)| text).collect();
            (bookmark.to_string(), code)
        })
        .collect()
}

/// A bookmark's code as a field instruction (`ADDIN …`), if it reads as one of the codes
/// [`managed`] reads.
pub fn bookmark_instruction(code: &str) -> Option<String> {
    let code = code.trim_start();
    let code = code.strip_prefix("ADDIN").unwrap_or(code).trim_start();
    managed_code(code).then(|| format!("ADDIN {code}"))
}

/// Does a code (past `ADDIN`) read as a reference manager's, one that [`managed`] would read?
pub fn managed_code(code: &str) -> bool {
    [
        "ZOTERO_ITEM",
        "ZOTERO_BIBL",
        "CSL_CITATION",
        "Mendeley",
        "EN.CITE",
        "EN.REFLIST",
    ]
    .iter()
    .any(|prefix| code.starts_with(prefix))
        || code.contains("CSL_BIBLIOGRAPHY")
}

/// Word's own sources (its Source Manager's "current list"), by tag.
pub type Sources = std::collections::HashMap<String, Item>;

/// The namespace of Word's bibliography part (`customXml/itemN.xml`, root `b:Sources`).
const BIBLIOGRAPHY: &str = "http://schemas.openxmlformats.org/officeDocument/2006/bibliography";

/// Word's sources in a custom XML part, if it is the bibliography part: each `b:Source`'s
/// tag, authors (`b:Author/b:Author/b:NameList/b:Person/b:Last`, or a `b:Corporate` name; the
/// editors when there are no authors), year, title and DOI.
pub fn word_sources(doc: &roxmltree::Document) -> Sources {
    let root = doc.root_element();
    if !root.has_tag_name((BIBLIOGRAPHY, "Sources")) {
        return Sources::new();
    }
    fn child<'a, 'i>(n: roxmltree::Node<'a, 'i>, name: &str) -> Option<roxmltree::Node<'a, 'i>> {
        n.children().find(|c| c.has_tag_name((BIBLIOGRAPHY, name)))
    }
    fn text(n: roxmltree::Node, name: &str) -> Option<String> {
        child(n, name)
            .and_then(|c| c.text())
            .map(str::trim)
            .filter(|t| !t.is_empty())
            .map(str::to_string)
    }
    let mut sources = Sources::new();
    for source in root
        .children()
        .filter(|c| c.has_tag_name((BIBLIOGRAPHY, "Source")))
    {
        let Some(tag) = text(source, "Tag") else {
            continue;
        };
        let roles = child(source, "Author");
        let names = |role: &str| -> Vec<String> {
            let Some(role) = roles.and_then(|r| child(r, role)) else {
                return Vec::new();
            };
            if let Some(corporate) = text(role, "Corporate") {
                return vec![corporate];
            }
            child(role, "NameList")
                .into_iter()
                .flat_map(|list| list.children())
                .filter(|p| p.has_tag_name((BIBLIOGRAPHY, "Person")))
                .filter_map(|p| text(p, "Last"))
                .collect()
        };
        let mut families = names("Author");
        if families.is_empty() {
            families = names("Editor");
        }
        let item = Item {
            families,
            year: text(source, "Year"),
            title: text(source, "Title"),
            doi: text(source, "DOI"),
        };
        sources.insert(tag, item);
    }
    sources
}

/// A Word citation field (`CITATION Mor18 \l 1033 \m Fra14`): the sources it cites, by tag
/// (the first, then each after `\m`), those the document keeps.
fn word_citation(rest: &str, sources: &Sources) -> Vec<Item> {
    let mut words = rest.split_whitespace();
    let mut tags: Vec<&str> = words.next().into_iter().collect();
    while let Some(word) = words.next() {
        if word.eq_ignore_ascii_case("\\m") {
            tags.extend(words.next());
        }
    }
    tags.iter()
        .filter_map(|tag| sources.get(tag.trim_matches('"')).cloned())
        .collect()
}

/// The managed fields among `raw`, in text order. EndNote's data field (`EN.CITE.DATA`),
/// nested in its citation's instruction, lends its data to that citation; Word's own citation
/// fields take theirs from `sources`.
pub fn managed(raw: &[RawField], sources: &Sources) -> Vec<Field> {
    let mut fields = Vec::new();
    let mut data_for_next: Option<String> = None;
    // Fields are recorded as they end, so a nested data field comes before its citation.
    for f in raw {
        let instruction = f.instruction.trim();
        if let Some(rest) = instruction
            .strip_prefix("CITATION")
            .filter(|r| r.starts_with(char::is_whitespace))
        {
            let items = word_citation(rest, sources);
            if !items.is_empty() {
                fields.push(Field {
                    manager: Manager::Word,
                    kind: FieldKind::Citation {
                        items,
                        written: None,
                    },
                    result: f.result,
                });
            }
            continue;
        }
        let rest = instruction.strip_prefix("ADDIN").map(str::trim_start);
        let Some(rest) = rest else { continue };
        if rest.starts_with("EN.CITE.DATA") {
            data_for_next = decode_base64(&f.data).map(|bytes| decode_text(&bytes));
            continue;
        }
        let data = if f.depth == 0 {
            data_for_next.take()
        } else {
            None
        };
        if let Some(field) = parse(rest, data.as_deref(), &f.data, f.result) {
            fields.push(field);
        }
    }
    fields.sort_by_key(|f| f.result.start);
    // One citation kept twice over the same text (LibreOffice writes a Mendeley citation's
    // reference mark to a .docx as two bookmarks with the one code) is one citation.
    fields.dedup();
    fields
}

fn parse(rest: &str, nested_data: Option<&str>, own_data: &str, result: Span) -> Option<Field> {
    let field = |manager, kind| {
        Some(Field {
            manager,
            kind,
            result,
        })
    };
    if let Some(json) = rest.strip_prefix("ZOTERO_ITEM") {
        let (items, written) = csl_citation(json, &["properties", "plainCitation"])?;
        return field(Manager::Zotero, FieldKind::Citation { items, written });
    }
    if let Some(json) = rest.strip_prefix("ZOTERO_BIBL") {
        return field(
            Manager::Zotero,
            FieldKind::Bibliography {
                extra: lists_uncited(json),
            },
        );
    }
    if rest.starts_with("Mendeley") || rest.contains("CSL_BIBLIOGRAPHY") {
        return field(Manager::Mendeley, FieldKind::Bibliography { extra: false });
    }
    if let Some(json) = rest.strip_prefix("CSL_CITATION") {
        let (items, mut written) = csl_citation(json, &["mendeley", "manualFormatting"])?;
        if written.is_none() {
            written = csl_citation(json, &["mendeley", "plainTextFormattedCitation"])?.1;
        }
        // Mendeley Desktop before 1.16 kept only the formatted text it last wrote, with its
        // markup ("<i>et al.</i>", "<sup>3</sup>").
        if written.is_none() {
            written = csl_citation(json, &["mendeley", "previouslyFormattedCitation"])?
                .1
                .map(|t| without_markup(&t));
        }
        return field(Manager::Mendeley, FieldKind::Citation { items, written });
    }
    if rest.starts_with("EN.REFLIST") {
        return field(Manager::EndNote, FieldKind::Bibliography { extra: false });
    }
    if let Some(xml) = rest.strip_prefix("EN.CITE") {
        let own = decode_base64(own_data).map(|bytes| decode_text(&bytes));
        let xml = [Some(xml), nested_data, own.as_deref()]
            .into_iter()
            .flatten()
            .find(|x| x.contains("<EndNote"))?;
        let (items, written) = endnote(xml)?;
        return field(Manager::EndNote, FieldKind::Citation { items, written });
    }
    None
}

/// Text with its HTML tags dropped and its character references read, as citeproc-js writes
/// them ("(Roe <i>et al.</i>, 2001)" → "(Roe et al., 2001)", "Roe &#38; Poe" → "Roe & Poe").
fn without_markup(text: &str) -> String {
    let mut plain = String::with_capacity(text.len());
    let mut in_tag = false;
    for c in text.chars() {
        match c {
            '<' => in_tag = true,
            '>' if in_tag => in_tag = false,
            _ if !in_tag => plain.push(c),
            _ => {}
        }
    }
    let mut out = String::with_capacity(plain.len());
    let mut rest = plain.as_str();
    while let Some(at) = rest.find('&') {
        out.push_str(&rest[..at]);
        rest = &rest[at..];
        let decoded = rest
            .get(1..rest.find(';').filter(|&end| end <= 10).unwrap_or(0))
            .and_then(|name| {
                let decoded = match name {
                    "amp" => '&',
                    "lt" => '<',
                    "gt" => '>',
                    "quot" => '"',
                    "apos" => '\'',
                    "nbsp" => '\u{a0}',
                    _ => {
                        let number = name.strip_prefix('#')?;
                        let code = match number.strip_prefix(['x', 'X']) {
                            Some(hex) => u32::from_str_radix(hex, 16).ok()?,
                            None => number.parse().ok()?,
                        };
                        char::from_u32(code)?
                    }
                };
                Some((decoded, name.len() + 2))
            });
        match decoded {
            Some((c, len)) => {
                out.push(c);
                rest = &rest[len..];
            }
            None => {
                out.push('&');
                rest = &rest[1..];
            }
        }
    }
    out.push_str(rest);
    out
}

/// Does a Zotero bibliography's settings (`{"uncited":[...],...}`) add works no citation cites?
fn lists_uncited(text: &str) -> bool {
    let (Some(from), Some(to)) = (text.find('{'), text.rfind('}')) else {
        return false;
    };
    serde_json::from_str::<Value>(text.get(from..=to).unwrap_or(""))
        .ok()
        .and_then(|v| v.get("uncited")?.as_array().map(|a| !a.is_empty()))
        .unwrap_or(false)
}

/// A CSL citation object (Zotero's and Mendeley's): its items' data and the string at `path`.
fn csl_citation(text: &str, path: &[&str]) -> Option<(Vec<Item>, Option<String>)> {
    let json = &text[text.find('{')?..=text.rfind('}')?];
    let value: Value = serde_json::from_str(json).ok()?;
    let items = value
        .get("citationItems")?
        .as_array()?
        .iter()
        .map(|c| csl_item(c.get("itemData").unwrap_or(&Value::Null)))
        .collect();
    let written = path
        .iter()
        .try_fold(&value, |v, key| v.get(key))
        .and_then(Value::as_str)
        .map(str::to_string);
    Some((items, written))
}

/// The parts of a CSL-JSON item that identify a work.
fn csl_item(data: &Value) -> Item {
    let string = |key: &str| match data.get(key) {
        Some(Value::String(s)) if !s.trim().is_empty() => Some(s.trim().to_string()),
        Some(Value::Number(n)) => Some(n.to_string()),
        _ => None,
    };
    let names = |key: &str| -> Vec<String> {
        data.get(key)
            .and_then(Value::as_array)
            .map(|names| {
                names
                    .iter()
                    .filter_map(|n| {
                        n.get("family")
                            .or_else(|| n.get("literal"))
                            .and_then(Value::as_str)
                            .map(|s| s.trim().to_string())
                    })
                    .filter(|s| !s.is_empty())
                    .collect()
            })
            .unwrap_or_default()
    };
    let mut families = names("author");
    if families.is_empty() {
        families = names("editor");
    }
    let year = data
        .get("issued")
        .and_then(|i| i.get("date-parts"))
        .and_then(|p| p.get(0))
        .and_then(|p| p.get(0))
        .and_then(|y| match y {
            Value::String(s) => Some(s.trim().to_string()),
            Value::Number(n) => Some(n.to_string()),
            _ => None,
        })
        .or_else(|| {
            let raw = data.get("issued")?.get("raw")?.as_str()?;
            raw.split(|c: char| !c.is_ascii_digit())
                .find(|s| s.len() == 4)
                .map(str::to_string)
        });
    Item {
        families,
        year,
        title: string("title"),
        doi: string("DOI"),
    }
}

/// EndNote's citation XML: each `Cite` with its record; the display text of the whole.
fn endnote(xml: &str) -> Option<(Vec<Item>, Option<String>)> {
    let start = xml.find("<EndNote")?;
    let end = xml.rfind("</EndNote>")? + "</EndNote>".len();
    let xml = xml.get(start..end)?;
    if super::xml::nesting(xml, super::xml::MAX_NESTING) > super::xml::MAX_NESTING {
        return None;
    }
    let doc = roxmltree::Document::parse(xml).ok()?;
    let text_of = |n: roxmltree::Node| -> String {
        n.descendants()
            .filter(roxmltree::Node::is_text)
            .filter_map(|t| t.text())
            .collect::<String>()
            .trim()
            .to_string()
    };
    let first = |n: roxmltree::Node, name: &str| {
        n.descendants()
            .find(|d| d.has_tag_name(name))
            .map(text_of)
            .filter(|s| !s.is_empty())
    };
    let mut written = None;
    let mut items = Vec::new();
    for cite in doc.descendants().filter(|n| n.has_tag_name("Cite")) {
        if written.is_none() {
            written = first(cite, "DisplayText");
        }
        let record = cite.children().find(|n| n.has_tag_name("record"));
        let mut families: Vec<String> = record
            .into_iter()
            .flat_map(|r| r.descendants().filter(|n| n.has_tag_name("author")))
            .map(text_of)
            .map(|a| endnote_family(&a))
            .filter(|a| !a.is_empty())
            .collect();
        if families.is_empty() {
            families.extend(
                cite.children()
                    .find(|n| n.has_tag_name("Author"))
                    .map(text_of),
            );
        }
        let year = cite
            .children()
            .find(|n| n.has_tag_name("Year"))
            .map(text_of)
            .or_else(|| record.and_then(|r| first(r, "year")))
            .filter(|y| !y.is_empty());
        items.push(Item {
            families,
            year,
            title: record.and_then(|r| first(r, "title")),
            doi: record.and_then(|r| first(r, "electronic-resource-num")),
        });
    }
    Some((items, written))
}

/// The family name of an EndNote author as the record keeps it: before the comma ("Lee,
/// Irene"; "World Health Organization," for a body), else, for a name typed or imported
/// given-first ("Yongming Sun", "Brian K.  Shoichet*"), its last word, with the marks around
/// it (a corresponding author's asterisk, a closing full stop) and a trailing "and" (a list
/// split badly on import: "John J. Irwin and") dropped.
fn endnote_family(author: &str) -> String {
    let author = author.trim();
    match author.split_once(',') {
        Some((family, _)) => family.trim().to_string(),
        None => author
            .split_whitespace()
            .map(|w| w.trim_matches(|c: char| !c.is_alphanumeric()))
            .rfind(|w| !w.is_empty() && !w.eq_ignore_ascii_case("and"))
            .unwrap_or_default()
            .to_string(),
    }
}

/// Standard base64 (white space ignored); `None` if it is not base64.
fn decode_base64(text: &str) -> Option<Vec<u8>> {
    let mut out = Vec::with_capacity(text.len() / 4 * 3);
    let (mut acc, mut bits) = (0u32, 0u32);
    for b in text.bytes() {
        let v = match b {
            b'A'..=b'Z' => b - b'A',
            b'a'..=b'z' => b - b'a' + 26,
            b'0'..=b'9' => b - b'0' + 52,
            b'+' => 62,
            b'/' => 63,
            b'=' => break,
            b' ' | b'\n' | b'\r' | b'\t' => continue,
            _ => return None,
        };
        acc = (acc << 6) | u32::from(v);
        bits += 6;
        if bits >= 8 {
            bits -= 8;
            out.push((acc >> bits) as u8);
            acc &= (1 << bits) - 1;
        }
    }
    (!out.is_empty()).then_some(out)
}

/// Field data as text: UTF-16 (EndNote writes it so) when every other byte is zero, else UTF-8.
fn decode_text(bytes: &[u8]) -> String {
    let utf16 = bytes.len() >= 2 && bytes.iter().skip(1).step_by(2).take(64).all(|&b| b == 0);
    if utf16 {
        let units: Vec<u16> = bytes
            .chunks_exact(2)
            .map(|c| u16::from_le_bytes([c[0], c[1]]))
            .collect();
        String::from_utf16_lossy(&units)
    } else {
        String::from_utf8_lossy(bytes).into_owned()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The managed fields of a document that keeps no Word sources.
    fn without_sources(raw: &[RawField]) -> Vec<Field> {
        managed(raw, &Sources::new())
    }

    fn raw(instruction: &str, data: &str, depth: usize) -> RawField {
        RawField {
            instruction: instruction.into(),
            data: data.into(),
            result: Span::new(0, 4),
            depth,
        }
    }

    #[test]
    fn bookmark_codes_join_their_parts_in_order() {
        let props = [
            ("Mendeley_Bookmark_Q7r_2", "{} RND"),
            ("ZOTERO_BREF_k1_1", "ZOTERO_ITEM CSL_CITATION {}"),
            ("Mendeley_Bookmark_Q7r_1", "ADDIN CSL_CITATION "),
            (
                "Mendeley Citation Style_1",
                "http://www.zotero.org/styles/vancouver",
            ),
            ("ZOTERO_PREF_1", "<data/>"),
            ("ZOTERO_BREF_broken", "x"),
        ];
        let mut codes: Vec<_> = bookmark_codes(props.into_iter()).into_iter().collect();
        codes.sort();
        let want = [
            ("Mendeley_Bookmark_Q7r", "ADDIN CSL_CITATION {} RND"),
            ("ZOTERO_BREF_k1", "ZOTERO_ITEM CSL_CITATION {}"),
        ];
        assert_eq!(codes, want.map(|(k, v)| (k.to_string(), v.to_string())));
        assert_eq!(
            bookmark_instruction(" ADDIN CSL_CITATION {}").as_deref(),
            Some("ADDIN CSL_CITATION {}")
        );
        assert_eq!(bookmark_instruction("_Toc123"), None);
    }

    #[test]
    fn word_citations_cite_the_sources_the_document_keeps() {
        let part = format!(
            "<b:Sources xmlns:b=\"{BIBLIOGRAPHY}\"><b:Source><b:Tag>Roe01</b:Tag>\
             <b:Title>Rest</b:Title><b:Year>2001</b:Year><b:Author><b:Author><b:NameList>\
             <b:Person><b:Last>Roe</b:Last><b:First>Ann</b:First></b:Person>\
             <b:Person><b:Last>Poe</b:Last></b:Person></b:NameList></b:Author></b:Author>\
             </b:Source><b:Source><b:Tag>Who99</b:Tag><b:Year>1999</b:Year><b:Author>\
             <b:Editor><b:Corporate>WHO</b:Corporate></b:Editor></b:Author></b:Source>\
             </b:Sources>"
        );
        let sources = word_sources(&roxmltree::Document::parse(&part).unwrap());
        let roe = Item {
            families: vec!["Roe".into(), "Poe".into()],
            year: Some("2001".into()),
            title: Some("Rest".into()),
            doi: None,
        };
        let who = Item {
            families: vec!["WHO".into()],
            year: Some("1999".into()),
            ..Item::default()
        };
        assert_eq!(sources.get("Roe01"), Some(&roe));
        assert_eq!(sources.get("Who99"), Some(&who));
        let f = managed(
            &[
                raw(" CITATION Roe01 \\l 1033 \\m Who99 \\m Gone", "", 0),
                raw(" CITATION Gone \\l 1033 ", "", 0),
                raw(" CITATIONS ", "", 0),
                raw(" BIBLIOGRAPHY ", "", 0),
            ],
            &sources,
        );
        assert_eq!(
            f,
            [Field {
                manager: Manager::Word,
                kind: FieldKind::Citation {
                    items: vec![roe, who],
                    written: None
                },
                result: Span::new(0, 4),
            }]
        );
        let other = roxmltree::Document::parse("<Properties/>").unwrap();
        assert!(word_sources(&other).is_empty());
    }

    #[test]
    fn one_citation_kept_twice_over_its_text_is_one() {
        let code = r#" ADDIN CSL_CITATION {"citationItems":[{"itemData":{"title":"T"}}]} "#;
        let twice = without_sources(&[raw(code, "", 0), raw(code, "", 0)]);
        assert_eq!(twice.len(), 1);
    }

    #[test]
    fn zotero_citation_gives_items_and_plain_text() {
        let f = without_sources(&[raw(
            r#" ADDIN ZOTERO_ITEM CSL_CITATION {"properties":{"plainCitation":"(Roe, 2001)"},"citationItems":[{"itemData":{"title":"T","DOI":"10.1/x","author":[{"family":"Roe","given":"A."}],"issued":{"date-parts":[["2001",3]]}}}]} "#,
            "",
            0,
        )]);
        let item = Item {
            families: vec!["Roe".into()],
            year: Some("2001".into()),
            title: Some("T".into()),
            doi: Some("10.1/x".into()),
        };
        assert_eq!(
            f[0].kind,
            FieldKind::Citation {
                items: vec![item],
                written: Some("(Roe, 2001)".into())
            }
        );
        assert_eq!(f[0].manager, Manager::Zotero);
    }

    #[test]
    fn mendeley_prefers_the_manual_formatting() {
        let json = r#"ADDIN CSL_CITATION {"citationItems":[{"itemData":{"editor":[{"family":"Poe"}],"issued":{"date-parts":[[1999]]}}}],"mendeley":{"manualFormatting":"(Poe 99)","plainTextFormattedCitation":"(Poe, 1999)"}}"#;
        let f = without_sources(&[raw(json, "", 0)]);
        match &f[0].kind {
            FieldKind::Citation { items, written } => {
                assert_eq!(items[0].short(), "Poe 1999");
                assert_eq!(written.as_deref(), Some("(Poe 99)"));
            }
            other => panic!("{other:?}"),
        }
        let old = r#"ADDIN CSL_CITATION { "citationItems" : [ { "itemData" : { "author" : [ { "family" : "Roe" } ], "issued" : { "date-parts" : [ [ "2001" ] ] } } } ], "mendeley" : { "previouslyFormattedCitation" : "(Roe <i>et al.</i>, 2001)" } }"#;
        match &without_sources(&[raw(old, "", 0)])[0].kind {
            FieldKind::Citation { written, .. } => {
                assert_eq!(written.as_deref(), Some("(Roe et al., 2001)"))
            }
            other => panic!("{other:?}"),
        }
        assert_eq!(
            without_markup("(Roe &#38; Poe, <b>2001</b>)"),
            "(Roe & Poe, 2001)"
        );
        assert_eq!(
            without_markup("A &amp; B &#x2013; C &lt;i&gt;"),
            "A & B \u{2013} C <i>"
        );
        assert_eq!(
            without_markup("R&D &bogus; & &#xZZ; &"),
            "R&D &bogus; & &#xZZ; &"
        );
        let bib = without_sources(&[raw("ADDIN Mendeley Bibliography CSL_BIBLIOGRAPHY", "", 0)]);
        assert_eq!(bib[0].kind, FieldKind::Bibliography { extra: false });
        let bib = without_sources(&[raw(
            r#" ADDIN ZOTERO_BIBL {"uncited":[["http://zotero.org/users/1/items/AB"]],"omitted":[]} CSL_BIBLIOGRAPHY "#,
            "",
            0,
        )]);
        assert_eq!(bib[0].kind, FieldKind::Bibliography { extra: true });
    }

    #[test]
    fn endnote_inline_and_in_base64_data() {
        let xml = "<EndNote><Cite><Author>Lee</Author><Year>2011</Year><DisplayText>(Lee, 2011)</DisplayText>\
                   <record><contributors><authors><author>Lee, Irene</author><author>Martin, F.</author></authors></contributors>\
                   <titles><title><style face=\"normal\">Thinking</style></title></titles>\
                   <electronic-resource-num>10.1/y</electronic-resource-num></record></Cite></EndNote>";
        let want = Item {
            families: vec!["Lee".into(), "Martin".into()],
            year: Some("2011".into()),
            title: Some("Thinking".into()),
            doi: Some("10.1/y".into()),
        };
        let inline = without_sources(&[raw(&format!(" ADDIN EN.CITE {xml}"), "", 0)]);
        let citation = |items| FieldKind::Citation {
            items,
            written: Some("(Lee, 2011)".into()),
        };
        assert_eq!(inline[0].kind, citation(vec![want.clone()]));
        let b64 = encode(xml.as_bytes());
        let nested = without_sources(&[
            raw(" ADDIN EN.CITE.DATA ", &b64, 1),
            raw(" ADDIN EN.CITE ", "", 0),
        ]);
        assert_eq!(nested[0].kind, citation(vec![want]));
    }

    #[test]
    fn endnote_authors_given_first_keep_their_last_word() {
        assert_eq!(endnote_family("Lee, Irene"), "Lee");
        assert_eq!(
            endnote_family("World Health Organization,"),
            "World Health Organization"
        );
        assert_eq!(endnote_family("Yongming Sun"), "Sun");
        assert_eq!(endnote_family("Brian K.  Shoichet*"), "Shoichet");
        assert_eq!(endnote_family("B. Sattarov."), "Sattarov");
        assert_eq!(endnote_family("John J.  Irwin and"), "Irwin");
        assert_eq!(endnote_family("Lee &"), "Lee");
        assert_eq!(
            endnote_family("Rafael Gómez-Bombarelli"),
            "Gómez-Bombarelli"
        );
        assert_eq!(endnote_family("  "), "");
        let xml = "<EndNote><Cite><Author>Sun</Author><Year>2016</Year><DisplayText>[1]</DisplayText>\
                   <record><contributors><authors><author>Yongming Sun</author><author>Nian Liu</author></authors></contributors>\
                   <titles><title>Promises</title></titles></record></Cite></EndNote>";
        let field = without_sources(&[raw(&format!(" ADDIN EN.CITE {xml}"), "", 0)]);
        match &field[0].kind {
            FieldKind::Citation { items, .. } => assert_eq!(items[0].families, ["Sun", "Liu"]),
            other => panic!("{other:?}"),
        }
    }

    #[test]
    fn other_fields_and_broken_json_are_not_managed() {
        assert!(
            without_sources(&[raw(" PAGE ", "", 0), raw("ADDIN ZOTERO_ITEM {oops", "", 0)])
                .is_empty()
        );
        assert_eq!(decode_base64("not*base64"), None);
        assert_eq!(decode_text(&[b'h', 0, b'i', 0]), "hi");
    }

    fn encode(bytes: &[u8]) -> String {
        const ALPHABET: &[u8] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
        let mut out = String::new();
        for chunk in bytes.chunks(3) {
            let n =
                chunk.iter().fold(0u32, |a, &b| (a << 8) | u32::from(b)) << (8 * (3 - chunk.len()));
            for i in 0..=chunk.len() {
                out.push(char::from(ALPHABET[(n >> (18 - 6 * i) & 63) as usize]));
            }
        }
        out
    }
}
