//! The one report of a run, as a versioned JSON contract, and its renderings for people
//! (text with source snippets, coverage tables in table/CSV/Markdown form).

mod coverage;
mod refs;
mod reporter;
mod text;

pub use coverage::{
    render_batch_summary, render_coverage_rows, write_coverage, write_coverage_rows, Coverage,
    CoverageFormat, CoverageRow,
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
    /// `.bib` file the entry comes from (LaTeX and Pandoc papers).
    #[serde(skip_serializing_if = "Option::is_none", default)]
    pub bib_file: Option<String>,
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
                DiagnosticEntry {
                    code: d.code,
                    severity: d.severity,
                    file: source.path.clone(),
                    line,
                    column,
                    message: d.message.clone(),
                    keys: d.keys.clone(),
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

    pub fn summary(&self) -> &Summary {
        &self.summary
    }

    /// What the checked input was read as.
    pub fn kind(&self) -> crate::input::Kind {
        self.checked.kind
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
        }
    }

    fn reference_entry<'r>(&'r self, i: usize, reference: &'r Reference) -> ReferenceEntryRef<'r> {
        ReferenceEntryRef {
            reference,
            cited: self.checked.tally.cited[i],
            maybe_cited: self.checked.tally.maybe[i],
            cited_on: &self.checked.tally.cited_on[i],
            bib_file: self.bib_file(i),
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
                bib_file: r.bib_file.map(str::to_string),
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
    #[serde(skip_serializing_if = "Option::is_none")]
    bib_file: Option<&'a str>,
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
