//! Notes-style citations (Chicago notes-bibliography, Turabian, MHRA, OSCOLA): footnotes and
//! endnotes found wherever they live ([`find`]), each read into the works it cites ([`parse`]),
//! and those works linked to the bibliography, or to each other when there is none ([`link`]).
//!
//! Data flows one way: located notes → [`Note`]s with their [`NoteCite`]s → [`link::Linked`]
//! facts that the rules in `src/rules/` turn into diagnostics.

mod find;
pub mod link;
mod parse;

pub use link::{link_notes, Fact, Linked, Linking};
pub use parse::{cites_a_work, parse_note};

use crate::reference::Reference;
use crate::span::{LineIndex, Span};

/// A citation in running text: "(Smith, 2019)", "(Smith and Lee 2019, 4)", "[12]", "[3, 4]".
static IN_TEXT: std::sync::LazyLock<regex::Regex> = std::sync::LazyLock::new(|| {
    regex::Regex::new(
        r"\(\p{Lu}[\p{L}'’\-]+(?: et al\.)?(?:,? (?:and|&) \p{Lu}[\p{L}'’\-]+)?,? (?:1[5-9]|20)\d{2}[a-z]?[,;)]|\[\d{1,3}(?:\s*[,–-]\s*\d{1,3})*\]",
    )
    .expect("IN_TEXT is a valid regex")
});

/// Code, where "[0]" and "[1, 2]" index arrays: fenced blocks, Jekyll highlight blocks, inline
/// code.
static CODE: std::sync::LazyLock<regex::Regex> = std::sync::LazyLock::new(|| {
    regex::Regex::new(
        r"(?ms)^[ \t]*```.*?^[ \t]*```|^[ \t]*~~~.*?^[ \t]*~~~|\{%\s*highlight.*?\{%\s*endhighlight\s*%\}|`[^`\n]+`",
    )
    .expect("CODE is a valid regex")
});

/// An array index in prose, not a citation: "[0]" (no list numbers from 0), or "xPos[1] = 2".
fn an_index(text: &str, m: &regex::Match<'_>) -> bool {
    let zero = m.as_str().starts_with("[0") && !m.as_str()[2..].starts_with(char::is_numeric);
    let assigned = text[..m.start()].ends_with(char::is_alphanumeric)
        && text[m.end()..].trim_start_matches(' ').starts_with('=');
    zero || assigned
}

/// How a note cites a work.
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum Form {
    /// Names, title and publication: "Richard White, *The Organic Machine* (New York: Hill
    /// and Wang, 1995), 45".
    Full,
    /// Surname and short title or page: "White, *Organic Machine*, 60"; "White, op. cit.".
    Short,
    /// "Ibid.", "Ibid., 72", "Id. at 5": the work cited just before.
    Ibid,
    /// "White (n 3) 60": the work cited in note 3.
    CrossRef(u32),
}

/// One work cited in a note.
#[derive(Debug, Clone, PartialEq)]
pub struct NoteCite {
    /// The citation in the paper's text (without the prose around it).
    pub span: Span,
    /// As written, spaces collapsed.
    pub text: String,
    pub form: Form,
    /// Family names as cited (a full citation's are the parsed authors' or editors').
    pub names: Vec<String>,
    /// The title as cited (a short title in a short form).
    pub title: Option<String>,
    pub year: Option<i32>,
    /// Prose before the citation: "See also", "For a contrary view, see".
    pub prefix: Option<String>,
    /// The page or other place cited: "45", "112–14".
    pub locator: Option<String>,
    /// A case or a statute (OSCOLA): listed in tables of cases, seldom in a bibliography.
    pub legal: bool,
    /// A full citation read as a bibliography entry would be.
    pub work: Option<Box<Reference>>,
}

/// One footnote or endnote.
#[derive(Debug, Clone, PartialEq)]
pub struct Note {
    /// As numbered, or (Markdown) its place in the order of its marks.
    pub number: u32,
    /// As written: "1", "note-a".
    pub label: String,
    /// The note's text.
    pub span: Span,
    /// First and last line (1-based, inclusive).
    pub lines: (usize, usize),
    /// Where the text points at it (Markdown `[^1]`), when known.
    pub mark: Option<Span>,
    pub cites: Vec<NoteCite>,
}

/// Where a paper keeps its notes.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Place {
    #[default]
    None,
    /// `[^1]: ...` definitions.
    Markdown,
    /// Numbered lines under a "Notes" heading.
    Endnotes,
    /// Numbered lines at the foot of converted PDF pages.
    PageFoot,
}

/// A paper's notes, in reading order.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Notes {
    pub place: Place,
    pub notes: Vec<Note>,
}

impl Notes {
    /// Markdown footnotes, or else a section of endnotes: the notes that sit apart from the
    /// running text (and from the reference list), found before the list is.
    pub fn apart(text: &str, lines: &LineIndex, residue: &[bool]) -> Notes {
        let markdown = find::markdown(text, lines);
        if !markdown.is_empty() {
            return Notes::read(text, Place::Markdown, markdown);
        }
        let endnotes = find::endnotes(text, lines, residue);
        if !endnotes.is_empty() {
            return Notes::read(text, Place::Endnotes, endnotes);
        }
        Notes::default()
    }

    /// Notes at the foot of converted pages, in lines before `until` (the list's first line).
    pub fn page_foot(text: &str, lines: &LineIndex, residue: &[bool], until: usize) -> Notes {
        let found = find::page_foot(text, lines, residue, until, cites_a_work);
        if found.len() < 2 {
            return Notes::default();
        }
        Notes::read(text, Place::PageFoot, found)
    }

    fn read(text: &str, place: Place, located: Vec<find::Located>) -> Notes {
        let notes = located
            .into_iter()
            .map(|l| Note {
                cites: parse_note(&text[l.span.start..l.span.end], l.span.start),
                number: l.number,
                label: l.label,
                span: l.span,
                lines: l.lines,
                mark: l.mark,
            })
            .collect();
        Notes { place, notes }
    }

    pub fn is_empty(&self) -> bool {
        self.notes.is_empty()
    }

    /// The lines the notes take up, as byte ranges (to blank them before the list is found).
    pub fn line_ranges<'a>(
        &'a self,
        text: &'a str,
        lines: &'a LineIndex,
    ) -> impl Iterator<Item = (usize, usize)> + 'a {
        self.notes.iter().map(move |n| {
            let first = lines.line_span(text, n.lines.0).start;
            let last = lines.line_span(text, n.lines.1).end;
            (first, last)
        })
    }

    /// Does the paper cite in its notes rather than in its text? The notes cite works the
    /// notes way (see [`Notes::cite_works`]) and more often than the text (`text`: the paper
    /// with its notes blanked) cites in parentheses or brackets: an author-date paper whose
    /// footnotes give a few references stays author-date.
    pub fn cite_more_than(&self, text: &str) -> bool {
        let code: Vec<(usize, usize)> =
            CODE.find_iter(text).map(|m| (m.start(), m.end())).collect();
        // Both lists are in text order: one walk pairs each match with the code around it.
        let mut block = code.iter().peekable();
        let in_text = IN_TEXT
            .find_iter(text)
            .filter(|m| {
                while block.next_if(|&&(_, end)| end <= m.start()).is_some() {}
                block.peek().is_none_or(|&&(start, _)| m.start() < start) && !an_index(text, m)
            })
            .take(self.notes.len() + 1)
            .count();
        self.cite_works() && self.cites().count() > in_text
    }

    /// Do the notes cite works the notes way? At least one full citation, "Ibid." or
    /// cross-reference (or two short forms), in at least a third of the notes.
    pub fn cite_works(&self) -> bool {
        let cites = || self.notes.iter().flat_map(|n| &n.cites);
        let strong = cites()
            .filter(|c| matches!(c.form, Form::Full | Form::Ibid | Form::CrossRef(_)))
            .count();
        let short = cites().filter(|c| c.form == Form::Short).count();
        let citing = self.notes.iter().filter(|n| !n.cites.is_empty()).count();
        (strong >= 1 || short >= 2) && citing * 3 >= self.notes.len()
    }

    /// Every cited work, with its note, in reading order.
    pub fn cites(&self) -> impl Iterator<Item = (&Note, &NoteCite)> {
        self.notes
            .iter()
            .flat_map(|n| n.cites.iter().map(move |c| (n, c)))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn notes_cite_works_when_enough_of_them_cite() {
        let text = "Text.[^1] More.[^2]\n\n[^1]: Richard White, *The Organic Machine* (New York: Hill and Wang, 1995), 45.\n[^2]: Ibid., 72.\n";
        let lines = LineIndex::new(text);
        let notes = Notes::apart(text, &lines, &[false; 5]);
        assert_eq!(notes.place, Place::Markdown);
        assert!(notes.cite_works());
        let forms: Vec<Form> = notes.cites().map(|(_, c)| c.form).collect();
        assert_eq!(forms, [Form::Full, Form::Ibid]);
        let ranges: Vec<(usize, usize)> = notes.line_ranges(text, &lines).collect();
        assert_eq!(ranges, [(21, 100), (101, 117)]);
        // Explanatory notes that cite nothing are not a notes style.
        let text = "Text.[^1]\n\n[^1]: The data are online.\n";
        let lines = LineIndex::new(text);
        let notes = Notes::apart(text, &lines, &[false; 3]);
        assert!(!notes.is_empty() && !notes.cite_works());
    }

    #[test]
    fn a_paper_that_cites_in_its_text_is_not_a_notes_paper() {
        let text = "A (Smith, 2019). B (Lee and Cho 2020, 4). C [12].[^1]\n\n\
                    [^1]: Richard White, *The Organic Machine* (New York: Hill and Wang, 1995).\n";
        let lines = LineIndex::new(text);
        let notes = Notes::apart(text, &lines, &[false; 4]);
        assert!(notes.cite_works());
        assert!(!notes.cite_more_than(text));
        assert!(notes.cite_more_than("Only prose here.[^1]"));
        let found: Vec<&str> = IN_TEXT.find_iter(text).map(|m| m.as_str()).collect();
        assert_eq!(found, ["(Smith, 2019)", "(Lee and Cho 2020,", "[12]"]);
    }

    #[test]
    fn array_indices_in_code_are_not_citations() {
        let text =
            "Prose.[^1] Then `a[0]` and\n\n```\nlet b = [1, 2];\nc[3]\n```\n\n~~~\nd[4]\n~~~\n\n\
                    [^1]: Richard White, *The Organic Machine* (New York: Hill and Wang, 1995).\n";
        let lines = LineIndex::new(text);
        let notes = Notes::apart(text, &lines, &vec![false; lines.line_count() + 1]);
        assert!(notes.cite_more_than(text));
        let found: Vec<&str> = CODE.find_iter(text).map(|m| m.as_str().trim()).collect();
        assert_eq!(
            found,
            [
                "`a[0]`",
                "```\nlet b = [1, 2];\nc[3]\n```",
                "~~~\nd[4]\n~~~"
            ]
        );
        assert!(notes.cite_more_than("It starts at [0], so xPos[1] = 2 and xPos[2] = 3.[^1]"));
        // Outside code, two bracketed numbers outweigh one note.
        assert!(!notes.cite_more_than("As shown [1] and [2].[^1]"));
    }
}
