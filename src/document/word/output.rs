//! The text both word-processor readers write (`.docx` in [`super::body`], `.odt` in
//! `super::odt`): paragraphs one a line with a blank line between them, italics as `*…*`,
//! superscript as `<sup>…</sup>`, note marks as `[^N]` and notes as `[^N]: text` paragraphs,
//! with the place of each paragraph and the span of the text each field shows. A reader walks
//! its own XML and says what it meets; this writes it the one way.

use super::{fields, Place, Word, WordMap};
use crate::span::Span;

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

/// A field begun and not yet ended. `T` is what its reader keeps besides (a `.odt` mark's name).
#[derive(Debug)]
pub struct Open<T> {
    pub instruction: String,
    pub data: String,
    /// Where its shown text starts; `None` while the field is still in its instruction.
    pub result: Option<usize>,
    /// The fields it sits in the instruction of, as recorded in [`RawField::depth`].
    pub depth: usize,
    pub tag: T,
}

/// A paragraph (or note) begun: where its line starts and where its text starts, past any
/// heading marks and label.
#[derive(Debug, Clone, Copy)]
pub struct Paragraph {
    start: usize,
    text_from: usize,
    note: bool,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Italic {
    Off,
    /// Begun, its `*` not yet written (it goes before the first character that is not a space).
    Pending,
    On,
}

/// One document's text as it is written. `N` is a note as its reader finds it again, `T` what
/// the reader keeps with an open field.
#[derive(Debug)]
pub struct Output<N, T> {
    pub text: String,
    pub places: Vec<Place>,
    pub fields: Vec<RawField>,
    /// The notes marked in the text, in order: note `i` is marked `[^i+1]`.
    pub notes: Vec<N>,
    pub open: Vec<Open<T>>,
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
}

impl<N, T> Default for Output<N, T> {
    fn default() -> Self {
        Output {
            text: String::new(),
            places: Vec::new(),
            fields: Vec::new(),
            notes: Vec::new(),
            open: Vec::new(),
            paragraphs: 0,
            note: None,
            line_start: 0,
            italic: Italic::Off,
            sup: false,
        }
    }
}

impl<N, T> Output<N, T> {
    /// Where the next character goes.
    pub fn len(&self) -> usize {
        self.text.len()
    }

    /// Where the current line's text starts.
    pub fn line_start(&self) -> usize {
        self.line_start
    }

    /// Is a note being written?
    pub fn in_note(&self) -> bool {
        self.note.is_some()
    }

    /// Begin a body paragraph: `hashes` heading marks (none for a plain paragraph), then its
    /// list label.
    pub fn begin_paragraph(&mut self, hashes: usize, label: Option<&str>) -> Paragraph {
        let start = self.text.len();
        if hashes > 0 {
            self.text.push_str(&"#".repeat(hashes));
            self.text.push(' ');
        }
        if let Some(label) = label {
            self.text.push_str(label);
            self.text.push(' ');
        }
        self.begin_text(start, false)
    }

    /// Begin note `number`'s text, all its paragraphs making one `[^N]: text` paragraph.
    pub fn begin_note(&mut self, number: usize) -> Paragraph {
        self.note = Some(number);
        let start = self.text.len();
        self.text.push_str(&format!("[^{number}]: "));
        self.begin_text(start, true)
    }

    fn begin_text(&mut self, start: usize, note: bool) -> Paragraph {
        let text_from = self.text.len();
        self.line_start = text_from;
        Paragraph {
            start,
            text_from,
            note,
        }
    }

    /// The next paragraph of a note: joined to the last by a space.
    pub fn next_note_paragraph(&mut self, note: &Paragraph) {
        if self.text.len() > note.text_from && !self.text.ends_with(' ') {
            self.text.push(' ');
        }
    }

    /// Close a paragraph: kept (and placed) if it shows any text past its label, else taken
    /// back. A note's fields end with it.
    pub fn end_paragraph(&mut self, p: Paragraph) {
        if p.note {
            self.close_all();
        }
        self.end_marks();
        if self.text[p.text_from..].trim().is_empty() {
            self.take_back(p.start);
            return;
        }
        let trimmed = self.text.trim_end_matches([' ', '\t']).len();
        self.take_back(trimmed.max(p.text_from));
        let paragraph = if p.note {
            1
        } else {
            self.paragraphs += 1;
            self.paragraphs
        };
        self.places.push(Place {
            start: p.start,
            end: self.text.len(),
            paragraph,
            note: self.note,
        });
        self.text.push_str("\n\n");
    }

    /// A heading line of our own (not a paragraph of the document).
    pub fn heading(&mut self, text: &str) {
        self.text.push_str(text);
        self.text.push_str("\n\n");
    }

    /// The notes' heading, if there are notes to follow it; the notes to write, in order.
    pub fn take_notes(&mut self) -> Vec<N> {
        let notes = std::mem::take(&mut self.notes);
        if !notes.is_empty() {
            self.heading("# Notes");
        }
        notes
    }

    /// Cut the text back to `at`; spans that reached past it end there.
    pub fn take_back(&mut self, at: usize) {
        self.text.truncate(at);
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

    /// Is text written now shown? Not while any open field is still in its instruction.
    pub fn shown(&self) -> bool {
        self.open.iter().all(|f| f.result.is_some())
    }

    /// The look of the text that follows: emphasis begun or ended, superscript ended (it
    /// begins at the first text that is not white space, see [`Self::write`]).
    pub fn style(&mut self, italic: bool, sup: bool) {
        if !self.shown() {
            return;
        }
        match (self.italic, italic) {
            (Italic::Off, true) => self.italic = Italic::Pending,
            (Italic::Pending, false) => self.italic = Italic::Off,
            (Italic::On, false) => self.end_italic(),
            _ => {}
        }
        if self.sup && !sup {
            self.end_sup();
        }
    }

    /// Write shown text, superscript if `sup`: newlines in it as spaces (one paragraph is one
    /// line), white space at a line's start dropped.
    pub fn write(&mut self, s: &str, sup: bool) {
        if !self.shown() {
            return;
        }
        if sup && !self.sup && !s.trim().is_empty() {
            self.text.push_str("<sup>");
            self.sup = true;
        }
        let mut s = if self.text.len() == self.line_start {
            s.trim_start()
        } else {
            s
        };
        if self.italic == Italic::Pending {
            let rest = s.trim_start();
            if !rest.is_empty() {
                self.text.push_str(&s[..s.len() - rest.len()]);
                self.text.push('*');
                self.italic = Italic::On;
                s = rest;
            }
        }
        self.text.extend(
            s.chars()
                .map(|c| if c == '\n' || c == '\r' { ' ' } else { c }),
        );
    }

    /// A line break inside a paragraph (Shift+Enter): a new line of the same paragraph, as
    /// references pasted into one paragraph are often kept apart.
    pub fn line_break(&mut self) {
        if self.shown() && self.text.len() > self.line_start {
            self.end_marks();
            let trimmed = self.text.trim_end_matches([' ', '\t']).len();
            self.take_back(trimmed.max(self.line_start));
            self.text.push('\n');
            self.line_start = self.text.len();
        }
    }

    /// A footnote or endnote met in the text: marked `[^N]`, to be written after the body.
    pub fn note_mark(&mut self, note: N) {
        self.end_sup();
        self.notes.push(note);
        let mark = format!("[^{}]", self.notes.len());
        self.text.push_str(&mark);
    }

    /// Close emphasis and superscript.
    fn end_marks(&mut self) {
        self.end_italic();
        self.end_sup();
    }

    fn end_sup(&mut self) {
        if self.sup {
            self.text.push_str("</sup>");
            self.sup = false;
        }
    }

    /// Close emphasis: its `*` goes before any white space that ends it.
    fn end_italic(&mut self) {
        if self.italic == Italic::On {
            let text = self.text.trim_end_matches([' ', '\t']).len();
            let tail = self.text[text..].to_string();
            self.take_back(text);
            self.text.push('*');
            self.text.push_str(&tail);
        }
        self.italic = Italic::Off;
    }

    /// End open field `i`, its shown text running to here.
    pub fn close(&mut self, i: usize) {
        let open = self.open.remove(i);
        let end = self.text.len();
        let start = open.result.unwrap_or(end).min(end);
        self.fields.push(RawField {
            instruction: open.instruction,
            data: open.data,
            result: Span::new(start, end),
            depth: open.depth,
        });
    }

    /// End the innermost open field.
    pub fn close_innermost(&mut self) {
        if let Some(i) = self.open.len().checked_sub(1) {
            self.close(i);
        }
    }

    /// Fields left open at the end of a story (a damaged file) end there.
    pub fn close_all(&mut self) {
        while !self.open.is_empty() {
            self.close_innermost();
        }
    }

    /// The document: its text, where each line came from, and the reference-manager fields
    /// (Word's own citations citing `sources`).
    pub fn finish(self, sources: &fields::Sources) -> Word {
        Word {
            map: WordMap {
                places: self.places,
                fields: fields::managed(&self.fields, sources),
            },
            text: self.text,
        }
    }

    /// The fields recorded, each as its instruction and the text it shows.
    #[cfg(test)]
    pub fn shown_fields(&self) -> Vec<(String, String)> {
        self.fields
            .iter()
            .map(|f| {
                let shown = self.text[f.result.start..f.result.end].to_string();
                (f.instruction.clone(), shown)
            })
            .collect()
    }
}
