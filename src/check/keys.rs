//! Papers that cite by key (LaTeX, Pandoc): their keys linked to the entries of their `.bib`
//! files, and the `.bib` files checked with them.

use super::{first_of_its_key, settle, Checked, Cited, Options, RefList};
use crate::bibfile::{to_reference, BibFile};
use crate::citation::Citation;
use crate::config::Config;
use crate::diagnostic::{SourceId, Style};
use crate::document::{Document, InputError};
use crate::input::Kind;
use crate::link::{self, Index, Tally};
use crate::paper::{self, Syntax};
use crate::reference::Reference;
use crate::reflist::Section;
use crate::rules::{self, Context, Origins};
use std::collections::HashSet;

/// Check a LaTeX or Pandoc paper: its citation keys against the entries of its `.bib` files,
/// and the `.bib` files themselves. `options.bib`, when not empty, replaces the files the
/// paper names. Everything is kept: such a paper's citations are few, its `.bib` files hold
/// the bulk.
pub(super) fn check(
    doc: Document,
    syntax: Syntax,
    options: &Options,
) -> Result<Checked, InputError> {
    let (bib, config, max_bytes) = (&options.bib, &options.config, options.max_bytes);
    let paper = paper::read_paper(&doc, syntax, max_bytes)?;
    let bibs = if !bib.is_empty() {
        BibFile::read_all(bib, max_bytes)?
    } else if paper.bibliographies.is_empty() {
        return Err(InputError::NoBibliography {
            path: doc.path.clone(),
        });
    } else {
        paper::read_named_bibs(&doc, &paper, max_bytes)?
    };
    let mut checked = link_keys(
        doc,
        paper.inputs,
        bibs,
        paper.citations,
        paper.citation_sources,
        config,
    );
    if paper.cite_all {
        // `\nocite{*}` cites every entry.
        checked
            .diagnostics
            .retain(|d| d.code != crate::diagnostic::Code::UncitedReference);
    }
    Ok(checked)
}

fn bib_references(bibs: &[BibFile]) -> (Vec<Reference>, Vec<SourceId>) {
    let mut seen = HashSet::new();
    let mut references = Vec::new();
    let mut sources = Vec::new();
    for (f, file) in bibs.iter().enumerate() {
        for entry in file
            .entries
            .iter()
            .filter(|e| first_of_its_key(&mut seen, e))
        {
            references.push(to_reference(entry, &file.doc.text));
            sources.push(SourceId::Bib(f));
        }
    }
    (references, sources)
}

fn link_keys(
    doc: Document,
    inputs: Vec<Document>,
    bibs: Vec<BibFile>,
    citations: Vec<Citation>,
    citation_sources: Vec<SourceId>,
    config: &Config,
) -> Checked {
    let (references, reference_sources) = bib_references(&bibs);
    let numbers = vec![None; references.len()];
    let index = Index::new(&references, &numbers, &config.alias_pairs());
    // Keys are never ambiguous, so the linker needs no sentence context.
    let links = link::link_all(&citations, &references, &index, "");
    let origins = Origins {
        citations: citation_sources,
        references: reference_sources,
    };
    let style = Style::Keys;
    let cx = Context {
        references: &references,
        style,
        numbers: &numbers,
        origins: &origins,
    };
    let mut diagnostics = doc.warnings.clone();
    for (i, input) in inputs.iter().enumerate() {
        diagnostics.extend(
            input
                .warnings
                .iter()
                .cloned()
                .map(|d| d.in_source(SourceId::Input(i))),
        );
    }
    for (i, file) in bibs.iter().enumerate() {
        diagnostics.extend(
            file.doc
                .warnings
                .iter()
                .cloned()
                .map(|d| d.in_source(SourceId::Bib(i))),
        );
    }
    diagnostics.extend(rules::run(&cx, &citations, &links));
    diagnostics.extend(rules::run_bib(&bibs));
    let diagnostics = settle(diagnostics, config);
    let section = Section {
        heading_line: None,
        start: 0,
        end: 0,
    };
    let residue = vec![false; doc.lines.line_count()];
    let list = RefList {
        section,
        references,
        numbers,
        residue,
    };
    let mut tally = Tally::new(list.references.len());
    for (n, (c, link)) in citations.iter().zip(&links).enumerate() {
        // A citation's line is in its own file: a chapter pulled in, or the paper.
        let file = match origins.citation(n) {
            SourceId::Input(i) => inputs.get(i).unwrap_or(&doc),
            _ => &doc,
        };
        tally.add(link, file.lines.line(c.span.start));
    }
    Checked {
        doc,
        // `run` sets the syntax's own kind.
        kind: Kind::Latex,
        list,
        style,
        cited: Cited::Kept { citations, links },
        tally,
        diagnostics,
        inputs,
        bibs,
        bib_walk: None,
        origins,
    }
}
