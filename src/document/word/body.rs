//! Word's XML to our text: paragraphs in reading order, one a line with a blank line between
//! them; tables cell by cell, text boxes after the paragraph that anchors them; insertions kept
//! and deletions dropped (tracked changes read as accepted); headings as `#` lines; list labels
//! from the numbering definitions; footnote marks as `[^N]`. Fields are recorded with the span
//! of the text they show.

use super::styles::{Numbering, Styles};
use super::xml::{alternate, attr, child, children, mc, w};
use super::Place;
use crate::span::Span;
use roxmltree::Node;

/// Deepest nesting of tables, text boxes and content controls followed: as deep as a part
/// may nest at all (see [`super::xml::MAX_NESTING`]), so nothing a parsed file holds is lost.
const MAX_DEPTH: usize = super::xml::MAX_NESTING;

/// A field as found: its instruction, any binary data Word attached (base64), and the span of
/// the text it shows.
#[derive(Debug, Clone, PartialEq)]
pub struct RawField {
    pub instruction: String,
    pub data: String,
    pub result: Span,
    /// The fields this one sits in the instruction of (EndNote nests `EN.CITE.DATA` so).
    pub depth: usize,
}

/// A field begun and not yet ended.
#[derive(Debug)]
struct Open {
    instruction: String,
    data: String,
    /// Where its shown text starts, once `separate` is seen.
    result: Option<usize>,
}

/// A footnote or endnote mark met in the text, in order.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct NoteRef {
    pub endnote: bool,
    pub id: String,
}

/// Writes one document's text.
pub struct Writer<'s> {
    pub out: String,
    pub places: Vec<Place>,
    pub fields: Vec<RawField>,
    pub notes: Vec<NoteRef>,
    styles: &'s Styles,
    numbering: Numbering,
    open: Vec<Open>,
    /// Body paragraphs written so far.
    paragraphs: usize,
    /// The note being written.
    note: Option<usize>,
    /// Where the current line's text starts: white space written there is dropped.
    line_start: usize,
    /// Italic text is written as Markdown emphasis (`*Journal*`), as converters write it, so
    /// that the reference parser sees which part of an entry is the journal or book.
    italic: Italic,
    /// Inside `<sup>…</sup>`, written around superscript text as HTML converters write it, so
    /// that superscript citation numbers are found as such.
    sup: bool,
    depth: usize,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Italic {
    Off,
    /// Begun, its `*` not yet written (it goes before the first character that is not a space).
    Pending,
    On,
}

impl<'s> Writer<'s> {
    pub fn new(styles: &'s Styles, numbering: Numbering) -> Self {
        Writer {
            out: String::new(),
            places: Vec::new(),
            fields: Vec::new(),
            notes: Vec::new(),
            styles,
            numbering,
            open: Vec::new(),
            paragraphs: 0,
            note: None,
            line_start: 0,
            italic: Italic::Off,
            sup: false,
            depth: 0,
        }
    }

    /// The body's blocks (`w:body` or any block container).
    pub fn body(&mut self, node: Node) {
        self.blocks(node);
        self.close_all();
    }

    /// One note's text as a single `[^N]: text` paragraph.
    pub fn note(&mut self, number: usize, node: Node) {
        self.close_all();
        self.note = Some(number);
        let start = self.out.len();
        self.out.push_str(&format!("[^{number}]: "));
        let text_from = self.out.len();
        self.line_start = text_from;
        for p in node.descendants().filter(|n| w(n, "p")) {
            if self.out.len() > text_from && !self.out.ends_with(' ') {
                self.out.push(' ');
            }
            self.inline(p);
        }
        self.close_all();
        self.end_paragraph(start, text_from, true);
    }

    /// A heading line of our own (not a paragraph of the document).
    pub fn heading(&mut self, text: &str) {
        self.out.push_str(text);
        self.out.push_str("\n\n");
    }

    fn blocks(&mut self, node: Node) {
        if self.depth >= MAX_DEPTH {
            return;
        }
        self.depth += 1;
        for n in node.children().filter(Node::is_element) {
            if w(&n, "p") {
                self.paragraph(n);
            } else if w(&n, "tbl") {
                for cell in children(&n, "tr").flat_map(|row| row.children()) {
                    if w(&cell, "tc") {
                        self.blocks(cell);
                    } else if w(&cell, "sdt") || w(&cell, "customXml") {
                        // A content control around whole cells.
                        for tc in cell.descendants().filter(|d| w(d, "tc")) {
                            self.blocks(tc);
                        }
                    }
                }
            } else if w(&n, "sdt") {
                if let Some(content) = child(&n, "sdtContent") {
                    self.blocks(content);
                }
            } else if w(&n, "customXml") || w(&n, "ins") || w(&n, "moveTo") {
                self.blocks(n);
            } else if mc(&n, "AlternateContent") {
                if let Some(branch) = alternate(&n) {
                    self.blocks(branch);
                }
            }
        }
        self.depth -= 1;
    }

    fn paragraph(&mut self, p: Node) {
        let opening = self.numbering.opening(self.styles, child(&p, "pPr"));
        let start = self.out.len();
        if let Some(level) = opening.heading {
            self.out
                .push_str(&"#".repeat(usize::from(level.min(5)) + 1));
            self.out.push(' ');
        }
        if let Some(label) = &opening.label {
            self.out.push_str(label);
            self.out.push(' ');
        }
        let text_from = self.out.len();
        self.line_start = text_from;
        let mut boxes = Vec::new();
        self.inline_collecting(p, &mut boxes);
        self.end_paragraph(start, text_from, false);
        for text_box in boxes {
            self.blocks(text_box);
        }
    }

    /// Close the paragraph begun at `start`: kept (and placed) if it shows any text past its
    /// label, else taken back.
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

    fn inline(&mut self, node: Node) {
        let mut boxes = Vec::new();
        self.inline_collecting(node, &mut boxes);
    }

    /// The runs of a paragraph (or of a container inside one). Text boxes met are collected
    /// to be written after the paragraph.
    fn inline_collecting<'a, 'i>(&mut self, node: Node<'a, 'i>, boxes: &mut Vec<Node<'a, 'i>>) {
        if self.depth >= MAX_DEPTH {
            return;
        }
        self.depth += 1;
        for n in node.children().filter(Node::is_element) {
            if w(&n, "r") {
                self.run(n, boxes);
            } else if w(&n, "fldSimple") {
                self.open.push(Open {
                    instruction: attr(&n, "instr").unwrap_or_default().to_string(),
                    data: String::new(),
                    result: Some(self.out.len()),
                });
                self.inline_collecting(n, boxes);
                self.close();
            } else if w(&n, "sdt") {
                if let Some(content) = child(&n, "sdtContent") {
                    self.inline_collecting(content, boxes);
                }
            } else if w(&n, "hyperlink")
                || w(&n, "ins")
                || w(&n, "moveTo")
                || w(&n, "smartTag")
                || w(&n, "customXml")
                || w(&n, "dir")
                || w(&n, "bdo")
            {
                self.inline_collecting(n, boxes);
            } else if mc(&n, "AlternateContent") {
                if let Some(branch) = alternate(&n) {
                    self.inline_collecting(branch, boxes);
                }
            }
            // w:del, w:moveFrom (tracked deletions), w:pPr, comments and bookmarks: nothing shown.
        }
        self.depth -= 1;
    }

    /// Is text written now shown? Not while any open field is still in its instruction.
    fn shown(&self) -> bool {
        self.open.iter().all(|f| f.result.is_some())
    }

    /// Close emphasis and superscript.
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

    /// Close emphasis: its `*` goes before any white space that ends it.
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

    fn text(&mut self, s: &str) {
        if !self.shown() {
            return;
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
        // One paragraph is one line (line breaks are `w:br`, not characters in the text).
        self.out.extend(
            s.chars()
                .map(|c| if c == '\n' || c == '\r' { ' ' } else { c }),
        );
    }

    /// A line break inside a paragraph (Shift+Enter): a new line of the same paragraph, as
    /// references pasted into one paragraph are often kept apart.
    fn line_break(&mut self) {
        if self.shown() && self.out.len() > self.line_start {
            self.end_marks();
            let trimmed = self.out.trim_end_matches([' ', '\t']).len();
            self.take_back(trimmed.max(self.line_start));
            self.out.push('\n');
            self.line_start = self.out.len();
        }
    }

    fn run<'a, 'i>(&mut self, r: Node<'a, 'i>, boxes: &mut Vec<Node<'a, 'i>>) {
        if self.shown() {
            match (self.italic, italic(&r)) {
                (Italic::Off, true) => self.italic = Italic::Pending,
                (Italic::Pending, false) => self.italic = Italic::Off,
                (Italic::On, false) => self.end_italic(),
                _ => {}
            }
            if self.sup && !superscript(&r) {
                self.end_sup();
            }
        }
        let sup = superscript(&r);
        for n in r.children().filter(Node::is_element) {
            if mc(&n, "AlternateContent") {
                if let Some(branch) = alternate(&n) {
                    self.run(branch, boxes);
                }
                continue;
            }
            let name = n.tag_name().name();
            if !w(&n, name) {
                // Drawing-markup elements outside Word's namespace may still hold text boxes.
                collect_boxes(n, boxes, 0);
                continue;
            }
            match name {
                "t" => {
                    let text = n.text().unwrap_or_default();
                    if sup && !self.sup && self.shown() && !text.trim().is_empty() {
                        self.out.push_str("<sup>");
                        self.sup = true;
                    }
                    self.text(text)
                }
                "tab" | "ptab" => self.text("\t"),
                "br" | "cr" => self.line_break(),
                "noBreakHyphen" => self.text("-"),
                "instrText" => {
                    if let Some(open) = self.open.last_mut().filter(|o| o.result.is_none()) {
                        open.instruction.push_str(n.text().unwrap_or_default());
                    }
                }
                "fldChar" => self.field_char(n),
                "footnoteReference" | "endnoteReference" => {
                    if let Some(id) = attr(&n, "id").filter(|_| self.shown()) {
                        self.end_sup();
                        self.notes.push(NoteRef {
                            endnote: name == "endnoteReference",
                            id: id.to_string(),
                        });
                        let mark = format!("[^{}]", self.notes.len());
                        self.out.push_str(&mark);
                    }
                }
                "drawing" | "pict" | "object" => collect_boxes(n, boxes, 0),
                // delText, delInstrText (deleted), footnoteRef (a note's own number), rPr, ...
                _ => {}
            }
        }
    }

    fn field_char(&mut self, n: Node) {
        match attr(&n, "fldCharType") {
            Some("begin") => {
                let data = child(&n, "fldData")
                    .and_then(|d| d.text())
                    .unwrap_or_default()
                    .to_string();
                self.open.push(Open {
                    instruction: String::new(),
                    data,
                    result: None,
                });
            }
            Some("separate") => {
                let at = self.out.len();
                if let Some(open) = self.open.last_mut() {
                    open.result.get_or_insert(at);
                }
            }
            Some("end") => self.close(),
            _ => {}
        }
    }

    /// End the innermost open field.
    fn close(&mut self) {
        if let Some(open) = self.open.pop() {
            let end = self.out.len();
            let start = open.result.unwrap_or(end).min(end);
            self.fields.push(RawField {
                instruction: open.instruction,
                data: open.data,
                result: Span::new(start, end),
                depth: self.open.len(),
            });
        }
    }

    /// Fields left open at the end of a story (a damaged file) end there.
    fn close_all(&mut self) {
        while !self.open.is_empty() {
            self.close();
        }
    }
}

/// Is a run set in italics by its own properties (`<w:i/>`, not `<w:i w:val="0"/>`)?
fn italic(r: &Node) -> bool {
    child(r, "rPr")
        .and_then(|p| child(&p, "i"))
        .is_some_and(|i| !matches!(attr(&i, "val"), Some("0" | "false" | "off")))
}

/// Is a run raised as superscript by its own properties (`<w:vertAlign w:val="superscript"/>`)?
fn superscript(r: &Node) -> bool {
    child(r, "rPr")
        .and_then(|p| child(&p, "vertAlign"))
        .is_some_and(|v| attr(&v, "val") == Some("superscript"))
}

/// Text boxes (`w:txbxContent`) inside a drawing, the first branch of each alternative only.
fn collect_boxes<'a, 'i>(node: Node<'a, 'i>, boxes: &mut Vec<Node<'a, 'i>>, depth: usize) {
    if depth >= MAX_DEPTH {
        return;
    }
    for n in node.children().filter(Node::is_element) {
        if w(&n, "txbxContent") {
            boxes.push(n);
        } else if mc(&n, "AlternateContent") {
            if let Some(branch) = alternate(&n) {
                collect_boxes(branch, boxes, depth + 1);
            }
        } else {
            collect_boxes(n, boxes, depth + 1);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const W: &str = "xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"";

    /// The text and fields (instruction, shown text) of a body.
    fn read(body: &str) -> (String, Vec<(String, String)>) {
        let xml = format!("<w:document {W}><w:body>{body}</w:body></w:document>");
        let doc = roxmltree::Document::parse(&xml).unwrap();
        let styles = Styles::default();
        let mut writer = Writer::new(&styles, Numbering::default());
        writer.body(doc.root_element().first_element_child().unwrap());
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

    fn run(text: &str) -> String {
        format!("<w:r><w:t xml:space=\"preserve\">{text}</w:t></w:r>")
    }

    #[test]
    fn complex_fields_keep_their_instruction_out_of_the_text() {
        let body = format!(
            "<w:p>{}<w:r><w:fldChar w:fldCharType=\"begin\"/></w:r>\
             <w:r><w:instrText> ADDIN ZOTERO_</w:instrText></w:r>\
             <w:r><w:instrText>ITEM {{}}</w:instrText></w:r>\
             <w:r><w:fldChar w:fldCharType=\"separate\"/></w:r>{}\
             <w:r><w:fldChar w:fldCharType=\"end\"/></w:r>{}</w:p>",
            run("As shown "),
            run("(Roe, 2001)"),
            run(".")
        );
        let (text, fields) = read(&body);
        assert_eq!(text, "As shown (Roe, 2001).\n\n");
        assert_eq!(
            fields,
            [(" ADDIN ZOTERO_ITEM {}".into(), "(Roe, 2001)".into())]
        );
    }

    #[test]
    fn simple_fields_and_fields_over_paragraphs() {
        let body = format!(
            "<w:p><w:fldSimple w:instr=\" ADDIN EN.CITE x\">{}</w:fldSimple></w:p>\
             <w:p><w:r><w:fldChar w:fldCharType=\"begin\"/></w:r>\
             <w:r><w:instrText>ADDIN EN.REFLIST</w:instrText></w:r>\
             <w:r><w:fldChar w:fldCharType=\"separate\"/></w:r>{}</w:p><w:p>{}</w:p>\
             <w:p><w:r><w:fldChar w:fldCharType=\"end\"/></w:r></w:p>",
            run("[1]"),
            run("Roe, A. (2001). A."),
            run("Poe, B. (1999). B.")
        );
        let (text, fields) = read(&body);
        assert_eq!(text, "[1]\n\nRoe, A. (2001). A.\n\nPoe, B. (1999). B.\n\n");
        assert_eq!(fields[0], (" ADDIN EN.CITE x".into(), "[1]".into()));
        assert_eq!(fields[1].0, "ADDIN EN.REFLIST");
        assert!(fields[1].1.starts_with("Roe") && fields[1].1.contains("(1999). B."));
    }

    #[test]
    fn italics_become_emphasis_outside_their_spaces() {
        let italic = |t: &str| {
            format!("<w:r><w:rPr><w:i/></w:rPr><w:t xml:space=\"preserve\">{t}</w:t></w:r>")
        };
        let body = format!(
            "<w:p>{}{}{}{}<w:r><w:rPr><w:i w:val=\"0\"/></w:rPr><w:t>, 4</w:t></w:r></w:p>",
            run("Roe. "),
            italic(" Journal of "),
            italic("Rest "),
            run("3"),
        );
        assert_eq!(read(&body).0, "Roe.  *Journal of Rest* 3, 4\n\n");
    }

    #[test]
    fn deletions_drop_and_empty_paragraphs_vanish() {
        let body = format!(
            "<w:p><w:del><w:r><w:delText>gone</w:delText></w:r></w:del></w:p>\
             <w:p>{}<w:ins>{}</w:ins><w:moveFrom>{}</w:moveFrom></w:p>",
            run("kept"),
            run(" and added"),
            run(" moved away")
        );
        assert_eq!(read(&body).0, "kept and added\n\n");
    }
}
