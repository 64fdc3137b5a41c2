//! What every rule reads: the parsed list and where its entries come from. Citation rules
//! also see each citation, with its link, one at a time ([`super::CitationRules`]).

use super::{SourceId, Style};
use crate::reference::Reference;

pub struct Context<'a> {
    pub references: &'a [Reference],
    pub style: Style,
    /// List numbers of a numeric list, parallel to `references`.
    pub numbers: &'a [Option<u32>],
    /// Which file each citation and entry was read from (LaTeX and Pandoc papers).
    pub origins: &'a Origins,
}

/// Where each citation and each entry was read from, when not all from the checked document:
/// a chapter pulled in with `\input`, a `.bib` file. Empty means "the document".
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Origins {
    /// Parallel to the citations.
    pub citations: Vec<SourceId>,
    /// Parallel to the references.
    pub references: Vec<SourceId>,
}

impl Origins {
    pub fn citation(&self, i: usize) -> SourceId {
        self.citations.get(i).copied().unwrap_or_default()
    }

    pub fn reference(&self, i: usize) -> SourceId {
        self.references.get(i).copied().unwrap_or_default()
    }
}
