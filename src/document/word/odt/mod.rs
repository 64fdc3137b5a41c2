//! OpenDocument text (`.odt`, LibreOffice's and pandoc's) read like a Word file: `content.xml`
//! to the same text, one paragraph a line, with the same map of paragraphs and notes, and the
//! same reference-manager fields. Zotero in LibreOffice keeps each citation as a reference mark
//! (or bookmark) named `ZOTERO_ITEM CSL_CITATION {json} RND…` and the bibliography as a
//! section named `ZOTERO_BIBL {json} CSL_BIBLIOGRAPHY RND…`; a Word file saved as `.odt` keeps
//! its fields as field marks with their code. All become fields read by [`super::fields`].
//! A flat OpenDocument file (`.fodt`) holds the same parts in one XML document.
//!
//! Tracked changes read as accepted (the deleted text lives in `text:tracked-changes`, which is
//! skipped; inserted text is inline), comments (`office:annotation`) are not read.

mod styles;

use super::output::{Open, Output};
use super::styles::roman;
use super::{fields, parse_xml, read_part, Word};
use crate::document::InputError;
use roxmltree::Node;
use std::collections::HashMap;
use std::path::Path;
use styles::{alpha, Look, Styles};

const TEXT: &str = "urn:oasis:names:tc:opendocument:xmlns:text:1.0";
const OFFICE: &str = "urn:oasis:names:tc:opendocument:xmlns:office:1.0";
const STYLE: &str = "urn:oasis:names:tc:opendocument:xmlns:style:1.0";
const TABLE: &str = "urn:oasis:names:tc:opendocument:xmlns:table:1.0";
const DRAW: &str = "urn:oasis:names:tc:opendocument:xmlns:drawing:1.0";
const FO: &str = "urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0";
const FIELD: &str = "urn:openoffice:names:experimental:ooo-ms-interop:xmlns:field:1.0";

/// The media type an OpenDocument text file declares in its `mimetype` member (a template,
/// `…text-template`, and a master document, `…text-master`, extend it).
const MEDIA_TYPE: &str = "application/vnd.oasis.opendocument.text";

/// Deepest nesting of lists, tables, sections and frames followed (see [`super::xml::MAX_NESTING`]).
const MAX_DEPTH: usize = super::xml::MAX_NESTING;

/// Most spaces one `text:s` writes: a hostile count must not multiply the text.
const MAX_SPACES: usize = 64;

/// Most fields open at once. Citations do not nest in practice (an EndNote field converted
/// by LibreOffice nests one deep); marks opened past this are not read as fields, so that
/// a hostile file of unclosed marks costs no more than its length.
const MAX_OPEN: usize = 64;

fn is(node: &Node, ns: &str, name: &str) -> bool {
    node.is_element() && node.tag_name().name() == name && node.tag_name().namespace() == Some(ns)
}

fn attr<'a>(node: &Node<'a, '_>, ns: &str, name: &str) -> Option<&'a str> {
    node.attribute((ns, name))
}

/// Read an OpenDocument text file from its zip (opened by [`super::read`]).
pub fn read(
    path: &Path,
    zip: &mut zip::ZipArchive<std::io::Cursor<&[u8]>>,
    max_bytes: u64,
) -> Result<Word, InputError> {
    let fail = |reason: String| InputError::Word {
        path: path.to_path_buf(),
        reason,
    };
    if let Some(media) = read_part(zip, "mimetype", max_bytes, &fail)? {
        let media = media.trim();
        if media.starts_with("application/vnd.oasis.opendocument") && !media.starts_with(MEDIA_TYPE)
        {
            return Err(fail(format!(
                "an OpenDocument file but not a text document ({media})"
            )));
        }
    }
    // A password-protected file encrypts its parts and says so in its manifest.
    let manifest = read_part(zip, "META-INF/manifest.xml", max_bytes, &fail)?;
    if manifest.is_some_and(|m| m.contains("encryption-data")) {
        return Err(fail(
            "the OpenDocument file is encrypted; save a copy without a password".into(),
        ));
    }
    let content = read_part(zip, "content.xml", max_bytes, &fail)?.ok_or_else(|| {
        fail("a zip archive but not an OpenDocument text (it has no content.xml)".into())
    })?;
    let styles = read_part(zip, "styles.xml", max_bytes, &fail)?;
    let meta = read_part(zip, "meta.xml", max_bytes, &fail)?;
    let content = parse_xml("content.xml", &content, &fail)?;
    let styles = styles
        .as_deref()
        .map(|t| parse_xml("styles.xml", t, &fail))
        .transpose()?;
    let meta = meta
        .as_deref()
        .map(|t| parse_xml("meta.xml", t, &fail))
        .transpose()?;
    write("content.xml", &content, styles.as_ref(), meta.as_ref()).map_err(fail)
}

/// Does a file's start show a flat OpenDocument file (`.fodt`: one XML document whose root
/// is `office:document`)? Whether it is a text document is [`read_flat`]'s to say.
pub fn is_flat(start: &[u8]) -> bool {
    let start = String::from_utf8_lossy(&start[..start.len().min(FLAT_SNIFF)]);
    let start = start.trim_start_matches('\u{feff}').trim_start();
    start.starts_with('<')
        && start
            .find("<office:document")
            .is_some_and(|at| !start[at..].starts_with("<office:document-"))
}

/// How much of a file's start [`is_flat`] looks at: the XML declaration, comments and the
/// root element's many namespace declarations come first.
const FLAT_SNIFF: usize = 8192;

/// Read a flat OpenDocument text (`.fodt`, LibreOffice's "Flat XML"): the styles, metadata
/// and body of an `.odt` in one XML file.
pub fn read_flat(path: &Path, text: &str) -> Result<Word, InputError> {
    let fail = |reason: String| InputError::Word {
        path: path.to_path_buf(),
        reason,
    };
    let doc = parse_xml("the flat OpenDocument file", text, &fail)?;
    let root = doc.root_element();
    if !is(&root, OFFICE, "document") {
        return Err(fail(
            "not a flat OpenDocument file (no office:document)".into(),
        ));
    }
    if let Some(media) = attr(&root, OFFICE, "mimetype").filter(|m| !m.starts_with(MEDIA_TYPE)) {
        return Err(fail(format!(
            "an OpenDocument file but not a text document ({media})"
        )));
    }
    write("the flat OpenDocument file", &doc, None, Some(&doc)).map_err(fail)
}

/// The text of a parsed document: `content` (called `name`) holds the body and automatic
/// styles (a flat file holds everything), `styles` the named styles, `meta` Zotero's bookmark
/// codes.
fn write(
    name: &str,
    content: &roxmltree::Document,
    styles_doc: Option<&roxmltree::Document>,
    meta: Option<&roxmltree::Document>,
) -> Result<Word, String> {
    let mut styles = Styles::default();
    if let Some(doc) = styles_doc {
        styles.add(doc);
    }
    styles.add(content);
    let body = content
        .root_element()
        .children()
        .find(|n| is(n, OFFICE, "body"))
        .and_then(|b| b.children().find(|n| is(n, OFFICE, "text")))
        .ok_or_else(|| format!("{name} has no office:text: not a text document"))?;
    let mut writer = Writer::new(&styles);
    writer.bookmark_codes = meta.map(bookmark_codes).unwrap_or_default();
    writer.blocks(body);
    writer.out.close_all();
    for (i, note) in writer.out.take_notes().into_iter().enumerate() {
        writer.note(i + 1, note);
    }
    Ok(writer.out.finish(&fields::Sources::new()))
}

/// A list being written: its style and the count at each level.
#[derive(Debug)]
struct List {
    style: Option<String>,
    level: usize,
}

/// What an open field is in a `.odt`: a reference mark, bookmark or section by its name, or
/// a field mark (`name` is `None`; they nest).
#[derive(Debug)]
struct Mark<'a> {
    name: Option<&'a str>,
    /// The places written when it began: a field mark's text before its separator is its
    /// code, taken back at the separator if it stayed within one paragraph.
    places: usize,
}

/// Walks one document's `content.xml`, writing its text to [`Output`] as the Word reader does.
struct Writer<'s, 'a, 'i> {
    out: Output<Node<'a, 'i>, Mark<'a>>,
    styles: &'s Styles,
    lists: Vec<List>,
    /// Counters by list style and level, kept so that a list continuing another counts on.
    counters: HashMap<String, Vec<usize>>,
    label: Option<String>,
    depth: usize,
    /// Field marks begun past [`MAX_OPEN`], whose ends are to be passed over.
    overflow: usize,
    /// Zotero's bookmark mode: each `ZOTERO_BREF_…` bookmark's field code, kept in the
    /// document's custom properties (see [`bookmark_codes`]).
    bookmark_codes: HashMap<String, String>,
}

impl<'s, 'a, 'i> Writer<'s, 'a, 'i> {
    fn new(styles: &'s Styles) -> Self {
        Writer {
            out: Output::default(),
            styles,
            lists: Vec::new(),
            counters: HashMap::new(),
            label: None,
            depth: 0,
            overflow: 0,
            bookmark_codes: HashMap::new(),
        }
    }

    /// Block content: paragraphs, headings, lists, tables, sections.
    fn blocks(&mut self, node: Node<'a, 'i>) {
        if self.depth >= MAX_DEPTH {
            return;
        }
        self.depth += 1;
        for n in node.children().filter(Node::is_element) {
            if is(&n, TEXT, "p") || is(&n, TEXT, "h") {
                self.paragraph(n);
            } else if is(&n, TEXT, "list") {
                self.list(n);
            } else if is(&n, TABLE, "table") {
                self.table(n);
            } else if is(&n, TEXT, "section") {
                let name = attr(&n, TEXT, "name").unwrap_or_default();
                let managed = self.open_mark(name);
                self.blocks(n);
                if managed {
                    self.close_named(name);
                }
            } else if is(&n, TEXT, "index-body")
                || is(&n, TEXT, "bibliography")
                || is(&n, TEXT, "table-of-content")
                || is(&n, TEXT, "alphabetical-index")
                || is(&n, TEXT, "illustration-index")
                || is(&n, TEXT, "table-index")
                || is(&n, TEXT, "user-index")
                || is(&n, TEXT, "object-index")
                || is(&n, TEXT, "index-title")
            {
                self.blocks(n);
            }
            // text:tracked-changes (deleted text), declarations, forms: nothing shown.
        }
        self.depth -= 1;
    }

    fn table(&mut self, node: Node<'a, 'i>) {
        if self.depth >= MAX_DEPTH {
            return;
        }
        self.depth += 1;
        for n in node.children().filter(Node::is_element) {
            if is(&n, TABLE, "table-cell") {
                self.blocks(n);
            } else if is(&n, TABLE, "table-row")
                || is(&n, TABLE, "table-rows")
                || is(&n, TABLE, "table-header-rows")
                || is(&n, TABLE, "table-row-group")
            {
                self.table(n);
            }
        }
        self.depth -= 1;
    }

    fn list(&mut self, node: Node<'a, 'i>) {
        if self.depth >= MAX_DEPTH {
            return;
        }
        let style = attr(&node, TEXT, "style-name")
            .map(str::to_string)
            .or_else(|| self.lists.last().and_then(|l| l.style.clone()));
        let level = self.lists.last().map_or(1, |l| l.level + 1);
        let continues = attr(&node, TEXT, "continue-numbering") == Some("true")
            || attr(&node, TEXT, "continue-list").is_some();
        if let Some(style) = &style {
            let counters = self.counters.entry(style.clone()).or_default();
            if counters.len() < level {
                counters.resize(level, 0);
            }
            if !continues {
                counters[level - 1] = 0;
            }
            counters.truncate(level);
        }
        self.lists.push(List { style, level });
        self.depth += 1;
        for item in node.children().filter(Node::is_element) {
            if is(&item, TEXT, "list-item") {
                self.label = self.next_label(&item);
                self.blocks(item);
            } else if is(&item, TEXT, "list-header") {
                self.label = None;
                self.blocks(item);
            }
        }
        self.depth -= 1;
        self.lists.pop();
        self.label = None;
    }

    /// The label of the next item of the innermost list: `text:number` if the file wrote it,
    /// else counted from the list style.
    fn next_label(&mut self, item: &Node) -> Option<String> {
        let list = self.lists.last()?;
        let level = list.level;
        let style = list.style.clone()?;
        let levels = self.styles.lists.get(&style);
        let spec = levels.and_then(|l| l.get(level - 1).or_else(|| l.last()));
        let counters = self.counters.entry(style).or_default();
        if counters.len() < level {
            counters.resize(level, 0);
        }
        let start = spec.map_or(1, |s| s.start);
        let count = match attr(item, TEXT, "start-value").and_then(|s| s.parse().ok()) {
            Some(value) => value,
            None if counters[level - 1] == 0 => start,
            None => counters[level - 1] + 1,
        };
        counters[level - 1] = count;
        let spec = spec?;
        let format = match spec.format.as_deref() {
            None => return Some("-".into()),
            Some("") => return None,
            Some(format) => format,
        };
        // Levels above show their own counts in their own formats ("2.b" is also possible).
        let first = level.saturating_sub(spec.display.max(1)) + 1;
        let mut number = String::new();
        for at in first..=level {
            let upper = levels.and_then(|l| l.get(at - 1));
            let own = if at == level {
                format
            } else {
                upper.and_then(|s| s.format.as_deref()).unwrap_or("1")
            };
            let count = match counters[at - 1] {
                0 => upper.map_or(1, |s| s.start),
                count => count,
            };
            if at > first {
                number.push('.');
            }
            number.push_str(&numeral(own, count));
        }
        Some(format!("{}{number}{}", spec.prefix, spec.suffix))
    }

    fn paragraph(&mut self, p: Node<'a, 'i>) {
        let hashes = if is(&p, TEXT, "h") {
            let level: usize = attr(&p, TEXT, "outline-level")
                .and_then(|l| l.parse().ok())
                .unwrap_or(1);
            level.clamp(1, 6)
        } else {
            0
        };
        // A label the file wrote itself (`text:number`) is the one shown.
        let written = p
            .children()
            .find(|c| is(c, TEXT, "number"))
            .and_then(|n| n.text())
            .map(|t| t.trim().to_string())
            .filter(|t| !t.is_empty());
        let counted = self.label.take();
        let label = written.or(counted);
        let paragraph = self.out.begin_paragraph(hashes, label.as_deref());
        let mut boxes = Vec::new();
        let look = attr(&p, TEXT, "style-name")
            .map(|s| self.styles.look(s))
            .unwrap_or_default();
        self.inline(p, look, &mut boxes);
        self.out.end_paragraph(paragraph);
        for text_box in boxes {
            self.blocks(text_box);
        }
    }

    /// One note's body as a single `[^N]: text` paragraph.
    fn note(&mut self, number: usize, body: Node<'a, 'i>) {
        let note = self.out.begin_note(number);
        let mut boxes = Vec::new();
        for p in body
            .descendants()
            .filter(|n| is(n, TEXT, "p") || is(n, TEXT, "h"))
        {
            self.out.next_note_paragraph(&note);
            self.inline(p, Look::default(), &mut boxes);
        }
        self.out.end_paragraph(note);
    }

    /// A paragraph's content. `look` is what the enclosing spans make of their text.
    fn inline(&mut self, node: Node<'a, 'i>, look: Look, boxes: &mut Vec<Node<'a, 'i>>) {
        if self.depth >= MAX_DEPTH {
            return;
        }
        self.depth += 1;
        for n in node.children() {
            if n.is_text() {
                self.text(n.text().unwrap_or_default(), look);
                continue;
            }
            if !n.is_element() {
                continue;
            }
            let ns = n.tag_name().namespace().unwrap_or_default();
            let name = n.tag_name().name();
            match (ns, name) {
                (TEXT, "span") => {
                    let own = attr(&n, TEXT, "style-name")
                        .map(|s| self.styles.look(s))
                        .unwrap_or_default();
                    let inner = Look {
                        italic: own.italic.or(look.italic),
                        sup: own.sup.or(look.sup),
                    };
                    self.inline(n, inner, boxes);
                }
                (TEXT, "s") => {
                    let count: usize = attr(&n, TEXT, "c")
                        .and_then(|c| c.parse().ok())
                        .unwrap_or(1);
                    self.text(&" ".repeat(count.min(MAX_SPACES)), look);
                }
                (TEXT, "tab") => self.text("\t", look),
                (TEXT, "line-break") => self.out.line_break(),
                (TEXT, "note") => {
                    if let Some(body) = n.children().find(|c| is(c, TEXT, "note-body")) {
                        if !self.out.in_note() {
                            self.out.note_mark(body);
                        }
                    }
                }
                (TEXT, "reference-mark-start") | (TEXT, "bookmark-start") => {
                    if let Some(mark) = attr(&n, TEXT, "name") {
                        self.open_mark(mark);
                    }
                }
                (TEXT, "reference-mark-end") | (TEXT, "bookmark-end") => {
                    if let Some(mark) = attr(&n, TEXT, "name") {
                        self.close_named(mark);
                    }
                }
                (FIELD, "fieldmark-start") => {
                    let code = n
                        .children()
                        .filter(|c| is(c, FIELD, "param"))
                        .find(|c| attr(c, FIELD, "name").is_some_and(|p| p.ends_with("field.code")))
                        .and_then(|c| attr(&c, FIELD, "value"))
                        .unwrap_or_default();
                    if self.out.open.len() < MAX_OPEN {
                        self.out.open.push(Open {
                            instruction: code.to_string(),
                            data: String::new(),
                            result: Some(self.out.len()),
                            depth: 0,
                            tag: Mark {
                                name: None,
                                places: self.out.places.len(),
                            },
                        });
                    } else {
                        self.overflow += 1;
                    }
                }
                // Older LibreOffice wrote no separator: all a field mark holds is its result.
                (FIELD, "fieldmark-separator") if self.overflow == 0 => {
                    let out = &mut self.out;
                    if let Some(i) = out.open.iter().rposition(|o| o.tag.name.is_none()) {
                        if out.open[i].tag.places == out.places.len() {
                            let code = out.open[i].result.unwrap_or(out.len());
                            out.take_back(code.max(out.line_start()));
                        }
                        out.open[i].result = Some(out.len());
                    }
                }
                (FIELD, "fieldmark-end") if self.overflow > 0 => self.overflow -= 1,
                (FIELD, "fieldmark-end") => {
                    if let Some(i) = self.out.open.iter().rposition(|o| o.tag.name.is_none()) {
                        self.out.close(i);
                    }
                }
                (DRAW, "frame") => {
                    boxes.extend(n.children().filter(|c| is(c, DRAW, "text-box")));
                }
                (TEXT, "a") | (TEXT, "meta") | (TEXT, "ruby") | (TEXT, "ruby-base") => {
                    self.inline(n, look, boxes)
                }
                // Comments, page breaks, change marks (inserted text is inline, deleted text
                // is in text:tracked-changes), a ruby's annotation, bookmarks at a point.
                (OFFICE, _) | (DRAW, _) | (FIELD, _) => {}
                (TEXT, "soft-page-break" | "change" | "change-start" | "change-end")
                | (TEXT, "ruby-text" | "bookmark" | "reference-mark" | "toc-mark" | "number")
                | (TEXT, "alphabetical-index-mark" | "user-index-mark") => {}
                // Text fields (page numbers, dates, cross-references, a native bibliography
                // mark) show their text as content.
                (TEXT, _) => self.inline(n, look, boxes),
                _ => {}
            }
        }
        self.depth -= 1;
    }

    /// Open a field at a reference mark, bookmark or section whose name is a reference
    /// manager's field code (or, in Zotero's bookmark mode, names one), its shown text
    /// starting here. Is it a field?
    fn open_mark(&mut self, name: &'a str) -> bool {
        let code = self.bookmark_codes.get(name).map_or(name, String::as_str);
        let Some(instruction) = fields::bookmark_instruction(code) else {
            return false;
        };
        if self.out.open.len() >= MAX_OPEN {
            return false;
        }
        self.out.open.push(Open {
            instruction,
            data: String::new(),
            result: Some(self.out.len()),
            depth: 0,
            tag: Mark {
                name: Some(name),
                places: self.out.places.len(),
            },
        });
        true
    }

    fn close_named(&mut self, name: &str) {
        if let Some(i) = self.out.open.iter().rposition(|o| o.tag.name == Some(name)) {
            self.out.close(i);
        }
    }

    /// Text in the look the enclosing spans give it.
    fn text(&mut self, s: &str, look: Look) {
        if s.is_empty() {
            return;
        }
        let sup = look.sup.unwrap_or(false);
        self.out.style(look.italic.unwrap_or(false), sup);
        self.out.write(s, sup);
    }
}

/// `count` as a list label of `format` writes it (`1`, `a`, `A`, `i`, `I`).
fn numeral(format: &str, count: usize) -> String {
    match format {
        "a" => alpha(count, false),
        "A" => alpha(count, true),
        "i" => roman(count as i64).to_ascii_lowercase(),
        "I" => roman(count as i64),
        _ => count.to_string(),
    }
}

/// Zotero's bookmark mode keeps a citation's field code out of its bookmark's name, in
/// custom document properties, which an `.odt` holds in `meta.xml` as `meta:user-defined`.
/// The codes by bookmark name.
fn bookmark_codes(meta: &roxmltree::Document) -> HashMap<String, String> {
    const META: &str = "urn:oasis:names:tc:opendocument:xmlns:meta:1.0";
    fields::bookmark_codes(
        meta.descendants()
            .filter(|n| is(n, META, "user-defined"))
            .filter_map(|n| Some((attr(&n, META, "name")?, n.text().unwrap_or_default()))),
    )
}

#[cfg(test)]
mod tests;
