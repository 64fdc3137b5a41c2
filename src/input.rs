//! What kind of input a file is, decided in one place: by its content first, its name second.
//!
//! Every command reads its input through [`Input::read`]; the pipeline (`check::run`),
//! `refs`, `export` and `format` then act on the [`Kind`] found here. Adding a kind of input
//! (a Word file, a PDF) is one reader behind [`Input::read`] plus one arm in [`Kind::of`].

use crate::citation;
use crate::document::{Document, InputError};
use std::path::Path;

/// What an input is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    /// A paper with its own reference list (plain text, Markdown without keys).
    Paper,
    /// A LaTeX paper citing by key from its `.bib` files.
    Latex,
    /// A Pandoc Markdown paper citing `[@key]` from its `.bib` files.
    Pandoc,
    /// A BibTeX/BibLaTeX file.
    Bib,
    /// A CSL-JSON file (a list of items).
    CslJson,
    /// A Word file (`.docx`, or an OpenDocument text `.odt`): a paper with its own reference
    /// list, read from its XML, whose reference-manager fields are checked too.
    Docx,
    /// A PDF (found by its `%PDF-` header, or its `.pdf` name), read as a paper with its own
    /// reference list; its locations also name the page.
    Pdf,
}

impl Kind {
    /// The kind of `doc`. Content decides when it is unmistakable (a `.bib` file's first
    /// entry, a JSON array, `\documentclass`); otherwise the file's extension; otherwise, for
    /// Markdown and text, whether it cites the Pandoc way. With `bib_given` (`--bib`), a paper
    /// that is not LaTeX is read as Pandoc.
    pub fn of(doc: &Document, bib_given: bool) -> Kind {
        // Only the Word reader gives a document a map: a zip holding word/document.xml.
        if doc.word.is_some() {
            return Kind::Docx;
        }
        if doc.pages.is_some() {
            return Kind::Pdf;
        }
        let ext = doc
            .path
            .extension()
            .and_then(|e| e.to_str())
            .map(str::to_ascii_lowercase)
            .unwrap_or_default();
        if let Some(kind) = sniff(&doc.text) {
            return kind;
        }
        let latex_text =
            || doc.text.contains("\\documentclass") || doc.text.contains("\\begin{document}");
        match ext.as_str() {
            "bib" | "bibtex" => return Kind::Bib,
            "json" => return Kind::CslJson,
            "tex" | "ltx" | "latex" => return Kind::Latex,
            "" if doc.path == Path::new("-") && latex_text() => return Kind::Latex,
            _ => {}
        }
        match ext.as_str() {
            _ if bib_given => Kind::Pandoc,
            "md" | "markdown" | "txt" | "rmd" | "qmd" | ""
                if citation::looks_like_pandoc(&doc.text) =>
            {
                Kind::Pandoc
            }
            _ => Kind::Paper,
        }
    }

    /// Does the pipeline check this kind against `.bib` files (by key)?
    pub fn cites_by_key(self) -> bool {
        matches!(self, Kind::Latex | Kind::Pandoc)
    }
}

/// The kind a text shows on its face, whatever its file is called: a `.bib` file (its first
/// non-blank line opens an entry, `@article{`), a CSL-JSON list (`[` then `{`), a LaTeX main
/// file (`\documentclass` at a line start before any other text).
fn sniff(text: &str) -> Option<Kind> {
    let start = text.trim_start_matches('\u{feff}').trim_start();
    if start.starts_with('[') && start[1..].trim_start().starts_with('{') {
        return Some(Kind::CslJson);
    }
    if let Some(rest) = start.strip_prefix('@') {
        let word: String = rest.chars().take_while(char::is_ascii_alphabetic).collect();
        let after = rest[word.len()..].trim_start();
        if !word.is_empty() && (after.starts_with('{') || after.starts_with('(')) {
            return Some(Kind::Bib);
        }
    }
    let first_text = start.lines().find(|l| !l.trim_start().starts_with('%'));
    if first_text.is_some_and(|l| l.trim_start().starts_with("\\documentclass")) {
        return Some(Kind::Latex);
    }
    None
}

/// A document read from disk (or standard input) together with its kind.
#[derive(Debug)]
pub struct Input {
    pub doc: Document,
    pub kind: Kind,
}

impl Input {
    /// Read `path` (at most `max_bytes`) and decide its kind (see [`Kind::of`]).
    pub fn read(path: &Path, max_bytes: u64, bib_given: bool) -> Result<Input, InputError> {
        let doc = Document::read(path, max_bytes)?;
        Ok(Input::new(doc, bib_given))
    }

    /// A document to be read as a paper with its own reference list, whatever it looks like.
    pub fn paper(doc: Document) -> Input {
        Input {
            doc,
            kind: Kind::Paper,
        }
    }

    /// A document to be read as a `.bib` file, whatever it is called.
    pub fn bib(doc: Document) -> Input {
        Input {
            doc,
            kind: Kind::Bib,
        }
    }

    /// A document already read.
    pub fn new(doc: Document, bib_given: bool) -> Input {
        let kind = Kind::of(&doc, bib_given);
        Input { doc, kind }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn kind(path: &str, text: &str) -> Kind {
        let doc = Document::from_text(Path::new(path), text.to_string(), Vec::new()).unwrap();
        Kind::of(&doc, false)
    }

    #[test]
    fn extension_names_the_structured_kinds() {
        assert_eq!(kind("a.bib", "anything"), Kind::Bib);
        assert_eq!(kind("a.JSON", "[]"), Kind::CslJson);
        assert_eq!(kind("chapter.tex", "Just text \\cite{a}."), Kind::Latex);
    }

    #[test]
    fn content_decides_when_the_name_does_not() {
        assert_eq!(kind("refs.txt", "\n@article{a,\n title={T}}\n"), Kind::Bib);
        assert_eq!(kind("-", "@Book (b, title = {T})"), Kind::Bib);
        assert_eq!(kind("items", "[ {\"id\": \"a\"} ]"), Kind::CslJson);
        assert_eq!(
            kind("-", "% header\n\\documentclass{article}\n"),
            Kind::Latex
        );
        assert_eq!(kind("-", "Intro.\n\\begin{document}\n"), Kind::Latex);
    }

    #[test]
    fn papers_by_how_they_cite() {
        assert_eq!(kind("p.md", "As shown [@smith2020]."), Kind::Pandoc);
        assert_eq!(kind("p.md", "As shown (Smith, 2020).\n"), Kind::Paper);
        assert_eq!(
            kind("p.md", "Mail me@example.org about @ twitter"),
            Kind::Paper
        );
        // An `@` inside prose, or a bracket that is not a list of objects, is not a format.
        assert_eq!(kind("p.txt", "@ the start (Smith, 2020)."), Kind::Paper);
        assert_eq!(kind("p.txt", "[1] Smith, J. (2020). T."), Kind::Paper);
        // `\begin{document}` decides only for standard input, not for a Markdown file.
        assert_eq!(
            kind("p.md", "Write \\begin{document} (Smith, 2020)."),
            Kind::Paper
        );
    }

    #[test]
    fn a_word_file_is_docx_whatever_its_name() {
        let mut doc = Document::from_text(Path::new("p.md"), "Text.".into(), Vec::new()).unwrap();
        doc.word = Some(Default::default());
        assert_eq!(Kind::of(&doc, true), Kind::Docx);
    }

    #[test]
    fn a_pdf_is_found_by_its_header_then_its_name() {
        use crate::document::InputError;
        let named = Document::from_bytes(Path::new("p.pdf"), b"Just text.");
        assert!(matches!(named, Err(InputError::Pdf { .. })));
        let bytes = std::fs::read(concat!(
            env!("CARGO_MANIFEST_DIR"),
            "/tests/fixtures/pdf/apa.pdf"
        ))
        .unwrap();
        // No extension: the `%PDF-` header decides, and `--bib` does not make it Pandoc.
        let doc = Document::from_bytes(Path::new("paper"), &bytes).unwrap();
        assert_eq!(Kind::of(&doc, false), Kind::Pdf);
        assert_eq!(Kind::of(&doc, true), Kind::Pdf);
    }

    #[test]
    fn bib_given_reads_markdown_as_pandoc() {
        let doc = Document::from_text(Path::new("p.md"), "Text.".into(), Vec::new()).unwrap();
        assert_eq!(Kind::of(&doc, true), Kind::Pandoc);
        let doc = Document::from_text(Path::new("p.tex"), "Text.".into(), Vec::new()).unwrap();
        assert_eq!(Kind::of(&doc, true), Kind::Latex);
    }
}
