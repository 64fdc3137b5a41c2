//! What every stage shares about problems: the code table, severities, where a problem is
//! ([`SourceId`], [`Source`]) and the [`Diagnostic`] itself. A leaf: it depends on no stage, so
//! readers, rules and reporters can all use it without depending on each other.

mod codes;

pub use codes::{Code, ALL_CODES};

use crate::span::{LineIndex, Span};
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

    pub fn with_keys<K: Into<String>>(mut self, keys: impl IntoIterator<Item = K>) -> Self {
        self.keys = keys.into_iter().map(Into::into).collect();
        self
    }

    pub fn in_source(mut self, source: SourceId) -> Self {
        self.source = source;
        self
    }
}

/// Citation style of a paper: decides which rules apply.
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize, serde::Deserialize, Default)]
#[serde(rename_all = "kebab-case")]
pub enum Style {
    #[default]
    AuthorDate,
    Numeric,
    /// LaTeX or Pandoc keys.
    Keys,
    /// Footnotes or endnotes (Chicago notes-bibliography, MHRA, OSCOLA).
    Notes,
    /// Alphabetic labels: "[BJP12]" cites the entry the list labels "[BJP12]" (alpha,
    /// amsalpha).
    Alphabetic,
}

impl Style {
    /// The style a list of `entries` shows: numeric if most carry a list number (`numbers`),
    /// alphabetic if most carry a label (`labels`), author-date otherwise.
    pub fn of_list(entries: usize, numbers: &[Option<u32>], labels: &[Option<String>]) -> Style {
        let most = |count: usize| count > 0 && count * 2 >= entries;
        if most(numbers.iter().filter(|n| n.is_some()).count()) {
            Style::Numeric
        } else if most(labels.iter().filter(|l| l.is_some()).count()) {
            Style::Alphabetic
        } else {
            Style::AuthorDate
        }
    }
}

/// A source text a diagnostic may point into: the paper, a file it pulls in, a `.bib` file.
pub struct Source<'a> {
    pub path: String,
    pub text: &'a str,
    pub lines: &'a LineIndex,
    /// For a PDF, the page and line on the page of each text line.
    pub pages: Option<&'a crate::span::PageMap>,
}
