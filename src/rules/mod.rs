//! Diagnostics: the code table, severities, and the checks that turn linked citations into
//! problems a person can act on. One file per rule; each opens with what it does and why.

mod ambiguous_citation;
mod bib_syntax;
mod citation_order;
mod codes;
mod context;
mod duplicate_key;
mod duplicate_reference;
mod et_al_mismatch;
mod given_name_citation;
mod incomplete_reference;
mod inconsistent_name;
mod invalid_date;
mod malformed_field;
mod missing_field;
mod uncited_reference;
mod undefined_crossref;
mod undefined_string;
mod unmatched_citation;
mod unsorted_references;

pub use codes::{Code, ALL_CODES};
pub use context::{Context, Origins, Style};

use crate::span::Span;
use serde::{Deserialize, Serialize};

/// How much a problem matters. `Allow` silences a code entirely.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Severity {
    Allow,
    Info,
    Warning,
    Error,
}

impl Severity {
    pub fn as_str(self) -> &'static str {
        match self {
            Severity::Allow => "allow",
            Severity::Info => "info",
            Severity::Warning => "warning",
            Severity::Error => "error",
        }
    }
}

/// Which source a diagnostic points into: the checked document or one of its `.bib` files.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Default)]
pub enum SourceId {
    #[default]
    Document,
    /// Index into the files the document pulls in (`\input`, `\include`).
    Input(usize),
    /// Index into the run's list of bibliography files.
    Bib(usize),
}

/// One problem found in a paper or its bibliography.
#[derive(Debug, Clone, PartialEq)]
pub struct Diagnostic {
    pub code: Code,
    pub severity: Severity,
    pub source: SourceId,
    pub span: Span,
    /// What is wrong and what to do, in one or two sentences.
    pub message: String,
    /// Keys of the entries concerned (the match, the candidates or the suggestion).
    pub keys: Vec<String>,
}

impl Diagnostic {
    /// A diagnostic at the code's default severity; configuration may change it later.
    pub fn new(code: Code, span: Span, message: impl Into<String>) -> Self {
        Self {
            code,
            severity: code.default_severity(),
            source: SourceId::Document,
            span,
            message: message.into(),
            keys: Vec::new(),
        }
    }

    pub fn with_keys(mut self, keys: impl IntoIterator<Item = String>) -> Self {
        self.keys = keys.into_iter().collect();
        self
    }

    pub fn in_source(mut self, source: SourceId) -> Self {
        self.source = source;
        self
    }
}

/// Run every rule over a linked paper, in a fixed order.
pub fn run(cx: &Context) -> Vec<Diagnostic> {
    let mut out = Vec::new();
    incomplete_reference::check(cx, &mut out);
    duplicate_reference::check(cx, &mut out);
    inconsistent_name::check(cx, &mut out);
    unsorted_references::check(cx, &mut out);
    unmatched_citation::check(cx, &mut out);
    ambiguous_citation::check(cx, &mut out);
    given_name_citation::check(cx, &mut out);
    et_al_mismatch::check(cx, &mut out);
    citation_order::check(cx, &mut out);
    uncited_reference::check(cx, &mut out);
    out.sort_by_key(|d| (d.source, d.span.start, d.code));
    out
}

/// Run every rule on a run's `.bib` files (in `SourceId::Bib` order), in a fixed order.
pub fn run_bib(files: &[crate::bibfile::BibFile]) -> Vec<Diagnostic> {
    let mut out = Vec::new();
    bib_syntax::check(files, &mut out);
    duplicate_key::check(files, &mut out);
    missing_field::check(files, &mut out);
    invalid_date::check(files, &mut out);
    undefined_string::check(files, &mut out);
    undefined_crossref::check(files, &mut out);
    malformed_field::check(files, &mut out);
    out.sort_by_key(|d| (d.source, d.span.start, d.code));
    out
}
