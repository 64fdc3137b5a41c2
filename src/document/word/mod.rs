//! Word files (`.docx`) read directly: the zip opened, the main document, footnotes and
//! endnotes turned into text one paragraph a line (see [`body`]), with a map from that text
//! back to the document's paragraphs and notes, and the reference-manager fields found in it.
//! OpenDocument text (`.odt`, and flat `.fodt`) is read to the same [`Word`] by its `odt`
//! module.
//!
//! `zip` (deflate only) opens the package and `roxmltree` parses each part: the parts are
//! small next to memory, a tree makes nested fields, tables and text boxes easy to walk,
//! and `roxmltree` refuses DTDs, so entity bombs never expand.

mod body;
pub mod fields;
mod odt;
mod output;
mod styles;
mod xml;

pub use fields::{Field, FieldKind, Item, Manager};

use super::InputError;
use body::Writer;
use std::io::Read;
use std::path::Path;
use styles::{Numbering, Styles};
use xml::w;

/// The first bytes of a zip file (a `.docx` is one).
pub const ZIP_MAGIC: &[u8] = b"PK\x03\x04";
/// The first bytes of an OLE compound file: an encrypted Office file or an old `.doc`.
pub const OLE_MAGIC: &[u8] = b"\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1";

/// Where a line of the text came from: a paragraph of the body, or a footnote or endnote.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Place {
    /// Byte range of the paragraph's line in the text.
    pub start: usize,
    pub end: usize,
    /// 1-based: the body paragraph (counting those with text, table cells and text boxes
    /// included), or the paragraph within the note.
    pub paragraph: usize,
    /// The note's number as the text marks it (`[^3]`), for a note's paragraph.
    pub note: Option<usize>,
}

/// What a Word file adds to its text: where each line came from, and its managed fields.
#[derive(Debug, Clone, Default)]
pub struct WordMap {
    pub places: Vec<Place>,
    pub fields: Vec<Field>,
}

impl WordMap {
    /// The paragraph (or note) holding byte `offset` of the text.
    pub fn place(&self, offset: usize) -> Option<&Place> {
        let i = self.places.partition_point(|p| p.start <= offset);
        self.places
            .get(i.checked_sub(1)?)
            .filter(|p| offset <= p.end)
    }

    /// Does the document cite through a reference manager's fields?
    pub fn has_citation_fields(&self) -> bool {
        self.fields
            .iter()
            .any(|f| matches!(f.kind, FieldKind::Citation { .. }))
    }
}

/// A Word file's text and map.
#[derive(Debug)]
pub struct Word {
    pub text: String,
    pub map: WordMap,
}

/// Read a `.docx` or `.odt` file's bytes (an OpenDocument text is told by its `content.xml`
/// and `mimetype`, or by its name when it has neither part). Each part read is held to
/// `max_bytes` unpacked.
pub fn read(path: &Path, bytes: &[u8], max_bytes: u64) -> Result<Word, InputError> {
    let fail = |reason: String| InputError::Word {
        path: path.to_path_buf(),
        reason,
    };
    let named_odt = path
        .extension()
        .is_some_and(|e| e.eq_ignore_ascii_case("odt"));
    let what = if named_odt { "OpenDocument" } else { "Word" };
    let mut zip = zip::ZipArchive::new(std::io::Cursor::new(bytes)).map_err(|e| {
        fail(format!(
            "not a readable {what} file (damaged zip archive: {e})"
        ))
    })?;
    let has = |zip: &zip::ZipArchive<_>, name: &str| zip.index_for_name(name).is_some();
    let opendocument = has(&zip, "content.xml") && !has(&zip, "word/document.xml");
    if opendocument || (named_odt && !has(&zip, "word/document.xml")) {
        return odt::read(path, &mut zip, max_bytes);
    }
    let main = main_part(&mut zip, max_bytes, &fail)?;
    let dir = main.rsplit_once('/').map_or("", |(dir, _)| dir);
    let part = |zip: &mut zip::ZipArchive<_>, name: &str| {
        let name = if dir.is_empty() {
            name.to_string()
        } else {
            format!("{dir}/{name}")
        };
        read_part(zip, &name, max_bytes, &fail)
    };
    let document = read_part(&mut zip, &main, max_bytes, &fail)?.ok_or_else(|| {
        fail("a zip archive but not a Word document (it has no word/document.xml)".into())
    })?;
    let styles = part(&mut zip, "styles.xml")?;
    let numbering = part(&mut zip, "numbering.xml")?;
    let footnotes = part(&mut zip, "footnotes.xml")?;
    let endnotes = part(&mut zip, "endnotes.xml")?;

    let parse = |name: &str, text| parse_xml(name, text, &fail);
    let styles = match &styles {
        Some(text) => Styles::parse(&parse("styles.xml", text)?),
        None => Styles::default(),
    };
    let numbering = match &numbering {
        Some(text) => Numbering::parse(&parse("numbering.xml", text)?),
        None => Numbering::default(),
    };
    let document = parse(&main, &document)?;
    let body = document
        .root_element()
        .children()
        .find(|n| w(n, "body"))
        .ok_or_else(|| fail(format!("{main} has no body: not a Word document")))?;
    let mut writer = Writer::new(&styles, numbering);
    // Where Zotero's and Mendeley's bookmark modes keep their codes (Word's custom properties).
    if let Some(custom) = read_part(&mut zip, "docProps/custom.xml", max_bytes, &fail)? {
        let custom = parse_xml("docProps/custom.xml", &custom, &fail)?;
        writer.bookmark_codes = custom_bookmark_codes(&custom);
    }
    writer.body(body);

    let footnotes = footnotes
        .as_deref()
        .map(|t| parse("footnotes.xml", t))
        .transpose()?;
    let endnotes = endnotes
        .as_deref()
        .map(|t| parse("endnotes.xml", t))
        .transpose()?;
    let notes = writer.out.take_notes();
    let (footnotes, endnotes) = (
        notes_by_id(footnotes.as_ref(), "footnote"),
        notes_by_id(endnotes.as_ref(), "endnote"),
    );
    for (i, note) in notes.iter().enumerate() {
        let node = if note.endnote {
            endnotes.get(note.id.as_str())
        } else {
            footnotes.get(note.id.as_str())
        };
        if let Some(&node) = node {
            writer.note(i + 1, node);
        }
    }
    let mut sources = fields::Sources::new();
    for name in custom_xml_parts(&zip) {
        if let Some(part) = read_part(&mut zip, &name, max_bytes, &fail)? {
            sources.extend(fields::word_sources(&parse_xml(&name, &part, &fail)?));
        }
    }
    Ok(writer.out.finish(&sources))
}

fn parse_xml<'i>(
    name: &str,
    text: &'i str,
    fail: &impl Fn(String) -> InputError,
) -> Result<roxmltree::Document<'i>, InputError> {
    if xml::nesting(text, xml::MAX_NESTING) > xml::MAX_NESTING {
        return Err(fail(format!(
            "{name} nests elements more than {} deep; no word processor writes that",
            xml::MAX_NESTING
        )));
    }
    let options = roxmltree::ParsingOptions {
        allow_dtd: false,
        ..Default::default()
    };
    roxmltree::Document::parse_with_options(text, options)
        .map_err(|e| fail(format!("{name} is not well-formed XML: {e}")))
}

/// The citation bookmarks' codes among a `.docx`'s custom properties (`docProps/custom.xml`:
/// `<property name="…"><vt:lpwstr>text</vt:lpwstr></property>`).
fn custom_bookmark_codes(
    custom: &roxmltree::Document,
) -> std::collections::HashMap<String, String> {
    fields::bookmark_codes(
        custom
            .root_element()
            .children()
            .filter(|n| n.has_tag_name("property"))
            .filter_map(|n| {
                let text = n.first_element_child().and_then(|v| v.text());
                Some((n.attribute("name")?, text.unwrap_or_default()))
            }),
    )
}

/// The package's custom XML parts (`customXml/item1.xml`, …), where Word keeps its sources.
fn custom_xml_parts<R: Read + std::io::Seek>(zip: &zip::ZipArchive<R>) -> Vec<String> {
    zip.file_names()
        .filter(|name| {
            name.strip_prefix("customXml/item")
                .and_then(|rest| rest.strip_suffix(".xml"))
                .is_some_and(|n| !n.is_empty() && n.bytes().all(|b| b.is_ascii_digit()))
        })
        .map(str::to_string)
        .collect()
}

/// The notes of a notes part (`w:footnote`, `w:endnote`) by id.
fn notes_by_id<'a, 'i>(
    doc: Option<&'a roxmltree::Document<'i>>,
    kind: &str,
) -> std::collections::HashMap<&'a str, roxmltree::Node<'a, 'i>> {
    let mut by_id = std::collections::HashMap::new();
    if let Some(doc) = doc {
        for note in doc.root_element().children().filter(|n| w(n, kind)) {
            if let Some(id) = xml::attr(&note, "id") {
                by_id.insert(id, note);
            }
        }
    }
    by_id
}

/// Is this file a flat OpenDocument text (`.fodt`), by its name or by its root element?
pub fn is_flat_odt(path: &Path, bytes: &[u8]) -> bool {
    path.extension()
        .is_some_and(|e| e.eq_ignore_ascii_case("fodt"))
        || odt::is_flat(bytes)
}

/// Read a flat OpenDocument text (`.fodt`): one XML file, no zip.
pub fn read_flat(path: &Path, bytes: &[u8]) -> Result<Word, InputError> {
    let text = std::str::from_utf8(bytes).map_err(|_| InputError::Word {
        path: path.to_path_buf(),
        reason: "a flat OpenDocument file that is not UTF-8 text".into(),
    })?;
    odt::read_flat(path, text.trim_start_matches('\u{feff}'))
}

/// The main document part, as the package's relationships name it (`word/document.xml`
/// in every file Word, LibreOffice or pandoc write).
fn main_part<R: Read + std::io::Seek>(
    zip: &mut zip::ZipArchive<R>,
    max_bytes: u64,
    fail: &impl Fn(String) -> InputError,
) -> Result<String, InputError> {
    const DEFAULT: &str = "word/document.xml";
    let Some(rels) = read_part(zip, "_rels/.rels", max_bytes, fail)? else {
        return Ok(DEFAULT.into());
    };
    if xml::nesting(&rels, xml::MAX_NESTING) > xml::MAX_NESTING {
        return Ok(DEFAULT.into());
    }
    let Ok(rels) = roxmltree::Document::parse(&rels) else {
        return Ok(DEFAULT.into());
    };
    let target = rels
        .descendants()
        .filter(|n| n.has_tag_name("Relationship"))
        .find(|n| {
            n.attribute("Type")
                .is_some_and(|t| t.ends_with("/officeDocument"))
        })
        .and_then(|n| n.attribute("Target"))
        .map(|t| t.trim_start_matches('/').to_string());
    Ok(target.unwrap_or_else(|| DEFAULT.into()))
}

/// One part's text, or `None` if the package lacks it.
fn read_part<R: Read + std::io::Seek>(
    zip: &mut zip::ZipArchive<R>,
    name: &str,
    max_bytes: u64,
    fail: &impl Fn(String) -> InputError,
) -> Result<Option<String>, InputError> {
    let file = match zip.by_name(name) {
        Ok(file) => file,
        Err(zip::result::ZipError::FileNotFound) => return Ok(None),
        Err(zip::result::ZipError::UnsupportedArchive(what))
            if what.contains("ncrypt") || what.contains("assword") =>
        {
            return Err(fail(
                "the Word file is encrypted; save a copy without a password".into(),
            ))
        }
        Err(e) => return Err(fail(format!("cannot read {name} in the Word file: {e}"))),
    };
    if file.encrypted() {
        return Err(fail(
            "the Word file is encrypted; save a copy without a password".into(),
        ));
    }
    let mut bytes = Vec::new();
    file.take(max_bytes.saturating_add(1))
        .read_to_end(&mut bytes)
        .map_err(|e| fail(format!("cannot unpack {name}: {e}")))?;
    if bytes.len() as u64 > max_bytes {
        return Err(fail(format!(
            "{name} unpacks to over {max_bytes} bytes (raise the limit with --max-size)"
        )));
    }
    String::from_utf8(bytes)
        .map(|s| Some(s.trim_start_matches('\u{feff}').to_string()))
        .map_err(|_| fail(format!("{name} is not UTF-8 text")))
}
