//! The one report of a run, as a versioned JSON contract, and its renderings for people
//! (text with source snippets, coverage tables in table/CSV/Markdown form).

mod coverage;
mod github;
mod html;
mod refs;
mod reporter;
mod sarif;
mod text;

pub use coverage::{
    render_batch_summary, render_coverage_rows, write_coverage, write_coverage_rows, Coverage,
    CoverageFormat, CoverageRow, PageLine,
};
pub use refs::render_refs_table;
pub use reporter::{Batch, Failure, Piece, Reporter};
pub use text::{render_text, write_text, Colors};

use crate::check::{Checked, RawList};
use crate::citation::Citation;
pub use crate::diagnostic::Source;
use crate::diagnostic::{Code, Severity, SourceId, Style};
use crate::document::Document;
use crate::link::{Link, Status};
use crate::reference::Reference;
use serde::{Deserialize, Serialize};

/// Version of the JSON contract. Bumped only on an incompatible change.
pub const VERSION: u32 = 1;

/// `citecheck refs --format json`.
#[derive(Debug, Clone, Serialize, Deserialize, PartialEq)]
pub struct RefsReport {
    pub version: u32,
    pub file: String,
    pub references: Vec<Reference>,
}

/// The entries a [`RefsView`] writes: parsed already, or parsed as they are written.
#[derive(Clone, Copy)]
pub enum Entries<'a> {
    Parsed(&'a [Reference]),
    /// Parsed one at a time, so that a list of any length is written in memory little larger
    /// than its text.
    Raw(&'a RawList),
}

impl Entries<'_> {
    fn len(&self) -> usize {
        match self {
            Entries::Parsed(references) => references.len(),
            Entries::Raw(list) => list.len(),
        }
    }

    fn each(&self, f: impl FnMut(&Reference)) {
        match self {
            Entries::Parsed(references) => references.iter().for_each(f),
            Entries::Raw(list) => list.each(f),
        }
    }
}

/// [`RefsReport`] borrowed, for writing without copying the list. Serialises the same.
pub struct RefsView<'a> {
    pub file: &'a str,
    pub entries: Entries<'a>,
}

impl Serialize for RefsView<'_> {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::{SerializeSeq, SerializeStruct};
        struct References<'a>(Entries<'a>);
        impl Serialize for References<'_> {
            fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
                let mut seq = s.serialize_seq(Some(self.0.len()))?;
                let mut result = Ok(());
                self.0
                    .each(|r| keep_first(&mut result, || seq.serialize_element(r)));
                result?;
                seq.end()
            }
        }
        let mut report = serializer.serialize_struct("RefsReport", 3)?;
        report.serialize_field("version", &VERSION)?;
        report.serialize_field("file", self.file)?;
        report.serialize_field("references", &References(self.entries))?;
        report.end()
    }
}

/// `citecheck check --format json`.
#[derive(Debug, Clone, Serialize, Deserialize, PartialEq)]
pub struct Report {
    pub version: u32,
    pub file: String,
    pub style: Style,
    pub references: Vec<ReferenceEntry>,
    pub citations: Vec<CitationEntry>,
    pub diagnostics: Vec<DiagnosticEntry>,
    pub summary: Summary,
}

/// A reference with how often it is cited.
#[derive(Debug, Clone, Serialize, Deserialize, PartialEq)]
pub struct ReferenceEntry {
    #[serde(flatten)]
    pub reference: Reference,
    /// Citations matched to this entry.
    pub cited: usize,
    /// Ambiguous citations that list this entry as a candidate.
    #[serde(default)]
    pub maybe_cited: usize,
    /// Lines of the citations matched to it.
    #[serde(default)]
    pub cited_on: Vec<usize>,
    /// For a PDF: the page and line on the page of each of `cited_on`.
    #[serde(skip_serializing_if = "Vec::is_empty", default)]
    pub cited_on_pages: Vec<PageLine>,
    /// `.bib` file the entry comes from (LaTeX and Pandoc papers).
    #[serde(skip_serializing_if = "Option::is_none", default)]
    pub bib_file: Option<String>,
    /// For a PDF: the page the entry starts on, and its line on that page (see
    /// [`CitationEntry::page`]).
    #[serde(skip_serializing_if = "Option::is_none", default)]
    pub page: Option<usize>,
    #[serde(skip_serializing_if = "Option::is_none", default)]
    pub page_line: Option<usize>,
}

/// Where a citation or a problem is in a Word file or a PDF, beside `line` and `column` (all
/// absent for other inputs, and then not written).
#[derive(Debug, Clone, Copy, Default, Serialize, Deserialize, PartialEq, Eq)]
pub struct Place {
    /// Word files: the paragraph the place is in, counting the body's paragraphs that hold
    /// text (table cells and text boxes included) from 1; within a note, the note's paragraph.
    #[serde(skip_serializing_if = "Option::is_none", default)]
    pub paragraph: Option<usize>,
    /// Word files: the footnote or endnote the place is in, by its number (`[^N]` in the text).
    #[serde(skip_serializing_if = "Option::is_none", default)]
    pub note: Option<usize>,
    /// For a PDF: the page `line` is on, and the line on that page (both from 1; lines counted
    /// in reading order, running heads and page numbers left out). `line` and `column` are
    /// then in the text read from the PDF (what `citecheck refs` and `--references-at` count).
    #[serde(skip_serializing_if = "Option::is_none", default)]
    pub page: Option<usize>,
    #[serde(skip_serializing_if = "Option::is_none", default)]
    pub page_line: Option<usize>,
}

#[derive(Debug, Clone, Serialize, Deserialize, PartialEq)]
pub struct CitationEntry {
    pub line: usize,
    pub column: usize,
    /// This one work's citation as written.
    pub text: String,
    pub status: Status,
    /// The match, or the candidates.
    pub keys: Vec<String>,
    pub best_guess: Option<String>,
    pub suggestion: Option<String>,
    pub narrative: bool,
    pub locator: Option<String>,
    pub prefix: Option<String>,
    /// The file the citation is in, when not the checked document (a chapter pulled in with
    /// `\input`); `line` and `column` are in that file.
    #[serde(skip_serializing_if = "Option::is_none", default)]
    pub file: Option<String>,
    /// Where a person finds it in a Word file or a PDF.
    #[serde(flatten)]
    pub place: Place,
}

#[derive(Debug, Clone, Serialize, Deserialize, PartialEq)]
pub struct DiagnosticEntry {
    pub code: Code,
    pub severity: Severity,
    pub file: String,
    pub line: usize,
    pub column: usize,
    pub message: String,
    pub keys: Vec<String>,
    /// Where a person finds it in a Word file or a PDF.
    #[serde(flatten)]
    pub place: Place,
    /// The source line and the span's columns on it, for the text renderer.
    #[serde(skip)]
    pub snippet: Option<Snippet>,
}

/// The part of a source line around a problem, and what to underline in it (character
/// columns of `text`, 0-based, end exclusive). Only a window of a long line is kept.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Snippet {
    pub text: String,
    pub from: usize,
    pub to: usize,
    /// The line goes on before / after the window.
    pub cut_before: bool,
    pub cut_after: bool,
}

/// Characters of context kept either side of a problem on a long line.
const CONTEXT: usize = 50;

#[derive(Debug, Clone, Serialize, Deserialize, PartialEq, Default)]
pub struct Summary {
    pub entries: usize,
    pub entries_cited: usize,
    /// Entries cited, as a percentage of entries (one decimal).
    pub cited_percent: f64,
    pub citations: usize,
    pub matched: usize,
    pub ambiguous: usize,
    pub unmatched: usize,
    pub errors: usize,
    pub warnings: usize,
}

impl Report {
    /// Does the report hold anything at error level?
    pub fn has_errors(&self) -> bool {
        self.summary.errors > 0
    }
}

impl Source<'_> {
    /// The page and line on the page of text line `line`, for a PDF.
    fn page_line(&self, line: usize) -> Option<PageLine> {
        let p = self.pages?.place(line)?;
        Some(PageLine {
            page: p.page as usize,
            line: p.line as usize,
        })
    }

    /// The page and line on the page of text line `line`, for a PDF.
    fn place(&self, line: usize) -> (Option<usize>, Option<usize>) {
        match self.pages.and_then(|p| p.place(line)) {
            Some(p) => (Some(p.page as usize), Some(p.line as usize)),
            None => (None, None),
        }
    }

    fn locate(&self, span: crate::span::Span) -> (usize, usize, Snippet) {
        let (line, column) = self.lines.line_col(self.text, span.start);
        let line_span = self.lines.line_span(self.text, line);
        let line_text = &self.text[line_span.start..line_span.end];
        let end = span.end.clamp(span.start, line_span.end);
        let from = column - 1;
        let to = (from
            + self
                .text
                .get(span.start..end)
                .map_or(0, |s| s.chars().count()))
        .max(from + 1);
        let total = line_text.chars().count();
        let start = from.saturating_sub(CONTEXT);
        let stop = (to + CONTEXT).min(total);
        let text: String = line_text
            .chars()
            .skip(start)
            .take(stop.saturating_sub(start))
            .collect();
        let snippet = Snippet {
            text: text.replace('\t', " "),
            from: from - start,
            to: (to - start).min(stop.saturating_sub(start).max(from - start + 1)),
            cut_before: start > 0,
            cut_after: stop < total,
        };
        (line, column, snippet)
    }
}

/// Build the owned report of a checked input.
pub fn build(checked: &Checked) -> Report {
    view(checked).to_report()
}

/// The report of a checked input, borrowed: it serialises as [`Report`] does, reading the
/// citations (and a linted file's entries) as it writes them when the run did not keep them.
pub fn view(checked: &Checked) -> ReportView<'_> {
    ReportView::new(checked)
}

/// See [`view`].
pub struct ReportView<'a> {
    checked: &'a Checked,
    main: Source<'a>,
    inputs: Vec<Source<'a>>,
    bibs: Vec<Source<'a>>,
    diagnostics: Vec<DiagnosticEntry>,
    summary: Summary,
}

impl<'a> ReportView<'a> {
    fn new(checked: &'a Checked) -> Self {
        let source = |d: &'a Document| Source {
            path: d.path.display().to_string(),
            text: &d.text,
            lines: &d.lines,
            pages: d.pages.as_ref(),
        };
        // A linted file's report quotes the file itself.
        let main = match (&checked.bib_walk, checked.bibs.first()) {
            (Some(_), Some(bib)) => bib.source(),
            _ => source(&checked.doc),
        };
        let mut view = ReportView {
            checked,
            main,
            inputs: checked.inputs.iter().map(source).collect(),
            bibs: checked.bib_sources(),
            diagnostics: Vec::new(),
            summary: Summary::default(),
        };
        view.diagnostics = checked
            .diagnostics
            .iter()
            .map(|d| {
                let source = view.source_of(d.source);
                let (line, column, snippet) = source.locate(d.span);
                let place = view.place(d.source, d.span.start, source, line);
                DiagnosticEntry {
                    code: d.code,
                    severity: d.severity,
                    file: source.path.clone(),
                    line,
                    column,
                    message: d.message.clone(),
                    keys: d.keys.clone(),
                    place,
                    snippet: Some(snippet),
                }
            })
            .collect();
        let tally = &checked.tally;
        let entries = checked.entry_count();
        let entries_cited = tally.entries_cited();
        let count = |s: Severity| view.diagnostics.iter().filter(|d| d.severity == s).count();
        view.summary = Summary {
            entries,
            entries_cited,
            cited_percent: if entries == 0 {
                0.0
            } else {
                (entries_cited as f64 * 1000.0 / entries as f64).round() / 10.0
            },
            citations: tally.citations,
            matched: tally.matched,
            ambiguous: tally.ambiguous,
            unmatched: tally.unmatched,
            errors: count(Severity::Error),
            warnings: count(Severity::Warning),
        };
        view
    }

    fn source_of(&self, id: SourceId) -> &Source<'a> {
        match id {
            SourceId::Document => &self.main,
            SourceId::Input(i) => self.inputs.get(i).unwrap_or(&self.main),
            SourceId::Bib(i) => self.bibs.get(i).unwrap_or(&self.main),
        }
    }

    /// Where `offset` of source `id` (on `line` of `source`) is for a person: a Word file's
    /// paragraph and note, a PDF's page and line on it.
    fn place(&self, id: SourceId, offset: usize, source: &Source<'_>, line: usize) -> Place {
        let map = self.checked.doc.word.as_deref();
        let word = map
            .filter(|_| id == SourceId::Document && self.checked.bib_walk.is_none())
            .and_then(|map| map.place(offset));
        let (page, page_line) = source.place(line);
        Place {
            paragraph: word.as_ref().map(|p| p.paragraph),
            note: word.and_then(|p| p.note),
            page,
            page_line,
        }
    }

    pub fn summary(&self) -> &Summary {
        &self.summary
    }

    /// What the checked input was read as.
    pub fn kind(&self) -> crate::input::Kind {
        self.checked.kind
    }

    /// The diagnostics as reported: file, line and column resolved.
    pub fn diagnostics(&self) -> &[DiagnosticEntry] {
        &self.diagnostics
    }

    /// The checked file, as the report names it.
    pub fn file(&self) -> &str {
        &self.main.path
    }

    /// Does the report hold anything at error level?
    pub fn has_errors(&self) -> bool {
        self.summary.errors > 0
    }

    fn bib_file(&self, i: usize) -> Option<&str> {
        match self.checked.origins.reference(i) {
            SourceId::Bib(b) => self.bibs.get(b).map(|s| s.path.as_str()),
            _ => None,
        }
    }

    fn citation_entry(&self, n: usize, c: &Citation, link: &Link) -> CitationEntry {
        let key = |i: usize| {
            self.checked
                .references()
                .get(i)
                .map_or_else(String::new, |r| r.key.to_string())
        };
        let origin = self.checked.origins.citation(n);
        let source = self.source_of(origin);
        let (line, column) = source.lines.line_col(source.text, c.span.start);
        let place = self.place(origin, c.span.start, source, line);
        let keys = if link.status == Status::Unmatched {
            Vec::new()
        } else {
            link.entries.iter().map(|&i| key(i)).collect()
        };
        CitationEntry {
            line,
            column,
            text: c.text.clone(),
            status: link.status,
            keys,
            best_guess: link.best_guess.map(key),
            suggestion: link.suggestion.as_ref().map(|s| s.message.clone()),
            narrative: c.narrative,
            locator: c.locator.clone(),
            prefix: c.prefix.clone(),
            file: (origin != SourceId::Document).then(|| source.path.clone()),
            place,
        }
    }

    /// For a PDF: the pages and lines on them that entry `i` is cited on.
    fn cited_on_pages(&self, i: usize) -> Vec<PageLine> {
        self.checked.tally.cited_on[i]
            .iter()
            .filter_map(|&l| self.main.page_line(l as usize))
            .collect()
    }

    fn reference_entry<'r>(&'r self, i: usize, reference: &'r Reference) -> ReferenceEntryRef<'r> {
        let (page, page_line) = self.main.place(reference.line);
        ReferenceEntryRef {
            reference,
            cited: self.checked.tally.cited[i],
            maybe_cited: self.checked.tally.maybe[i],
            cited_on: &self.checked.tally.cited_on[i],
            cited_on_pages: self.cited_on_pages(i),
            bib_file: self.bib_file(i),
            page,
            page_line,
        }
    }

    /// The owned report without its references and citations: the diagnostics and the
    /// summary, which is all the text report of `lint` prints.
    pub fn to_summary_report(&self) -> Report {
        Report {
            version: VERSION,
            file: self.main.path.clone(),
            style: self.checked.style,
            references: Vec::new(),
            citations: Vec::new(),
            diagnostics: self.diagnostics.clone(),
            summary: self.summary.clone(),
        }
    }

    /// The coverage table's rows: each entry, how often and where it is cited (made as they
    /// are written). Empty when the entries are not at hand (a linted `.bib` file).
    pub fn coverage(&self) -> Coverage<'_> {
        let references = self.checked.references();
        Coverage::new(references.len(), move |i| {
            let r = &references[i];
            CoverageRow {
                key: r.key.to_string(),
                line: r.line,
                cite_as: r.short_citation(),
                cited: self.checked.tally.cited[i],
                maybe: self.checked.tally.maybe[i],
                cited_on: self.checked.tally.cited_on[i]
                    .iter()
                    .map(|&l| l as usize)
                    .collect(),
                page: self.main.page_line(r.line),
                cited_on_pages: self.cited_on_pages(i),
            }
        })
    }

    /// The owned report, with copies of every reference and citation.
    pub fn to_report(&self) -> Report {
        let mut report = self.to_summary_report();
        self.checked.each_reference(|i, reference| {
            let r = self.reference_entry(i, reference);
            report.references.push(ReferenceEntry {
                reference: r.reference.clone(),
                cited: r.cited,
                maybe_cited: r.maybe_cited,
                cited_on: r.cited_on.iter().map(|&l| l as usize).collect(),
                cited_on_pages: r.cited_on_pages,
                bib_file: r.bib_file.map(str::to_string),
                page: r.page,
                page_line: r.page_line,
            });
        });
        self.checked
            .each_citation(|n, c, l| report.citations.push(self.citation_entry(n, c, l)));
        report
    }
}

/// [`ReferenceEntry`] borrowed; serialises the same.
#[derive(Serialize)]
struct ReferenceEntryRef<'a> {
    #[serde(flatten)]
    reference: &'a Reference,
    cited: usize,
    maybe_cited: usize,
    cited_on: &'a [u32],
    #[serde(skip_serializing_if = "Vec::is_empty")]
    cited_on_pages: Vec<PageLine>,
    #[serde(skip_serializing_if = "Option::is_none")]
    bib_file: Option<&'a str>,
    #[serde(skip_serializing_if = "Option::is_none")]
    page: Option<usize>,
    #[serde(skip_serializing_if = "Option::is_none")]
    page_line: Option<usize>,
}

/// Serialising while walking: a walk cannot stop part-way, so the first error is kept and
/// the rest of the walk does nothing.
fn keep_first<E>(result: &mut Result<(), E>, next: impl FnOnce() -> Result<(), E>) {
    if result.is_ok() {
        *result = next();
    }
}

impl Serialize for ReportView<'_> {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::{SerializeSeq, SerializeStruct};
        struct References<'v, 'a>(&'v ReportView<'a>);
        impl Serialize for References<'_, '_> {
            fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
                let view = self.0;
                let mut seq = s.serialize_seq(Some(view.checked.entry_count()))?;
                let mut result = Ok(());
                view.checked.each_reference(|i, r| {
                    keep_first(&mut result, || {
                        seq.serialize_element(&view.reference_entry(i, r))
                    })
                });
                result?;
                seq.end()
            }
        }
        struct Citations<'v, 'a>(&'v ReportView<'a>);
        impl Serialize for Citations<'_, '_> {
            fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
                let view = self.0;
                let mut seq = s.serialize_seq(Some(view.checked.tally.citations))?;
                let mut result = Ok(());
                view.checked.each_citation(|n, c, l| {
                    keep_first(&mut result, || {
                        seq.serialize_element(&view.citation_entry(n, c, l))
                    })
                });
                result?;
                seq.end()
            }
        }
        let mut report = serializer.serialize_struct("Report", 7)?;
        report.serialize_field("version", &VERSION)?;
        report.serialize_field("file", &self.main.path)?;
        report.serialize_field("style", &self.checked.style)?;
        report.serialize_field("references", &References(self))?;
        report.serialize_field("citations", &Citations(self))?;
        report.serialize_field("diagnostics", &self.diagnostics)?;
        report.serialize_field("summary", &self.summary)?;
        report.end()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::check::{run, Keep, Options};
    use crate::input::Input;
    use crate::span::{LineIndex, Span};
    use std::path::Path;

    /// Where `needle` is in `text`, and the line, column and snippet `locate` gives for it.
    fn locate(text: &str, needle: &str) -> (usize, usize, Snippet) {
        let start = text.find(needle).unwrap();
        locate_span(text, Span::new(start, start + needle.len()))
    }

    fn locate_span(text: &str, span: Span) -> (usize, usize, Snippet) {
        let lines = LineIndex::new(text);
        let source = Source {
            path: "p.md".into(),
            text,
            lines: &lines,
            pages: None,
        };
        source.locate(span)
    }

    fn snippet(text: &str, from: usize, to: usize, cut: (bool, bool)) -> Snippet {
        Snippet {
            text: text.to_string(),
            from,
            to,
            cut_before: cut.0,
            cut_after: cut.1,
        }
    }

    #[test]
    fn a_short_line_is_quoted_whole() {
        assert_eq!(
            locate("First line.\nAs shown (Chen, 2020) here.\n", "(Chen, 2020)"),
            (
                2,
                10,
                snippet("As shown (Chen, 2020) here.", 9, 21, (false, false))
            )
        );
    }

    #[test]
    fn a_long_line_is_cut_to_fifty_characters_either_side() {
        let line = format!("{}(Chen, 2020){}", "a".repeat(120), "b".repeat(120));
        let window = format!("{}(Chen, 2020){}", "a".repeat(50), "b".repeat(50));
        assert_eq!(
            locate(&line, "(Chen, 2020)"),
            (1, 121, snippet(&window, 50, 62, (true, true)))
        );
        // Near an end, only the other end is cut.
        let line = format!("xx (Chen, 2020){}", "b".repeat(120));
        let window = format!("xx (Chen, 2020){}", "b".repeat(50));
        assert_eq!(
            locate(&line, "(Chen, 2020)"),
            (1, 4, snippet(&window, 3, 15, (false, true)))
        );
        let line = format!("{}(Chen, 2020).", "a".repeat(120));
        let window = format!("{}(Chen, 2020).", "a".repeat(50));
        assert_eq!(
            locate(&line, "(Chen, 2020)"),
            (1, 121, snippet(&window, 50, 62, (true, false)))
        );
    }

    #[test]
    fn columns_and_windows_count_characters_not_bytes() {
        assert_eq!(
            locate("Ödegaard’s view (Müller, 2020) — ü\n", "(Müller, 2020)"),
            (
                1,
                17,
                snippet("Ödegaard’s view (Müller, 2020) — ü", 16, 30, (false, false))
            )
        );
        let line = format!("{}(Müller, 2020){}", "é".repeat(100), "ü".repeat(100));
        let window = format!("{}(Müller, 2020){}", "é".repeat(50), "ü".repeat(50));
        assert_eq!(
            locate(&line, "(Müller, 2020)"),
            (1, 101, snippet(&window, 50, 64, (true, true)))
        );
    }

    #[test]
    fn tabs_become_one_space_each() {
        assert_eq!(
            locate("\tIndented\t(Chen, 2020)\tend", "(Chen, 2020)"),
            (
                1,
                11,
                snippet(" Indented (Chen, 2020) end", 10, 22, (false, false))
            )
        );
    }

    #[test]
    fn a_span_is_underlined_to_its_lines_end_and_at_least_one_wide() {
        // A citation broken across lines is underlined on its first line only.
        let text = "See (Chen,\n2020) here.";
        assert_eq!(
            locate(text, "(Chen,\n2020)"),
            (1, 5, snippet("See (Chen,", 4, 10, (false, false)))
        );
        // An empty span (a problem at a point) gets one mark; at a line's end, just after it.
        assert_eq!(
            locate_span("abc\ndef", Span::new(5, 5)),
            (2, 2, snippet("def", 1, 2, (false, false)))
        );
        assert_eq!(
            locate_span("abc\ndef", Span::new(3, 3)),
            (1, 4, snippet("abc", 3, 4, (false, false)))
        );
    }

    const NAMES: [&str; 6] = ["Alvarez", "Brandt", "Chen", "Dawson", "Evans", "Fischer"];

    /// A paper of `entries` entries whose first `cited` are cited, and one unknown citation.
    fn paper(entries: usize, cited: usize) -> String {
        let citations: Vec<String> = NAMES[..cited]
            .iter()
            .map(|n| format!("({n}, 2001)"))
            .collect();
        let list: Vec<String> = NAMES[..entries]
            .iter()
            .map(|n| format!("{n}, A. (2001). A book by {n}. Press."))
            .collect();
        format!(
            "Text {} (Zuniga, 1999).\n\nReferences\n\n{}\n",
            citations.join(" "),
            list.join("\n\n")
        )
    }

    /// `text` as a file called `path`, read as `input` makes it and run keeping `keep`.
    pub(super) fn checked(
        path: &str,
        text: &str,
        input: fn(Document) -> Input,
        keep: Keep,
    ) -> Checked {
        let doc = Document::from_text(Path::new(path), text.to_string(), Vec::new()).unwrap();
        let options = Options {
            keep,
            ..Options::default()
        };
        run(input(doc), &options).unwrap()
    }

    #[test]
    fn the_summary_gives_the_share_of_entries_cited_to_one_decimal() {
        for (entries, cited, percent) in [
            (6, 1, 16.7),
            (3, 1, 33.3),
            (3, 2, 66.7),
            (6, 5, 83.3),
            (2, 2, 100.0),
            (1, 0, 0.0),
        ] {
            let text = paper(entries, cited);
            let checked = checked("p.md", &text, Input::paper, Keep::Tallies);
            let view = view(&checked);
            let summary = view.summary();
            assert_eq!(
                summary,
                &Summary {
                    entries,
                    entries_cited: cited,
                    cited_percent: percent,
                    citations: cited + 1,
                    matched: cited,
                    ambiguous: 0,
                    unmatched: 1,
                    errors: 1,
                    warnings: entries - cited,
                },
                "{entries} entries, {cited} cited"
            );
            assert!(view.has_errors());
        }
        // A file without entries is 0% cited, not a division by zero.
        let empty = checked("e.bib", "% nothing here\n", Input::bib, Keep::Tallies);
        let summary = view(&empty).summary().clone();
        assert_eq!((summary.entries, summary.cited_percent), (0, 0.0));
    }

    #[test]
    fn info_counts_as_neither_error_nor_warning() {
        let bib = "@book{a2001, author = {Doe, Jane}, title = {T}, publisher = {P}, year = {2001}}\n\
                   @book{A2001, author = {Roe, Jim}, title = {U}, publisher = {P}, year = {2002}}\n";
        let linted = checked("refs.bib", bib, Input::bib, Keep::Everything);
        let view = view(&linted);
        let levels: Vec<Severity> = view
            .to_summary_report()
            .diagnostics
            .iter()
            .map(|d| d.severity)
            .collect();
        assert_eq!(levels, [Severity::Info]);
        assert_eq!((view.summary().errors, view.summary().warnings), (0, 0));
        assert!(!view.has_errors() && !view.to_summary_report().has_errors());
    }

    /// The view and the report it owns, serialised: they must be the same text.
    fn assert_view_is_its_report(checked: &Checked) -> Report {
        let view = view(checked);
        let report = view.to_report();
        assert_eq!(
            serde_json::to_string(&view).unwrap(),
            serde_json::to_string(&report).unwrap()
        );
        assert_eq!(build(checked), report);
        report
    }

    #[test]
    fn a_view_serialises_as_its_owned_report() {
        let text = paper(3, 2);
        let kept =
            assert_view_is_its_report(&checked("p.md", &text, Input::paper, Keep::Everything));
        let walked =
            assert_view_is_its_report(&checked("p.md", &text, Input::paper, Keep::Tallies));
        assert_eq!(kept, walked);
        assert_eq!(kept.references.len(), 3);
        let cited: Vec<(String, usize, Vec<usize>)> = kept
            .references
            .iter()
            .map(|r| (r.reference.key.to_string(), r.cited, r.cited_on.clone()))
            .collect();
        assert_eq!(
            cited,
            [
                ("alvarez2001".to_string(), 1, vec![1]),
                ("brandt2001".to_string(), 1, vec![1]),
                ("chen2001".to_string(), 0, vec![]),
            ]
        );
        let citations: Vec<(usize, String, Status, Vec<String>)> = kept
            .citations
            .iter()
            .map(|c| (c.column, c.text.clone(), c.status, c.keys.clone()))
            .collect();
        assert_eq!(
            citations,
            [
                (
                    7,
                    "Alvarez, 2001".to_string(),
                    Status::Matched,
                    vec!["alvarez2001".to_string()]
                ),
                (
                    23,
                    "Brandt, 2001".to_string(),
                    Status::Matched,
                    vec!["brandt2001".to_string()]
                ),
                (38, "Zuniga, 1999".to_string(), Status::Unmatched, vec![]),
            ]
        );
        // The summary report holds the same problems and summary, without the lists.
        let summary =
            view(&checked("p.md", &text, Input::paper, Keep::Tallies)).to_summary_report();
        assert!(summary.references.is_empty() && summary.citations.is_empty());
        assert_eq!(
            (summary.diagnostics, summary.summary),
            (kept.diagnostics, kept.summary)
        );
    }

    #[test]
    fn an_ambiguous_citation_names_its_candidates_and_best_guess_by_key() {
        let text = "Wheat farmers protested (Dawn, 2024).\n\nReferences\n\n\
                    Dawn. (2024, January 29). Farmers protest wheat prices. Dawn.\n\n\
                    Dawn. (2024, March 3). Court orders inquiry into strike. Dawn.\n";
        let report = assert_view_is_its_report(&checked("p.md", text, Input::paper, Keep::Tallies));
        let c = &report.citations[0];
        assert_eq!(
            (c.status, c.keys.as_slice()),
            (
                Status::Ambiguous,
                &["dawn2024a".to_string(), "dawn2024b".to_string()][..]
            )
        );
        assert_eq!(c.best_guess.as_deref(), Some("dawn2024a"));
        let maybe: Vec<usize> = report.references.iter().map(|r| r.maybe_cited).collect();
        assert_eq!(maybe, [1, 1]);
    }

    #[test]
    fn a_linted_files_report_quotes_the_file_either_way() {
        let bib = "@article{nojournal2004, author = {Moe, Anna}, title = {V}, year = {2004}}\n";
        let kept = checked("refs.bib", bib, Input::bib, Keep::Everything);
        let walked = checked("refs.bib", bib, Input::bib, Keep::Tallies);
        let (a, b) = (
            assert_view_is_its_report(&kept),
            assert_view_is_its_report(&walked),
        );
        assert_eq!(a, b);
        assert_eq!((a.file.as_str(), a.style), ("refs.bib", Style::Keys));
        assert_eq!(a.references[0].reference.key, "nojournal2004");
        assert_eq!(a.references[0].bib_file.as_deref(), Some("refs.bib"));
        assert_eq!(view(&walked).kind(), crate::input::Kind::Bib);
        assert_eq!(view(&walked).file(), "refs.bib");
        let d = &view(&walked).to_summary_report().diagnostics[0];
        assert_eq!((d.file.as_str(), d.line, d.column), ("refs.bib", 1, 10));
        assert_eq!(d.snippet.as_ref().map(|s| (s.from, s.to)), Some((9, 22)));
        // Entries are not at hand for a walked file: no coverage rows.
        assert_eq!(view(&walked).coverage().len(), 0);
        assert_eq!(view(&kept).coverage().len(), 1);
    }

    #[test]
    fn a_chapters_citations_name_their_file_and_entries_their_bib_file() {
        let dir = tempfile::tempdir().unwrap();
        let write = |name: &str, text: &str| std::fs::write(dir.path().join(name), text).unwrap();
        write("main.tex", "\\documentclass{article}\n\\begin{document}\nSee \\cite{a2001}.\n\\input{chapter}\n\\bibliography{refs}\n\\end{document}\n");
        write("chapter.tex", "% Chapter\nAnd \\cite{b2002} again.\n");
        write("refs.bib", "@book{a2001, author = {Doe, Jane}, title = {T}, publisher = {P}, year = {2001}}\n\
                           @book{b2002, author = {Roe, Jim}, title = {U}, publisher = {P}, year = {2002}}\n");
        let input = Input::read(&dir.path().join("main.tex"), u64::MAX, false).unwrap();
        let checked = run(input, &Options::default()).unwrap();
        let report = assert_view_is_its_report(&checked);
        let chapter = dir.path().join("chapter.tex").display().to_string();
        let refs = dir.path().join("refs.bib").display().to_string();
        let places: Vec<(usize, usize, Option<&str>)> = report
            .citations
            .iter()
            .map(|c| (c.line, c.column, c.file.as_deref()))
            .collect();
        // Columns of the keys, lines in each citation's own file.
        assert_eq!(places, [(3, 11, None), (2, 11, Some(chapter.as_str()))]);
        let entries: Vec<(&str, Vec<usize>, Option<&str>)> = report
            .references
            .iter()
            .map(|r| {
                (
                    r.reference.key.as_str(),
                    r.cited_on.clone(),
                    r.bib_file.as_deref(),
                )
            })
            .collect();
        assert_eq!(
            entries,
            [
                ("a2001", vec![3], Some(refs.as_str())),
                ("b2002", vec![2], Some(refs.as_str())),
            ]
        );
        // The JSON leaves out a file that is the checked document's own.
        let json = serde_json::to_value(&report).unwrap();
        assert!(json["citations"][0].get("file").is_none());
        assert_eq!(json["citations"][1]["file"], chapter.as_str());
    }

    #[test]
    fn a_refs_view_serialises_as_the_refs_report_parsed_or_raw() {
        let text = "Text.\n\nReferences\n\nAlvarez, M. (2018). The homework wars. Routledge.\n\n\
                    Alvarez, M. (2018). Homework again. Routledge.\n";
        let doc = Document::from_text(Path::new("p.md"), text.to_string(), Vec::new()).unwrap();
        let references = crate::check::read_references(&doc, None)
            .unwrap()
            .references;
        let report = RefsReport {
            version: VERSION,
            file: "p.md".into(),
            references: references.clone(),
        };
        let owned = serde_json::to_string(&report).unwrap();
        let parsed = RefsView {
            file: "p.md",
            entries: Entries::Parsed(&references),
        };
        assert_eq!(serde_json::to_string(&parsed).unwrap(), owned);
        let raw = RawList::read(&doc, None).unwrap();
        let raw = RefsView {
            file: "p.md",
            entries: Entries::Raw(&raw),
        };
        assert_eq!(serde_json::to_string(&raw).unwrap(), owned);
        let keys: Vec<&str> = report.references.iter().map(|r| r.key.as_str()).collect();
        assert_eq!(keys, ["alvarez2018a", "alvarez2018b"]);
        assert!(owned.starts_with(
            "{\"version\":1,\"file\":\"p.md\",\"references\":[{\"key\":\"alvarez2018a\","
        ));
    }
}
