//! Finding in-text citations: author-date (parenthetical and narrative), numeric, alphabetic
//! labels, and citation keys in LaTeX and Pandoc Markdown.
//!
//! Finders work on the paper's body with PDF residue and the reference list blanked out, byte
//! for byte, so that every span points into the original text and a citation broken across a
//! line or a page break is still found.

mod author_date;
mod flattened;
mod label;
mod latex;
mod numeric;
mod pandoc;
mod table;

pub use author_date::{author_date_aliases, each_author_date, find_author_date, MlaVote, Standing};
pub use label::each_label;
pub use latex::{find_latex, mask_latex};
pub use numeric::{each_numeric, find_numeric};
pub use pandoc::{find_pandoc, has_yaml_header, looks_like_pandoc};

use crate::reference::Date;
use crate::span::Span;

/// What a citation points at.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Target {
    /// Names as written (family names or organisations), and the date given.
    AuthorDate {
        names: Vec<String>,
        et_al: bool,
        date: Option<Date>,
        /// Year suffix ("a" of 2021a).
        suffix: Option<String>,
        /// "n.d." or "in press" instead of a date.
        pubstate: Option<String>,
    },
    /// A number in a numeric style ([4]).
    Number(u32),
    /// An alphabetic label ([BJP12]).
    Label(String),
    /// A citation key (LaTeX, Pandoc).
    Key(String),
    /// A work cited in a footnote or endnote: the note's number, and how it cites the work.
    Note { note: u32, form: crate::notes::Form },
}

/// One cited work at one place in the text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Citation {
    pub span: Span,
    /// This one work's citation as written: "Ibrahim, 2017", "4", "smith2020".
    pub text: String,
    pub target: Target,
    /// Written into the sentence ("Chen and Okafor (2020)") rather than in parentheses.
    pub narrative: bool,
    pub prefix: Option<String>,
    pub locator: Option<String>,
}

/// Everything the finders report: the citations in text order, and abbreviations the text
/// defines for organisations ("World Health Organization [WHO]").
#[derive(Debug, Clone, Default)]
pub struct Found {
    pub citations: Vec<Citation>,
    /// (abbreviation, full name)
    pub aliases: Vec<(String, String)>,
}

/// What the LaTeX and Pandoc finders report for one file: key citations (a `\nocite{key}`
/// counts as one) in text order, and the files the text names.
#[derive(Debug, Clone, Default)]
pub struct KeyFound {
    pub citations: Vec<Citation>,
    /// `\nocite{*}` or Pandoc's `nocite: '@*'`: every entry counts as cited.
    pub cite_all: bool,
    /// Bibliography files as named (`.bib` added where `\bibliography` adds it), with spans.
    pub bibliographies: Vec<(String, Span)>,
    /// Files pulled in (`\input`, `\include`) as named, with spans.
    pub inputs: Vec<(String, Span)>,
    /// `\bibliography{...}` names a bibliography (read by BibTeX, which ignores case in keys;
    /// `\addbibresource` is biber's, which does not).
    pub bibtex: bool,
    /// biblatex is loaded (`\usepackage{biblatex}`, `\addbibresource`): biber reads the
    /// bibliography, even one named with `\bibliography`.
    pub biblatex: bool,
    /// A header Pandoc does not read as metadata but that names a bibliography (Pandoc only).
    pub misplaced_header: Option<Span>,
}

/// The text with the given line ranges blanked: every byte of a blanked line becomes a space
/// (line ends stay), so offsets are unchanged.
pub fn blank_lines(text: &str, line_starts: impl Iterator<Item = (usize, usize)>) -> String {
    let mut bytes = text.as_bytes().to_vec();
    for (start, end) in line_starts {
        for b in &mut bytes[start..end.min(text.len())] {
            if *b != b'\n' && *b != b'\r' {
                *b = b' ';
            }
        }
    }
    // Whole lines were blanked, never part of a character, so this is valid UTF-8.
    String::from_utf8(bytes).unwrap_or_default()
}
