//! OpenDocument text (`.odt`, LibreOffice's and pandoc's) read like a Word file: `content.xml`
//! to the same text, one paragraph a line, with the same map of paragraphs and notes, and the
//! same reference-manager fields. Zotero in LibreOffice keeps each citation as a reference mark
//! (or bookmark) named `ZOTERO_ITEM CSL_CITATION {json} RND…` and the bibliography as a
//! section named `ZOTERO_BIBL {json} CSL_BIBLIOGRAPHY RND…`; a Word file saved as `.odt` keeps
//! its fields as field marks with their code. All become fields read by [`super::fields`].
//!
//! Tracked changes read as accepted (the deleted text lives in `text:tracked-changes`, which is
//! skipped; inserted text is inline), comments (`office:annotation`) are not read.

use super::body::RawField;
use super::{fields, parse_xml, read_part, Place, Word, WordMap};
use crate::document::InputError;
use crate::span::Span;
use roxmltree::Node;
use std::collections::HashMap;
use std::path::Path;

const TEXT: &str = "urn:oasis:names:tc:opendocument:xmlns:text:1.0";
const OFFICE: &str = "urn:oasis:names:tc:opendocument:xmlns:office:1.0";
const STYLE: &str = "urn:oasis:names:tc:opendocument:xmlns:style:1.0";
const TABLE: &str = "urn:oasis:names:tc:opendocument:xmlns:table:1.0";
const DRAW: &str = "urn:oasis:names:tc:opendocument:xmlns:drawing:1.0";
const FO: &str = "urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0";
const FIELD: &str = "urn:openoffice:names:experimental:ooo-ms-interop:xmlns:field:1.0";

/// The media type an OpenDocument text file declares in its `mimetype` member.
pub const MEDIA_TYPE: &str = "application/vnd.oasis.opendocument.text";

/// Deepest nesting of lists, tables, sections and frames followed (see [`super::xml::MAX_NESTING`]).
const MAX_DEPTH: usize = super::xml::MAX_NESTING;

/// Longest chain of parent styles followed (a broken file may loop).
const MAX_PARENTS: usize = 16;

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

/// Read an OpenDocument text file's zip. `mimetype` is the package's declared media type.
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
        if media.starts_with("application/vnd.oasis.opendocument") && media != MEDIA_TYPE {
            return Err(fail(format!(
                "an OpenDocument file but not a text document ({media})"
            )));
        }
    }
    let content = read_part(zip, "content.xml", max_bytes, &fail)?.ok_or_else(|| {
        fail("a zip archive but not an OpenDocument text (it has no content.xml)".into())
    })?;
    let styles_xml = read_part(zip, "styles.xml", max_bytes, &fail)?;
    let content = parse_xml("content.xml", &content, &fail)?;
    let styles_doc = styles_xml
        .as_deref()
        .map(|t| parse_xml("styles.xml", t, &fail))
        .transpose()?;
    let mut styles = Styles::default();
    if let Some(doc) = &styles_doc {
        styles.add(doc);
    }
    styles.add(&content);
    let body = content
        .root_element()
        .children()
        .find(|n| is(n, OFFICE, "body"))
        .and_then(|b| b.children().find(|n| is(n, OFFICE, "text")))
        .ok_or_else(|| fail("content.xml has no office:text: not a text document".into()))?;
    let meta = read_part(zip, "meta.xml", max_bytes, &fail)?;
    let meta = meta
        .as_deref()
        .map(|t| parse_xml("meta.xml", t, &fail))
        .transpose()?;
    let mut writer = Writer::new(&styles);
    writer.bookmark_codes = meta.as_ref().map(bookmark_codes).unwrap_or_default();
    writer.blocks(body);
    writer.close_all();
    let notes = std::mem::take(&mut writer.notes);
    if !notes.is_empty() {
        writer.out.push_str("# Notes\n\n");
    }
    for (i, note) in notes.into_iter().enumerate() {
        writer.note(i + 1, note);
    }
    let fields = fields::managed(&writer.fields);
    Ok(Word {
        text: writer.out,
        map: WordMap {
            places: writer.places,
            fields,
        },
    })
}

/// What a text style does to its text, as far as the reference parser cares.
#[derive(Debug, Default, Clone, Copy)]
struct Look {
    italic: Option<bool>,
    sup: Option<bool>,
}

/// One level of a list style: how its labels are written.
#[derive(Debug, Default, Clone)]
struct Level {
    /// `None` for a bullet (written "-", as the Word reader writes bullets).
    format: Option<String>,
    prefix: String,
    suffix: String,
    start: usize,
}

/// Text and list styles by name, from `styles.xml` and `content.xml`'s automatic styles.
#[derive(Debug, Default)]
struct Styles {
    looks: HashMap<String, (Look, Option<String>)>,
    lists: HashMap<String, Vec<Level>>,
    /// Paragraph styles that name a list style (`style:list-style-name`).
    paragraph_lists: HashMap<String, String>,
}

impl Styles {
    fn add(&mut self, doc: &roxmltree::Document) {
        for n in doc.descendants().filter(Node::is_element) {
            if is(&n, STYLE, "style") {
                let Some(name) = attr(&n, STYLE, "name") else {
                    continue;
                };
                let props = n.children().find(|c| is(c, STYLE, "text-properties"));
                let look = Look {
                    italic: props
                        .and_then(|p| attr(&p, FO, "font-style"))
                        .map(|s| s == "italic" || s == "oblique"),
                    sup: props
                        .and_then(|p| attr(&p, STYLE, "text-position"))
                        .map(|s| {
                            s.starts_with("super")
                                || s.starts_with(|c: char| c.is_ascii_digit() && c != '0')
                        }),
                };
                let parent = attr(&n, STYLE, "parent-style-name").map(str::to_string);
                self.looks.insert(name.to_string(), (look, parent));
                if let Some(list) = attr(&n, STYLE, "list-style-name") {
                    self.paragraph_lists
                        .insert(name.to_string(), list.to_string());
                }
            } else if is(&n, TEXT, "list-style") {
                let Some(name) = attr(&n, STYLE, "name") else {
                    continue;
                };
                let mut levels = Vec::new();
                for level in n.children().filter(Node::is_element) {
                    let at: usize = attr(&level, TEXT, "level")
                        .and_then(|l| l.parse().ok())
                        .unwrap_or(1);
                    if at == 0 || at > 10 {
                        continue;
                    }
                    if levels.len() < at {
                        levels.resize(at, Level::default());
                    }
                    let numbered = is(&level, TEXT, "list-level-style-number");
                    levels[at - 1] = Level {
                        format: numbered
                            .then(|| attr(&level, STYLE, "num-format").unwrap_or("").to_string()),
                        prefix: attr(&level, STYLE, "num-prefix").unwrap_or("").to_string(),
                        suffix: attr(&level, STYLE, "num-suffix").unwrap_or("").to_string(),
                        start: attr(&level, TEXT, "start-value")
                            .and_then(|s| s.parse().ok())
                            .unwrap_or(1),
                    };
                }
                self.lists.insert(name.to_string(), levels);
            }
        }
    }

    /// The look of a named style, unset settings from its parents.
    fn look(&self, name: &str) -> Look {
        let mut look = Look::default();
        let mut next = Some(name);
        for _ in 0..MAX_PARENTS {
            let Some((own, parent)) = next.and_then(|n| self.looks.get(n)) else {
                break;
            };
            look.italic = look.italic.or(own.italic);
            look.sup = look.sup.or(own.sup);
            next = parent.as_deref();
        }
        look
    }
}

/// A list being written: its style and the count at each level.
#[derive(Debug)]
struct List {
    style: Option<String>,
    level: usize,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Italic {
    Off,
    /// Begun, its `*` not yet written (it goes before the first character that is not a space).
    Pending,
    On,
}

/// A field begun (a reference mark, bookmark, section or field mark) and not yet ended.
#[derive(Debug)]
struct Open<'a> {
    /// The reference mark's or bookmark's name; `None` for a field mark (they nest).
    name: Option<&'a str>,
    instruction: String,
    result: Option<usize>,
}

/// Writes one document's text, as the Word reader's writer does.
struct Writer<'s, 'a, 'i> {
    out: String,
    places: Vec<Place>,
    fields: Vec<RawField>,
    notes: Vec<Node<'a, 'i>>,
    styles: &'s Styles,
    open: Vec<Open<'a>>,
    lists: Vec<List>,
    /// Counters by list style and level, kept so that a list continuing another counts on.
    counters: HashMap<String, Vec<usize>>,
    label: Option<String>,
    paragraphs: usize,
    note: Option<usize>,
    line_start: usize,
    italic: Italic,
    sup: bool,
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
            out: String::new(),
            places: Vec::new(),
            fields: Vec::new(),
            notes: Vec::new(),
            styles,
            open: Vec::new(),
            lists: Vec::new(),
            counters: HashMap::new(),
            label: None,
            paragraphs: 0,
            note: None,
            line_start: 0,
            italic: Italic::Off,
            sup: false,
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
        let number = match format {
            "a" => alpha(count, false),
            "A" => alpha(count, true),
            "i" => roman(count).to_ascii_lowercase(),
            "I" => roman(count),
            _ => count.to_string(),
        };
        Some(format!("{}{number}{}", spec.prefix, spec.suffix))
    }

    fn paragraph(&mut self, p: Node<'a, 'i>) {
        let start = self.out.len();
        if is(&p, TEXT, "h") {
            let level: usize = attr(&p, TEXT, "outline-level")
                .and_then(|l| l.parse().ok())
                .unwrap_or(1);
            self.out.push_str(&"#".repeat(level.clamp(1, 6)));
            self.out.push(' ');
        }
        if let Some(label) = self.label.take() {
            self.out.push_str(&label);
            self.out.push(' ');
        }
        let text_from = self.out.len();
        self.line_start = text_from;
        let mut boxes = Vec::new();
        let look = attr(&p, TEXT, "style-name")
            .map(|s| self.styles.look(s))
            .unwrap_or_default();
        self.inline(p, look, &mut boxes);
        self.end_paragraph(start, text_from, false);
        for text_box in boxes {
            self.blocks(text_box);
        }
    }

    /// One note's body as a single `[^N]: text` paragraph.
    fn note(&mut self, number: usize, body: Node<'a, 'i>) {
        self.note = Some(number);
        let start = self.out.len();
        self.out.push_str(&format!("[^{number}]: "));
        let text_from = self.out.len();
        self.line_start = text_from;
        let mut boxes = Vec::new();
        for p in body
            .descendants()
            .filter(|n| is(n, TEXT, "p") || is(n, TEXT, "h"))
        {
            if self.out.len() > text_from && !self.out.ends_with(' ') {
                self.out.push(' ');
            }
            self.inline(p, Look::default(), &mut boxes);
        }
        self.close_all();
        self.end_paragraph(start, text_from, true);
    }

    fn end_paragraph(&mut self, start: usize, text_from: usize, note: bool) {
        self.end_marks();
        if self.out[text_from..].trim().is_empty() {
            self.take_back(start);
            return;
        }
        let trimmed = self.out.trim_end_matches([' ', '\t']).len();
        self.take_back(trimmed.max(text_from));
        let paragraph = if note {
            1
        } else {
            self.paragraphs += 1;
            self.paragraphs
        };
        self.places.push(Place {
            start,
            end: self.out.len(),
            paragraph,
            note: self.note,
        });
        self.out.push_str("\n\n");
    }

    /// Cut the text back to `at`; spans that reached past it end there.
    fn take_back(&mut self, at: usize) {
        self.out.truncate(at);
        for open in &mut self.open {
            if let Some(from) = open.result.as_mut() {
                *from = (*from).min(at);
            }
        }
        for field in self.fields.iter_mut().rev() {
            if field.result.end <= at {
                break;
            }
            field.result.start = field.result.start.min(at);
            field.result.end = at;
        }
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
                (TEXT, "line-break") => self.line_break(),
                (TEXT, "note") => {
                    if let Some(body) = n.children().find(|c| is(c, TEXT, "note-body")) {
                        if self.shown() && self.note.is_none() {
                            self.end_sup();
                            self.notes.push(body);
                            let mark = format!("[^{}]", self.notes.len());
                            self.out.push_str(&mark);
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
                    if self.open.len() < MAX_OPEN {
                        self.open.push(Open {
                            name: None,
                            instruction: code.to_string(),
                            result: None,
                        });
                    } else {
                        self.overflow += 1;
                    }
                }
                (FIELD, "fieldmark-separator") if self.overflow == 0 => {
                    let at = self.out.len();
                    if let Some(open) = self.open.iter_mut().rev().find(|o| o.name.is_none()) {
                        open.result.get_or_insert(at);
                    }
                }
                (FIELD, "fieldmark-end") if self.overflow > 0 => self.overflow -= 1,
                (FIELD, "fieldmark-end") => {
                    if let Some(i) = self.open.iter().rposition(|o| o.name.is_none()) {
                        self.close(i);
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
                | (TEXT, "ruby-text" | "bookmark" | "reference-mark" | "toc-mark")
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
        let code = match self.bookmark_codes.get(name) {
            Some(code) => code.trim_start(),
            None => name,
        };
        let code = code.strip_prefix("ADDIN").unwrap_or(code).trim_start();
        if !managed_code(code) || self.open.len() >= MAX_OPEN {
            return false;
        }
        self.open.push(Open {
            name: Some(name),
            instruction: format!("ADDIN {code}"),
            result: Some(self.out.len()),
        });
        true
    }

    fn close_named(&mut self, name: &str) {
        if let Some(i) = self.open.iter().rposition(|o| o.name == Some(name)) {
            self.close(i);
        }
    }

    fn close(&mut self, i: usize) {
        let open = self.open.remove(i);
        let end = self.out.len();
        let start = open.result.unwrap_or(end).min(end);
        self.fields.push(RawField {
            instruction: open.instruction,
            data: String::new(),
            result: Span::new(start, end),
            depth: 0,
        });
    }

    fn close_all(&mut self) {
        while !self.open.is_empty() {
            self.close(self.open.len() - 1);
        }
    }

    /// Is text written now shown? Not while a field mark is still in its code.
    fn shown(&self) -> bool {
        self.open.iter().all(|f| f.result.is_some())
    }

    fn end_marks(&mut self) {
        self.end_italic();
        self.end_sup();
    }

    fn end_sup(&mut self) {
        if self.sup {
            self.out.push_str("</sup>");
            self.sup = false;
        }
    }

    fn end_italic(&mut self) {
        if self.italic == Italic::On {
            let text = self.out.trim_end_matches([' ', '\t']).len();
            let tail = self.out[text..].to_string();
            self.take_back(text);
            self.out.push('*');
            self.out.push_str(&tail);
        }
        self.italic = Italic::Off;
    }

    /// Text as the Word reader writes it: italics as `*…*`, superscript as `<sup>…</sup>`,
    /// newlines in the XML as spaces, white space at a line's start dropped.
    fn text(&mut self, s: &str, look: Look) {
        if !self.shown() || s.is_empty() {
            return;
        }
        let italic = look.italic.unwrap_or(false);
        match (self.italic, italic) {
            (Italic::Off, true) => self.italic = Italic::Pending,
            (Italic::Pending, false) => self.italic = Italic::Off,
            (Italic::On, false) => self.end_italic(),
            _ => {}
        }
        let sup = look.sup.unwrap_or(false);
        if self.sup && !sup {
            self.end_sup();
        }
        if sup && !self.sup && !s.trim().is_empty() {
            self.out.push_str("<sup>");
            self.sup = true;
        }
        let mut s = if self.out.len() == self.line_start {
            s.trim_start()
        } else {
            s
        };
        if self.italic == Italic::Pending {
            let rest = s.trim_start();
            if !rest.is_empty() {
                self.out.push_str(&s[..s.len() - rest.len()]);
                self.out.push('*');
                self.italic = Italic::On;
                s = rest;
            }
        }
        self.out.extend(
            s.chars()
                .map(|c| if c == '\n' || c == '\r' { ' ' } else { c }),
        );
    }

    fn line_break(&mut self) {
        if self.shown() && self.out.len() > self.line_start {
            self.end_marks();
            let trimmed = self.out.trim_end_matches([' ', '\t']).len();
            self.take_back(trimmed.max(self.line_start));
            self.out.push('\n');
            self.line_start = self.out.len();
        }
    }
}

/// Does a mark's name (or code) read as a reference manager's field code, one that
/// [`fields::managed`] would read? Other bookmarks (headings' anchors) are not fields.
fn managed_code(code: &str) -> bool {
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

/// Zotero's bookmark mode keeps a citation's field code out of its bookmark's name, in
/// custom document properties `<bookmark>_1`, `<bookmark>_2`, … (255 characters each),
/// which an `.odt` holds in `meta.xml` as `meta:user-defined`. The codes by bookmark name.
fn bookmark_codes(meta: &roxmltree::Document) -> HashMap<String, String> {
    const META: &str = "urn:oasis:names:tc:opendocument:xmlns:meta:1.0";
    let mut parts: HashMap<&str, Vec<(usize, &str)>> = HashMap::new();
    for n in meta.descendants().filter(|n| is(n, META, "user-defined")) {
        let Some(name) = attr(&n, META, "name").filter(|n| n.starts_with("ZOTERO_BREF_")) else {
            continue;
        };
        let Some((bookmark, index)) = name.rsplit_once('_') else {
            continue;
        };
        if let Ok(index) = index.parse::<usize>() {
            let text = n.text().unwrap_or_default();
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

/// 1 → "a", 27 → "aa", as list labels count in letters.
fn alpha(mut n: usize, upper: bool) -> String {
    let mut out = Vec::new();
    while n > 0 {
        n -= 1;
        out.push(b'a' + (n % 26) as u8);
        n /= 26;
    }
    out.reverse();
    let s = String::from_utf8(out).unwrap_or_default();
    if upper {
        s.to_ascii_uppercase()
    } else {
        s
    }
}

fn roman(mut n: usize) -> String {
    const NUMERALS: [(usize, &str); 13] = [
        (1000, "M"),
        (900, "CM"),
        (500, "D"),
        (400, "CD"),
        (100, "C"),
        (90, "XC"),
        (50, "L"),
        (40, "XL"),
        (10, "X"),
        (9, "IX"),
        (5, "V"),
        (4, "IV"),
        (1, "I"),
    ];
    if n == 0 || n >= 4000 {
        return n.to_string();
    }
    let mut out = String::new();
    for (value, numeral) in NUMERALS {
        while n >= value {
            out.push_str(numeral);
            n -= value;
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    const NS: &str = "xmlns:office=\"urn:oasis:names:tc:opendocument:xmlns:office:1.0\" \
        xmlns:style=\"urn:oasis:names:tc:opendocument:xmlns:style:1.0\" \
        xmlns:text=\"urn:oasis:names:tc:opendocument:xmlns:text:1.0\" \
        xmlns:table=\"urn:oasis:names:tc:opendocument:xmlns:table:1.0\" \
        xmlns:fo=\"urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0\" \
        xmlns:dc=\"http://purl.org/dc/elements/1.1/\" \
        xmlns:field=\"urn:openoffice:names:experimental:ooo-ms-interop:xmlns:field:1.0\"";

    /// The text and raw fields (instruction, shown text) of a body with automatic `styles`.
    fn read(styles: &str, body: &str) -> (String, Vec<(String, String)>) {
        let xml = format!(
            "<office:document-content {NS}><office:automatic-styles>{styles}</office:automatic-styles>\
             <office:body><office:text>{body}</office:text></office:body></office:document-content>"
        );
        let doc = roxmltree::Document::parse(&xml).unwrap();
        let mut parsed = Styles::default();
        parsed.add(&doc);
        let text = doc.descendants().find(|n| is(n, OFFICE, "text")).unwrap();
        let mut writer = Writer::new(&parsed);
        writer.blocks(text);
        writer.close_all();
        let fields = writer
            .fields
            .iter()
            .map(|f| {
                let shown = writer.out[f.result.start..f.result.end].to_string();
                (f.instruction.clone(), shown)
            })
            .collect();
        (writer.out, fields)
    }

    #[test]
    fn tracked_deletions_and_comments_are_not_read() {
        let body = "<text:tracked-changes><text:changed-region text:id=\"c1\"><text:deletion>\
                    <text:p>Deleted (Ghost, 2000).</text:p></text:deletion></text:changed-region>\
                    </text:tracked-changes>\
                    <text:p>Kept<text:change text:change-id=\"c1\"/> and \
                    <text:change-start text:change-id=\"c2\"/>added<text:change-end text:change-id=\"c2\"/>\
                    <office:annotation><dc:creator>R</dc:creator><text:p>Note (Ghost, 2000)</text:p>\
                    </office:annotation>.<office:annotation-end/></text:p>";
        assert_eq!(read("", body).0, "Kept and added.\n\n");
    }

    #[test]
    fn spaces_tabs_and_styles() {
        let styles = "<style:style style:name=\"I\" style:family=\"text\">\
                      <style:text-properties fo:font-style=\"italic\"/></style:style>\
                      <style:style style:name=\"J\" style:family=\"text\" style:parent-style-name=\"I\"/>\
                      <style:style style:name=\"S\" style:family=\"text\">\
                      <style:text-properties style:text-position=\"super 58%\"/></style:style>";
        let body = "<text:p>  Roe.<text:s text:c=\"2\"/><text:span text:style-name=\"J\">Journal \
                    <text:span text:style-name=\"I\">of Rest </text:span></text:span>3<text:tab/>4, \
                    as shown.<text:span text:style-name=\"S\">1,2</text:span><text:s text:c=\"99999999\"/></text:p>";
        assert_eq!(
            read(styles, body).0,
            "Roe.  *Journal of Rest* 3\t4, as shown.<sup>1,2</sup>\n\n"
        );
    }

    #[test]
    fn list_labels_count_by_style_and_continue() {
        let styles = "<text:list-style style:name=\"L\"><text:list-level-style-number text:level=\"1\" \
                      style:num-suffix=\".\" style:num-format=\"1\" text:start-value=\"3\"/>\
                      <text:list-level-style-number text:level=\"2\" style:num-prefix=\"(\" \
                      style:num-suffix=\")\" style:num-format=\"a\"/></text:list-style>\
                      <text:list-style style:name=\"B\"><text:list-level-style-bullet text:level=\"1\" \
                      text:bullet-char=\"•\"/></text:list-style>";
        let body = "<text:list text:style-name=\"L\"><text:list-item><text:p>One</text:p>\
                    <text:list><text:list-item><text:p>Sub</text:p></text:list-item></text:list>\
                    </text:list-item><text:list-item><text:p>Two</text:p></text:list-item></text:list>\
                    <text:p>Between</text:p>\
                    <text:list text:style-name=\"L\" text:continue-numbering=\"true\">\
                    <text:list-item><text:p>Three</text:p></text:list-item></text:list>\
                    <text:list text:style-name=\"B\"><text:list-header><text:p>Head</text:p>\
                    </text:list-header><text:list-item><text:p>Dot</text:p></text:list-item></text:list>";
        assert_eq!(
            read(styles, body).0,
            "3. One\n\n(a) Sub\n\n4. Two\n\nBetween\n\n5. Three\n\nHead\n\n- Dot\n\n"
        );
    }

    #[test]
    fn zotero_marks_sections_and_word_field_marks_become_fields() {
        let body = "<text:p>As shown <text:reference-mark-start text:name=\"ZOTERO_ITEM CSL_CITATION {} RNDab\"/>\
                    (Roe, 2001)<text:reference-mark-end text:name=\"ZOTERO_ITEM CSL_CITATION {} RNDab\"/> \
                    and <text:bookmark-start text:name=\"ZOTERO_ITEM {} RNDcd\"/>[2]\
                    <text:bookmark-end text:name=\"ZOTERO_ITEM {} RNDcd\"/>; <field:fieldmark-start \
                    text:name=\"B\" field:type=\"vnd.oasis.opendocument.field.UNHANDLED\">\
                    <field:param field:name=\"vnd.oasis.opendocument.field.code\" \
                    field:value=\"ADDIN CSL_CITATION {}\"/></field:fieldmark-start>\
                    <field:fieldmark-separator/>(Poe, 1999)<field:fieldmark-end/>.</text:p>\
                    <text:section text:name=\"ZOTERO_BIBL {} CSL_BIBLIOGRAPHY RNDef\">\
                    <text:p>Roe, A. (2001). A.</text:p><text:p>Poe, B. (1999). B.</text:p></text:section>";
        let (text, fields) = read("", body);
        assert_eq!(
            text,
            "As shown (Roe, 2001) and [2]; (Poe, 1999).\n\n\
             Roe, A. (2001). A.\n\nPoe, B. (1999). B.\n\n"
        );
        assert_eq!(
            fields,
            [
                (
                    "ADDIN ZOTERO_ITEM CSL_CITATION {} RNDab".into(),
                    "(Roe, 2001)".into()
                ),
                ("ADDIN ZOTERO_ITEM {} RNDcd".into(), "[2]".into()),
                ("ADDIN CSL_CITATION {}".into(), "(Poe, 1999)".into()),
                (
                    "ADDIN ZOTERO_BIBL {} CSL_BIBLIOGRAPHY RNDef".into(),
                    "Roe, A. (2001). A.\n\nPoe, B. (1999). B.\n\n".into()
                ),
            ]
        );
    }

    #[test]
    fn zotero_bookmark_mode_reads_its_code_from_the_custom_properties() {
        let meta = roxmltree::Document::parse(
            "<office:document-meta xmlns:office=\"urn:oasis:names:tc:opendocument:xmlns:office:1.0\" \
             xmlns:meta=\"urn:oasis:names:tc:opendocument:xmlns:meta:1.0\"><office:meta>\
             <meta:user-defined meta:name=\"ZOTERO_BREF_k1_2\">{} RNDx</meta:user-defined>\
             <meta:user-defined meta:name=\"ZOTERO_BREF_k1_1\">ADDIN ZOTERO_ITEM CSL_CITATION </meta:user-defined>\
             <meta:user-defined meta:name=\"Other_1\">x</meta:user-defined>\
             </office:meta></office:document-meta>",
        )
        .unwrap();
        let codes = bookmark_codes(&meta);
        assert_eq!(
            codes.get("ZOTERO_BREF_k1").map(String::as_str),
            Some("ADDIN ZOTERO_ITEM CSL_CITATION {} RNDx")
        );
        assert_eq!(codes.len(), 1);
        let xml = format!(
            "<office:document-content {NS}><office:body><office:text><text:p>\
             <text:bookmark-start text:name=\"ZOTERO_BREF_k1\"/>(Roe, 2001)\
             <text:bookmark-end text:name=\"ZOTERO_BREF_k1\"/> and a heading's \
             <text:bookmark-start text:name=\"intro\"/>anchor<text:bookmark-end text:name=\"intro\"/>\
             </text:p></office:text></office:body></office:document-content>"
        );
        let doc = roxmltree::Document::parse(&xml).unwrap();
        let styles = Styles::default();
        let mut writer = Writer::new(&styles);
        writer.bookmark_codes = codes;
        writer.blocks(doc.descendants().find(|n| is(n, OFFICE, "text")).unwrap());
        let fields: Vec<_> = writer
            .fields
            .iter()
            .map(|f| {
                (
                    f.instruction.as_str(),
                    &writer.out[f.result.start..f.result.end],
                )
            })
            .collect();
        assert_eq!(
            fields,
            [("ADDIN ZOTERO_ITEM CSL_CITATION {} RNDx", "(Roe, 2001)")]
        );
    }

    #[test]
    fn unclosed_marks_are_bounded() {
        let body = format!(
            "<text:p>{}{}text{}</text:p>",
            "<text:reference-mark-start text:name=\"ZOTERO_ITEM {}\"/>".repeat(5_000),
            "<field:fieldmark-start/>".repeat(5_000),
            "<field:fieldmark-end/><text:reference-mark-end text:name=\"nothing\"/>".repeat(5_000),
        );
        let (text, fields) = read("", &body);
        assert_eq!(text, "text\n\n");
        assert_eq!(fields.len(), MAX_OPEN);
    }

    #[test]
    fn labels_in_letters_and_numerals() {
        assert_eq!(alpha(1, false), "a");
        assert_eq!(alpha(28, true), "AB");
        assert_eq!(roman(14), "XIV");
        assert_eq!(roman(0), "0");
    }
}
