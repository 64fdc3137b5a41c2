//! The pipeline, one run per input: read → find the list → parse entries → find citations →
//! link → rules. [`run`] takes an [`Input`] whose kind is already decided ([`crate::input`])
//! and hands back one [`Checked`], whichever the kind; [`Keep`] says whether the citations are
//! kept or only tallied and found again when a report walks them. Nothing here prints.

mod keys;
mod lint;
mod list;

pub use lint::BibWalk;
pub use list::{body_text, parse_lines, read_references, Plan, RawList, RefList};

use crate::bibfile::{BibEntry, BibFile};
use crate::citation::Citation;
use crate::config::Config;
use crate::diagnostic::{Diagnostic, Severity, Source, Style};
use crate::document::{Document, InputError, DEFAULT_MAX_BYTES};
use crate::input::{Input, Kind};
use crate::link::{Link, Tally};
use crate::paper::Syntax;
use crate::reference::Reference;
use crate::rules::Origins;
use std::collections::HashSet;
use std::path::PathBuf;

/// What a run keeps of a paper's citations (the sink it feeds).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Keep {
    /// Every citation and its link, every entry: for the library and for `fix`.
    #[default]
    Everything,
    /// Only what the citations add up to (per-entry counts and lines) and the problems they
    /// show; a report walks the paper again. A linted `.bib` file's entries are read again
    /// too. Memory stays near the input's size whatever its length.
    Tallies,
}

/// How one input is checked.
#[derive(Debug, Clone)]
pub struct Options {
    pub config: Config,
    /// Line where a paper's reference list starts, when no heading is found.
    pub references_at: Option<usize>,
    /// `.bib` files that replace those LaTeX and Pandoc papers name.
    pub bib: Vec<PathBuf>,
    /// Largest `.bib` or included file read.
    pub max_bytes: u64,
    pub keep: Keep,
}

impl Default for Options {
    fn default() -> Self {
        Options {
            config: Config::default(),
            references_at: None,
            bib: Vec::new(),
            max_bytes: DEFAULT_MAX_BYTES,
            keep: Keep::Everything,
        }
    }
}

impl Options {
    /// Everything kept, with this configuration.
    pub fn with_config(config: Config) -> Self {
        Options {
            config,
            ..Options::default()
        }
    }

    /// Citations only tallied (as the command line runs), with this configuration.
    pub fn tallies(config: Config) -> Self {
        Options {
            keep: Keep::Tallies,
            ..Options::with_config(config)
        }
    }
}

/// A paper's citations and their links: kept, or found again on each walk.
#[derive(Debug)]
pub enum Cited {
    Kept {
        citations: Vec<Citation>,
        links: Vec<Link>,
    },
    /// A reference-list paper's citations, found and linked again by the same plan; `mla`
    /// says whether author-page citations of unknown names count (see
    /// [`crate::citation::Standing`]).
    Walked { plan: Box<Plan>, mla: bool },
}

/// Everything a run learnt about one input.
#[derive(Debug)]
pub struct Checked {
    pub doc: Document,
    /// What the input was read as.
    pub kind: Kind,
    pub style: Style,
    /// The parsed list. Empty for a linted `.bib` file whose entries were not kept
    /// (`bib_walk` finds them again).
    pub list: RefList,
    pub cited: Cited,
    /// Per entry: how often and where it is cited.
    pub tally: Tally,
    pub diagnostics: Vec<Diagnostic>,
    /// Files a LaTeX paper pulls in (`SourceId::Input`); empty for other papers.
    pub inputs: Vec<Document>,
    /// The `.bib` files of a paper that cites by key, or the linted file (`SourceId::Bib`).
    pub bibs: Vec<BibFile>,
    /// How a linted file's entries are read again when they were not kept.
    pub bib_walk: Option<BibWalk>,
    /// Which file each citation and entry comes from, when not the document.
    pub origins: Origins,
}

impl Checked {
    /// The `.bib` files as sources that a report locates problems in.
    pub fn bib_sources(&self) -> Vec<Source<'_>> {
        self.bibs.iter().map(BibFile::source).collect()
    }

    /// How many entries the list has.
    pub fn entry_count(&self) -> usize {
        match &self.bib_walk {
            Some(walk) => walk.references,
            None => self.list.references.len(),
        }
    }

    /// The entries, when they are at hand (they are whenever there are citations to point at
    /// them); empty for a linted file whose entries were not kept.
    pub fn references(&self) -> &[Reference] {
        &self.list.references
    }

    /// Each entry with its place in the list, kept or read again.
    pub fn each_reference(&self, mut f: impl FnMut(usize, &Reference)) {
        match (&self.bib_walk, self.bibs.first()) {
            (Some(walk), Some(bib)) => {
                let mut i = 0;
                walk.each(bib, |r| {
                    f(i, r);
                    i += 1;
                });
            }
            _ => self
                .list
                .references
                .iter()
                .enumerate()
                .for_each(|(i, r)| f(i, r)),
        }
    }

    /// Each citation kept (the same whether kept or walked), with its link and its place in
    /// text order.
    pub fn each_citation(&self, mut f: impl FnMut(usize, &Citation, &Link)) {
        match &self.cited {
            Cited::Kept { citations, links } => citations
                .iter()
                .zip(links)
                .enumerate()
                .for_each(|(n, (c, l))| f(n, c, l)),
            Cited::Walked { plan, mla } => {
                let mut n = 0;
                plan.walk_kept(&self.doc, &self.list, *mla, |c, l| {
                    f(n, &c, &l);
                    n += 1;
                });
            }
        }
    }

    /// The citations, when they were kept ([`Keep::Everything`]); empty when walked.
    pub fn citations(&self) -> &[Citation] {
        match &self.cited {
            Cited::Kept { citations, .. } => citations,
            Cited::Walked { .. } => &[],
        }
    }

    /// The citations' links, parallel to [`Checked::citations`].
    pub fn links(&self) -> &[Link] {
        match &self.cited {
            Cited::Kept { links, .. } => links,
            Cited::Walked { .. } => &[],
        }
    }
}

/// Check one input, whatever its kind: a paper with its own reference list, a LaTeX or Pandoc
/// paper against its `.bib` files (`options.bib` overrides those it names), a `.bib` file on
/// its own.
pub fn run(input: Input, options: &Options) -> Result<Checked, InputError> {
    let mut checked = match input.kind {
        Kind::Latex => keys::check(input.doc, Syntax::Latex, options),
        Kind::Pandoc => keys::check(input.doc, Syntax::Pandoc, options),
        Kind::Bib => Ok(lint::check(input.doc, options)),
        Kind::Paper | Kind::CslJson => list::check(input.doc, options),
    }?;
    checked.kind = input.kind;
    Ok(checked)
}

/// Check a text as a paper with its own reference list, everything kept: the library's
/// shortest path (`at` points at the list by line number).
pub fn check(doc: Document, config: &Config, at: Option<usize>) -> Result<Checked, InputError> {
    let options = Options {
        references_at: at,
        ..Options::with_config(config.clone())
    };
    run(
        Input {
            doc,
            kind: Kind::Paper,
        },
        &options,
    )
}

/// The document's own warnings, then the rules' problems, at their configured levels.
fn settle_levels(doc: &Document, found: Vec<Diagnostic>, config: &Config) -> Vec<Diagnostic> {
    let mut diagnostics = doc.warnings.clone();
    diagnostics.extend(found);
    for d in &mut diagnostics {
        d.severity = config.severity(d.code);
    }
    diagnostics.retain(|d| d.severity != Severity::Allow);
    diagnostics
}

/// Configured levels applied, silenced codes dropped, in source order.
fn settle(mut diagnostics: Vec<Diagnostic>, config: &Config) -> Vec<Diagnostic> {
    for d in &mut diagnostics {
        // Only a configured level replaces a rule's own: `duplicate-key` notes case variants as info.
        if let Some(&level) = config.severity.get(d.code.as_str()) {
            d.severity = level.into();
        }
    }
    diagnostics.retain(|d| d.severity != Severity::Allow);
    diagnostics.sort_by_key(|d| (d.source, d.span.start, d.code));
    diagnostics
}

/// Only the first entry of a key becomes a reference (`duplicate-key` reports the others; biber
/// drops them); an entry without a key never does.
fn first_of_its_key(seen: &mut HashSet<String>, entry: &BibEntry) -> bool {
    !entry.key.is_empty() && seen.insert(entry.key.clone())
}
