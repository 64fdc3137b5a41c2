//! Word's XML to our text: paragraphs in reading order, one a line with a blank line between
//! them; tables cell by cell, text boxes after the paragraph that anchors them; insertions kept
//! and deletions dropped (tracked changes read as accepted); headings as `#` lines; list labels
//! from the numbering definitions; footnote marks as `[^N]`. Fields are recorded with the span
//! of the text they show.

use super::fields::bookmark_instruction;
use super::output::{Open, Output};
use super::styles::{Numbering, Styles};
use super::xml::{alternate, attr, child, children, mc, w};
use roxmltree::Node;
use std::collections::HashMap;

/// Most citation bookmarks open at once (see [`Writer::bookmark_start`]): a hostile file of
/// unclosed bookmarks costs no more than its length.
const MAX_BOOKMARKS: usize = 64;

/// Deepest nesting of tables, text boxes and content controls followed: as deep as a part
/// may nest at all (see [`super::xml::MAX_NESTING`]), so nothing a parsed file holds is lost.
const MAX_DEPTH: usize = super::xml::MAX_NESTING;

/// A footnote or endnote mark met in the text, in order.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct NoteRef {
    pub endnote: bool,
    pub id: String,
}

/// Walks one document's XML, writing its text to [`Output`]. An open field's tag is the id
/// of the citation bookmark it is, `None` for a field of Word's own.
pub struct Writer<'s> {
    pub out: Output<NoteRef, Option<String>>,
    styles: &'s Styles,
    numbering: Numbering,
    depth: usize,
    /// A reference manager's bookmark mode (Zotero's, Mendeley's): each citation bookmark's
    /// field code, kept in the document's custom properties, by bookmark name.
    pub bookmark_codes: HashMap<String, String>,
}

impl<'s> Writer<'s> {
    pub fn new(styles: &'s Styles, numbering: Numbering) -> Self {
        Writer {
            out: Output::default(),
            styles,
            numbering,
            depth: 0,
            bookmark_codes: HashMap::new(),
        }
    }

    /// The body's blocks (`w:body` or any block container).
    pub fn body(&mut self, node: Node) {
        self.blocks(node);
        self.out.close_all();
    }

    /// One note's text as a single `[^N]: text` paragraph.
    pub fn note(&mut self, number: usize, node: Node) {
        let note = self.out.begin_note(number);
        for p in node.descendants().filter(|n| w(n, "p")) {
            self.out.next_note_paragraph(&note);
            self.inline(p);
        }
        self.out.end_paragraph(note);
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
            } else if w(&n, "bookmarkStart") {
                self.bookmark_start(n);
            } else if w(&n, "bookmarkEnd") {
                self.bookmark_end(n);
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
        let hashes = opening
            .heading
            .map_or(0, |level| usize::from(level.min(5)) + 1);
        let paragraph = self.out.begin_paragraph(hashes, opening.label.as_deref());
        let mut boxes = Vec::new();
        self.inline_collecting(p, &mut boxes);
        self.out.end_paragraph(paragraph);
        for text_box in boxes {
            self.blocks(text_box);
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
                self.out.open.push(Open {
                    instruction: attr(&n, "instr").unwrap_or_default().to_string(),
                    data: String::new(),
                    result: Some(self.out.len()),
                    depth: self.fields_open(),
                    tag: None,
                });
                self.inline_collecting(n, boxes);
                self.close_field();
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
            } else if w(&n, "bookmarkStart") {
                self.bookmark_start(n);
            } else if w(&n, "bookmarkEnd") {
                self.bookmark_end(n);
            }
            // w:del, w:moveFrom (tracked deletions), w:pPr, comments: nothing shown.
        }
        self.depth -= 1;
    }

    fn run<'a, 'i>(&mut self, r: Node<'a, 'i>, boxes: &mut Vec<Node<'a, 'i>>) {
        let sup = superscript(&r);
        self.out.style(italic(&r), sup);
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
                "t" => self.out.write(n.text().unwrap_or_default(), sup),
                // Superscript begins at text, not at a tab or hyphen.
                "tab" | "ptab" => self.out.write("\t", false),
                "br" | "cr" => self.out.line_break(),
                "noBreakHyphen" => self.out.write("-", false),
                "instrText" => {
                    let innermost = self.innermost_field();
                    let open = innermost.and_then(|i| self.out.open.get_mut(i));
                    if let Some(open) = open.filter(|o| o.result.is_none()) {
                        open.instruction.push_str(n.text().unwrap_or_default());
                    }
                }
                "fldChar" => self.field_char(n),
                "footnoteReference" | "endnoteReference" => {
                    if let Some(id) = attr(&n, "id").filter(|_| self.out.shown()) {
                        self.out.note_mark(NoteRef {
                            endnote: name == "endnoteReference",
                            id: id.to_string(),
                        });
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
                self.out.open.push(Open {
                    instruction: String::new(),
                    data,
                    result: None,
                    depth: self.fields_open(),
                    tag: None,
                });
            }
            Some("separate") => {
                let at = self.out.len();
                if let Some(i) = self.innermost_field() {
                    self.out.open[i].result.get_or_insert(at);
                }
            }
            Some("end") => self.close_field(),
            _ => {}
        }
    }

    /// The innermost open field of Word's own (not a citation bookmark).
    fn innermost_field(&self) -> Option<usize> {
        self.out.open.iter().rposition(|o| o.tag.is_none())
    }

    /// Word's own fields open: the depth a field begun now sits at.
    fn fields_open(&self) -> usize {
        self.out.open.iter().filter(|o| o.tag.is_none()).count()
    }

    /// End the innermost field of Word's own.
    fn close_field(&mut self) {
        if let Some(i) = self.innermost_field() {
            self.out.close(i);
        }
    }

    /// A bookmark begun: a field if the custom properties give its name a reference manager's
    /// code (bookmark mode), its shown text starting here.
    fn bookmark_start(&mut self, n: Node) {
        let (Some(name), Some(id)) = (attr(&n, "name"), attr(&n, "id")) else {
            return;
        };
        let code = self.bookmark_codes.get(name).map(String::as_str);
        let Some(instruction) = code.and_then(bookmark_instruction) else {
            return;
        };
        if !self.out.shown() || self.out.open.len() >= MAX_BOOKMARKS {
            return;
        }
        self.out.open.push(Open {
            instruction,
            data: String::new(),
            result: Some(self.out.len()),
            depth: 0,
            tag: Some(id.to_string()),
        });
    }

    fn bookmark_end(&mut self, n: Node) {
        let Some(id) = attr(&n, "id") else { return };
        if let Some(i) = self
            .out
            .open
            .iter()
            .rposition(|o| o.tag.as_deref() == Some(id))
        {
            self.out.close(i);
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
        let fields = writer.out.shown_fields();
        (writer.out.text, fields)
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
    fn citation_bookmarks_are_fields_by_their_custom_property_codes() {
        let body = format!(
            "<w:p>{}<w:bookmarkStart w:id=\"0\" w:name=\"ZOTERO_BREF_a1\"/>\
             <w:bookmarkStart w:id=\"1\" w:name=\"_Toc1\"/>{}<w:bookmarkEnd w:id=\"1\"/>\
             <w:bookmarkEnd w:id=\"0\"/>{}</w:p>",
            run("As shown "),
            run("(Roe, 2001)"),
            run(".")
        );
        let codes = [
            ("ZOTERO_BREF_a1", "ADDIN ZOTERO_ITEM CSL_CITATION {}"),
            ("_Toc1", "x"),
        ];
        let xml = format!("<w:document {W}><w:body>{body}</w:body></w:document>");
        let doc = roxmltree::Document::parse(&xml).unwrap();
        let styles = Styles::default();
        let mut writer = Writer::new(&styles, Numbering::default());
        writer.bookmark_codes = codes.map(|(k, v)| (k.to_string(), v.to_string())).into();
        writer.body(doc.root_element().first_element_child().unwrap());
        assert_eq!(writer.out.text, "As shown (Roe, 2001).\n\n");
        assert_eq!(
            writer.out.shown_fields(),
            [(
                "ADDIN ZOTERO_ITEM CSL_CITATION {}".to_string(),
                "(Roe, 2001)".to_string()
            )]
        );
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
